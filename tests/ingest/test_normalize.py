"""Whitespace and invisible characters are normalised; typography is kept."""

from __future__ import annotations

import pytest

from quizgen.ingest import parse_article
from quizgen.ingest.normalize import clean_inline, normalize_document


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("Cafe\u0301 opens.", "Café opens.", id="nfc"),
        pytest.param("Ten\u00a0km\u202fnorth\u2009today.", "Ten km north today.", id="odd-spaces"),
        pytest.param(
            "Zero\u200bwidth\u200d and\ufeff soft\u00adhyphen.",
            "Zerowidth and softhyphen.",
            id="zero-width",
        ),
        pytest.param("Bell\x07 and\x1b escape\x7f.", "Bell and escape.", id="controls"),
        pytest.param("Runs   of \t spaces.", "Runs of spaces.", id="space-runs"),
        pytest.param(
            "“Curly” ‘quotes’ – and — dashes…",
            "“Curly” ‘quotes’ – and — dashes…",
            id="typography-kept",
        ),
    ],
)
def test_clean_inline(raw: str, expected: str) -> None:
    assert clean_inline(raw) == expected


@pytest.mark.parametrize(
    "newline", ["\r\n", "\r", "\u2028", "\x85"], ids=["crlf", "cr", "line-sep", "nel"]
)
def test_newlines_become_lf(newline: str) -> None:
    assert normalize_document(f"one{newline}two") == "one\ntwo"


def test_crlf_paragraphs_are_split_like_lf_paragraphs() -> None:
    text = "First paragraph is here.\r\n\r\nSecond paragraph is here.\r\n"
    article = parse_article(text.encode(), "crlf.txt")
    assert [block.text for block in article.blocks] == [
        "First paragraph is here.",
        "Second paragraph is here.",
    ]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            "As of January 2016[update], the largest known prime has 22,338,618 digits.",
            "As of January 2016, the largest known prime has 22,338,618 digits.",
        ),
        (
            "The city grew fast.[12][a] Its port[citation needed] is the busiest.",
            "The city grew fast. Its port is the busiest.",
        ),
        # brackets that are the article's own text stay
        (
            "The array a [1] and the set [x, y] stay as written.",
            "The array a [1] and the set [x, y] stay as written.",
        ),
        (
            "[t]he worker[s] said x[1] and Z[i] were right.",
            "[t]he worker[s] said x[1] and Z[i] were right.",
        ),
    ],
)
def test_encyclopedia_reference_marks_are_dropped(raw: str, expected: str) -> None:
    article = parse_article(raw.encode(), "pasted.txt")
    assert article.blocks[0].text == expected
