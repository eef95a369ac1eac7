"""A shallow clause analysis of a tagged sentence: fronted phrase, subject, main verb.

Enough structure to turn a declarative sentence into a question by real transformation
(subject questions, auxiliary inversion, do-support) without a parser.
"""

from __future__ import annotations

from dataclasses import dataclass

from quizgen.nlp.document import FINITE_TAGS, NOUN_TAGS, Sentence, Token

AUXILIARIES = {
    "is", "are", "was", "were", "has", "have", "had", "can", "could", "will", "would",
    "shall", "should", "may", "might", "must", "does", "do", "did",
}  # fmt: skip
_SUBJECT_TAGS = {"DT", "PDT", "PRP$", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD",
                 "POS", "VBN", "VBG", "HYPH", "$", "RB"}  # fmt: skip


def _past_tense_slip(toks: list[Token], i: int, first: int) -> bool:
    """ "The bridge opened in 1932": a past tense the tagger took for a participle (a noun
    before it, no noun after it)."""
    if toks[i].tag != "VBN" or i == first or toks[i - 1].tag not in NOUN_TAGS:
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is not None and nxt.tag not in {"IN", "DT", "TO", "RB", ",", ".", "PRP$", "CD"}:
        return False
    # "Pacemakers made in China are ...": a participle before the clause's own verb
    # ("A study published in Nature sequenced ..."; not "opened in 1932 and closed ...")
    for k in range(i + 1, len(toks)):
        t = toks[k]
        if t.text in {",", ";", ":", "."} or t.tag == "CC" or t.tag in {"WDT", "WP"}:
            break
        if t.text.lower() in {"that", "whether", "if"}:
            break  # "the team reported that the model uses ...": a clause of its own
        if t.tag in {"VBZ", "VBP", "MD", "VBD"}:
            return False
    return True


def fronted_end(toks: list[Token], start: int = 0, *, limit: int = 10, opener: bool = False) -> int:
    """Index just past a fronted phrase that starts at ``start`` ("In April,", "Later,",
    "in terms of flexibility,"): a preposition or adverb (any first word with ``opener``)
    and the words up to a comma within ``limit`` tokens, none of them a finite verb.
    ``start`` when there is none."""
    if start >= len(toks) or not (opener or toks[start].tag in {"IN", "RB"}):
        return start
    for i in range(start + 1, min(len(toks), start + limit)):
        if toks[i].text == ",":
            return start if any(t.tag in FINITE_TAGS for t in toks[start:i]) else i + 1
    return start


def definite_head(toks: list[Token], k: int) -> int | None:
    """Index of the head noun of a bare "the (+ adjectives) + noun" phrase at ``k`` ("the
    whole island", "the boat"), or None when no such phrase starts there."""
    if k >= len(toks) or toks[k].text.lower() != "the":
        return None
    h = k + 1
    while h < len(toks) and toks[h].tag in {"JJ", "VBN"}:
        h += 1
    return h if h < len(toks) and toks[h].tag in {"NN", "NNS"} else None


@dataclass(slots=True, frozen=True)
class Clause:
    """Token indices of the main clause's parts (``front`` may be empty)."""

    front_end: int
    """Index just past a fronted phrase and its comma ("In April," -> 3), else 0."""
    subject: tuple[int, int]
    """(first, last inclusive) tokens of the subject."""
    verb: int
    """Index of the first finite verb after the subject."""
    aux: bool
    """Whether that verb is an auxiliary or copula that inverts ("was", "has", "can")."""


def analyse_clause(sentence: Sentence) -> Clause | None:
    """The main clause of a simple declarative sentence, or None if it is not one."""
    toks = sentence.tokens
    n = len(toks)
    if n < 4:
        return None
    front_end = 0
    # A fronted phrase: a prepositional/adverbial phrase closed by a comma in the first
    # dozen tokens, with no finite verb inside ("In April,", "According to reports,").
    if toks[0].tag in {"IN", "RB", "VBG", "TO"} or toks[0].text.lower() in {"in", "on"}:
        front_end = fronted_end(toks, limit=14, opener=True)
        if front_end == 0:
            return None
    first = front_end
    i = first
    while i < n and toks[i].tag in _SUBJECT_TAGS and toks[i].tag not in FINITE_TAGS:
        if _past_tense_slip(toks, i, first):
            break
        # "of"-phrases belong to the subject ("the cost of R1 was ...")
        i += 1
        if i < n and toks[i].text in {"of", "'s", "’s"} and i + 1 < n:
            i += 1
    if i == first or i >= n:
        return None
    subject_end = i - 1
    # "the latest paper, which builds upon ..., provides": skip a relative clause;
    # "Liu Quan, deputy chief engineer of X, told": skip an appositive.
    if toks[i].text == "," and i + 1 < n:
        j = i + 1
        while j < n and j - i < 30 and toks[j].text != ",":
            j += 1
        inner = toks[i + 1 : j]
        relative = inner and inner[0].text.lower() in {"which", "who"}
        appositive = inner and all(t.tag not in FINITE_TAGS for t in inner)
        if j + 1 < n and (relative or appositive) and toks[j + 1].tag in FINITE_TAGS:
            i = j + 1
    verb = i
    if toks[verb].tag not in FINITE_TAGS and not _past_tense_slip(toks, verb, first):
        return None
    last = subject_end
    while last > first and toks[last].tag == "RB":
        last -= 1
    if toks[first].text.lower() in {"it", "this", "they", "these", "he", "she", "there"}:
        return None
    aux = toks[verb].text.lower() in AUXILIARIES
    return Clause(front_end, (first, last), verb, aux)
