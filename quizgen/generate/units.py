"""The shortest part of a sentence that still states a fact on its own.

A sentence often carries several facts: "Manning was the first pick of the 1998 draft,
while Newton was picked first in 2011." A gapped sentence on one of them shows the other's
answer, so a deck could ask only one. Asking on the answer's own clause, with the other
clause, a relative clause (", which began in 911,"), a trailing participle phrase
(", making it ...") or an aside in parentheses left out, lets a second item on the same
sentence stand without giving the first away.

``drops`` works on a sentence's tokens and says which stretches (sentence character
offsets) can go for a given answer; the item builders then write the prompt without them.
"""

from __future__ import annotations

from quizgen.generate.clauses import definite_head, fronted_end
from quizgen.nlp.document import FINITE_TAGS, NOUN_TAGS, Sentence, Span, Token

_JOINERS = {"and", "but", "while", "whereas", "yet"}
_SUBJECT_START = {"DT", "NNP", "NNPS", "NN", "NNS", "JJ", "CD", "PRP$", "PDT"}
_SUBJECT_TAGS = _SUBJECT_START | {"JJR", "JJS", "POS", "HYPH", "VBN", "VBG", "IN", "RB", "CC"}
_RELATIVES = {"which", "who", "whose", "whom"}
_BARE_INFINITIVE_AFTER = {"help", "helps", "helped", "helping", "let", "lets", "letting",
                          "make", "makes", "made", "making"}  # fmt: skip
_PRONOUNS = {"it", "they", "he", "she", "this", "these", "there", "that"}


def _finite_verb_ahead(toks: list[Token], start: int, limit: int = 10) -> int | None:
    """Index of the finite verb a subject starting at ``start`` leads to, if the words
    before it can all be part of a noun phrase."""
    if start >= len(toks) or toks[start].tag not in _SUBJECT_START | {"VBN", "VBD"}:
        return None
    if toks[start].tag == "VBD" and (
        start + 1 >= len(toks) or toks[start + 1].tag not in NOUN_TAGS
    ):
        return None  # "produced brain pacemakers have": a participle the tagger read as past
    if toks[start].text.lower() in _PRONOUNS:
        return None  # "and it was ...": the clause leans on the one before
    for i in range(start + 1, min(len(toks), start + limit)):
        if toks[i].tag in FINITE_TAGS:
            return i
        if toks[i].tag not in _SUBJECT_TAGS or toks[i].text in {",", ";", ":"}:
            return None
    return None


def _has_finite(toks: list[Token], lo: int, hi: int) -> bool:
    return any(t.tag in FINITE_TAGS for t in toks[lo:hi])


_BACK_REFERENCES = {"them", "it", "its", "they", "their", "he", "his", "him", "she", "her",
                    "this", "these", "those", "such", "also", "too", "there", "similar",
                    "likewise", "both", "either", "instead"}  # fmt: skip
_BACK_AFTER_THE = {"same", "second", "other", "reverse", "opposite", "latter", "former"}


def _leans_back(toks: list[Token], lo: int, hi: int) -> bool:
    """Whether a clause refers to the one before it: "surgeons have implanted them", "a
    similar share", "the second is ...", "one is worked by hand", "as well"."""
    words = [t.text.lower() for t in toks[lo:hi]]
    if words and words[0] == "one":
        return True
    for i, w in enumerate(words):
        if w in _BACK_REFERENCES:
            return True
        if i > 0 and words[i - 1] == "the" and w in _BACK_AFTER_THE:
            return True
        if i > 0 and words[i - 1] == "as" and w == "well":
            return True
    return False


def _names_again(toks: list[Token], start: int) -> bool:
    """ "..., and the boat won the cup": a "the + noun" subject whose noun the clauses
    before used, so it means that one."""
    h = definite_head(toks, _own_front_end(toks, start))
    if h is None:
        return False
    word = toks[h].text.lower()
    return any(t.text.lower() in {word, word + "s", word.rstrip("s")} for t in toks[:start])


def clause_breaks(sentence: Sentence) -> list[tuple[int, int]]:
    """(end of one clause, start of the next) token indices where two independent clauses
    meet: "...; the city ..." or "..., while Newton was ..." (the joiner is in neither)."""
    toks = sentence.tokens
    out: list[tuple[int, int]] = []
    last_start = 0
    for i, t in enumerate(toks):
        nxt = i + 1
        if t.text == ";":
            start = nxt
        elif t.text == "," and nxt < len(toks) and toks[nxt].text.lower() in _JOINERS:
            start = nxt + 1
        else:
            continue
        if not _has_finite(toks, last_start, i):
            continue
        verb = _finite_verb_ahead(toks, _own_front_end(toks, start))
        if verb is None:
            continue
        if (
            t.text == ","
            and toks[verb].tag == "VBP"
            and toks[i - 1].tag in {"VB", "VBP"}
            and any(w.text.lower() in _BARE_INFINITIVE_AFTER for w in toks[max(0, i - 8) : i - 1])
        ):
            continue  # "helping patients stand and walk, and blind people regain sight"
        out.append((i, start))
        last_start = start
    return out


def _own_front_end(toks: list[Token], start: int) -> int:
    """Where the subject of a clause starting at ``start`` begins: after its own fronted
    phrase ("; in terms of flexibility, developers can ...") or an adverb before a
    participle ("domestically produced pacemakers have ...")."""
    if start < len(toks) and toks[start].tag == "IN":
        return fronted_end(toks, start, limit=8)
    if (
        start + 1 < len(toks)
        and toks[start].tag == "RB"
        and toks[start + 1].tag in {"VBN", "VBD", "JJ"}
    ):
        return start + 1
    return start


def _relative_clauses(toks: list[Token]) -> list[tuple[int, int]]:
    """(comma, last token) of ", which ... ," and ", who ..." asides; the closing comma is
    dropped with them, a sentence's final stop is not."""
    out: list[tuple[int, int]] = []
    for i, t in enumerate(toks[:-1]):
        if t.text != "," or toks[i + 1].text.lower() not in _RELATIVES:
            continue
        j = i + 2
        depth = 0
        while j < len(toks) and (depth or toks[j].text not in {",", ";", ".", ":"}):
            depth += {"(": 1, ")": -1}.get(toks[j].text, 0)  # an aside inside goes with it
            j += 1
        # a closing comma goes with the aside; a sentence's final stop stays
        out.append((i, j if j < len(toks) and toks[j].text == "," else j - 1))
    return out


def _participle_tails(toks: list[Token]) -> list[tuple[int, int]]:
    """ ", making it the largest ..." up to the sentence's end."""
    out = []
    for i, t in enumerate(toks[:-2]):
        if (
            t.text == ","
            and toks[i + 1].tag == "VBG"
            and toks[i + 1].text.lower() not in {"including", "according"}  # a source stays
        ):
            end = len(toks) - 1
            if toks[end].text in {".", "!"}:
                end -= 1
            if end > i + 2 and not any(x.text in {",", ";"} for x in toks[i + 2 : end + 1]):
                out.append((i, end))
            break
    return out


def _asides(toks: list[Token]) -> list[tuple[int, int]]:
    """(" ( ", " ) ") token pairs of parenthesised asides."""
    out = []
    opened: int | None = None
    for i, t in enumerate(toks):
        if t.text == "(":
            opened = i
        elif t.text == ")" and opened is not None:
            out.append((opened, i))
            opened = None
    return out


def drops(sentence: Sentence, span: Span) -> list[tuple[int, int]]:
    """Stretches of the sentence (character offsets, sorted, disjoint) that an item on
    ``span`` can leave out and still state its fact; empty when nothing can go."""
    toks = sentence.tokens
    a, b = span.first_token, span.last_token
    cuts: list[tuple[int, int]] = []  # token ranges, inclusive

    breaks = clause_breaks(sentence)
    if breaks:
        bounds = [0] + [start for _, start in breaks]
        ends = [end for end, _ in breaks] + [len(toks)]
        k = max(i for i, lo in enumerate(bounds) if lo <= a)
        if b < ends[k] and not (
            k > 0 and (_leans_back(toks, bounds[k], ends[k]) or _names_again(toks, bounds[k]))
        ):
            if k + 1 < len(bounds):
                last = len(toks) - 2 if toks[-1].text in {".", "!"} else len(toks) - 1
                cuts.append((ends[k], last))
            if k > 0:
                front = fronted_end(toks)
                # "In 2009, X did A, and Y did B": the date holds for both clauses, while
                # "From a cost perspective, ..." is the first clause's own
                dated = any(
                    sp.kind in {"DATE", "YEAR"} and sp.last_token < front for sp in sentence.spans
                ) and not any(
                    sp.kind in {"DATE", "YEAR"} and bounds[k] <= sp.first_token < ends[k]
                    for sp in sentence.spans
                )  # (a clause with a date of its own does not take the sentence's)
                cuts.append((front if dated else 0, bounds[k] - 1))
    for lo, hi in _relative_clauses(toks) + _participle_tails(toks):
        if not lo <= a <= hi and lo > 0:
            cuts.append((lo, hi))
    for lo, hi in _asides(toks):
        if lo <= a <= hi or lo == b + 1:
            continue  # the answer's own definition ("distillation (model compression)")
        cuts.append((lo, hi))
    if not cuts:
        return []
    # each cut takes the space before it, so no double space is left
    chars = sorted((toks[lo - 1].end if lo > 0 else 0, toks[hi].end) for lo, hi in cuts if lo <= hi)
    merged: list[tuple[int, int]] = []
    for lo, hi in chars:
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
        else:
            merged.append((lo, hi))
    if any(lo <= span.start < hi or lo < span.end <= hi for lo, hi in merged):
        return []
    return merged
