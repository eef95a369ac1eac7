"""Credits, bylines, related links and UI words go; real short paragraphs stay."""

from __future__ import annotations

import pytest

from quizgen.ingest import parse_article
from quizgen.ingest.blocks import RawBlock
from quizgen.ingest.boilerplate import drop_boilerplate, is_boilerplate_line

DROPPED = [
    "(Source: Wen Wei Po; Journalist: Liu Ningzhe, Guo Hanlin; English Editor: Darius)",
    "(Source: Example Wire)",
    "[Photo: City Press Agency]",
    "Source: Reuters",
    "Sources: AP, AFP",
    "Photo: Jane Doe/Example Images",
    "Image credit NASA/JPL",
    "Photo credit: Ana Lima",
    "Reporting by Ana Lima; Editing by Tom Reed",
    "Journalist: Li Wei",
    "English Editor: Sam",
    "Copyright 2024 Example News Group",
    "© 2024 Example News. All rights reserved.",
    "All rights reserved.",
    "By Jane Doe",
    "BY JANE DOE AND LI WEI",
    "By Jane Doe, Example News",
    "By Jane Doe | Updated 3 May 2024",
    "Comment",
    "Comments (12)",
    "Share",
    "Share:",
    "Tweet",
    "Print",
    "Advertisement",
    "Subscribe",
    "Follow us",
    "Follow us on Twitter",
    "Share Tweet Email",
    "Loading...",
    "https://example.org/news/2024/otters",
    "www.example.org",
    "editor@example.org",
    "Related News:",
    "Related articles",
    "Read more",
    "See also",
    "Read more: Otters return to the Calder",
    "Tags: otters, rivers, wildlife",
]
KEPT = [
    '"Share," he said, "is what neighbours do."',
    "“Comment?” she asked. “Not today.”",
    '"By Friday," the mayor said.',
    "By 2030, the city wants every bus to be electric.",
    "By the end of the year the bridge will be finished.",
    "Sources close to the council said the plan would pass.",
    "The photo was taken in 1962 by a local teacher.",
    "The source of the river lies in the hills above the town.",
    "Comment is free, but facts are sacred, the editor once wrote.",
    "Print runs fell by half in ten years.",
    "Loading the boats took most of the morning.",
    "Read more books, the librarian told the class.",
    "Innovative training methods accelerate multi-domain applications",
]


@pytest.mark.parametrize("line", DROPPED)
def test_boilerplate_lines_are_dropped(line: str) -> None:
    assert is_boilerplate_line(line)


@pytest.mark.parametrize("line", KEPT)
def test_real_lines_are_kept(line: str) -> None:
    assert not is_boilerplate_line(line)


def _p(text: str) -> RawBlock:
    return RawBlock("paragraph", text)


def _h(text: str) -> RawBlock:
    return RawBlock("heading", text)


LONG = (
    "The council voted on Tuesday to keep the ferry running through the winter months, "
    "after a long debate."
)


@pytest.mark.parametrize(
    ("blocks", "kept"),
    [
        pytest.param(
            [_p(LONG), _p("Related News:"), _h("Otters back in the valley"),
             _h("Ferry fares: What changes in May"), _h("Comment")],
            [_p(LONG)],
            id="related-list-at-end",
        ),
        pytest.param(
            [_p(LONG), _h("See also"), _p("A bridge too far"), _p("Winter on the lake"), _p(LONG)],
            [_p(LONG), _p(LONG)],
            id="related-list-before-a-real-paragraph",
        ),
        pytest.param(
            [_p(LONG), _h("Read more"), _p("It was a cold winter."), _p(LONG)],
            [_p(LONG), _p(LONG)],
            id="short-lines-after-header-count-as-links",
        ),
        pytest.param(
            [_p(LONG), _p("(Source: Example Wire; Journalist: A. Person)"),
             _h("Otters back in the valley"), _p("Ferry fares rise in May"), _h("Comment")],
            [_p(LONG)],
            id="credit-line-ends-the-article",
        ),
        pytest.param(
            [_p(LONG), _p("[Photo: Example Images]"), _p(LONG), _p("Tags: ferry, lake")],
            [_p(LONG), _p(LONG)],
            id="credit-mid-article-only-drops-itself",
        ),
        pytest.param(
            [_p(LONG), _p("We will be back.")],
            [_p(LONG), _p("We will be back.")],
            id="short-paragraph-kept-without-header",
        ),
    ],
)  # fmt: skip
def test_related_lists(blocks: list[RawBlock], kept: list[RawBlock]) -> None:
    assert drop_boilerplate(blocks) == kept


def test_boilerplate_inside_markdown_and_html_too() -> None:
    markdown = b"# Otters\n\n*By Jane Doe*\n\nThe otters are back in the river.\n\nShare\n"
    assert parse_article(markdown, "o.md").text == "Otters\n\nThe otters are back in the river."
    page = (
        b"<html><body><main><p>The otters are back in the river.</p><p>Source: Example Wire</p>"
        b"<p>Advertisement</p></main></body></html>"
    )
    assert parse_article(page, "o.html").text == "The otters are back in the river."
