"""Plain-text articles: paragraphs, hard-wrapped lines, one-paragraph-per-line news texts.

Paragraphs are separated by blank lines. Inside a run of lines without a blank line, each
line break is judged on its own: it ends a block when the line is a heading, when the
next line is a list item, or when the author broke the line on purpose (the line ends a
sentence and the next word would still have fitted on it). Texts whose lines are far
longer than any wrap width (news copy with one paragraph per line) are not hard-wrapped:
there every line ends a block unless the next one plainly continues it.
"""

from __future__ import annotations

import math
import re

from quizgen.ingest.blocks import BlockKind, Draft, RawBlock
from quizgen.ingest.shapes import ends_sentence, looks_like_heading

__all__ = ["parse_text"]

_WRAP_LIMIT = 100
"""Hard-wrapped text is wrapped at most this wide; longer lines are paragraphs."""
_MIN_WRAP = 30
"""Nobody wraps prose narrower than this; shorter lines are lists or verse."""
_SEPARATOR = re.compile(r"^[-=_*~#+.•·]{3,}$")
_BULLET = re.compile(r"^[•·▪◦‣●■►*+-]\s+")
_CONTINUES = re.compile(r"[,(\-–—/&]$|\b(?:and|or|the|a|an|of|to|in|with)$")


def _groups(text: str) -> list[list[tuple[str, bool]]]:
    """Runs of non-blank lines as (cleaned line, starts with a bullet)."""
    groups: list[list[tuple[str, bool]]] = []
    current: list[tuple[str, bool]] = []
    for raw in text.split("\n"):
        # The document is already normalised: only whitespace runs are left to collapse.
        line = " ".join(raw.split())
        if not line or _SEPARATOR.match(line):
            if current:
                groups.append(current)
                current = []
            continue
        bullet = _BULLET.match(line)
        if bullet is not None:
            line = line[bullet.end() :]
        current.append((line, bullet is not None))
    if current:
        groups.append(current)
    return groups


def _wrap_width(groups: list[list[tuple[str, bool]]]) -> float:
    """The hard-wrap width, or infinity when the text is not hard-wrapped.

    Hard-wrapped text shows it: several lines that are not the last of their paragraph,
    most of them close to one width of at most about 100 characters.
    """
    lengths = sorted(len(line) for group in groups for line, _ in group[:-1])
    if len(lengths) < 3:
        return math.inf
    width = lengths[int(0.9 * (len(lengths) - 1))]
    if not _MIN_WRAP <= width <= _WRAP_LIMIT:
        return math.inf
    near_width = sum(1 for length in lengths if length >= 0.8 * width)
    if near_width < 0.6 * len(lengths):
        return math.inf
    return width


def _first_word_length(line: str) -> int:
    return len(line.split(" ", 1)[0])


def _split_group(group: list[tuple[str, bool]], width: float) -> list[list[str]]:
    """Split one run of lines into blocks (each a list of lines to join)."""
    n = len(group)
    breaks = [False] * n
    breaks[-1] = True
    wrapped = not math.isinf(width)
    for i in range(n - 1):
        line, _ = group[i]
        following, next_is_bullet = group[i + 1]
        fits = len(line) + 1 + _first_word_length(following) <= width
        starts_block = i == 0 or breaks[i - 1] or ends_sentence(group[i - 1][0])
        next_continues = following[:1].islower()
        if next_is_bullet:
            breaks[i] = True
        elif (
            starts_block
            and fits
            and not next_continues
            and (not wrapped or len(line) <= 0.75 * width)
            and looks_like_heading(line)
        ):
            breaks[i] = True
            if i > 0:
                breaks[i - 1] = True
        elif wrapped:
            breaks[i] = fits and ends_sentence(line)
        else:
            breaks[i] = not (next_continues or _CONTINUES.search(line))
    blocks: list[list[str]] = []
    current: list[str] = []
    for (line, _), ends in zip(group, breaks, strict=True):
        current.append(line)
        if ends:
            blocks.append(current)
            current = []
    return blocks


def parse_text(text: str) -> Draft:
    """Split normalised plain text into heading and paragraph blocks.

    A block of one short line without final punctuation is a heading; if the text opens
    with one, it is the title. A text with no paragraph at all (only short lines) keeps
    them as paragraphs so nothing is lost.
    """
    groups = _groups(text)
    width = _wrap_width(groups)
    blocks: list[RawBlock] = []
    for group in groups:
        for lines in _split_group(group, width):
            joined = " ".join(lines)
            heading = len(lines) == 1 and looks_like_heading(joined)
            kind: BlockKind = "heading" if heading else "paragraph"
            blocks.append(RawBlock(kind, joined))
    if blocks and all(block.kind == "heading" for block in blocks):
        return Draft([RawBlock("paragraph", block.text) for block in blocks])
    title = blocks[0].text if blocks and blocks[0].kind == "heading" else None
    return Draft(blocks, title, title_is_block=True)
