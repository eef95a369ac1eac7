"""HTML pages: the article body only, whatever surrounds it, and no crash on bad markup."""

from __future__ import annotations

import socket
from collections.abc import Callable
from pathlib import Path

import pytest

from quizgen.article import Article
from quizgen.errors import InputError
from quizgen.ingest import parse_article, read_article

Check = Callable[[Article], None]
FURNITURE = (
    "SCRIPT_IN_HEAD", "STYLE_TEXT", "NAV_SPORT_LINK", "SHARE_BAR", "INLINE_SCRIPT_TEXT",
    "ASIDE_TEXT", "COMMENT_TEXT", "FORM_TEXT", "FOOTER_TEXT", "By Jane Doe", "Subscribe",
    "Most read", "Comments",
)  # fmt: skip


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("ingest must never open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.mark.usefixtures("no_network")
def test_article_page(fixtures: Path, well_formed: Check) -> None:
    article = read_article(str(fixtures / "otters_page.html"))
    well_formed(article)
    assert article.title == "Otters return to the Calder"
    assert [(block.kind, block.text[:30]) for block in article.blocks] == [
        ("heading", "Otters return to the Calder"),
        ("paragraph", "River otters have been seen al"),
        ("heading", "A slow recovery"),
        ("paragraph", "The animals vanished in the 19"),
        ("paragraph", '"We found prints near the old '),
        ("paragraph", "Tracks were found at six sites"),
        ("paragraph", "Two cubs were filmed in June b"),
        ("paragraph", "The council plans to close two"),
    ]
    assert "Cleaner water & new fish ladders" in article.text
    for furniture in FURNITURE:
        assert furniture not in article.text


def test_short_page_uses_the_fallback_without_furniture(well_formed: Check) -> None:
    page = """<html><head><title>Bridge reopens | Town News</title></head><body>
    <nav><ul><li>Home</li><li>NAV_ITEM</li></ul></nav>
    <div class="social-share">Share on Facebook SHARE_TEXT</div>
    <main><h1>Bridge reopens</h1><p>The old bridge reopened on Friday.</p>
    <ul><li>It took two years.</li></ul></main>
    <footer>FOOTER_TEXT</footer><script>SCRIPT_TEXT()</script></body></html>"""
    article = parse_article(page.encode(), "bridge.html")
    well_formed(article)
    assert article.title == "Bridge reopens"
    assert [block.text for block in article.blocks] == [
        "Bridge reopens",
        "The old bridge reopened on Friday.",
        "It took two years.",
    ]


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        pytest.param(
            "<p>Unclosed <b>bold <i>italic <p>Cats &amp; dogs &lt;script&gt; &#x27;ok&#39;"
            " &eacute;t&eacute; &bogus; end.",
            ["Unclosed bold italic", "Cats & dogs <script> 'ok' été &bogus; end."],
            id="unclosed-and-entities",
        ),
        pytest.param(
            "<html><body><div><p>Text in a <span>span</div></p></table></body></html>"
            "<p>After the end of html.</p>",
            ["Text in a span"],
            id="misnested",
        ),
        pytest.param(
            "<body>First line of text<br>Second line of text<br/>Third</body>",
            ["First line of text", "Second line of text", "Third"],
            id="br-separated",
        ),
    ],
)
def test_hostile_markup(page: str, expected: list[str]) -> None:
    article = parse_article(page.encode(), "hostile.html")
    assert [block.text for block in article.blocks] == expected


def test_absurd_nesting_does_not_crash() -> None:
    page = "<div>" * 50_000 + "<p>Deep text.</p>" + "</span>" * 1000
    with pytest.raises(InputError, match=r"^deep\.html: no article text found$"):
        parse_article(page.encode(), "deep.html")


def test_nesting_with_text_before_the_depth_limit() -> None:
    page = "<p>Shallow text is found.</p>" + "<div>" * 5_000 + "<p>Deep.</p>"
    article = parse_article(page.encode(), "deep.html")
    assert article.blocks[0].text == "Shallow text is found."


@pytest.mark.parametrize(
    ("head", "title"),
    [
        ('<meta property="og:title" content="From og"><title>From title</title>', "From og"),
        ("<title>From title | Site</title>", "From h1"),
    ],
)
def test_title_sources(head: str, title: str) -> None:
    body = "<article><h1>From h1</h1><p>Body text.</p></article>"
    page = f"<html><head>{head}</head><body>{body}</body></html>"
    assert parse_article(page.encode(), "t.html").title == title


def test_title_tag_when_no_h1() -> None:
    page = (
        "<html><head><title>Only the title tag</title></head><body><p>Body text.</p></body></html>"
    )
    assert parse_article(page.encode(), "t.html").title == "Only the title tag"


def test_html_sniffed_without_suffix() -> None:
    page = b"<!DOCTYPE html><html><body><p>Sniffed as a web page, not text.</p></body></html>"
    article = parse_article(page, "download")
    assert article.text == "Sniffed as a web page, not text."


def test_xhtml_with_xml_declaration() -> None:
    page = (
        '<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'
        "<head><title>X</title></head><body><p>An XHTML page body.</p></body></html>"
    )
    assert parse_article(page.encode(), "page.xhtml").text == "An XHTML page body."


def test_inline_markup_kept_code_blocks_dropped() -> None:
    filler = "<p>" + "The otter count rose again this year, the volunteers said. " * 4 + "</p>"
    page = (
        f"<html><body><article><h1>Counting otters</h1>{filler}"
        "<p>Use the <code>grep</code> command and <b>bold</b> <a href='/x'>links</a>.<br>Next.</p>"
        "<pre><code>print('CODE_BLOCK')</code></pre>"
        "<blockquote><p>A quoted paragraph.</p></blockquote>"
        "<blockquote>A bare <em>quoted</em> line.</blockquote>"
        f"{filler}</article></body></html>"
    )
    texts = [block.text for block in parse_article(page.encode(), "x.html").blocks]
    assert "Use the grep command and bold links. Next." in texts
    assert "A quoted paragraph." in texts
    assert "A bare quoted line." in texts
    assert not any("CODE_BLOCK" in text for text in texts)


def test_fallback_keeps_inline_code() -> None:
    page = "<html><body><main><p>Use the <code>grep</code> tool.</p></main></body></html>"
    assert parse_article(page.encode(), "x.html").text == "Use the grep tool."
