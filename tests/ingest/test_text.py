"""Plain-text articles: paragraphs, headings, one-paragraph-per-line news, titles."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from quizgen.article import Article
from quizgen.ingest import parse_article, read_article

SEED = Path("/work/shared/seeds/000_fc64e174465a11f4.txt")

Check = Callable[[Article], None]


def _shape(article: Article) -> list[tuple[str, str]]:
    return [(block.kind, block.text) for block in article.blocks]


def test_news_fixture_one_paragraph_per_line(fixtures: Path, well_formed: Check) -> None:
    article = read_article(str(fixtures / "harbour_news.txt"))
    well_formed(article)
    kinds = [block.kind for block in article.blocks]
    assert kinds.count("paragraph") == 8
    headings = [block.text for block in article.blocks if block.kind == "heading"]
    assert headings == ["How the gates were tested", "Fishing crews return to the harbour"]
    # Each news line is its own block; the heading is never glued to the next sentence.
    assert article.blocks[4].text.startswith("Before the opening, the builders")
    assert article.blocks[-1].text.endswith("more than before the works began.")
    for gone in ("Source", "Journalist", "Related News", "Storm season", "Ferry", "Comment"):
        assert gone not in article.text
    assert article.title == "Harbour news"
    assert article.warnings == ()


@pytest.mark.skipif(not SEED.exists(), reason=f"seed article {SEED} is not on this machine")
def test_seed_article(well_formed: Check) -> None:
    article = read_article(str(SEED))
    well_formed(article)
    headings = [block.text for block in article.blocks if block.kind == "heading"]
    assert headings == [
        "Innovative training methods accelerate multi-domain applications",
        "Open source: Knowledge sharing and technological iteration",
    ]
    assert sum(block.kind == "paragraph" for block in article.blocks) == 13
    assert article.blocks[0].text.startswith("Completed by the DeepSeek team")
    assert article.blocks[-1].text.startswith("In the field of humanoid robots")
    for gone in ("(Source:", "Journalist", "Related News", "Jensen Huang", "iPhone", "Comment"):
        assert gone not in article.text
    # The file name is only an id, so the title comes from the first words.
    assert article.title.startswith("Completed by the DeepSeek team")


def test_hard_wrapped_essay(fixtures: Path, well_formed: Check) -> None:
    article = read_article(str(fixtures / "wrapped_essay.txt"))
    well_formed(article)
    assert article.title == "The Life of the Honeybee"
    assert [kind for kind, _ in _shape(article)] == [
        "heading",
        "paragraph",
        "heading",
        "paragraph",
        "paragraph",
        "heading",
        "paragraph",
    ]
    first = article.blocks[1].text
    assert first.startswith(
        "A honeybee colony can hold up to sixty thousand workers in the height of summer"
    )
    assert "of summer, yet" in first
    # A line the author ended early, after a full sentence, starts a new paragraph.
    assert article.blocks[4].text == "A short dance means the flowers are close to the hive."


def test_wrapped_line_before_a_capitalised_word_is_joined() -> None:
    text = (
        "The council met on Tuesday evening to discuss the future of the ferry\n"
        "Company, which has run boats across the lake since the year 1901 and\n"
        "Still employs forty people in the summer season on the old routes.\n"
        "Most of them live in the two villages on the northern shore today.\n"
    )
    article = parse_article(text.encode(), "ferry.txt")
    assert len(article.blocks) == 1
    assert article.blocks[0].kind == "paragraph"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Water boils at 100 degrees at sea level.\nIt freezes at zero degrees.",
            [("paragraph", "Water boils at 100 degrees at sea level."),
             ("paragraph", "It freezes at zero degrees.")],
            id="short-lines-each-a-paragraph",
        ),
        pytest.param(
            "A line broken in the middle of a\nsentence by accident is joined.",
            [("paragraph", "A line broken in the middle of a sentence by accident is joined.")],
            id="continuation-joined",
        ),
        pytest.param(
            "Key facts\n- The lake is 40 km long.\n- It is 300 m deep.\n* Trout live in it.",
            [("heading", "Key facts"), ("paragraph", "The lake is 40 km long."),
             ("paragraph", "It is 300 m deep."), ("paragraph", "Trout live in it.")],
            id="bullets",
        ),
        pytest.param(
            "Paris is the capital of France\n\nBerlin is the capital of Germany",
            [("paragraph", "Paris is the capital of France"),
             ("paragraph", "Berlin is the capital of Germany")],
            id="no-paragraphs-keeps-text",
        ),
        pytest.param(
            "First part of the story ends here.\n\n=====\n\nSecond part starts after a rule.",
            [("paragraph", "First part of the story ends here."),
             ("paragraph", "Second part starts after a rule.")],
            id="separator-dropped",
        ),
    ],
)  # fmt: skip
def test_text_shapes(text: str, expected: list[tuple[str, str]]) -> None:
    assert _shape(parse_article(text.encode(), "notes.txt")) == expected


@pytest.mark.parametrize(
    ("origin", "text", "title"),
    [
        ("stories/deepseek-r1_story.txt", "Some text long enough to matter.", "Deepseek r1 story"),
        ("A_Day.at.the.Lake.txt", "Some text long enough to matter.", "A Day at the Lake"),
        ("0042_9f3a11c2e4d5.txt", "The mill closed in 1962, after a century of work.",
         "The mill closed in 1962, after a century…"),
        ("x.txt", "Tidal energy\n\nThe barrier makes power when the tide turns.", "Tidal energy"),
    ],
)  # fmt: skip
def test_titles(origin: str, text: str, title: str) -> None:
    assert parse_article(text.encode(), origin).title == title


def test_first_line_dropped_as_boilerplate_is_not_the_title() -> None:
    text = "Share\nThe lake froze for the first time in thirty years this week."
    article = parse_article(text.encode(), "lake_news.txt")
    assert article.title == "Lake news"
    assert [block.text for block in article.blocks] == [
        "The lake froze for the first time in thirty years this week."
    ]


def test_a_megabyte_parses_quickly() -> None:
    import time

    line = "The otter count rose again this year, the volunteers said, and more cubs were seen. "
    data = "\n".join(line * 3 for _ in range(4200)).encode()
    assert len(data) > 1_000_000
    started = time.perf_counter()
    article = parse_article(data, "big.txt")
    elapsed = time.perf_counter() - started
    assert len(article.blocks) == 4200
    # Typically ~0.3 s; the bound only catches accidental quadratic behaviour.
    assert elapsed < 3


def test_cjk_sentences_are_paragraphs_and_short_lines_headings() -> None:
    text = (
        "深度求索发布新模型\n"
        "研究团队在论文中公开了训练成本，引起广泛关注。\n"
        "专家认为这为行业提供了新的范式。"
    )
    article = parse_article(text.encode(), "news.txt")
    assert [block.kind for block in article.blocks] == ["heading", "paragraph", "paragraph"]
    assert article.title == "深度求索发布新模型"
