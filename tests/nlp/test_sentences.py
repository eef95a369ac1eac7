"""Sentence splitting keeps abbreviations, decimals, money and quotations whole."""

from __future__ import annotations

import pytest

from quizgen.nlp.sentences import split_sentences


def _split(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The minister spoke on Sept. 18 about the plan. Nobody objected.",
            ["The minister spoke on Sept. 18 about the plan.", "Nobody objected."],
        ),
        (
            "The U.S. Army paid the bill. It was late.",
            ["The U.S. Army paid the bill.", "It was late."],
        ),
        (
            "Dr. Rivera met No. 5 at noon. Then she left.",
            ["Dr. Rivera met No. 5 at noon.", "Then she left."],
        ),
        (
            "The grant was approximately HK$2.286 million in total. It arrived in May.",
            ["The grant was approximately HK$2.286 million in total.", "It arrived in May."],
        ),
        (
            "Growth reached 3.5 percent last year. Prices fell.",
            ["Growth reached 3.5 percent last year.", "Prices fell."],
        ),
        (
            "“The plan works,” she said. “We will expand it.” The board agreed.",
            ["“The plan works,” she said.", "“We will expand it.”", "The board agreed."],
        ),
        (
            'He wrote "This is the end." Then he stopped.',
            ['He wrote "This is the end."', "Then he stopped."],
        ),
        (
            "President John F. Kennedy spoke in 1961. Congress listened.",
            ["President John F. Kennedy spoke in 1961.", "Congress listened."],
        ),
        ("Was it true? Yes! Everyone agreed.", ["Was it true?", "Yes!", "Everyone agreed."]),
    ],
)
def test_sentences_split_where_a_reader_would(text: str, expected: list[str]) -> None:
    assert _split(text) == expected


def test_offsets_point_into_the_paragraph() -> None:
    text = "  First one here.   Second one here.  "
    for start, end in split_sentences(text):
        assert text[start:end] == text[start:end].strip()
        assert text[start:end].endswith(".")
