"""The article model: what ingest produces and the NLP stage reads."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class Block(BaseModel):
    """A heading or a paragraph of an article; sentences never cross a block."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: Literal["heading", "paragraph"]
    """Headings are kept apart from sentences: no item is generated from them."""
    text: str = Field(min_length=1)
    """The block's text, whitespace-normalised, exactly ``Article.text[start:end]``."""
    start: int = Field(ge=0)
    """Character offset of the block in ``Article.text``."""
    end: int = Field(ge=0)
    """Character offset just past the block in ``Article.text``."""


class Article(BaseModel):
    """A decoded, cleaned article: title, text and its blocks with offsets."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    title: str
    """The article's title (first heading, HTML <title>, or the file name)."""
    origin: str
    """Where it came from as given: a path, or ``-`` for stdin."""
    text: str
    """The cleaned article text: blocks joined by blank lines."""
    blocks: tuple[Block, ...]
    """Headings and paragraphs in order, boilerplate removed."""
    sha256: str
    """SHA-256 (hex) of ``text`` encoded as UTF-8."""
    warnings: tuple[str, ...] = ()
    """Things a user should hear about (for example: fell back to latin-1)."""
