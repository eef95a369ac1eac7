"""Item and deck rules. Every rejected item gets a reason code a report can count.

An item is kept only if its answer is grounded in its source sentence, its prompt does not
give the answer away, a cloze has one gap, options are distinct and hold the answer once,
no distractor equals, contains or is contained in the answer, distractors share the
answer's type, a false statement really is false, no two items ask the same thing, and the
prompt is a well-formed sentence or question.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Literal

from pydantic import BaseModel, ConfigDict

from quizgen.generate.text import (
    contains_phrase,
    normalize_answer,
    overlaps,
    similarity,
    token_set,
)
from quizgen.models import (
    GAP,
    NAME_KINDS,
    AnyItem,
    ClozeItem,
    Deck,
    MultipleChoiceItem,
    SpanType,
    TrueFalseItem,
)
from quizgen.nlp.lexicon import DEMONYMS, ERAS, ORG_CUES, PLACE_CUES
from quizgen.shapes import MONEY_RE, MONTH_RE, YEAR, currency_of

ReasonCode = Literal[
    "answer_not_grounded",
    "answer_in_prompt",
    "cloze_gap",
    "options_not_distinct",
    "distractor_overlaps_answer",
    "distractor_type_mismatch",
    "false_statement_not_false",
    "true_statement_not_grounded",
    "malformed_prompt",
    "option_stands_out",
    "trivial_answer",
    "duplicate",
    "unknown_source",
]

REASONS: dict[str, str] = {
    "answer_not_grounded": "the answer does not occur in its source sentence",
    "answer_in_prompt": "the prompt gives the answer away",
    "cloze_gap": "a cloze prompt must have exactly one gap",
    "options_not_distinct": "two options are the same after normalisation",
    "distractor_overlaps_answer": "a distractor equals, contains or is contained in the answer",
    "distractor_type_mismatch": "a distractor is not of the answer's type",
    "false_statement_not_false": "the false statement may be true according to the source",
    "true_statement_not_grounded": "the true statement differs from its source sentence",
    "malformed_prompt": "the prompt is not a well-formed sentence or question",
    "option_stands_out": "an option differs in length or form, so it can be ruled out unread",
    "trivial_answer": "the answer is too generic to ask about",
    "duplicate": "another item asks the same thing",
    "unknown_source": "the item's source is not among the deck's sources",
}
"""Each reason code and what it means, for reports."""


class Issue(BaseModel):
    """One broken rule."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    code: ReasonCode
    """Which rule."""
    message: str
    """What is wrong, for a person."""
    item_id: str | None = None
    """The item concerned, when the rule is about one."""


_TRIVIAL = {"", "it", "they", "this", "that", "one", "thing", "things", "people", "way"}
_MONEY_RE = MONEY_RE
_PERCENT_RE = re.compile(r"\d\s?(?:%|percent|per cent)$")
_YEAR_RE = re.compile(rf"^{YEAR}$")
_DECADE_RE = re.compile(r"^(?:1\d|20)\d0s$")
_MONTH_RE = MONTH_RE
_NUMBER_RE = re.compile(r"^[\d,.]+(?:\s(?:million|billion|trillion|thousand|hundred))?$")
_NUMBER_WORDS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                 "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
                 "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
                 "ninety", "hundred", "dozen"}  # fmt: skip


def shape_of(text: str) -> str:
    """A coarse type read from a text alone: money, percent, year, date, number or name."""
    t = text.strip()
    if _MONEY_RE.search(t):
        return "MONEY"
    if _PERCENT_RE.search(t):
        return "PERCENT"
    if _YEAR_RE.match(t):
        return "YEAR"
    if _DECADE_RE.match(t) or _MONTH_RE.search(t):
        return "DATE"
    if _NUMBER_RE.match(t) or t.lower() in _NUMBER_WORDS:
        return "NUMBER"
    return "NAME" if t[:1].isupper() else "TERM"


def _shape_for_kind(kind: SpanType) -> set[str]:
    if kind == "NUMBER":
        return {"NUMBER", "YEAR"}  # "1200" is a count here, though it could be a year
    if kind in {"MONEY", "PERCENT", "YEAR", "DATE"}:
        return {kind}
    if kind == "TERM":
        return {"TERM", "NAME"}
    return {"NAME"}


def _prompt_well_formed(prompt: str) -> bool:
    p = prompt.strip()
    if len(p.split()) < 4 or len(p.split()) > 70:
        return False
    if not (p[0].isupper() or p[0].isdigit() or p[0] in "\"“'‘(_$"):
        return False
    if p[-1] not in ".?!\"”'’":
        return False
    if p.count("(") != p.count(")") or p.count('"') % 2:
        return False
    if re.search(r"\s[,.;:?!]|\s{2,}|,,|\?\.|\.\?", p):
        return False
    # "the the", "of of": a doubled small word ("Late Late Show" and "had had" are fine)
    return not re.search(r"\b(the|a|an|of|to|in|and|is|was|for|on|at|by) \1\b", p)


def check_item(item: AnyItem) -> list[Issue]:
    """The rules one item breaks (empty when it is fine)."""
    issues: list[Issue] = []

    def add(code: ReasonCode, message: str) -> None:
        issues.append(Issue(code=code, message=message, item_id=item.id))

    sentence = item.source.sentence
    if not _prompt_well_formed(item.prompt.replace(GAP, "Blank")):
        add(
            "malformed_prompt", f"prompt is not a well-formed sentence or question: {item.prompt!r}"
        )
    if isinstance(item, TrueFalseItem):
        if item.answer == "True":
            said = token_set(item.prompt)
            # the whole sentence, or one clause of it word for word (see units.py)
            own_clause = len(said) >= 5 and said <= token_set(sentence)
            if similarity(item.prompt, sentence) < 0.6 and not own_clause:
                add("true_statement_not_grounded", "the true statement strays from its source")
        else:
            correction = item.correction or ""
            if normalize_answer(item.prompt) == normalize_answer(correction) or normalize_answer(
                item.prompt
            ) == normalize_answer(sentence):
                add("false_statement_not_false", "the false statement equals its source")
            elif item.source.answer_start is not None and item.source.answer_end is not None:
                original = sentence[item.source.answer_start : item.source.answer_end]
                if contains_phrase(item.prompt, original):
                    add("false_statement_not_false", f"the statement still says {original!r}")
        return issues

    answer = item.answer
    if normalize_answer(answer) in _TRIVIAL:
        add("trivial_answer", f"answer {answer!r} is too generic")
    if not contains_phrase(sentence, answer):
        add("answer_not_grounded", f"answer {answer!r} is not in the source sentence")
    leaks = [answer, *getattr(item, "accepted", [])]
    if any(contains_phrase(item.prompt, a) for a in leaks):
        add("answer_in_prompt", f"the prompt contains the answer {answer!r}")
    elif item.answer_type == "TERM" and _shares_a_content_word(item.prompt, answer):
        add("answer_in_prompt", f"the prompt repeats a word of the answer {answer!r}")
    elif item.answer_type in NAME_KINDS and _shares_a_name_word(item.prompt, answer):
        add("answer_in_prompt", f"the prompt repeats a word of the name {answer!r}")
    if isinstance(item, ClozeItem) and item.prompt.count(GAP) != 1:
        add("cloze_gap", "a cloze prompt must have exactly one gap")
    if isinstance(item, MultipleChoiceItem):
        keys = [normalize_answer(o) for o in item.options]
        if len(set(keys)) != len(keys):
            add("options_not_distinct", "two options are the same after normalisation")
        allowed = _shape_for_kind(item.answer_type)
        for d in item.distractors:
            if overlaps(d, answer):
                add(
                    "distractor_overlaps_answer", f"distractor {d!r} overlaps the answer {answer!r}"
                )
            elif contains_phrase(item.prompt, d):
                add("distractor_overlaps_answer", f"the prompt itself rules out {d!r}")
            if shape_of(d) not in allowed:
                add(
                    "distractor_type_mismatch",
                    f"distractor {d!r} is not a {item.answer_type.lower()}",
                )
            elif item.answer_type == "MONEY" and currency_of(d) != currency_of(answer):
                add("distractor_type_mismatch", f"distractor {d!r} is in another currency")
        odd = _odd_option(item.options, answer)
        if odd is not None:
            add("option_stands_out", f"option {odd!r} stands out from the others")
    return issues


def _shares_a_content_word(prompt: str, answer: str) -> bool:
    """A term's head word, or its stem, elsewhere in the prompt: "require a(n) _____ ...
    without a prescription" gives "prescription" away, "pharmacy" gives "pharma"."""
    words = [re.sub(r"\W", "", w) for w in answer.lower().split()]
    if not words:
        return False
    # "non-deterministic" gives "non-determinism" away: compare hyphenated words whole too
    shown = token_set(prompt) | {re.sub(r"\W", "", w) for w in prompt.lower().split()}
    head = words[-1]
    if len(head) >= 5 and any(w.startswith(head[:5]) for w in shown):
        return True
    # a longer word of the answer: "consultant" gives "consulting services" away
    # (the same word said again is a weaker hint, and the article's own wording)
    if any(
        len(a) >= 8 and any(w.startswith(a[:7]) and w.rstrip("s") != a.rstrip("s") for w in shown)
        for a in words[:-1]
    ):
        return True
    # a shown word inside an answer word: "forested" gives "deforestation" away
    stems = {_STEM_END.sub("", w) for w in shown if len(w) >= 6}
    return any(
        len(st) >= 6 and a.startswith(p + st) for st in stems for a in words for p in _PREFIXES
    )


_STEM_END = re.compile(r"(?:ed|ing|es|s)$")
_PREFIXES = ("de", "non", "un", "re", "dis", "in", "im", "anti", "pre", "counter")
"""A negating or repeating prefix: "forested" shows "deforestation" (not "mission" in
"transmission")."""


_NAME_WORD_RE = re.compile(r"[A-Z][\w'’-]{3,}")


def _shares_a_name_word(prompt: str, answer: str) -> bool:
    """A distinctive word of a name, or its stem, elsewhere in the prompt: "Said Pasha"
    gives "Port Said" away, "The United Nations sent ..." gives "United Nations Emergency
    Force", "Khedive Ismail" gives "Ismailia". Words that only say what kind of name it is
    ("Port", "University") do not count."""
    several = len(answer.split()) > 1
    shown = _NAME_WORD_RE.findall(prompt)
    words = _NAME_WORD_RE.findall(answer)
    capitals = "".join(w[0] for w in answer.split() if w[:1].isupper())
    if len(capitals) >= 2 and capitals not in ERAS and re.search(rf"\b{capitals}\b", prompt):
        return True  # "teams in _____ — the LA Galaxy": the initials of "Los Angeles"
    head = words[-1].lower() if several and words and answer.split()[-1] == words[-1] else ""
    if (
        head
        and head not in ORG_CUES
        and head not in PLACE_CUES
        and re.search(rf"\b{re.escape(head)}\b", prompt)
    ):
        # "the _____, which is not a tapestry" for "Bayeux Tapestry" (the head noun only:
        # "the long bridge" says nothing of "Long Island")
        return True
    for word in words:
        if word.lower() in ORG_CUES or word.lower() in PLACE_CUES:
            continue
        if several and word in shown:
            return True
        if len(word) >= 5 and any(len(w) >= 5 and w[:5] == word[:5] for w in shown):
            return True  # "Khedive Ismail" gives "Ismailia" away
        adjective = DEMONYMS.get(word.lower())
        if adjective is not None and any(w.lower() == adjective for w in shown):
            return True  # "Scottish patients" gives "Scotland" away
    return False


def _form(option: str) -> tuple[bool, bool]:
    """(starts with a capital, holds a digit): what a glance tells about an option."""
    return option[:1].isupper(), any(c.isdigit() for c in option)


def _odd_option(options: list[str], answer: str) -> str | None:
    """An option that can be ruled in or out by its length or form alone."""
    words = [len(o.split()) for o in options]
    for option, n in zip(options, words, strict=True):
        others = [w for o, w in zip(options, words, strict=True) if o != option]
        if n >= 3 and all(n >= 2 * w + 1 for w in others):
            return option  # much longer than all the rest
        if others and all(w >= 2 * n + 1 for w in others) and option == answer:
            return option  # the one short option is the answer
    forms = [_form(o) for o in options]
    answer_form = _form(answer)
    if forms.count(answer_form) == 1 and len(options) > 2:
        return answer  # the only capitalised one, or the only one with a digit
    return None


def same_question(a: AnyItem, b: AnyItem) -> bool:
    """Whether two items ask about the same thing."""
    if a.source.source_id == b.source.source_id and a.source.start == b.source.start:
        if a.type == "true_false" or b.type == "true_false":
            # two statements on one sentence give each other away, unless each keeps to
            # its own clause
            return a.type == b.type and similarity(a.prompt, b.prompt) >= 0.5
        if normalize_answer(a.answer) == normalize_answer(b.answer):
            return True
    if a.type != "true_false" and b.type != "true_false" and _same_answer(a, b):
        # "Who told Wen Wei Po that R1 provides a new paradigm ...?" (Liu Quan) and "Who
        # stated that R1 provides a new paradigm ...?" (Liu): one question, asked twice
        return similarity(a.prompt, b.prompt) >= 0.6
    return similarity(a.prompt, b.prompt) >= 0.9


def _same_answer(a: AnyItem, b: AnyItem) -> bool:
    """The same answer, or one item's answer is an answer the other accepts ("Liu")."""
    key_a, key_b = normalize_answer(a.answer), normalize_answer(b.answer)
    if key_a == key_b:
        return True
    accepted_a: list[str] = getattr(a, "accepted", [])
    accepted_b: list[str] = getattr(b, "accepted", [])
    return any(normalize_answer(x) == key_a for x in accepted_b) or any(
        normalize_answer(x) == key_b for x in accepted_a
    )


def reveals(a: AnyItem, b: AnyItem, *, anywhere: bool = False) -> bool:
    """Whether item ``a`` shows item ``b``'s answer: when made from the same sentence, or,
    with ``anywhere``, from any sentence.

    (Names the article repeats in many sentences are shown by many items anyway, so the
    caller asks ``anywhere`` only for answers the article mentions once or twice.)
    """
    if a.id == b.id:
        return False
    same = (a.source.source_id, a.source.start) == (b.source.source_id, b.source.start)
    if b.type == "true_false":
        # a statement is given away by an item on its sentence that shows what it says
        # in its place ("In 1956, the Dover crew ..." beside "In 1954, the Dover crew ...")
        s = b.source
        if not same or s.answer_start is None or s.answer_end is None:
            return False
        return contains_phrase(a.prompt, s.sentence[s.answer_start : s.answer_end])
    if not same and not anywhere:
        return False
    # Options are not counted: a learner does not know which one is right.
    return contains_phrase(a.prompt, b.answer)


def check_deck(deck: Deck) -> list[Issue]:
    """Every rule every item of a deck breaks, plus duplicates across items."""
    issues: list[Issue] = []
    known = {s.id for s in deck.sources}
    for item in deck.items:
        issues.extend(check_item(item))
        if item.source.source_id not in known:
            issues.append(
                Issue(code="unknown_source", message="source not in deck", item_id=item.id)
            )
    issues.extend(duplicates(deck.items))
    return issues


def duplicates(items: Sequence[AnyItem]) -> Iterable[Issue]:
    """Items that ask what an earlier item already asks."""
    for i, b in enumerate(items):
        for a in items[:i]:
            if same_question(a, b):
                yield Issue(
                    code="duplicate",
                    message=f"asks the same as item {a.id}",
                    item_id=b.id,
                )
                break
