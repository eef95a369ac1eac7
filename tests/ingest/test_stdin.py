"""Reading from standard input: "-" as the origin, format sniffed from the content."""

from __future__ import annotations

import io

import pytest

from quizgen.errors import InputError
from quizgen.ingest import read_article


def test_text_from_stdin() -> None:
    data = "The lake froze early this year, the fishermen said.\nThey expect a long winter.\n"
    article = read_article("-", stdin=io.BytesIO(data.encode()))
    assert article.origin == "-"
    assert [block.text for block in article.blocks] == [
        "The lake froze early this year, the fishermen said.",
        "They expect a long winter.",
    ]
    # No file name: the title is the first words of the text.
    assert article.title == "The lake froze early this year, the fishermen…"


def test_html_from_stdin_is_sniffed() -> None:
    page = (
        b"<!doctype html><html><head><title>Ice report</title></head>"
        b"<body><p>Ice is 20 cm thick.</p></body></html>"
    )
    article = read_article("-", stdin=io.BytesIO(page))
    assert article.title == "Ice report"
    assert article.text == "Ice is 20 cm thick."


def test_tag_heavy_text_from_stdin_is_sniffed_as_html() -> None:
    page = b"<div><p>One paragraph of text.</p><p>Another paragraph.</p><br><span>x</span></div>"
    article = read_article("-", stdin=io.BytesIO(page))
    assert "<p>" not in article.text
    assert "One paragraph of text." in article.text


def test_empty_stdin() -> None:
    with pytest.raises(InputError, match=r"^stdin: is empty$"):
        read_article("-", stdin=io.BytesIO(b""))


def test_stdin_over_the_limit() -> None:
    with pytest.raises(
        InputError, match=r"^stdin: is more than 100 bytes; quizgen reads articles up to 100 bytes$"
    ):
        read_article("-", stdin=io.BytesIO(b"word " * 100), max_bytes=100)


def test_binary_stdin() -> None:
    with pytest.raises(
        InputError, match=r"^stdin: looks like a binary file \(GIF image\), not an article$"
    ):
        read_article("-", stdin=io.BytesIO(b"GIF89a\x01\x00\x01\x00\x00\x00\x00;"))
