"""Titles for articles that do not state one: from the file name, else the first words."""

from __future__ import annotations

import re
from pathlib import PurePath

from quizgen.ingest.normalize import clean_inline

__all__ = ["title_from_name", "title_from_text"]

_NAME_SEPARATORS = re.compile(r"[\s_\-.+]+")
_HEX_ID = re.compile(r"^[0-9a-f]{6,}$", re.I)
_LETTERS = re.compile(r"[^\W\d_]{2,}")
_TITLE_WORDS = 8


def _meaningful(token: str) -> bool:
    # "fc64e174465a11f4" or "000" name a file but say nothing about the article.
    is_hex_id = _HEX_ID.match(token) is not None and any(c.isdigit() for c in token)
    return not is_hex_id and _LETTERS.search(token) is not None


def title_from_name(origin: str) -> str | None:
    """``deepseek-r1_story.txt`` -> ``Deepseek r1 story``; None if the name is only an id."""
    stem = PurePath(origin).stem
    tokens = [token for token in _NAME_SEPARATORS.split(stem) if token]
    if not any(_meaningful(token) for token in tokens):
        return None
    title = " ".join(tokens)
    return title[0].upper() + title[1:]


def title_from_text(text: str) -> str:
    """The first words of ``text``, with an ellipsis when cut."""
    words = clean_inline(text).split(" ")
    title = " ".join(words[:_TITLE_WORDS])
    if len(words) > _TITLE_WORDS:
        title = title.rstrip(",;:.-–—") + "…"
    return title
