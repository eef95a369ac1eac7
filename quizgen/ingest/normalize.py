"""Character-level clean-up shared by every input format.

Two steps: :func:`normalize_document` runs once over the decoded text (Unicode NFC, one
kind of newline, no invisible or control characters) and keeps the line structure the
format readers need; :func:`clean_inline` turns a piece of a block into its final form
(one space between words, nothing at the ends).
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["clean_inline", "drop_reference_marks", "normalize_document"]

# Zero-width and other invisible format characters (soft hyphen, bidi marks, BOM, word
# joiner). They never carry meaning in an article but break word matching downstream.
_INVISIBLE = (
    "\u00ad\u061c\u180e\u200b\u200c\u200d\u200e\u200f"
    "\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064"
    "\u2066\u2067\u2068\u2069\u206a\u206b\u206c\u206d\u206e\u206f"
    "\ufeff\ufff9\ufffa\ufffb"
)
# Spaces that look like a space but are not U+0020 (tab is handled per format).
_ODD_SPACES = (
    "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u202f\u205f\u3000"
)


def _build_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for code in [*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0)]:
        table[code] = None
    table[ord("\t")] = "\t"
    table[ord("\n")] = "\n"
    # Other line and paragraph separators become the newlines the readers understand.
    table[ord("\r")] = "\n"
    table[ord("\x0b")] = "\n"
    table[ord("\x0c")] = "\n\n"
    table[0x85] = "\n"
    table[0x2028] = "\n"
    table[0x2029] = "\n\n"
    for char in _INVISIBLE:
        table[ord(char)] = None
    for char in _ODD_SPACES:
        table[ord(char)] = " "
    return table


_TABLE = _build_table()


def normalize_document(text: str) -> str:
    """Return ``text`` in NFC with ``\\n`` newlines and no invisible or control characters.

    Tabs and line structure are kept (Markdown needs them); odd spaces become spaces.
    """
    text = text.replace("\r\n", "\n").translate(_TABLE)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text


# Marks an encyclopedia page sets right after a word or a sentence: "2016[update]",
# "the city.[12]", "[citation needed]", "fast.[a]". Pasted into an article they are not
# its text. A number or a letter in brackets is a mark only after a word of two letters
# or more or after punctuation ("x[1]", "worker[s]" and "[t]he" are the article's own).
_REFERENCE_MARK = re.compile(
    r"(?:(?<=[^\W\d_]{2})|(?<=\d)|(?<=[.,;:!?)\]\"”’]))\[(?:\d{1,3}"
    r"|(?i:update|citation needed|clarification needed|dubious|not in citation given"
    r"|failed verification|when\?|who\?|which\?|by whom\?|according to whom\?"
    r"|note \d{1,3}|nb \d{1,3}))\]"
    r"|(?<=[.,;:!?)\]\"”’])\[[a-z]\](?![a-z])"
)


def drop_reference_marks(text: str) -> str:
    """``text`` without the reference and maintenance marks of pasted encyclopedia text."""
    return _REFERENCE_MARK.sub("", text) if "[" in text else text


def clean_inline(text: str) -> str:
    """Collapse every run of whitespace (newlines included) to one space and strip the ends.

    Also removes the invisible characters :func:`normalize_document` removes, so it is safe
    on text that did not come through it (HTML attribute values, extracted fragments).
    """
    text = text.translate(_TABLE)
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return " ".join(text.split())
