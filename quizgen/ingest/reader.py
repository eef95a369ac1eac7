"""The ingest stage: a path or stdin in, an :class:`~quizgen.article.Article` out."""

from __future__ import annotations

import hashlib
import stat
import sys
from pathlib import Path
from typing import BinaryIO

from quizgen.article import Article, Block
from quizgen.errors import InputError
from quizgen.ingest.blocks import Draft, RawBlock
from quizgen.ingest.boilerplate import drop_boilerplate
from quizgen.ingest.decoding import decode_bytes
from quizgen.ingest.formats import Format, format_from_suffix, sniff_format
from quizgen.ingest.normalize import clean_inline, drop_reference_marks, normalize_document
from quizgen.ingest.titles import title_from_name, title_from_text

__all__ = ["DEFAULT_MAX_BYTES", "parse_article", "read_article"]

DEFAULT_MAX_BYTES = 2_000_000
"""Articles larger than this are refused: they are books, dumps or mistakes."""
_BLOCK_SEPARATOR = "\n\n"
_TITLE_MAX_CHARS = 200


def _label(origin: str) -> str:
    """How an origin is named in a one-line message."""
    if origin == "-":
        return "stdin"
    # Control characters in a file name would break the one-line message.
    return "".join(
        char if char.isprintable() else char.encode("unicode_escape").decode("ascii")
        for char in origin
    )


def _size_text(size: int) -> str:
    if size >= 1_000_000:
        return f"{size / 1_000_000:.1f}".removesuffix(".0") + " MB"
    if size >= 1_000:
        return f"{size / 1_000:.1f}".removesuffix(".0") + " kB"
    return f"{size} bytes"


def _too_large(label: str, size: int | None, max_bytes: int) -> InputError:
    """``size`` is None when the input is a stream whose size is unknown."""
    limit = _size_text(max_bytes)
    if size is None:
        return InputError(f"{label}: is more than {limit}; quizgen reads articles up to {limit}")
    shown = _size_text(size)
    if shown == limit:
        # "is 2 MB; ... up to 2 MB" would read as a contradiction.
        shown = f"{size:,} bytes"
    return InputError(f"{label}: is {shown}; quizgen reads articles up to {limit}")


def _read_path(origin: str, max_bytes: int) -> bytes:
    label = _label(origin)
    path = Path(origin)
    try:
        info = path.stat()
    except (FileNotFoundError, NotADirectoryError):
        raise InputError(f"{label}: no such file") from None
    except PermissionError:
        raise InputError(f"{label}: permission denied") from None
    except OSError as error:
        raise InputError(f"{label}: cannot be read ({error.strerror or error})") from None
    except ValueError:
        # For example an embedded NUL character: no file can have that name.
        raise InputError(f"{label}: is not a valid file name") from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError(f"{label}: is a directory, not an article file")
    if stat.S_ISREG(info.st_mode) and info.st_size > max_bytes:
        raise _too_large(label, info.st_size, max_bytes)
    try:
        with path.open("rb") as handle:
            # Pipes and other special files report no size: read one byte past the limit.
            data = handle.read(max_bytes + 1)
    except PermissionError:
        raise InputError(f"{label}: permission denied") from None
    except IsADirectoryError:
        raise InputError(f"{label}: is a directory, not an article file") from None
    except OSError as error:
        raise InputError(f"{label}: cannot be read ({error.strerror or error})") from None
    if len(data) > max_bytes:
        raise _too_large(label, None, max_bytes)
    return data


def _read_stream(stream: BinaryIO, max_bytes: int) -> bytes:
    try:
        data = stream.read(max_bytes + 1)
    except OSError as error:
        raise InputError(f"stdin: cannot be read ({error.strerror or error})") from None
    if len(data) > max_bytes:
        raise _too_large("stdin", None, max_bytes)
    return data


def read_article(
    origin: str, *, stdin: BinaryIO | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Article:
    """Read and parse the article at ``origin`` (a path, or ``-`` for standard input).

    The format comes from the suffix (``.txt``/``.text``, ``.md``/``.markdown``,
    ``.html``/``.htm``); without a known suffix, and for stdin, it is sniffed from the
    content. ``stdin`` defaults to ``sys.stdin.buffer``. Raises :class:`InputError` with
    one line naming ``origin`` for a missing, unreadable, empty, binary or oversized input
    and for an input with no article text.
    """
    if origin == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = _read_stream(stream, max_bytes)
    else:
        data = _read_path(origin, max_bytes)
    return parse_article(data, origin)


def parse_article(data: bytes, origin: str, fmt: Format | None = None) -> Article:
    """Parse an article's bytes; ``origin`` names it in the Article and in error messages.

    ``fmt`` forces a reader; by default the suffix of ``origin`` chooses one, else the
    content is sniffed.
    """
    label = _label(origin)
    if not data:
        raise InputError(f"{label}: is empty" if origin == "-" else f"{label}: file is empty")
    decoded = decode_bytes(data, label)
    text = normalize_document(decoded.text)
    if not text.strip():
        raise InputError(f"{label}: holds only whitespace, no article text")
    fmt = fmt or format_from_suffix(origin) or sniff_format(text)
    draft = _parse(text, fmt)
    blocks = drop_boilerplate(
        [b._replace(text=drop_reference_marks(b.text)) for b in draft.blocks if b.text]
    )
    if not any(block.kind == "paragraph" for block in blocks):
        raise InputError(f"{label}: no article text found")
    title = _title(draft, blocks, origin)
    return _assemble(origin, title, blocks, decoded.warnings)


def _parse(text: str, fmt: Format) -> Draft:
    if fmt == "html":
        from quizgen.ingest.html_format import parse_html

        return parse_html(text)
    if fmt == "markdown":
        from quizgen.ingest.markdown_format import parse_markdown

        return parse_markdown(text)
    from quizgen.ingest.text_format import parse_text

    return parse_text(text)


def _title(draft: Draft, blocks: list[RawBlock], origin: str) -> str:
    title = clean_inline(draft.title or "")
    # A heading taken as the title only counts if it survived boilerplate removal.
    if draft.title_is_block and title not in {block.text for block in blocks}:
        title = ""
    if not title and origin != "-":
        title = title_from_name(origin) or ""
    if not title:
        first = next(block for block in blocks if block.kind == "paragraph")
        title = title_from_text(first.text)
    if len(title) > _TITLE_MAX_CHARS:
        title = title[: _TITLE_MAX_CHARS - 1].rstrip() + "…"
    return title


def _assemble(
    origin: str, title: str, blocks: list[RawBlock], warnings: tuple[str, ...]
) -> Article:
    built: list[Block] = []
    offset = 0
    for raw in blocks:
        end = offset + len(raw.text)
        built.append(Block(kind=raw.kind, text=raw.text, start=offset, end=end))
        offset = end + len(_BLOCK_SEPARATOR)
    text = _BLOCK_SEPARATOR.join(raw.text for raw in blocks)
    return Article(
        title=title,
        origin=origin,
        text=text,
        blocks=tuple(built),
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        warnings=tuple(dict.fromkeys(warnings)),
    )
