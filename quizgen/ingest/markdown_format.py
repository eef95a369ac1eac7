"""Markdown articles, parsed with markdown-it (CommonMark plus tables).

Headings (ATX and setext) become heading blocks; paragraphs and list items become
paragraph blocks. Emphasis and code marks, link targets, images, raw HTML tags, code
blocks, tables, horizontal rules and YAML front matter are dropped; their text is kept
where it is prose (link text, emphasised words, text inside inline HTML).
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from markdown_it import MarkdownIt
from markdown_it.token import Token

from quizgen.ingest.blocks import Draft, RawBlock
from quizgen.ingest.normalize import clean_inline
from quizgen.ingest.shapes import looks_like_heading

__all__ = ["parse_markdown"]

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_FRONT_TITLE = re.compile(r"^title[ \t]*:[ \t]*(.+?)[ \t]*$", re.M | re.I)
_SCRIPT_OPEN = re.compile(r"<\s*(script|style)\b", re.I)
_SCRIPT_CLOSE = re.compile(r"<\s*/\s*(script|style)\s*>", re.I)
_SCRIPT_ELEMENT = re.compile(r"<(script|style)\b.*?(?:</\1\s*>|\Z)", re.I | re.S)
_HTML_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)
_TAG = re.compile(r"<[^>]*>")
_LONG_LINE = 100
"""Source lines longer than this are not hard-wrapped."""


def _split_front_matter(text: str) -> tuple[str | None, str]:
    """Return (front-matter title or None, text without the front matter)."""
    match = _FRONT_MATTER.match(text)
    if match is None:
        return None, text
    title_match = _FRONT_TITLE.search(match.group(1))
    title = None
    if title_match is not None:
        title = clean_inline(title_match.group(1).strip("\"'")) or None
    return title, text[match.end() :]


def _inline_lines(children: Sequence[Token]) -> list[str]:
    """The prose of an inline run, one string per source line."""
    lines: list[str] = []
    parts: list[str] = []
    in_script = False
    for child in children:
        if child.type == "html_inline":
            if _SCRIPT_OPEN.match(child.content):
                in_script = True
            elif _SCRIPT_CLOSE.match(child.content):
                in_script = False
            continue
        if in_script:
            continue
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type == "softbreak":
            lines.append(clean_inline("".join(parts)))
            parts = []
        elif child.type == "hardbreak":
            parts.append(" ")
        # link_open/close, em, strong, s: markup only; image: dropped with its alt text.
    lines.append(clean_inline("".join(parts)))
    return [line for line in lines if line]


def _paragraph_blocks(lines: list[str]) -> list[RawBlock]:
    """One paragraph, unless its source lines are each a paragraph of their own.

    Hard-wrapped Markdown lines are short and are joined. News copy saved as ``.md`` has
    one paragraph per line and no blank lines: when a line is longer than any wrap width,
    each line is its own block (a short unpunctuated one a heading), except that a line
    starting in lowercase continues the one before.
    """
    if max(len(line) for line in lines) <= _LONG_LINE:
        return [RawBlock("paragraph", " ".join(lines))]
    merged: list[str] = []
    for line in lines:
        if merged and line[:1].islower():
            merged[-1] = f"{merged[-1]} {line}"
        else:
            merged.append(line)
    return [
        RawBlock("heading" if looks_like_heading(line) else "paragraph", line) for line in merged
    ]


def _html_block_text(source: str) -> str:
    source = _HTML_COMMENT.sub(" ", source)
    source = _SCRIPT_ELEMENT.sub(" ", source)
    return clean_inline(html.unescape(_TAG.sub(" ", source)))


def parse_markdown(text: str) -> Draft:
    """Turn normalised Markdown into blocks.

    The title is the front matter's ``title:``, else the first h1, else a heading that
    opens the document.
    """
    front_title, body = _split_front_matter(text)
    parser = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    tokens = parser.parse(body)
    blocks: list[RawBlock] = []
    first_h1: str | None = None
    table_depth = 0
    kind: str | None = None
    heading_tag = ""
    for token in tokens:
        if token.type == "table_open":
            table_depth += 1
        elif token.type == "table_close":
            table_depth -= 1
        elif table_depth:
            continue
        elif token.type == "heading_open":
            kind, heading_tag = "heading", token.tag
        elif token.type == "paragraph_open":
            kind = "paragraph"
        elif token.type in ("heading_close", "paragraph_close"):
            kind = None
        elif token.type == "inline" and kind is not None:
            lines = _inline_lines(token.children or [])
            if not lines:
                continue
            if kind == "heading":
                content = " ".join(lines)
                blocks.append(RawBlock("heading", content))
                if heading_tag == "h1" and first_h1 is None:
                    first_h1 = content
            else:
                blocks.extend(_paragraph_blocks(lines))
        elif token.type == "html_block":
            content = _html_block_text(token.content)
            if content:
                blocks.append(RawBlock("paragraph", content))
        # fence, code_block, hr: not prose, dropped.
    if front_title is not None:
        return Draft(blocks, front_title)
    title = first_h1
    if title is None and blocks and blocks[0].kind == "heading":
        title = blocks[0].text
    return Draft(blocks, title, title_is_block=True)
