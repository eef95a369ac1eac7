"""Facts: which sentences can stand alone as quiz material, and which spans to ask about.

A fact is a (sentence, answer span) pair with a score. Sentences are ranked by how central
they are to the article (shared content words with the rest of it); sentences that begin
with an unresolved pronoun are resolved to the previous sentence's subject or skipped;
quotations, questions and fragments are skipped.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

from quizgen.article import Article
from quizgen.generate.clauses import analyse_clause, definite_head, fronted_end
from quizgen.ingest.titles import title_from_text
from quizgen.models import NAME_KINDS, SpanType
from quizgen.nlp.document import FINITE_TAGS, NOUN_TAGS, Document, Sentence, Span, Token
from quizgen.nlp.lexicon import GENERIC_NOUNS, NUMBER_WORDS

KIND_WEIGHT: dict[SpanType, float] = {
    "MONEY": 1.0, "PERCENT": 0.95, "PERSON": 0.95, "DATE": 0.9, "YEAR": 0.9,
    "PLACE": 0.7, "NUMBER": 0.8, "ORG": 0.8, "TERM": 0.55, "OTHER": 0.65,
}  # fmt: skip
_CONTENT_TAGS = {"NN", "NNS", "NNP", "NNPS", "JJ", "VB", "VBD", "VBG", "VBN", "VBZ", "VBP", "CD"}
_OPENING_QUOTES = {'"', "“", "'", "‘", "``"}
_SUBJECT_PRONOUNS = {"it": "sg", "he": "person", "she": "person", "they": "pl"}
_HEDGES = frozenset(
    "may might could possibly perhaps probably reportedly allegedly likely unlikely "
    "seems seem seemed appears appear suggests suggested believed thought rumoured "
    "rumored supposedly arguably".split()
)
_QUOTATION_RE = re.compile(r'"(?:[^"\s]+\s+){4,}[^"]*"')
_LATE_PRONOUNS = {"it", "they", "this", "these", "he", "she", "its", "their", "his", "her",
                  "them", "him"}  # fmt: skip
_BLOCKING_STARTS = {"this", "these", "that", "those", "such", "its", "their", "his", "her",
                    "both", "another", "then", "but", "and", "or", "so", "yet", "also",
                    "elsewhere", "otherwise", "instead", "thus", "therefore", "hence",
                    "consequently", "similarly", "likewise", "nevertheless", "nonetheless",
                    "accordingly"}  # fmt: skip


@dataclass(slots=True, frozen=True)
class Prepared:
    """A sentence ready for prompts: its text with a leading pronoun resolved."""

    sentence: Sentence
    text: str
    """The text prompts are built from (the sentence, or it with the pronoun replaced)."""
    shift: int
    """Offset to add to a sentence offset past the replaced pronoun."""
    cut: int
    """Sentence offset where the replaced pronoun ended (0 when nothing was replaced)."""

    def to_text_offset(self, offset: int) -> int:
        """Map an offset in the source sentence to one in ``text``."""
        return offset + self.shift if self.cut and offset >= self.cut else offset


@dataclass(slots=True, frozen=True)
class Fact:
    """A candidate answer in a prepared sentence."""

    prepared: Prepared
    span: Span
    score: float

    @property
    def key(self) -> str:
        """What identifies the fact: the answer and the sentence it comes from."""
        return f"{self.span.text}\x1f{self.prepared.sentence.text}"


def prepare(doc: Document) -> list[Prepared]:
    """Sentences that can stand alone, pronouns resolved; others are left out."""
    out: list[Prepared] = []
    prev: Sentence | None = None
    for s in doc.sentences:
        prepared = _prepare_one(s, prev, doc)
        prev = s
        if prepared is not None:
            out.append(prepared)
    return out


def _prepare_one(s: Sentence, prev: Sentence | None, doc: Document) -> Prepared | None:
    toks = s.tokens
    words = len([t for t in toks if t.text[:1].isalnum()])
    if words < 6 or words > 60:
        return None
    if toks[0].text in _OPENING_QUOTES or s.text.count('"') % 2 or _unbalanced(s.text):
        return None
    if toks[-1].text not in {".", "!"} and not (
        len(toks) > 1 and toks[-1].text in {"”", '"', "''"} and toks[-2].text in {".", "!"}
    ):
        return None
    if any(t.text in {"“", "”"} for t in toks) or _QUOTATION_RE.search(s.text):
        return None  # quoted opinion or speech
    first = toks[0].text.lower()
    if first in _BLOCKING_STARTS:
        return None
    if _bare_quantifier(toks, 0):
        return None  # "Most, however, have ...": most of what?
    if not (s.text[:1].isupper() or s.text[:1] in "\"“'‘("):
        return None  # "2 at lower temperatures ...": a fragment after a lost symbol
    if first == "the" and len(toks) > 2 and toks[1].text.lower() in _VAGUE_HEADS:
        return None  # "The result is ...", "The problem ...": which one?
    if _points_back(toks, _earlier_in_paragraph(s, doc), doc.article.title):
        return None  # "... a first measurement. The measurement implies ...": which one?
    if prev is not None and _the_one_just_named(toks, prev, doc.article.title):
        return None  # "... a water wheel. Water that had passed over the wheel ...": which?
    if first == "for" and len(toks) > 1 and toks[1].text.lower() in {"example", "instance"}:
        return None  # an example of something the sentence does not say
    lowered = [t.text.lower() for t in toks]
    if any(
        lowered[k : k + 2] == ["as", "well"] and lowered[k + 2 : k + 3] != ["as"]
        for k in range(len(lowered) - 1)
    ):
        return None  # "Chemical catalysts can be used as well": as well as what?
    comma = next((i for i, t in enumerate(toks[:7]) if t.text == ","), 0)
    opening = " ".join(t.text.lower() for t in toks[:comma])
    if opening.endswith(("later", "afterwards", "earlier")) or opening in _THEN_WORDS:
        return None  # "A few weeks later, ...", "At the time, ...": after what?
    front = fronted_end(toks)
    if front and _bare_quantifier(toks, front):
        return None  # "Later, many took up service ...": many of whom?
    if (
        first in {"see", "refer", "note", "compare"}
        or (len(toks) > 2 and toks[-2].text.lower() in {"below", "above"})
        or re.search(r"\b(?:mentioned|shown|described|see) (?:above|below)\b", s.text)
    ):
        return None  # "See image of the diagram below": the page's layout, not a fact
    # "these models", "that voyage", "the aforementioned": about something said before.
    for i, t in enumerate(toks):
        low = t.text.lower()
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if low in {"these", "those", "aforementioned", "latter", "former", "above-mentioned"}:
            return None
        if (
            low in {"corresponding", "analogous"}
            and (i == 0 or toks[i - 1].text.lower() != "the")
            and (nxt is None or nxt.text.lower() != "to")
        ):
            return None  # "a corresponding duty", "Analogous results": to what? (not "the
            # corresponding author")
        if (
            low in _ELLIPTICAL_VERBS
            and t.tag.startswith("VB")
            and (nxt is None or nxt.text in {",", ".", ";"} or nxt.tag == "CC")
        ):
            return None  # "Isaac refused, so Richard landed": refused what?
        if low == "such" and nxt is not None and nxt.tag in {"NN", "NNS", "JJ"}:
            return None  # "such pharmacies" ("such as" is fine)
        if (
            low == "the"
            and nxt is not None
            and nxt.text.lower() in {"problem", "question", "issue"}
            and (i + 2 >= len(toks) or toks[i + 2].text.lower() not in {"of", "that", "whether"})
        ):
            return None  # "a prize for resolving the problem": which one?
        if low in {"him", "her", "them"} and t.tag == "PRP" and not _named_before(s, i, low):
            return None  # "Khedive Ismail granted him the concession": who?
        if (
            low == "this"
            and i > 0
            and (nxt is None or nxt.tag not in _NOUN_TAGS | {"JJ", "JJS", "CD"})
        ):
            return None  # "the benefit of this", "consider this to be ...": this what?
        if low == "here" and t.tag == "RB" and i > 0:
            return None  # "careful planning is needed here": where?
        if (
            low == "at"
            and i + 2 < len(toks)
            and toks[i + 1].text.lower() in {"the", "that"}
            and toks[i + 2].text.lower() == "time"
            and (i + 3 >= len(toks) or toks[i + 3].text.lower() not in {"of", "when", "that"})
            and not any(sp.kind in {"DATE", "YEAR"} for sp in s.spans)
        ):
            return None  # "the ruler of Egypt at the time": at what time? (not "In 1912
            # the Titanic, the largest ship afloat at the time, ...")
        if low == "the" and nxt is not None and nxt.text.lower() in _FIGURE_WORDS:
            return None  # "the diagram", "the table below": not in the text
        if (
            low in {"this", "that"}
            and t.tag == "DT"
            and nxt is not None
            and nxt.tag in {"NN", "NNS", "JJ"}
            and nxt.text.lower() not in _DEICTIC_TIME
        ):
            return None
    if _FORMULA_RE.search(s.text):
        return None  # formulas
    # "the next drives", "the two amounts", "the same issue": relative to earlier text
    for i, t in enumerate(toks[:-1]):
        if t.text.lower() == "the" and toks[i + 1].text.lower() in _RELATIVE_AFTER_THE:
            return None
    # The subject is a pronoun: at the start ("It directly addresses ...") or after a
    # fronted phrase ("From a developmental perspective, it pioneers ...").
    k = _subject_pronoun(toks)
    if k is not None and _expletive(toks, k):
        return Prepared(s, s.text, 0, 0)  # "It is believed that ...": no referent to find
    if k is None:
        # "While it may include ...": a pronoun before any noun points outside the sentence.
        for t in toks:
            if t.tag in {"NN", "NNS", "NNP", "NNPS", "CD"}:
                break
            if t.text.lower() in _LATE_PRONOUNS:
                return None
        return Prepared(s, s.text, 0, 0)
    if prev is None or (prev.block != s.block and not _same_section(prev, s, doc)):
        return None
    pronoun = toks[k].text.lower()
    antecedent = _antecedent(prev, pronoun, doc)
    if antecedent is None:
        return None
    if k == 0 or (antecedent[:1].isupper() and _is_name(antecedent, prev)):
        shown = antecedent[:1].upper() + antecedent[1:] if k == 0 else antecedent
    else:
        shown = antecedent
    tok = toks[k]
    text = s.text[: tok.start] + shown + s.text[tok.end :]
    return Prepared(s, text, len(shown) - (tok.end - tok.start), tok.end)


_QUANTIFIERS = frozenset("most many some several others few all each".split())


def _bare_quantifier(toks: list[Token], k: int) -> bool:
    """ "Most, however, ...", "Later, many took up ...": a quantifier standing for people or
    things named before, with no noun of its own after it."""
    return (
        k + 1 < len(toks)
        and toks[k].text.lower() in _QUANTIFIERS
        and toks[k + 1].tag not in _NOUN_TAGS | {"JJ", "JJS", "CD", "IN", "DT"}
    )


def _named_before(s: Sentence, i: int, pronoun: str) -> bool:
    """Whether what an object pronoun at token ``i`` means comes earlier in the sentence:
    a person for "him"/"her", a plural noun for "them"."""
    if pronoun == "them":
        return any(t.tag in {"NNS", "NNPS"} for t in s.tokens[:i])
    # "Sadat granted him ...": him is never the subject of its own verb; "Nasr asked the
    # council to send him ...": a new clause in between lets it be
    return any(
        sp.kind == "PERSON"
        and sp.last_token < i
        and any(t.text.lower() in {"to", "that", ","} for t in s.tokens[sp.last_token + 1 : i])
        for sp in s.spans
    )


def _points_back(toks: list[Token], earlier: list[Sentence], title: str) -> bool:
    """ "The measurement implies ...", "The island remained ...", "Later, the city's
    residents fled": a bare "the" + noun subject (at the start or after a fronted phrase)
    whose noun an earlier sentence of the paragraph used, so the sentence means that
    earlier one. The title's own nouns ("The canal" in "Suez Canal") are the topic, which
    the deck names."""
    if not earlier or len(toks) < 3:
        return False
    # "Later, the island ...", "In 1489, the whole island ..."
    k = fronted_end(toks)
    if k == 0 and len(toks) > 3 and toks[0].tag == "IN" and toks[1].tag in {"CD", "NNP"}:
        # "By 1900 the population had fallen", "At 5 °C the solubility rises": a short
        # opening phrase with no comma
        k = next((j for j in range(2, min(5, len(toks))) if toks[j].text.lower() == "the"), 2)
    h = definite_head(toks, k)
    if h is None or h + 2 >= len(toks):
        return False
    title_words = _raw_title_words(title)
    last = h
    while last + 3 < len(toks) and toks[last + 1].tag in {"NN", "NNS"}:
        last += 1
    if (
        toks[last + 1].tag in FINITE_TAGS
        and toks[last + 2].text.lower() == "also"
        and not _noun_forms(toks[last])[1] & title_words
    ):
        return True  # "The show globe was also used": as well as what? ("The canal is also
        # ..." in "Suez Canal" is about the topic)
    noun, after = toks[h], toks[h + 1]
    also = after.text.lower() == "also"
    if also:
        h += 1  # "The study also found ...": read on past "also"
        after = toks[h + 1]
    nxt = toks[h + 2].tag if h + 2 < len(toks) else ""
    # ("The era lasted until ...": a past tense the tagger read as a participle)
    past = after.tag == "VBN" and nxt in {"IN", "DT", "RB", "TO", "PRP$", "CD"}
    if after.tag not in {"VBZ", "VBD", "VBP", "MD", "POS"} and not past:
        return False
    stem, forms = _noun_forms(noun)
    if forms & title_words:
        return False  # a word of the title, not a part of one ("era" in "Federal")
    if also or (stem in _REFERRING_HEADS and h == k + 1):
        return True  # "The study also found ...", "The region is home to ...": which one?
    if h == k + 1 and stem.endswith(_EVENT_ENDINGS) and len(stem) > 6:
        return True  # "The nationalisation led to ...": an event told before, named by a verb

    return any(t.text.lower() in forms for s in earlier for t in s.tokens)


_INTRODUCERS = frozenset(
    "a an some several many various numerous few one two three four five six seven eight "
    "nine ten".split()
)
"""Words that bring in a new thing, which a bare "the" in the next sentence then means."""


def _the_one_just_named(toks: list[Token], prev: Sentence, title: str) -> bool:
    """ "the wheel", "the wrecks": a bare "the" + noun anywhere in the sentence whose noun the
    sentence before named, so the sentence means that one (not the title's own nouns)."""
    title_words = _raw_title_words(title)
    # nouns the sentence before brought in: after "a(n)", a number or a modifier ("a water
    # wheel", "two wrecks", "a series of alarms"), not one it too called "the" ("the crew")
    ptoks = prev.tokens

    def brought_in(k: int) -> bool:
        if k + 1 < len(ptoks) and ptoks[k + 1].tag in {"NN", "NNS"}:
            return False  # a modifier ("water" of "water wheel")
        j = k - 1
        while j >= 0 and (
            ptoks[j].tag in {"JJ", "NNP", "NNPS", "NN", "VBN", "CD", "CC", "``", "''"}
            and ptoks[j].text.lower() not in _INTRODUCERS
        ):
            j -= 1
        # "a water wheel", "two wrecks", 'several "1202" program alarms' (not "in winter")
        return j >= 0 and (ptoks[j].text.lower() in _INTRODUCERS or ptoks[j].tag == "CD")

    before = {
        t.text.lower() for k, t in enumerate(ptoks) if t.tag in {"NN", "NNS"} and brought_in(k)
    }
    for i in range(len(toks) - 1):
        if toks[i].text.lower() != "the" or toks[i + 1].tag not in {"NN", "NNS"}:
            continue
        if i + 2 < len(toks) and (
            toks[i + 2].tag in {"NN", "NNS", "NNP", "IN", "POS", "WDT", "WP", "VBN"}
            or toks[i + 2].text.lower() == "that"
        ):
            continue  # "the wheel of", "the shares that Britain bought": more than a bare noun
        stem, forms = _noun_forms(toks[i + 1])
        if forms & title_words or stem in GENERIC_NOUNS:
            continue
        if forms & before:
            return True
    return False


def _raw_title_words(title: str) -> set[str]:
    """A title's words as written, lower case ("canal" of "The Suez Canal: ...")."""
    return set(re.findall(r"[\w'-]+", title.lower()))


def _noun_forms(noun: Token) -> tuple[str, set[str]]:
    """A noun's singular, and the forms it takes in running text ("city": "cities" is not
    made, "city's" is)."""
    word = noun.text.lower()
    stem = word[:-1] if noun.tag == "NNS" and word.endswith("s") else word
    return stem, {stem, stem + "s", stem + "'s", stem + "es"}


_THEN_WORDS = frozenset(
    {"at the time", "at that time", "then", "by then", "the next day", "the following year",
     "the following day", "the next year", "meanwhile", "soon after", "shortly after"}
)  # fmt: skip
_REFERRING_HEADS = frozenset(
    "region area city town village country state province territory island study survey "
    "team company firm government population meeting war treaty industry panel committee "
    "council board agency side attempt plan project finding colonist settler researcher "
    "expedition fleet army law act bill policy proposal reform".split()
)
"""Nouns that, as a bare "the" subject, always mean one named before: "The region ..."."""
_EVENT_ENDINGS = ("tion", "sion", "ment")
"""A noun made from a verb: bare, as a subject, it means an event just told."""
_ELLIPTICAL_VERBS = frozenset(
    "refused agreed declined accepted complied relented obeyed objected protested "
    "retaliated responded replied resisted".split()
)
"""Verbs whose object an earlier sentence gave when nothing follows them."""


def _earlier_in_paragraph(s: Sentence, doc: Document) -> list[Sentence]:
    """The sentences before ``s`` in its paragraph, and the one just before it."""
    out = [p for p in doc.sentences[max(0, s.index - 8) : s.index] if p.block == s.block]
    if s.index > 0 and (not out or out[-1].index != s.index - 1):
        out.append(doc.sentences[s.index - 1])
    return out


_EXPLETIVE_AFTER = frozenset(
    "believed known thought said likely unlikely possible impossible clear important "
    "necessary true estimated expected reported assumed argued suggested unclear "
    "difficult easy hard common uncommon unusual usual rare normal customary unknown "
    "uncertain".split()
)


def _expletive(toks: list[Token], k: int) -> bool:
    """ "It is believed that ...", "It was clear that ...": "it" points at nothing."""
    if toks[k].text.lower() != "it" or k + 2 >= len(toks):
        return False
    if toks[k + 1].text.lower() not in {"is", "was", "has", "had", "seems", "appears"}:
        return False
    # "It was not uncommon for half the town to die": a "not" or a degree word may come
    # between the verb and the adjective
    near = toks[k + 2 : k + 9]
    rest = [t.text.lower() for t in near]
    if "that" in rest[2:] and (
        rest[:2] == ["not", "until"]
        or (rest[:1] == ["only"] and len(near) > 1 and near[1].tag in {"IN", "CD", "RB"})
    ):
        return True  # "it was not until 1823 that ...", "it was only in 1900 that ..." (not
        # "It was only the second ship that ...": that "it" is the ship)
    words = [w for w in rest[:3] if w not in _DEGREE_BEFORE]
    adjective = next((w for w in words[:2] if w in _EXPLETIVE_AFTER), None)
    if adjective is None:
        return False
    at = rest.index(adjective) + 1
    after = rest[at:]
    if any(w in {"that", "whether"} for w in after[:4]):
        return True
    if any(  # "It is hard to say ..." (not "It was unknown to scientists")
        t.text.lower() == "to" and j + 1 < len(near) and near[j + 1].tag == "VB"
        for j, t in enumerate(near[at : at + 4], start=at)
    ):
        return True
    if adjective in _RARE_WORDS and after[:1] == ["for"] and "to" in after[2:7]:
        return True  # "uncommon for half the town to die" (not "known for its cathedral")
    return adjective in {"unknown", "uncertain", "unclear"} and after[:1] in (
        ["how"],
        ["why"],
        ["what"],
        ["when"],
        ["if"],
    )  # "It is unknown how many ..."


_DEGREE_BEFORE = frozenset({"not", "n't", "very", "quite", "so", "too", "also", "often"})
_RARE_WORDS = frozenset("common uncommon unusual usual rare normal customary".split())


def _subject_pronoun(toks: list[Token]) -> int | None:
    """Index of a subject pronoun at the start or right after a fronted phrase."""
    if toks[0].text.lower() in _SUBJECT_PRONOUNS:
        return 0
    # past 14 words, and with no comma before it, only after an opening phrase ("In works
    # such as ... (1949–50), he uses", "In one experiment he found"), never in a relative
    # clause of the subject ("Darwin's voyage, which he described, ...")
    opener = toks[0].tag in {"IN", "RB"}
    for i, t in enumerate(toks[:40]):
        if t.tag in FINITE_TAGS:
            return None
        if (
            t.text == ","
            and i + 1 < len(toks)
            and toks[i + 1].text.lower() in _SUBJECT_PRONOUNS
            and (i < 14 or opener)
        ):
            return i + 1
        nxt = toks[i + 1 : i + 3]
        if (  # "In one experiment he found ...", "..., in 1081 he led ..."
            i > 0
            and opener
            and toks[i - 1].tag not in {"WDT", "WP", "WP$", "IN"}
            and t.text.lower() in {"he", "she"}  # ("Finally it spread ..." is left alone)
            and nxt
            and (
                nxt[0].tag in FINITE_TAGS
                or (nxt[0].tag == "RB" and nxt[1:] and nxt[1].tag in FINITE_TAGS)
            )
        ):
            return i
    return None


def _modifier(s: Sentence, sp: Span) -> bool:
    """ "AI" in "global AI development": a name used as an adjective, not a referent."""
    nxt = s.tokens[sp.last_token + 1] if sp.last_token + 1 < len(s.tokens) else None
    return nxt is not None and nxt.tag in {"NN", "NNS"}


def _is_name(text: str, s: Sentence) -> bool:
    return any(sp.text == text and sp.kind != "TERM" for sp in s.spans)


def _antecedent(prev: Sentence, pronoun: str, doc: Document) -> str | None:
    """What a sentence-initial pronoun refers to in the sentence before, if it is clear."""
    subject = _subject_text(prev)
    if subject is not None and _agrees(pronoun, subject, prev):
        return subject
    kind = _SUBJECT_PRONOUNS[pronoun]
    if kind == "person":
        people = {
            doc.people.get(sp.text.lower(), sp.text) for sp in prev.spans if sp.kind == "PERSON"
        }
        return people.pop() if len(people) == 1 else None
    if kind == "sg":
        # "Liu stated that DeepSeek-R1 provides ...": the one named thing, not a person
        things = [
            sp.text
            for sp in prev.spans
            if (sp.kind in {"ORG", "OTHER"} or (sp.kind == "TERM" and sp.text[:1].isupper()))
            and not _modifier(prev, sp)
            and not _after_a_preposition(prev, sp)  # "During the Oligocene, ... It ..."
        ]
        unique = list(dict.fromkeys(things))
        return unique[0] if len(unique) == 1 else None
    return None


def _after_a_preposition(s: Sentence, sp: Span) -> bool:
    """ "during the Oligocene", "in the Nature paper": a setting, not what "it" means."""
    k = sp.first_token - 1
    while k >= 0 and s.tokens[k].tag in {"DT", "JJ"}:
        k -= 1
    word = s.tokens[k].text.lower() if k >= 0 else ""
    return k >= 0 and s.tokens[k].tag == "IN" and word not in {"that", "whether", "if"}


def _same_section(prev: Sentence, s: Sentence, doc: Document) -> bool:
    blocks = doc.article.blocks
    return all(blocks[b].kind == "paragraph" for b in range(prev.block, s.block + 1))


def _unbalanced(text: str) -> bool:
    return text.count("(") != text.count(")") or text.count("[") != text.count("]")


def _subject_text(s: Sentence) -> str | None:
    clause = analyse_clause(s)
    if clause is None:
        return None
    first, last = clause.subject
    toks = s.tokens[first : last + 1]
    if not toks or toks[-1].tag not in NOUN_TAGS or len(toks) > 6:
        return None
    text = s.text[toks[0].start : toks[-1].end]
    if toks[0].tag not in {"NNP", "NNPS"} and not toks[0].text.isupper():
        text = text[:1].lower() + text[1:]
    return text


def _agrees(pronoun: str, antecedent: str, s: Sentence) -> bool:
    kind = _SUBJECT_PRONOUNS[pronoun]
    head = antecedent.split()[-1]
    plural = head.endswith("s") and not head.endswith("ss") and not head[:1].isupper()
    person = any(sp.kind == "PERSON" and sp.text in antecedent for sp in s.spans)
    if kind != "person" and person:
        return False  # "it" is never Liu
    if kind == "sg":
        return not plural and head.lower() not in {"team", "people"}
    if kind == "pl":
        return plural or head.lower() in {"team", "researchers", "scientists"}
    return any(sp.kind == "PERSON" and sp.text in antecedent for sp in s.spans)


_FORMULA_RE = re.compile(
    r"[=·×÷^]|\b[a-z]\s?[+*/−]\s?[a-z0-9]\b|\bO\(|\d[a-z]\s*[−-]\s*\d|\)\d+/\d"
)
_FIGURE_WORDS = frozenset("diagram figure table chart illustration graph".split())
_RELATIVE_AFTER_THE = frozenset(
    "next two three four same following previous latter former remaining other".split()
)
_NUMERIC = {"MONEY", "PERCENT", "NUMBER", "YEAR", "DATE"}
_VAGUE_HEADS = frozenset(
    "result problem process method system answer question issue idea change effect "
    "difference reason case situation approach solution input output date".split()
)
_DEICTIC_TIME = frozenset(
    "year month week century decade season spring summer autumn winter".split()
)
_COUNT_HINTS = {
    "two": {"double", "pair", "twin", "twins", "dual", "couple"},
    "2": {"double", "pair", "twin", "twins", "dual", "couple"},
    "three": {"triple", "trio", "triplet"},
    "3": {"triple", "trio", "triplet"},
}
_VAGUE_NOUNS = frozenset(
    "publication discovery answer answers region regions area areas result results work "
    "development research study process thing things part parts role use idea way issue "
    "problem change changes effect effects event events period time case matter topic "
    "subject field place people".split()
)
_GENERIC_MODIFIERS = frozenset(
    "same main major significant high low short long narrow own key existing important large "
    "small great good new old different various certain common general particular special "
    "whole full real true specific relative further total entire overall previous current "
    "recent early late first last next other additional possible potential initial final "
    "basic simple major minor wide broad strong weak steady rapid slow distinct precise "
    "adequate evolving advanced efficient traditional regular proper appropriate effective "
    "successful popular famous modern typical numerous complex unique standard normal "
    "natural practical useful essential necessary critical crucial chief principal central "
    "primary secondary considerable substantial particular relevant suitable reasonable "
    "obvious clear certain positive negative active direct individual sufficient several "
    "correct right wrong "
    "many some few multiple extra annual historical opposite".split()
)
_ROMAN_NUMERALS = frozenset("I II III IV V VI VII VIII IX X".split())
ACRONYM = r"[A-Z][A-Z&.]{1,7}s?|[A-Z][a-z]?[A-Z][A-Za-z]{0,2}[A-Z]"
"""Initials: "AMA", "PFIs", "U.S.", and with small letters inside, "GPhC"."""
_NAME_PARTICLES = frozenset("y de da del della di du la le van von der".split())
_BROAD_PLACE_WORDS = frozenset({"across", "throughout"})
_COMPASS_WORDS = frozenset(
    "northern southern eastern western central north south east west northeastern "
    "northwestern southeastern southwestern upper lower".split()
)  # lower case only: "South Africa" is a name
_IDENTIFIER_QUOTES = {'"', "“", "”", "'", "‘", "’"}


def unaskable(s: Sentence, sp: Span, term_freq: Counter[str]) -> str | None:
    """Why a span makes a poor answer, or None if it may be asked about."""
    for rule in (_by_its_neighbours, _as_a_term_or_name, _as_a_number, _among_others):
        reason = rule(s, sp, term_freq)
        if reason is not None:
            return reason
    return None


_QUOTES = frozenset(_OPENING_QUOTES | _IDENTIFIER_QUOTES | {"''"})


def _nicknamed_names(toks: list[Token]) -> list[int]:
    """Where a name with a quoted nickname starts: Edwin "Buzz" Aldrin."""
    return [
        p
        for p in range(len(toks) - 4)
        if toks[p].tag == "NNP"
        and toks[p + 1].text in _QUOTES
        and toks[p + 2].text[:1].isupper()
        and toks[p + 3].text in _QUOTES
        and toks[p + 4].tag == "NNP"
    ]


def _around(s: Sentence, sp: Span) -> tuple[list[Token], Token | None, Token | None]:
    """The sentence's tokens and the tokens just before and after the span."""
    toks = s.tokens
    before = toks[sp.first_token - 1] if sp.first_token > 0 else None
    after = toks[sp.last_token + 1] if sp.last_token + 1 < len(toks) else None
    return toks, before, after


def _by_its_neighbours(s: Sentence, sp: Span, term_freq: Counter[str]) -> str | None:
    """Its own shape and the words right beside it give it away or leave it open."""
    toks, before, after = _around(s, sp)
    if len(sp.text) <= 1:
        return "a single character"
    if sp.text.lower().startswith(("i.e.", "e.g.")) or (
        before is not None and before.text.lower() in {"i.e.", "e.g.", "i.e", "e.g"}
    ):
        return "an example or gloss (i.e. _____)"
    if toks[sp.first_token].tag in {"VB", "VBD", "VBZ", "VBP", "MD"}:
        return "starts with a verb (_____ the hormone): not a thing to name"
    if after is not None and after.text in _POSSESSIVE and sp.kind in NAME_KINDS:
        return "a possessive (_____'s team): other names fit the gap too"
    if sp.kind == "PLACE" and after is not None and after.tag in {"NN", "NNS"}:
        return "a place name as a modifier (the _____ rainforest)"
    if (
        sp.first_token == sp.last_token
        and sp.kind in {"TERM", "OTHER"}  # ("the _____ team" may ask which company's)
        and after is not None
        and after.tag in {"NN", "NNS"}
        and after.text.islower()
    ):
        return "one word that only modifies the noun after it (_____ robots)"
    if _initials_beside(toks, sp):
        return "its initials beside the gap (DNA, short for _____; _____ (A))"
    if _glossed(toks, sp):
        return "a gloss beside the gap says it again (_____ (bunker), _____ (or per foot))"
    if (
        after is not None
        and after.text in {"'", "’"}
        and sp.last_token + 2 < len(toks)
        and toks[sp.last_token + 2].text.lower() in _NAMED_EVENTS
    ):
        return "part of a longer name (the _____' War for the Hundred Years' War)"
    if before is not None and (
        re.fullmatch(r"[A-Z]\.", before.text)
        or (
            before.text == "."
            and sp.first_token >= 2
            and re.fullmatch(r"[A-Z]", toks[sp.first_token - 2].text)
        )
    ):
        return "part of an abbreviated name (Y. _____)"
    if before is not None and before.text == "&":
        return "part of a longer name or citation (Crowley & _____)"
    if (
        after is not None
        and after.text in {"-", "–"}
        and after.start == s.tokens[sp.last_token].end
        and sp.last_token + 2 < len(toks)
        and toks[sp.last_token + 2].tag == "CC"
    ):
        return "half of a hyphenated pair (_____- and 15-year cicadas)"
    if any(sp.first_token <= p + 4 and p <= sp.last_token for p in _nicknamed_names(toks)):
        return 'part of a name with a nickname (Edwin "_____" Aldrin)'
    if (
        after is not None
        and sp.kind != "TERM"
        and (
            re.fullmatch(r"(?:al|el|ad|ar|as|ash|at|az|an|ad-Din|ud)-[A-Z]\S*", after.text)
            or after.text in _ROMAN_NUMERALS
            or (
                after.text in _NAME_PARTICLES
                and sp.last_token + 2 < len(toks)
                and toks[sp.last_token + 2].text[:1].isupper()
            )
        )
    ):
        return "part of a longer name (_____ I for World War I, _____ y Beaumont)"
    if sp.first_token >= 2 and [
        t.text.lower() for t in toks[sp.first_token - 2 : sp.first_token]
    ] == ["such", "as"]:
        return "one example of many (oxides such as _____): others fit too"
    two_before = [t.text.lower() for t in toks[max(0, sp.first_token - 2) : sp.first_token]]
    if two_before == ["according", "to"]:
        return "a source (According to _____, ...): any other source fits the gap"
    if sp.kind == "PLACE" and before is not None and before.text.lower() in _BROAD_PLACE_WORDS:
        return "a place after 'across' (guests from across _____): 'the world' fits too"
    if sp.kind == "PLACE" and before is not None and before.text in _COMPASS_WORDS:
        return "the region a part lies in (southern _____): the article's setting, not a fact"
    if sp.kind == "PLACE" and _opening_setting(toks, sp):
        return "the setting a sentence opens with (In _____, pharmacists ...): other places fit"
    if sp.kind == "PLACE" and _scope_of_a_superlative(toks, sp):
        return "what a superlative ranks within (one of the largest in the _____): 'the world' fits"
    if any(t.text.lower() == "also" for t in toks[max(0, sp.first_token - 3) : sp.first_token]):
        return "'also' before the answer: it means something said before (also from the _____)"
    if after is not None and (
        after.text.lower() == "also"
        or (
            after.text == ","
            and sp.last_token + 2 < len(toks)
            and toks[sp.last_token + 2].text.lower() == "also"
        )
    ):
        return "the answer 'also' did something: someone else did too (_____ also said)"
    return None


def _as_a_term_or_name(s: Sentence, sp: Span, term_freq: Counter[str]) -> str | None:
    """A term too vague, generic or cut from a longer phrase; part of a longer name."""
    toks, before, after = _around(s, sp)
    if sp.kind == "TERM" and any(
        len(t.text) == 1 and t.text.isalpha() for t in toks[sp.first_token : sp.last_token + 1]
    ):
        return "a variable name (number b)"
    if sp.kind == "TERM" and toks[sp.first_token].text.lower() in {"word", "term", "name"}:
        return "a word about a word (the word pharmacy)"
    if (
        sp.kind == "TERM"
        and before is not None
        and before.tag == "CD"
        and toks[sp.last_token].text.lower() in _UNIT_WORDS
    ):
        return "a unit after its number (587,000 _____): a measure, not a fact to learn"
    if (
        after is not None
        and after.text == ")"
        and before is not None
        and before.text == "("
        and sp.text.isupper()
        and sp.first_token >= 2
    ):
        return "an acronym right after its own name (Climate Change (_____))"
    if sp.kind == "TERM" and sp.first_token == sp.last_token and sp.text.lower() in _VAGUE_NOUNS:
        return "a vague noun (publication, discovery): what of?"
    if sp.kind == "TERM":
        words = [t.text.lower() for t in toks[sp.first_token : sp.last_token + 1]]
        repeated = term_freq[sp.text.lower()] >= 2
        defined = after is not None and after.text == "("
        if words[0] in _GENERIC_MODIFIERS and not (repeated or defined):
            return "a generic noun phrase"
        if len(words) == 1 and not (repeated or defined):
            return "a lone common noun"
        if len(words) == 1 and before is not None and before.tag == "PRP$":
            return "a lone noun after his/their (his _____): many fit"
        if (
            len(words) > 1
            and sp.text.islower()
            and before is not None
            and before.text in _POSSESSIVE | {"'"}
            and sp.first_token >= 2
            and toks[sp.first_token - 2].text[:1].isupper()
        ):
            return "a phrase after a name's 's (Pauling's _____): 'model' fits as well"
        if len(words) == 1 and sp.text.islower() and before is not None:
            if before.text in _POSSESSIVE or (before.text == "'" and sp.first_token >= 2):
                return "a lone noun after a name's 's (Chargaff's _____): any word fits"
            if before.text.lower() in {"all", "every", "each"}:
                return "a lone noun after 'all' (in all _____): many fit"
        if (
            len(words) == 1
            and sp.text.islower()
            and after is not None
            and after.text in _POSSESSIVE
        ):
            return "a lone noun before 's (the _____'s volume): many fit"
        if len(words) == 1 and sp.text.islower() and not defined:
            if before is not None and before.text.lower() in {"a", "an"}:
                return "a lone noun after a(n) (before a(n) _____ agrees): any noun fits"
            if toks[0].tag == "IN" and sp.first_token <= 2:
                return "a lone noun in an opening phrase (In _____, ...): a setting, many fit"
        inner = toks[sp.first_token + 1 : sp.last_token + 1]
        if len(words) > 1 and (
            any(t.tag in {"VBG", "VBZ", "VBD", "VBP", "JJR", "RBR"} for t in inner)
            or any(  # "wood gains overall weight": a plural inside, then an adjective
                t.tag == "NNS" and nxt.tag == "JJ" for t, nxt in pairwise(inner)
            )
            or (
                toks[sp.last_token].tag == "NNS"
                and after is not None
                and after.tag in {"DT", "PRP$", "RB"}
            )
        ):
            return "runs into a verb (_____ significantly: 'crown increases')"
        if before is not None and before.text[:1].isupper() and sp.first_token > 1:
            return "part of a longer name"
        if (
            before is not None
            and before.tag in {"VBG", "VBN", "JJ", "NN", "NNS"}
            and before.text.lower() not in _NAMING_WORDS  # "is called trial division"
        ):
            return "part of a longer noun phrase"  # "working _____" for "group co-chairs"
        if (
            any(
                re.fullmatch(r"\d+(?:st|nd|rd|th)", t.text)
                for t in toks[sp.first_token : sp.last_token + 1]
            )
            and sp.last_token > sp.first_token + 1
        ):
            return "a time phrase glued to a noun phrase (the 19th century compound engines)"
    if (
        sp.kind in NAME_KINDS
        and before is not None
        and sp.first_token > 1
        and before.text[:1].isupper()
        and before.tag not in {"NNP", "NNPS"}
    ):
        return "part of a longer name"  # "Nintendo and The _____"
    return None


def _as_a_number(s: Sentence, sp: Span, term_freq: Counter[str]) -> str | None:
    """A number that is a code, a count the sentence gives, or a conversion."""
    toks, before, after = _around(s, sp)
    if sp.kind == "NUMBER" and sp.text.lower() in _COUNT_HINTS:
        hints = _COUNT_HINTS[sp.text.lower()]
        if any(t.text.lower() in hints for t in toks):
            return "a count another word of the sentence gives (double helix: _____ strands)"
    if sp.kind in {"NUMBER", "YEAR"}:
        if before is not None and before.text in _IDENTIFIER_QUOTES:
            return "a code, not a quantity"
        if before is not None and before.text.lower() == "the" and sp.kind == "NUMBER":
            return "a number that points back (the two amounts)"  # "the 1998 draft" is fine
        if (after is not None and after.text == ":") or _counts_a_list(toks, sp):
            return "a count the sentence lists"
    if (
        sp.kind in {"NUMBER", "MONEY"}  # "21.5 kilograms (47.5 pounds)": weight, not money
        and before is not None
        and before.text == "("
        and sp.first_token >= 3
        and any(t.tag == "CD" for t in toks[max(0, sp.first_token - 5) : sp.first_token - 1])
    ):
        return "a conversion of a measure the sentence already gives (5 kg (_____ lb))"
    if sp.kind == "MONEY" and any(
        o.kind == "MONEY" and o.end <= sp.start and sp.first_token - o.last_token <= 6
        for o in s.spans
    ):
        return "a conversion of an amount the sentence already gives"
    return None


def _among_others(s: Sentence, sp: Span, term_freq: Counter[str]) -> str | None:
    """One of several things the gap would fit equally (list, pair, range)."""
    toks = s.tokens
    if _in_range(toks, sp):
        return "one end of a range"
    if sp.kind in NAME_KINDS and _paired(s, sp):
        return "half of a pair (Watson and _____)"
    if sp.kind in NAME_KINDS and _beside_a_name(toks, sp):
        return "half of a pair of names (Jersey and _____): the other fits too"
    if (sp.kind not in _NUMERIC or _among_numbers(toks, sp)) and _in_open_list(toks, sp):
        return "one item of a list (electrocution, _____, and cave-ins): others fit too"
    if _beside_its_opposite(toks, sp):
        return "paired with its opposite (_____ and lower bounds)"
    if sp.kind == "TERM" and _beside_a_conjoined_noun(toks, sp):
        return "one of two joined nouns (medications and _____): the other fits too"
    if _split_from_its_adverb(toks, sp):
        return "an adjective cut from its adverb (a more _____)"
    return None


_NOUN_TAGS = NOUN_TAGS
_NOUN_PHRASE_STARTS = _NOUN_TAGS | {"JJ", "JJR", "JJS", "DT", "PRP$"}


_OPPOSITES = {
    a: b
    for x, y in (
        ("upper", "lower"), ("northern", "southern"), ("eastern", "western"),
        ("inner", "outer"), ("left", "right"), ("maximum", "minimum"),
        ("positive", "negative"), ("male", "female"), ("high", "low"), ("input", "output"),
        ("internal", "external"), ("major", "minor"), ("north", "south"), ("east", "west"),
        ("first", "last"), ("early", "late"), ("before", "after"), ("import", "export"),
        ("imports", "exports"), ("increase", "decrease"), ("plus", "minus"),
    )
    for a, b in ((x, y), (y, x))
}  # fmt: skip


def _beside_its_opposite(toks: list[Token], sp: Span) -> bool:
    """ "_____ and lower bounds": the other half of the pair names the answer."""
    word = toks[sp.first_token].text.lower()
    other = _OPPOSITES.get(word)
    if other is None:
        # "fatal and _____" for "non-fatal injuries": the word it negates is beside it
        base = re.sub(r"^(?:non-?|un)(?=[a-z]{3})", "", word)
        other = base if base != word else None
    if other is None:
        return False
    near = [t.text.lower() for t in toks[max(0, sp.first_token - 2) : sp.last_token + 3]]
    return other in near and any(w in {"and", "or", "to"} for w in near)


def _beside_a_conjoined_noun(toks: list[Token], sp: Span) -> bool:
    """ "medications and _____", "_____ or project changes", "inside _____ and clinics"."""
    after = toks[sp.last_token + 1 : sp.last_token + 3]
    if (
        len(after) == 2
        and after[0].text.lower() in {"and", "or"}
        and after[1].tag in _NOUN_PHRASE_STARTS
        and toks[sp.last_token].tag in _NOUN_TAGS
    ):
        return True
    return (
        sp.first_token >= 2
        and toks[sp.first_token - 1].text.lower() in {"and", "or"}
        and toks[sp.first_token - 2].tag in _NOUN_TAGS
    )


_DEGREE_WORDS = frozenset({"more", "most", "less", "least", "very", "so", "too", "as", "quite"})


def _split_from_its_adverb(toks: list[Token], sp: Span) -> bool:
    """ "a placebo effect is a more _____" (likely explanation): the gap starts mid-phrase."""
    if sp.first_token == 0:
        return False
    before = toks[sp.first_token - 1]
    return before.text.lower() in _DEGREE_WORDS and toks[sp.first_token].tag in {
        "JJ",
        "JJR",
        "JJS",
        "VBN",
    }


def _opening_setting(toks: list[Token], sp: Span) -> bool:
    """ "In the United States, there has been a push ...": the place is where the rest
    holds, and the sentence would read as well of many others."""
    lead = [t.text.lower() for t in toks[: sp.first_token]]
    after = toks[sp.last_token + 1] if sp.last_token + 1 < len(toks) else None
    return lead in (["in"], ["in", "the"]) and after is not None and after.text == ","


_SUPERLATIVE_TAGS = frozenset({"JJS", "RBS"})


def _scope_of_a_superlative(toks: list[Token], sp: Span) -> bool:
    """ "one of the largest in the _____", "the third most populated megalopolis in the
    _____": the gap is what the ranking is within."""
    k = sp.first_token - 1
    if k >= 0 and toks[k].text.lower() == "the":
        k -= 1
    if k < 0 or toks[k].text.lower() != "in":
        return False
    # back through the noun phrase right before "in" only ("the largest city in", "the
    # third most populated megalopolis in"), not "most of his life in", "The earliest
    # settlers arrived in", "The best wine of the region is made in"
    for j in range(k - 1, max(-1, k - 7), -1):
        t = toks[j]
        if t.tag in _SUPERLATIVE_TAGS or t.text.lower().endswith("-largest"):
            return toks[j + 1].text.lower() != "of"
        if t.tag not in {"JJ", "NN", "NNS", "CD"} and not (
            t.tag == "VBN" and j and toks[j - 1].tag == "RBS"  # "most populated"
        ):
            return False
    return False


_POSSESSIVE = frozenset({"'s", "’s"})
_PAIR_LINKS = frozenset({"the", "then", "later", "also"})


def _beside_a_name(toks: list[Token], sp: Span) -> bool:
    """ "Trebizond and _____", "Europe and the _____", "_____ and Guernsey": a name joined
    to the answer (one quizgen may not know as a span) fits the gap as well."""
    after = toks[sp.last_token + 1] if sp.last_token + 1 < len(toks) else None
    k = sp.first_token - 1
    while k >= 0 and toks[k].text.lower() in _PAIR_LINKS:
        k -= 1
    if k >= 1 and toks[k].text.lower() in {"and", "or"}:
        other = toks[k - 1]
        if (
            other.tag in {"NNP", "NNPS"}
            and other.text[:1].isupper()
            and k - 1 > 0
            and not (after is not None and after.tag in FINITE_TAGS)  # "... and _____ grew up"
        ):
            start = k - 1
            while start > 0 and toks[start - 1].tag in {"NNP", "NNPS"}:
                start -= 1
            return _only_two(toks, start)
    k = sp.last_token + 1
    if k + 1 < len(toks) and toks[k].text.lower() in {"and", "or"}:
        j = k + 1
        while j < len(toks) and toks[j].text.lower() in _PAIR_LINKS:
            j += 1
        if j < len(toks) and toks[j].tag in {"NNP", "NNPS"} and toks[j].text[:1].isupper():
            while j + 1 < len(toks) and toks[j + 1].tag in {"NNP", "NNPS"}:
                j += 1
            if j + 1 < len(toks) and toks[j + 1].tag in FINITE_TAGS:
                return False  # "born in _____ and Thomas Edison grew up in Ohio": two clauses
            return _only_two(toks, sp.first_token)
    return False


_SPELLED_OUT = frozenset({"short", "for", "stands", "stood", "abbreviated", "(", ",", "or"})


def _initials_beside(toks: list[Token], sp: Span) -> bool:
    """ "DNA, short for _____", "_____ (A)": an abbreviation next to the gap, its letters
    those of the answer's words, spells the answer out."""
    words = _words_of(toks[sp.first_token].text) + [
        w for t in toks[sp.first_token + 1 : sp.last_token + 1] for w in _words_of(t.text)
    ]
    letters = "".join(w[:1] for w in words if w[:1].isalpha())
    if not letters:
        return False
    near: list[Token] = []
    k = sp.first_token - 1
    while k >= 0 and toks[k].text.lower() in _SPELLED_OUT and len(near) < 4:
        k -= 1
    if k >= 0 and k < sp.first_token - 1:
        near.append(toks[k])  # "DNA, short for _____", "DNA (_____"
    if (
        sp.last_token + 2 < len(toks)
        and toks[sp.last_token + 1].text == "("
        and re.fullmatch(r"[A-Z]", toks[sp.last_token + 2].text)
    ):
        near.append(toks[sp.last_token + 2])  # "_____ (A)" (a cloze drops "(PFIs)")
    for t in near:
        short = t.text.rstrip("s") if len(t.text) > 2 else t.text
        if not (re.fullmatch(ACRONYM, t.text) or re.fullmatch(r"[A-Z]", t.text)):
            continue
        caps = [c.lower() for c in short if c.isalpha()]
        if caps and caps[0] == letters[0] and _in_order(caps, "".join(words)):
            return True
    return False


_UNIT_WORDS = frozenset(
    "metres meters kilometres kilometers miles feet inches tonnes tons kilograms grams "
    "pounds ounces litres liters gallons acres hectares degrees watts volts".split()
)
_NAMED_EVENTS = frozenset(
    "war wars crusade revolt rebellion movement strike march campaign day".split()
)
"""Heads of names with a plural possessive inside ("the Hundred Years' War")."""


def _glossed(toks: list[Token], sp: Span) -> bool:
    """ "from a supply bin (bunker)", "per square meter (or per square foot)": the words in
    brackets after the answer name it again, in other words or other units."""
    k = sp.last_token + 1
    if k >= len(toks) or toks[k].text != "(":
        return False
    close = next((i for i in range(k + 1, min(len(toks), k + 12)) if toks[i].text == ")"), None)
    if close is None or close == k + 1:
        return False
    inner = toks[k + 1 : close]
    if inner[0].text.lower() in _GLOSS_STARTS:
        return True  # "(or per square foot)", "(i.e. 'cognitive services')", "(called ...)"
    words = [t for t in inner if t.text not in {",", "and"}]
    # another word for a thing, or what it stands for ("Hollywood (film, television, and
    # music)"); not "(astronomer)", "(pictured)" after a person
    return (
        sp.kind in {"TERM", "OTHER"}
        and len(words) <= 4
        and all(t.text.isalpha() and t.text.islower() for t in words)
        and inner[0].text not in {"pictured", "above", "below", "left", "right", "centre"}
        and inner[0].text not in {"a", "an", "the"}  # "an ergometer (a rowing machine)" defines
    )


_GLOSS_STARTS = frozenset({"or", "i.e.", "i.e", "e.g.", "e.g", "called", "aka", "namely"})


def _in_order(letters: list[str], text: str) -> bool:
    """Each letter found in ``text`` after the one before it ("dna" in "deoxyribonucleic")."""
    at = 0
    for c in letters:
        at = text.find(c, at)
        if at < 0:
            return False
        at += 1
    return True


def _paired(s: Sentence, sp: Span) -> bool:
    """ "Watson and Crick": the other name gives this one away."""
    toks = s.tokens
    before = toks[sp.first_token - 1].text.lower() if sp.first_token > 0 else ""
    after = toks[sp.last_token + 1].text.lower() if sp.last_token + 1 < len(toks) else ""
    for other in s.spans:
        if other is sp or other.kind != sp.kind:
            continue
        if before == "and" and other.last_token == sp.first_token - 2:
            return _only_two(toks, other.first_token)
        if after == "and" and other.first_token == sp.last_token + 2:
            return _only_two(toks, sp.first_token)
    return False


def _in_open_list(toks: list[Token], sp: Span) -> bool:
    """A member of a list of three or more ("A, B, and C", "such as A, B and C")."""
    before = [t.text.lower() for t in toks[max(0, sp.first_token - 6) : sp.first_token]]
    after = [t.text.lower() for t in toks[sp.last_token + 1 : sp.last_token + 7]]
    commas_before = before.count(",")
    commas_after = after.count(",")
    joined_before = bool(before) and before[-1] in {",", "and", "or"}
    joined_after = bool(after) and after[0] in {",", "and", "or"}
    if joined_before and (commas_before >= 1 and ("and" in before[-2:] or before[-1] == ",")):
        return commas_before + commas_after >= 1 and (
            before[-1] in {"and", "or"} or "and" in after or "or" in after or commas_before >= 2
        )
    return (
        joined_after
        and after[0] == ","
        and ("and" in after or "or" in after)
        and (commas_after >= 1)
    )


def _among_numbers(toks: list[Token], sp: Span) -> bool:
    """ "the primes 41, _____, 47 and 53": a number in a list of numbers (a date with its
    day and year, "4 May 1961, 1962", is no such list)."""
    near = toks[max(0, sp.first_token - 2) : sp.last_token + 3]
    return (
        sum(t.tag == "CD" for t in near if t not in toks[sp.first_token : sp.last_token + 1]) >= 2
    )


def _only_two(toks: list[Token], first: int) -> bool:
    """A pair, not the end of a longer list ("Borman, Lovell and Anders" is a list)."""
    return not (first > 0 and toks[first - 1].text == ",")


def _counts_a_list(toks: list[Token], sp: Span) -> bool:
    """ "made of three parts: a sugar, a phosphate group and a base", "two major cities,
    Los Angeles and San Diego", "two bands peaking at 687 and 760 nm": the things it
    counts are named right after it."""
    rest = toks[sp.last_token + 1 : sp.last_token + 6]
    if any(t.text == ":" for t in rest):
        return True
    count = _count_of(toks[sp.first_token].text) if sp.first_token == sp.last_token else None
    if count is None or sp.kind in {"YEAR", "DATE"}:
        return False
    # "seven metropolitan areas, or MSAs: the Los Angeles area; ...": further on, while
    # the words after the count still name what it counts
    for t in toks[sp.last_token + 6 : sp.last_token + 10]:
        if t.text == ":":
            return True
        if t.tag.startswith("VB") or t.tag == "MD" or t.text in {";", ".", ","}:
            break
    if not 2 <= count <= 5:
        return False
    k = sp.last_token + 1  # past the counted noun ("major cities", "absorption bands")
    while k < len(toks) and toks[k].tag in {"JJ", "NN", "NNS"}:
        k += 1
    if k < len(toks) and toks[k].text in {",", "(", ":"}:
        k += 1
    elif k + 1 < len(toks) and toks[k].tag in {"VBG", "VBN"} and toks[k + 1].tag == "IN":
        k += 2  # "bands peaking at 687 and 760 nm"
    else:
        return False
    if k < len(toks) and toks[k].tag == "CC":
        return False  # "two maps, and Marta Ruiz and Tomas Veld kept them": a new clause
    items = 0
    expect_item = True
    depth = 0
    last = False  # past the "and" of the list: its next comma ends it
    for t in toks[k : k + 25]:
        depth += (t.text == "(") - (t.text == ")")
        if depth or t.text == ")":
            continue  # "probabilistic (or "Monte Carlo") and deterministic"
        if t.text == "," and last:
            break  # "two major cities, Lund and Kessel, and many towns"
        if t.text in {",", "and", "or"}:
            last = last or t.text != ","
            expect_item = True
        elif expect_item and t.tag in _LIST_ITEM_TAGS:
            items += 1
            expect_item = False
        elif expect_item:
            break  # a list of names, numbers or noun phrases only
    return items == count


_LIST_ITEM_TAGS = frozenset({"NNP", "NNPS", "CD", "JJ"})
# (names, numbers, or adjectives: "two main classes, probabilistic and deterministic";
# common nouns after a count are as often more things as the things counted: "two horses,
# cows and pigs")


def _count_of(word: str) -> int | None:
    low = word.lower()
    if low.isdigit():
        return int(low)
    return NUMBER_WORDS.get(low)


def _in_range(toks: list[Token], sp: Span) -> bool:
    """ "from 1066 to 1074", "between 1 and 5": the other end gives the answer away."""
    before = toks[sp.first_token - 1].text.lower() if sp.first_token > 0 else ""
    after = toks[sp.last_token + 1].text.lower() if sp.last_token + 1 < len(toks) else ""
    if sp.kind in {"YEAR", "DATE", "NUMBER", "MONEY", "PERCENT"}:
        if before in {"from", "between"} and after in {"to", "and", "–", "-"}:
            return True
        if after in {"to", "–", "-"} and sp.last_token + 3 < len(toks):
            other, unit = toks[sp.last_token + 2], toks[sp.last_token + 3]
            if (other.tag == "CD" or other.text[:1].isdigit()) and (
                before == "of" or unit.tag in {"NN", "NNS"} or unit.text == "%"
            ):
                return True  # "a mortality rate of 90 to 95 percent" (not "won 21 to 7")
        if before in {"to", "and", "–", "-"} and sp.first_token > 1:
            two_back = toks[sp.first_token - 2]
            if two_back.tag in {"CD", "$"} or two_back.text[:1].isdigit():
                return True
    return False


def _in_parentheses(s: Sentence, sp: Span) -> bool:
    before = s.text[: sp.start]
    return before.count("(") > before.count(")")


def _bag(s: Sentence) -> set[str]:
    return {
        t.text.lower()
        for t in s.tokens
        if t.tag in _CONTENT_TAGS and len(t.text) > 2 and t.text.lower() not in GENERIC_NOUNS
    }


def centrality(doc: Document, iterations: int = 30, damping: float = 0.85) -> dict[int, float]:
    """TextRank: PageRank over sentences linked by the content words they share.

    Similarity is the shared-word count over the log lengths (Mihalcea and Tarau, 2004);
    pairs are found through an index of words, so sparse articles stay cheap.
    """
    bags = {s.index: _bag(s) for s in doc.sentences}
    if not bags:
        return {}
    where: dict[str, list[int]] = {}
    for idx, bag in bags.items():
        for w in sorted(bag):  # a fixed order: float sums must not depend on hash seeds
            where.setdefault(w, []).append(idx)
    shared: Counter[tuple[int, int]] = Counter()
    for ids in where.values():
        if len(ids) > 200:
            continue  # a word in nearly every sentence links nothing in particular
        for a_pos, a in enumerate(ids):
            for b in ids[a_pos + 1 :]:
                shared[(a, b)] += 1
    links: dict[int, dict[int, float]] = {idx: {} for idx in bags}
    for (a, b), count in shared.items():
        norm = math.log(len(bags[a]) + 1) + math.log(len(bags[b]) + 1)
        weight = count / norm if norm else 0.0
        links[a][b] = weight
        links[b][a] = weight
    out_weight = {idx: sum(edges.values()) for idx, edges in links.items()}
    n = len(bags)
    rank = dict.fromkeys(bags, 1.0 / n)
    # each edge's share of its source's weight, worked out once for all the iterations
    shares = {
        idx: [(j, w / out_weight[j]) for j, w in edges.items() if out_weight[j]]
        for idx, edges in links.items()
    }
    for _ in range(iterations):
        rank = {
            idx: (1 - damping) / n + damping * sum(rank[j] * share for j, share in edges)
            for idx, edges in shares.items()
        }
    top = max(rank.values()) or 1.0
    return {k: v / top for k, v in rank.items()}


def find_facts(doc: Document, prepared: list[Prepared]) -> list[Fact]:
    """Every answer candidate with a score, best first (ties in article order)."""
    central = centrality(doc)
    term_freq: Counter[str] = Counter(
        sp.text.lower() for s in doc.sentences for sp in s.spans if sp.kind == "TERM"
    )
    facts: list[Fact] = []
    n = max(len(doc.sentences), 1)
    lower_text = doc.article.text.lower()
    topics = topic_words(doc)
    titled = title_topic(doc.article.title)
    title_words = _title_words(doc.article)
    title_initials = _initials(doc.article.title)
    nouns = Counter(t.text.lower() for x in doc.sentences for t in x.tokens if t.tag in _NOUN_TAGS)
    for p in prepared:
        s = p.sentence
        position = 1.0 - 0.15 * (s.index / n)  # a slight lead bias, as in news writing
        seen_texts = Counter(sp.text for sp in s.spans)
        hedged = any(t.text.lower() in _HEDGES for t in s.tokens)
        for sp in s.spans:
            if seen_texts[sp.text] > 1:
                continue  # the answer would still show elsewhere in the sentence
            reason = unaskable(s, sp, term_freq)
            if reason:
                continue
            if sp.kind not in _NUMERIC and _is_topic(sp.text, topics, lower_text):
                continue  # the article's own topic ("DeepSeek" in a story on DeepSeek)
            if titled and _fold(sp.text.lower().removeprefix("the ")) == titled:
                continue  # what the title says the article is about ("The Double Helix: ...")
            if sp.kind not in _NUMERIC and _all_in(sp.text, title_words):
                continue  # "peer review" in a deck titled "... to Pass Peer Review"
            if title_words and sp.text == title_initials:
                continue  # "IPCC" in "Intergovernmental Panel on Climate Change"
            if _incidental(s, sp, term_freq, nouns):
                continue
            weight = KIND_WEIGHT[sp.kind]
            if sp.kind == "TERM":
                words = sp.last_token - sp.first_token + 1
                if words == 1:
                    weight *= 0.8 if term_freq[sp.text.lower()] >= 2 else 0.6
                else:
                    weight *= 1.15
            if sp.kind == "PERSON" and " " not in sp.text:
                weight *= 0.7  # a lone surname: the full name makes a better answer
            if _in_parentheses(s, sp):
                weight *= 0.6  # asides ("approximately HK$2.286 million") are minor facts
            if sp.kind not in _NUMERIC and lower_text.count(sp.text.lower()) >= 4:
                weight *= 0.5  # the article's topic ("DNA", "the Suez Canal") is no question
            if sp.kind == "NUMBER" and sp.text.lower() in {"hundred", "dozen"}:
                weight *= 0.5
            if hedged:
                weight *= 0.6  # "may have", "reportedly": not a fact to test
            length = len(s.tokens)
            brevity = 1.0 if length <= 35 else max(0.6, 1.0 - (length - 35) / 60)
            score = weight * (0.55 + 0.45 * central.get(s.index, 0.0)) * position * brevity
            facts.append(Fact(p, sp, round(score, 6)))
    facts.sort(key=lambda f: (-f.score, f.prepared.sentence.index, f.span.start))
    return facts


def _words_of(text: str) -> list[str]:
    return [w for w in re.split(r"[\s\-–/]+", text.lower()) if w]


def _title_words(article: Article) -> set[str]:
    """The words of the title the learner sees above the deck (folded), none for a title
    made of the article's own first words: that is a label, and its words are the first
    sentence's."""
    if article.title == title_from_text(article.text):
        return set()
    return {_fold(w) for w in _words_of(article.title)}


def _initials(title: str) -> str:
    """ "IPCC" of "Intergovernmental Panel on Climate Change" (its capitalised words)."""
    return "".join(w[0] for w in title.split() if w[:1].isupper())


def _all_in(text: str, words: set[str]) -> bool:
    """Every word of ``text`` but "the/a/of" is one of ``words`` (folded)."""
    own = [_fold(w) for w in _words_of(text) if w not in {"the", "a", "an", "of"}]
    return bool(own) and all(w in words for w in own)


def _fold(word: str) -> str:
    """A plural's singular, roughly ("engines" -> "engine"), for counting mentions."""
    return word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 3 else word


def _is_topic(text: str, topics: set[str], lower_text: str) -> bool:
    """ "DeepSeek", or "DeepSeek-R1" said again and again; not "DeepSeek-V3 Base" said once."""
    words = _words_of(text)
    if not topics & {_fold(w) for w in words}:
        return False
    if len(words) == 1:
        return True
    return len(re.findall(rf"(?<!\w){re.escape(text.lower())}(?!\w)", lower_text)) >= 3


def title_topic(title: str) -> str:
    """What a title of the form "Topic: what is said of it" names ("double helix" of "The
    Double Helix: How Scientists Found the Structure of DNA"), or "" for a headline."""
    head, colon, _ = title.partition(":")
    if not colon:
        return ""
    return _fold(" ".join(head.lower().split()).removeprefix("the "))


def topic_words(doc: Document) -> set[str]:
    """What the article is about: the name it mentions most ("DeepSeek", "DNA") and the
    common noun it mentions most ("the plague", "steam engines"), each when said at least
    three times and clearly more often (by a third) than the next of its sort."""
    names: Counter[str] = Counter()
    commons: Counter[str] = Counter()
    for s in doc.sentences:
        for sp in s.spans:
            if sp.kind not in _NUMERIC and sp.text[:1].isupper():
                for w in _words_of(sp.text):
                    if w[:1].isalpha() and w not in GENERIC_NOUNS and len(w) > 1:
                        names[_fold(w)] += 1
        for t in s.tokens:
            if t.tag in {"NN", "NNS"} and t.text.islower() and t.text not in GENERIC_NOUNS:
                commons[_fold(t.text)] += 1
    out: set[str] = set()
    for counts in (names, commons):
        ranked = counts.most_common(2)
        if ranked and ranked[0][1] >= 3 and (len(ranked) < 2 or ranked[0][1] >= 1.3 * ranked[1][1]):
            out.add(ranked[0][0])
    return out


def _incidental(s: Sentence, sp: Span, term_freq: Counter[str], nouns: Counter[str]) -> bool:
    """An adjective and a noun the article says once ("a mature science", "statistical
    behaviour"), its noun said nowhere else: a description in passing, not a term to learn,
    and in a gap other words fit as well. A term it repeats, names or defines stays, and so
    does a noun compound ("combustion chamber"; "model optimization", though the tagger
    reads "model" as an adjective here, is a noun elsewhere in the article)."""
    first = s.tokens[sp.first_token]
    head = s.tokens[sp.last_token].text.lower()
    after = s.tokens[sp.last_token + 1] if sp.last_token + 1 < len(s.tokens) else None
    return (
        sp.kind == "TERM"
        and sp.last_token > sp.first_token
        and sp.text.islower()
        and first.tag == "JJ"
        and "-" not in first.text
        and first.text.lower() not in nouns
        and nouns[head] < 2
        and term_freq[sp.text.lower()] < 2
        and not (after is not None and after.text == "(")
        and not _named_here(s.tokens, sp)
    )


_NAMING_WORDS = frozenset("called named termed dubbed known".split())


def _named_here(toks: list[Token], sp: Span) -> bool:
    """ "short for deoxyribonucleic acid", "known as the double helix", "X is a(n) ...":
    the sentence gives the term's name or says what it is."""
    before = [t.text.lower() for t in toks[max(0, sp.first_token - 2) : sp.first_token]]
    if before[-1:] and before[-1] in _NAMING_WORDS | {"as"}:
        return True
    if before[-2:] == ["short", "for"]:
        return True
    nxt = toks[sp.last_token + 1 : sp.last_token + 3]
    return (
        sp.first_token <= 1
        and len(nxt) == 2
        and nxt[0].text.lower() in {"is", "are"}
        and nxt[1].text.lower() in {"a", "an", "the"}
    )
