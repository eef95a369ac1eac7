"""Bytes to text: byte-order marks, UTF-8, a Latin-1 fallback, and binary-file detection."""

from __future__ import annotations

import codecs
import re
from typing import NamedTuple

from quizgen.errors import InputError

__all__ = ["Decoded", "binary_kind", "decode_bytes"]

# Well-known file signatures, so a renamed image or archive gets a useful message.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"\x00\x00\x01\x00", "icon image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"\x1f\x8b", "gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\xfd7zXZ\x00", "XZ archive"),
    (b"\x28\xb5\x2f\xfd", "Zstandard archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Microsoft Office document"),
    (b"\x7fELF", "ELF executable"),
    (b"\xca\xfe\xba\xbe", "Java class or Mach-O file"),
    (b"\xcf\xfa\xed\xfe", "Mach-O executable"),
    (b"\x00asm", "WebAssembly module"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"OggS", "Ogg media file"),
    (b"fLaC", "FLAC audio"),
    (b"ID3", "MP3 audio"),
    (b"wOFF", "WOFF font"),
    (b"wOF2", "WOFF2 font"),
)
_RIFF_KINDS = {b"WEBP": "WebP image", b"WAVE": "WAV audio", b"AVI ": "AVI video"}

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    # UTF-32 first: its little-endian mark starts with the UTF-16 one.
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]{1,40})""", re.I
)
_SAMPLE = 8192


class Decoded(NamedTuple):
    """Text decoded from bytes, and what the user should hear about how."""

    text: str
    warnings: tuple[str, ...]


def binary_kind(data: bytes) -> str | None:
    """Name the kind of binary file ``data`` starts with, or None when it has no known signature."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            if magic == b"\x00\x00\x01\x00" and len(data) < 6:
                continue
            return kind
    if data.startswith(b"RIFF") and data[8:12] in _RIFF_KINDS:
        return _RIFF_KINDS[data[8:12]]
    if data[4:8] == b"ftyp":
        return "MP4, MOV or HEIC media file"
    if data.startswith(b"BZh") and data[4:10] == b"1AY&SY":
        return "bzip2 archive"
    return None


def _utf16_without_bom(sample: bytes) -> str | None:
    """Guess UTF-16 without a byte-order mark from where the zero bytes sit (ASCII-heavy text)."""
    half = len(sample) // 2
    if half < 2:
        return None
    even_zeros = sample[0::2].count(0)
    odd_zeros = sample[1::2].count(0)
    if odd_zeros > 0.3 * half and even_zeros < 0.02 * half:
        return "utf-16-le"
    if even_zeros > 0.3 * half and odd_zeros < 0.02 * half:
        return "utf-16-be"
    return None


def _control_share(text: str) -> float:
    sample = text[:_SAMPLE]
    if not sample:
        return 0.0
    controls = sum(
        1 for char in sample if (char < " " and char not in "\t\n\r\f\v") or "\x7f" <= char < "\xa0"
    )
    return controls / len(sample)


def _declared_codec(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    if match is None:
        return None
    try:
        return codecs.lookup(match.group(1).decode("ascii")).name
    except LookupError:
        return None


def decode_bytes(data: bytes, label: str) -> Decoded:
    """Decode an article's bytes, or raise :class:`InputError` naming ``label``.

    Order: known binary signatures, byte-order marks (UTF-8/16/32), UTF-16 without a mark,
    zero bytes (binary), UTF-8, a charset an HTML page declares, then Windows-1252 or
    Latin-1 with a warning. Text that is mostly control characters is called binary too.
    """
    kind = binary_kind(data)
    if kind is not None:
        raise InputError(f"{label}: looks like a binary file ({kind}), not an article")

    warnings: list[str] = []
    text: str | None = None
    for bom, codec, name in _BOMS:
        if not data.startswith(bom):
            continue
        try:
            text = data[len(bom) :].decode(codec)
        except UnicodeDecodeError:
            if name != "UTF-8":
                raise InputError(
                    f"{label}: starts with a {name} byte-order mark but is not valid {name}"
                ) from None
            data = data[len(bom) :]
        break

    if text is None:
        sample = data[:_SAMPLE]
        utf16 = _utf16_without_bom(sample[: len(sample) // 2 * 2])
        if utf16 is not None:
            try:
                text = data.decode(utf16)
            except UnicodeDecodeError:
                text = None
        if text is None and b"\x00" in sample:
            raise InputError(f"{label}: looks like a binary file, not an article")

    if text is None:
        text = _decode_8bit(data, warnings)

    if _control_share(text) > 0.1:
        raise InputError(f"{label}: looks like a binary file, not an article")
    return Decoded(text, tuple(warnings))


def _decode_8bit(data: bytes, warnings: list[str]) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _declared_codec(data)
    if declared is not None and declared != "utf-8":
        try:
            # The page says what it is: no warning needed.
            return data.decode(declared)
        except UnicodeDecodeError:
            pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        warnings.append("not UTF-8; read as Latin-1")
        return data.decode("latin-1")
    warnings.append("not UTF-8; read as Latin-1 (Windows-1252)")
    return text
