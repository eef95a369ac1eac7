"""Markdown articles: headings kept, markup and non-prose dropped."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from quizgen.article import Article
from quizgen.ingest import parse_article, read_article


def test_markdown_fixture(fixtures: Path, well_formed: Callable[[Article], None]) -> None:
    article = read_article(str(fixtures / "volcano_notes.md"))
    well_formed(article)
    assert article.title == "Volcanoes of Iceland"  # from the front matter
    assert [(block.kind, block.text) for block in article.blocks] == [
        ("heading", "Fire under the ice"),
        (
            "paragraph",
            "Iceland sits on the Mid-Atlantic Ridge, where the North American and Eurasian "
            "plates drift apart by about two centimetres a year. See the survey map for details.",
        ),
        ("heading", "Eruptions"),
        (
            "paragraph",
            "The Eyjafjallajökull eruption of 2010 grounded flights across Europe for six days. "
            "Ash reached as far as Spain.",
        ),
        ("paragraph", "Hekla was once called the gateway to hell by medieval writers."),
        ("paragraph", "Katla lies under the Mýrdalsjökull glacier."),
        ("paragraph", "Grímsvötn is the most active volcano in the country."),
        ("paragraph", "It erupted in 2011."),
    ]
    for gone in ("author", "https://", "lava.jpg", "Hekla | 2000", "print(", "indented code"):
        assert gone not in article.text
    for gone in ("alert", "Related articles", "Geysers", "glaciers retreat", "***", "---"):
        assert gone not in article.text


@pytest.mark.parametrize(
    ("source", "title", "blocks"),
    [
        pytest.param(
            "# The Title\n\nA paragraph of text here.\n",
            "The Title",
            [("heading", "The Title"), ("paragraph", "A paragraph of text here.")],
            id="first-h1-is-title",
        ),
        pytest.param(
            "Setext Title\n============\n\nSome *emphasised* and __strong__ words.\n",
            "Setext Title",
            [("heading", "Setext Title"), ("paragraph", "Some emphasised and strong words.")],
            id="setext",
        ),
        pytest.param(
            "Intro text comes first here.\n\n### Small heading\n\nMore text after it.\n",
            "Notes",
            [("paragraph", "Intro text comes first here."), ("heading", "Small heading"),
             ("paragraph", "More text after it.")],
            id="no-h1-title-from-name",
        ),
        pytest.param(
            "Use `grep` with [the manual](https://x.org \"t\") and <kbd>Ctrl</kbd> &amp; go.\n",
            "Notes",
            [("paragraph", "Use grep with the manual and Ctrl & go.")],
            id="inline-markup",
        ),
        pytest.param(
            "> A quoted\n> paragraph here.\n\n1. First step.\n2. Second step.\n",
            "Notes",
            [("paragraph", "A quoted paragraph here."), ("paragraph", "First step."),
             ("paragraph", "Second step.")],
            id="quote-and-ordered-list",
        ),
        pytest.param(
            "Text before.\n\n~~~\ncode\n~~~\n\n<!-- hidden -->\n\nText after.\n",
            "Notes",
            [("paragraph", "Text before."), ("paragraph", "Text after.")],
            id="fence-and-comment",
        ),
    ],
)  # fmt: skip
def test_markdown_shapes(source: str, title: str, blocks: list[tuple[str, str]]) -> None:
    article = parse_article(source.encode(), "notes.md")
    assert article.title == title
    assert [(block.kind, block.text) for block in article.blocks] == blocks


def test_markdown_sniffed_from_unknown_suffix() -> None:
    article = parse_article(b"# Harbour log\n\nThe boats came in early *today*.\n", "log.note")
    assert article.title == "Harbour log"
    assert article.blocks[1].text == "The boats came in early today."


def test_news_copy_saved_as_markdown_keeps_its_paragraphs(fixtures: Path) -> None:
    data = (fixtures / "harbour_news.txt").read_bytes()
    as_markdown = parse_article(data, "harbour.md")
    as_text = parse_article(data, "harbour.txt")
    assert as_markdown.blocks == as_text.blocks
