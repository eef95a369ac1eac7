"""What a format reader hands to the assembler: raw blocks and a title, if it found one."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, NamedTuple

__all__ = ["BlockKind", "Draft", "RawBlock"]

BlockKind = Literal["heading", "paragraph"]


class RawBlock(NamedTuple):
    """A heading or paragraph before offsets are assigned; ``text`` is already cleaned."""

    kind: BlockKind
    text: str


@dataclass
class Draft:
    """A format reader's result: its blocks in order and the title it found (if any)."""

    blocks: list[RawBlock] = field(default_factory=list)
    title: str | None = None
    title_is_block: bool = False
    """The title is the text of one of ``blocks`` (a heading), not separate metadata."""
