"""The four item builders: a fact in, a candidate item (or None) out."""

from __future__ import annotations

import hashlib
import random
import re
from typing import Any

from quizgen.generate.distractors import bounded, pick_distractors, swap_for
from quizgen.generate.facts import ACRONYM, Fact
from quizgen.generate.questions import questions_for
from quizgen.generate.text import normalize_answer
from quizgen.generate.units import drops
from quizgen.models import (
    GAP,
    ClozeItem,
    ItemType,
    MultipleChoiceItem,
    Provenance,
    ShortAnswerItem,
    TrueFalseItem,
)
from quizgen.nlp.document import Document
from quizgen.nlp.lexicon import ROLE_TITLES

_PRESENT_TAGS = {"VBZ", "VBP"}


def item_id(source_id: str, fact_key: str, item_type: ItemType) -> str:
    """Stable item id: a hash of (source id, fact, item type)."""
    raw = f"{source_id}\x1f{normalize_answer(fact_key)}\x1f{item_type}"
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]


def provenance(source_id: str, fact: Fact) -> Provenance:
    """Where the fact's answer sits in the article."""
    s = fact.prepared.sentence
    return Provenance(
        source_id=source_id,
        sentence=s.text,
        start=s.start,
        end=s.end,
        answer_start=fact.span.start,
        answer_end=fact.span.end,
    )


def _common(fact: Fact, source_id: str, item_type: ItemType) -> dict[str, Any]:
    """The fields every item of a fact shares: id, provenance, explanation, tags."""
    return {
        "id": item_id(source_id, fact.key, item_type),
        "answer_type": fact.span.kind,
        "source": provenance(source_id, fact),
        "explanation": fact.prepared.sentence.text,
        "tags": [item_type, fact.span.kind.lower()],
    }


def _unit(fact: Fact, trimmed: bool) -> tuple[str, int, int]:
    """The text prompts are built from, and the answer's offsets in it; ``trimmed`` leaves
    out what the answer's fact does not need (another clause, an aside)."""
    p = fact.prepared
    text = p.text
    start, end = p.to_text_offset(fact.span.start), p.to_text_offset(fact.span.end)
    if not trimmed:
        return text, start, end
    kept: list[str] = []
    pos = removed_before = 0
    for lo, hi in drops(p.sentence, fact.span):
        lo, hi = p.to_text_offset(lo), p.to_text_offset(hi)
        kept.append(text[pos:lo])
        if hi <= start:
            removed_before += hi - lo
        pos = hi
    kept.append(text[pos:])
    out = "".join(kept)
    start, end = start - removed_before, end - removed_before
    lead = len(out) - len(out.lstrip(" ,;"))
    out, start, end = out[lead:], start - lead, end - lead
    if out[:1].islower():
        out = out[:1].upper() + out[1:]
    return out, start, end


_ACRONYM_AFTER = re.compile(rf"\s*\((?:{ACRONYM})\)")
_RESTATED = re.compile(
    r",\s*(?:which is|which was|or|that is|equal to|equivalent to)\s+"
    r"(?:about|approximately|roughly|around|nearly|almost|some)?\s*[^\s,;]*\d[^,;]*?(?=[,;]|\.?$)"
)
"""An amount said again right after the answer ..."""
_IN_OTHER_UNITS = re.compile(
    r"[$£€¥]|\b(?:dollars?|pounds?|euros?|yuan|yen|francs?|marks?|crowns?|feet|foot|miles?|"
    r"metres?|meters?|kilometres?|kilometers?|km|kg|kilograms?|lb|ounces?|tonnes?|tons?|"
    r"inches|acres?|hectares?|litres?|liters?|gallons?|°[CF])"
)
"""... in other units ("which is about HK$2.286 million"), not another fact (", or 12
percent of the budget")."""


def _prompt_with(fact: Fact, replacement: str, trimmed: bool = False) -> str:
    """The prepared sentence with the answer replaced, minus a parenthetical restating it
    (with ``trimmed``, only the answer's own clause: see units.py)."""
    text, start, end = _unit(fact, trimmed)
    rest = text[end:]
    # "US$294,000 (approximately HK$2.286 million)", "111 metres (363 feet)": the
    # conversion gives the answer away, so it goes; a unit word in between stays.
    if fact.span.kind in {"MONEY", "NUMBER", "PERCENT", "DATE", "YEAR"}:
        m = re.match(r"(\s*[\w-]+)?\s*\(([^()]*\d[^()]*)\)", rest)
        if m:
            rest = (m.group(1) or "") + rest[m.end() :]
        elif (m := _RESTATED.match(rest)) and _IN_OTHER_UNITS.search(m.group()):
            rest = rest[m.end() :]  # "US$294,000, which is about HK$2.286 million"
    if m := _ACRONYM_AFTER.match(rest):
        rest = rest[m.end() :]  # "private finance initiatives (PFIs)": the initials tell
    head = text[:start]
    if replacement == GAP:
        # "an _____ pilot" tells the answer starts with a vowel: write "a(n)"
        head = re.sub(r"\b([Aa])n? $", r"\1(n) ", head)
    return head + replacement + rest


def can_trim(fact: Fact) -> bool:
    """Whether the fact's clause is shorter than its sentence."""
    return bool(drops(fact.prepared.sentence, fact.span))


def _accepted(fact: Fact, doc: Document) -> list[str]:
    span = fact.span
    out: list[str] = []
    if span.kind == "PERSON":
        parts = span.text.split()
        full = doc.people.get(span.text.lower(), span.text)
        if full != span.text:
            out.append(full)
        if len(parts) >= 2:
            out.append(parts[-1])
    if span.kind == "MONEY":
        m = re.search(r"\d[\d,.]*(?:\s?(?:million|billion|trillion|thousand))?", span.text)
        if m and m.group() != span.text:
            out.append(m.group())
    return [a for a in dict.fromkeys(out) if a != span.text]


def _present(fact: Fact) -> bool:
    return any(t.tag in _PRESENT_TAGS for t in fact.prepared.sentence.tokens)


def make_cloze(fact: Fact, source_id: str, doc: Document, trimmed: bool = False) -> ClozeItem:
    """The sentence (or, ``trimmed``, the answer's clause) with the answer blanked."""
    return ClozeItem(
        prompt=_prompt_with(fact, GAP, trimmed),
        answer=fact.span.text,
        accepted=_accepted(fact, doc),
        **_common(fact, source_id, "cloze"),
    )


def best_question(fact: Fact, roles: bool = True) -> str | None:
    """The preferred wh-question for the fact, if any form applies (without ``roles``, none
    that names the answer's role: "Which Soviet pilot ...?" among options that are not
    Soviet pilots gives the answer away)."""
    qs = questions_for(fact.prepared.sentence, fact.span, _present(fact))
    if not roles:
        qs = [q for q in qs if q.form != "appositive"]
    order = {
        "appositive": 0,
        "definition": 1,
        "when": 2,
        "where": 2,
        "passive": 2,
        "object": 3,
        "subject": 3,
    }
    qs.sort(key=lambda q: order.get(q.form, 9))
    return qs[0].text if qs else None


def make_short_answer(fact: Fact, source_id: str, doc: Document) -> ShortAnswerItem | None:
    """A wh-question answered by the span, or None when no form applies."""
    if fact.prepared.cut:
        return None  # questions are built from the sentence as written
    question = best_question(fact)
    if question is None:
        return None
    return ShortAnswerItem(
        prompt=question,
        answer=fact.span.text,
        accepted=_accepted(fact, doc),
        **_common(fact, source_id, "short_answer"),
    )


def make_multiple_choice(
    fact: Fact, source_id: str, doc: Document, rng: random.Random, trimmed: bool = False
) -> MultipleChoiceItem | None:
    """A question (or gapped sentence, or with ``trimmed`` gapped clause) with the answer
    and three typed distractors."""
    if fact.span.kind in {"TERM", "OTHER"}:
        return None  # no way offline to tell a plausible wrong term from an absurd one
    if (
        fact.span.kind == "PERSON"
        and " " not in fact.span.text
        and doc.people.get(fact.span.text.lower(), fact.span.text) != fact.span.text
    ):
        return None  # a lone surname among full names would stand out
    question = None if fact.prepared.cut else best_question(fact, roles=False)
    if question is not None and trimmed:
        return None  # a question already asks on the answer's own clause
    toks = fact.prepared.sentence.tokens
    described = toks[fact.span.last_token + 1 : fact.span.last_token + 4]
    titled = fact.span.first_token > 0 and toks[fact.span.first_token - 1].text.lower() in (
        ROLE_TITLES
    )
    if (
        question is None
        and fact.span.kind == "PERSON"
        and (
            titled
            or (
                len(described) == 3
                and described[0].text == ","
                and described[1].text.lower() in {"a", "an", "the"}
                and described[2].text[:1].isupper()
            )
        )
    ):
        # "_____, a French diplomat, ...", "President _____": the other people are
        # neither French nor presidents
        return None
    if bounded(doc, fact.span, fact.prepared.sentence.index):
        return None  # "over _____ people": a smaller wrong option would be true as well
    distractors = pick_distractors(doc, fact.span, fact.prepared.sentence.index, rng)
    # three options when the article names only two other people of the answer's sort
    if len(distractors) < (2 if fact.span.kind == "PERSON" else 3):
        return None
    prompt = question or _prompt_with(fact, GAP, trimmed)
    options = [fact.span.text, *distractors]
    rng.shuffle(options)
    return MultipleChoiceItem(
        prompt=prompt,
        answer=fact.span.text,
        options=options,
        **_common(fact, source_id, "multiple_choice"),
    )


def make_true_false(
    fact: Fact, source_id: str, doc: Document, rng: random.Random, trimmed: bool = False
) -> TrueFalseItem | None:
    """The sentence (or, ``trimmed``, the fact's clause) as a statement, made false half
    the time by a same-type swap."""
    statement = _prompt_with(fact, fact.span.text, trimmed)
    # A statement is worth asking only if it could have been false: a fact with no safe
    # swap (a term, a lone name) makes no statement, or every statement would be true.
    # Half are false: the fact's hash decides, so a deck stays balanced and an item keeps
    # its truth value when other facts change.
    swap = swap_for(doc, fact.span, fact.prepared.sentence.index, rng)
    if swap is None:
        return None
    common = _common(fact, source_id, "true_false")
    if int(item_id("", fact.key, "true_false"), 16) % 2:
        common["explanation"] = f"The source says {fact.span.text}, not {swap}."
        return TrueFalseItem(
            prompt=_prompt_with(fact, swap, trimmed), answer="False", correction=statement, **common
        )
    return TrueFalseItem(prompt=statement, answer="True", **common)
