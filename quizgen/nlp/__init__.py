"""The NLP stage: the only code that imports NLTK.

``analyze(article)`` splits each paragraph into sentences, tokenizes with offsets, tags
parts of speech, chunks noun phrases and finds typed spans, all offline.
"""

from __future__ import annotations

from collections import Counter
from functools import cache
from typing import TYPE_CHECKING

from quizgen.article import Article
from quizgen.models import NAME_KINDS, SpanType
from quizgen.nlp.document import Document, Sentence, Span, Token
from quizgen.nlp.sentences import split_sentences
from quizgen.nlp.spans import name_spans, pattern_spans, term_spans
from quizgen.nlp.tagger import tag_words
from quizgen.nlp.tokens import tokenize

if TYPE_CHECKING:
    from nltk.chunk import RegexpParser

__all__ = ["Document", "Sentence", "Span", "Token", "analyze", "analyze_sentence"]

_NP_GRAMMAR = r"""
NP: {<DT|PRP\$|PDT>?<CD>?<JJ.*|VBN|VBG|NN.*>*<NN.*>}
"""


@cache
def _chunker() -> RegexpParser:
    from nltk.chunk import RegexpParser

    return RegexpParser(_NP_GRAMMAR)


def _chunks(tokens: list[Token]) -> list[tuple[int, int]]:
    if not tokens:
        return []
    tree = _chunker().parse([(str(i), t.tag) for i, t in enumerate(tokens)])
    out: list[tuple[int, int]] = []
    for sub in tree:
        if hasattr(sub, "label") and sub.label() == "NP":
            leaves = sub.leaves()
            out.append((int(leaves[0][0]), int(leaves[-1][0])))
    return out


def analyze_sentence(text: str, *, index: int = 0, start: int = 0, block: int = 0) -> Sentence:
    """Tokens, tags, chunks and typed spans of one sentence."""
    raw = tokenize(text)
    tags = tag_words([w for w, _, _ in raw])
    tokens = [Token(w, s, e, t) for (w, s, e), t in zip(raw, tags, strict=True)]
    sentence = Sentence(index, text, start, start + len(text), block, tokens)
    sentence.chunks = _chunks(tokens)
    spans = pattern_spans(text, tokens)
    taken = {i for sp in spans for i in range(sp.first_token, sp.last_token + 1)}
    names = name_spans(text, tokens, taken)
    taken |= {i for sp in names for i in range(sp.first_token, sp.last_token + 1)}
    terms = term_spans(text, tokens, sentence.chunks, taken)
    sentence.spans = sorted(
        (sp for sp in spans + names + terms if not _glued(text, sp.start, sp.end)),
        key=lambda sp: sp.start,
    )
    return sentence


_DASHES = "-–"


def _glued(text: str, start: int, end: int) -> bool:
    """Whether a span is only part of a hyphenated whole: "18" of "18-yard", "30" of
    "30–60%", "yard line" of "40-yard line", "1338" of "1338–39"."""
    before = start >= 2 and text[start - 1] in _DASHES and text[start - 2].isalnum()
    after = end + 1 < len(text) and text[end] in _DASHES and text[end + 1].isalnum()
    return before or after


def analyze(article: Article) -> Document:
    """Analyse every paragraph of an article; headings yield no sentences."""
    sentences: list[Sentence] = []
    for b, block in enumerate(article.blocks):
        if block.kind != "paragraph":
            continue
        for s, e in split_sentences(block.text):
            sentences.append(
                analyze_sentence(
                    block.text[s:e], index=len(sentences), start=block.start + s, block=b
                )
            )
    doc = Document(article, sentences)
    _harmonise_names(doc)
    return doc


_NAMING = frozenset({"named", "called", "christened", "dubbed", "nicknamed"})
_PLACE_NOUNS = frozenset(
    "settlement town city village colony port harbour harbor island river county state "
    "province region district capital fort base station".split()
)


def _named_thing(s: Sentence, sp: Span) -> bool:
    """ "the command module, named Columbia": a thing given a name (not "Armstrong called
    Houston", nor "a settlement named Jamestown", which is a place)."""
    k = sp.first_token - 1
    if k < 1 or s.tokens[k].text.lower() not in _NAMING or s.tokens[k].tag != "VBN":
        return False
    j = k - 1 if s.tokens[k - 1].text != "," else k - 2
    noun = s.tokens[j] if j >= 0 else None
    return noun is not None and noun.tag in {"NN", "NNS"} and noun.text.lower() not in _PLACE_NOUNS


def _harmonise_names(doc: Document) -> None:
    """Give every mention of a name one type, and lone surnames their person's type."""
    votes: dict[str, Counter[SpanType]] = {}
    spelled_out: dict[str, SpanType] = {}
    given: set[str] = set()  # "the command module, named Columbia": a craft, not a place
    for s in doc.sentences:
        for sp in s.spans:
            if _named_thing(s, sp):
                given.add(sp.text)
        for a, b in zip(s.spans, s.spans[1:], strict=False):
            # "the National Football League (NFL)": the acronym is what it abbreviates
            between = s.text[a.end : b.start].strip()
            if between == "(" and b.text.isupper() and a.kind in {"ORG", "PLACE", "PERSON"}:
                spelled_out[b.text] = a.kind
        for sp in s.spans:
            if sp.kind in NAME_KINDS:
                votes.setdefault(sp.text, Counter())[sp.kind] += 1
    people: dict[str, str] = {}
    for name, counter in votes.items():
        if counter["PERSON"]:
            people[name.lower()] = name
            parts = name.split()
            if len(parts) >= 2:
                people.setdefault(parts[0].lower(), name)  # "Liang" of "Liang Wenfeng"
                people.setdefault(parts[-1].lower(), name)  # "Watson" of "James Watson"
    doc.people = people
    for s in doc.sentences:
        new_spans: list[Span] = []
        for sp in s.spans:
            kind = spelled_out.get(sp.text, sp.kind)
            if kind in NAME_KINDS:
                if sp.text.lower() in people:
                    kind = "PERSON"
                else:
                    counter = votes.get(sp.text, Counter())
                    named: dict[SpanType, int] = {k: v for k, v in counter.items() if k != "OTHER"}
                    if named:
                        kind = max(sorted(named), key=lambda k: named[k])
            if kind == "PLACE" and sp.text in given:
                kind = "OTHER"
            if kind != sp.kind:
                sp = Span(sp.start, sp.end, sp.text, kind, sp.first_token, sp.last_token)
            new_spans.append(sp)
        s.spans = new_spans
