"""Sentence splitting: NLTK Punkt with the project's own abbreviation list."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from quizgen.nlp.tokens import ABBREVIATIONS

if TYPE_CHECKING:
    from nltk.tokenize.punkt import PunktSentenceTokenizer

# Punkt leaves a closing curly quote or bracket on the next sentence; move it back.
_LEADING_CLOSERS = re.compile(r"^[”’)\]»]+")


@cache
def _punkt() -> PunktSentenceTokenizer:
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    return PunktSentenceTokenizer(params)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of one paragraph, whitespace trimmed."""
    spans = [list(s) for s in _punkt().span_tokenize(text)]
    for i in range(1, len(spans)):
        m = _LEADING_CLOSERS.match(text, spans[i][0])
        if m and m.end() > spans[i][0]:
            spans[i - 1][1] = m.end()
            spans[i][0] = m.end()
    out = []
    for start, end in spans:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append((start, end))
    return _merge_fragments(text, out)


def _merge_fragments(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join pieces Punkt cut off wrongly: a piece starting in lower case continues."""
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        first = text[start]
        if merged and (first.islower() or first in ",;:%"):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged
