"""Text comparisons shared by generators, validators and selection."""

from __future__ import annotations

import re
import string
import unicodedata
from functools import lru_cache

_ARTICLES = re.compile(r"\b(a|an|the)\b")
_PUNCT = str.maketrans(dict.fromkeys(string.punctuation + "“”‘’—–…", " "))


@lru_cache(maxsize=65536)
def normalize_answer(text: str) -> str:
    """SQuAD-style normal form: lower case, no punctuation, no articles, single spaces."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = text.translate(_PUNCT)
    text = _ARTICLES.sub(" ", text)
    return " ".join(text.split())


@lru_cache(maxsize=65536)
def _norm_tokens(text: str) -> tuple[str, ...]:
    # Keep digit groups together ("294,000" must not match "294") before punctuation goes.
    text = re.sub(r"(?<=\d)[,.](?=\d)", "", text)
    return tuple(normalize_answer(text).split())


@lru_cache(maxsize=65536)
def _padded(text: str) -> str:
    return " " + " ".join(_norm_tokens(text)) + " "


def contains_phrase(haystack: str, needle: str) -> bool:
    """Whether ``needle``'s normalised words occur as a run in ``haystack``'s."""
    nee = _padded(needle)
    return nee != "  " and nee in _padded(haystack)


def overlaps(a: str, b: str) -> bool:
    """Equal, or one contains the other, after normalisation."""
    return contains_phrase(a, b) or contains_phrase(b, a)


def token_set(text: str) -> frozenset[str]:
    """The normalised words of a text."""
    return frozenset(_norm_tokens(text))


def similarity(a: str, b: str) -> float:
    """Jaccard similarity of two texts' word sets."""
    sa, sb = token_set(a), token_set(b)
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / len(sa | sb)
