"""Which reader an input goes to: by file suffix, else by a look at the content."""

from __future__ import annotations

import re
from pathlib import PurePath
from typing import Literal

__all__ = ["Format", "format_from_suffix", "sniff_format"]

Format = Literal["text", "markdown", "html"]

_SUFFIXES: dict[str, Format] = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdown": "markdown",
    ".mkd": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
}
_HTML_START = re.compile(
    r"^(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.I | re.S
)
_HTML_TAG = re.compile(
    r"</?(?:p|div|span|a|br|h[1-6]|ul|ol|li|body|head|title|table|img|section|article|main|"
    r"script|style|meta|link|strong|em|b|i|nav|header|footer)\b[^<>]*>",
    re.I,
)
_ATX_HEADING = re.compile(r"^#{1,6}[ \t]+\S")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?:[\w-]+[ \t]*:.*\n)+(?:---|\.\.\.)[ \t]*(?:\n|\Z)")
_SNIFF_CHARS = 65536


def format_from_suffix(origin: str) -> Format | None:
    """The format a file name's suffix names, or None (no suffix, unknown suffix, stdin)."""
    if origin == "-":
        return None
    return _SUFFIXES.get(PurePath(origin).suffix.lower())


def sniff_format(text: str) -> Format:
    """Guess the format of decoded content.

    HTML if it opens with a doctype or ``<html>``, or has many HTML tags; Markdown if it
    opens with front matter or a ``#`` heading; plain text otherwise.
    """
    head = text[:_SNIFF_CHARS].lstrip()
    if _HTML_START.match(head):
        return "html"
    tags = len(_HTML_TAG.findall(head))
    if tags >= 8 or (tags >= 3 and head.startswith("<")):
        return "html"
    if _FRONT_MATTER.match(head):
        return "markdown"
    first_line = head.split("\n", 1)[0]
    if _ATX_HEADING.match(first_line):
        return "markdown"
    return "text"
