"""Bad input gives one InputError line naming the input, never a traceback."""

from __future__ import annotations

import zlib
from pathlib import Path

import pytest

from quizgen.errors import InputError, QuizgenError
from quizgen.ingest import parse_article, read_article

ARTICLE = b"A short article about rivers that has one full sentence in it.\n"


def _png() -> bytes:
    def chunk(kind: bytes, payload: bytes) -> bytes:
        body = kind + payload
        return len(payload).to_bytes(4, "big") + body + zlib.crc32(body).to_bytes(4, "big")

    header = (1).to_bytes(4, "big") * 2 + bytes([8, 0, 0, 0, 0])
    pixels = zlib.compress(b"\x00\x00")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def _raises_one_line(origin: str, **kwargs: object) -> str:
    with pytest.raises(InputError) as caught:
        read_article(origin, **kwargs)  # type: ignore[arg-type]
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(f"{origin}: ")
    assert isinstance(caught.value, QuizgenError)
    return message


def test_missing_file(tmp_path: Path) -> None:
    origin = str(tmp_path / "x.txt")
    assert _raises_one_line(origin) == f"{origin}: no such file"


def test_missing_parent_is_also_no_such_file(tmp_path: Path) -> None:
    (tmp_path / "plain").write_bytes(ARTICLE)
    origin = str(tmp_path / "plain" / "x.txt")
    assert _raises_one_line(origin) == f"{origin}: no such file"


def test_directory(tmp_path: Path) -> None:
    assert "is a directory" in _raises_one_line(str(tmp_path))


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.txt"
    path.write_bytes(ARTICLE)

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    # chmod 000 does not stop root, so the refusal is simulated where the file is opened.
    monkeypatch.setattr(Path, "open", refuse)
    assert _raises_one_line(str(path)) == f"{path}: permission denied"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        pytest.param(b"", "file is empty", id="empty"),
        pytest.param(b"  \n\t\r\n   \n", "holds only whitespace", id="whitespace"),
        pytest.param("\u200b\u00a0\n\ufeff".encode(), "holds only whitespace", id="invisible"),
        pytest.param(b"\x00\x01\x02binary\x00stuff\xff\xfe", "looks like a binary file", id="nul"),
        pytest.param(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "(PDF document)", id="pdf"),
        pytest.param(b"PK\x03\x04\x14\x00\x06\x00", "(ZIP archive", id="zip"),
        pytest.param(bytes(range(1, 32)) * 20, "looks like a binary file", id="controls"),
    ],
)
def test_bad_content(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "x.txt"
    path.write_bytes(content)
    assert expected in _raises_one_line(str(path))


def test_png_renamed_to_txt(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_bytes(_png())
    message = _raises_one_line(str(path))
    assert message == f"{path}: looks like a binary file (PNG image), not an article"


def test_too_large(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(ARTICLE * (5_200_000 // len(ARTICLE) + 1))
    message = _raises_one_line(str(path))
    assert message == f"{path}: is 5.2 MB; quizgen reads articles up to 2 MB"


def test_too_large_with_a_small_limit(tmp_path: Path) -> None:
    path = tmp_path / "small.txt"
    path.write_bytes(ARTICLE * 3)
    message = _raises_one_line(str(path), max_bytes=100)
    assert message == f"{path}: is 189 bytes; quizgen reads articles up to 100 bytes"


def test_html_page_of_only_scripts(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><script>var a = 'Some words that are not an article.';</script></head>"
        "<body><script>document.write('More script text here for nobody.');</script>"
        "<style>p { color: red; }</style><noscript>Enable JavaScript</noscript></body></html>"
    )
    assert _raises_one_line(str(path)) == f"{path}: no article text found"


def test_file_of_only_boilerplate(tmp_path: Path) -> None:
    path = tmp_path / "credits.txt"
    path.write_text("(Source: Example Wire; Journalist: A. Person)\nShare\nComment\n")
    assert _raises_one_line(str(path)) == f"{path}: no article text found"


def test_markdown_of_only_headings(tmp_path: Path) -> None:
    path = tmp_path / "outline.md"
    path.write_text("# Title\n\n## Part one\n\n## Part two\n")
    assert _raises_one_line(str(path)) == f"{path}: no article text found"


def test_origin_with_a_newline_still_gives_one_line() -> None:
    with pytest.raises(InputError) as caught:
        parse_article(b"", "odd\nname.txt")
    assert str(caught.value) == "odd\\nname.txt: file is empty"


def test_path_with_a_nul_character() -> None:
    with pytest.raises(InputError) as caught:
        read_article("bad\x00name.txt")
    assert str(caught.value) == "bad\\x00name.txt: is not a valid file name"
