"""Line shapes the readers and the boilerplate filter agree on: headings, sentence ends."""

from __future__ import annotations

import re

__all__ = ["HEADING_MAX_WORDS", "ends_sentence", "looks_like_heading", "word_count"]

HEADING_MAX_WORDS = 12
"""A heading is at most this many words; longer unpunctuated lines are prose."""

_CLOSERS = "\"'”’»)]」』）"
# Latin and CJK (full-width) sentence punctuation, then any closing quotes or brackets.
_SENTENCE_END = re.compile(r"[.!?…:;。！？；：][\"'”’»)\]」』）]*$")
_OPENERS = "\"'“‘«"
_HAS_LETTER = re.compile(r"[^\W\d_]")


def word_count(text: str) -> int:
    """Number of whitespace-separated words."""
    return len(text.split())


def ends_sentence(text: str) -> bool:
    """True when ``text`` ends with . ! ? … : or ; (possibly followed by quotes or brackets)."""
    return _SENTENCE_END.search(text) is not None


def looks_like_heading(text: str) -> bool:
    """A short line that starts with a capital or digit and has no final punctuation.

    "Innovative training methods accelerate multi-domain applications" is a heading;
    "The results were clear." and "and then the river" are not.
    """
    if not text or len(text) > 120 or word_count(text) > HEADING_MAX_WORDS:
        return False
    first = text.lstrip(_OPENERS)[:1]
    # Capitals, digits and scripts without case (CJK) may start a heading; lowercase may not.
    if not first or not (first.isdigit() or (first.isalpha() and not first.islower())):
        return False
    if _HAS_LETTER.search(text) is None:
        return False
    stripped = text.rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] not in ".,;:!?…-–—。，、；：！？"
