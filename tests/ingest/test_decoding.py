"""Bytes in any common encoding become the same text; odd encodings are reported."""

from __future__ import annotations

import codecs

import pytest

from quizgen.errors import InputError
from quizgen.ingest import parse_article

SENTENCE = "The café in Zürich served “proper” coffee — at last."


@pytest.mark.parametrize(
    ("data", "warning"),
    [
        pytest.param(SENTENCE.encode("utf-8"), None, id="utf-8"),
        pytest.param(codecs.BOM_UTF8 + SENTENCE.encode("utf-8"), None, id="utf-8-bom"),
        pytest.param(codecs.BOM_UTF16_LE + SENTENCE.encode("utf-16-le"), None, id="utf-16-le-bom"),
        pytest.param(codecs.BOM_UTF16_BE + SENTENCE.encode("utf-16-be"), None, id="utf-16-be-bom"),
        pytest.param(SENTENCE.encode("utf-16-le"), None, id="utf-16-le-no-bom"),
        pytest.param(codecs.BOM_UTF32_LE + SENTENCE.encode("utf-32-le"), None, id="utf-32-le-bom"),
        pytest.param(SENTENCE.encode("cp1252"), "Latin-1", id="cp1252-quotes"),
    ],
)
def test_encodings_decode_to_the_same_text(data: bytes, warning: str | None) -> None:
    article = parse_article(data, "cafe.txt")
    assert article.text == SENTENCE
    if warning is None:
        assert article.warnings == ()
    else:
        assert len(article.warnings) == 1
        assert warning in article.warnings[0]


def test_latin1_text_with_accents_is_read_with_a_warning() -> None:
    data = "Le musée a rouvert ses portes à Genève après trois ans de travaux.".encode("latin-1")
    article = parse_article(data, "musee.txt")
    assert article.text == "Le musée a rouvert ses portes à Genève après trois ans de travaux."
    assert article.warnings == ("not UTF-8; read as Latin-1 (Windows-1252)",)


def test_bytes_undefined_in_cp1252_fall_back_to_latin1() -> None:
    # 0x81 is unassigned in Windows-1252, so only Latin-1 can read this.
    data = b"Caf\xe9 \x81 ouvert le matin, ferm\xe9 le soir."
    article = parse_article(data, "cafe.txt")
    assert article.text == "Café ouvert le matin, fermé le soir."
    assert article.warnings == ("not UTF-8; read as Latin-1",)


def test_charset_declared_by_a_page_is_used_without_warning() -> None:
    page = (
        '<html><head><meta charset="koi8-r"><title>Новости</title></head><body><article>'
        "<p>Сегодня в городе открылся новый музей истории реки и её мостов.</p>"
        "</article></body></html>"
    )
    article = parse_article(page.encode("koi8-r"), "news.html")
    assert "новый музей" in article.text
    assert article.warnings == ()


def test_broken_utf16_with_a_bom_is_an_input_error() -> None:
    with pytest.raises(InputError, match=r"^odd\.txt: .*UTF-16"):
        parse_article(codecs.BOM_UTF16_LE + b"\x00\xd8", "odd.txt")
