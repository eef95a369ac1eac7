"""Tolerant typed-answer matching: what a learner types and what they are told."""

from __future__ import annotations

from decimal import Decimal

import pytest

from quizgen.answers import Verdict, check_answer, edit_distance, normalize, parse_number

C, N, W = Verdict.CORRECT, Verdict.CLOSE, Verdict.WRONG

CASES: list[tuple[str, str, tuple[str, ...], Verdict]] = [
    # exact and case
    ("Eagle", "Eagle", (), C),
    ("eagle", "Eagle", (), C),
    ("EAGLE", "Eagle", (), C),
    # punctuation and spacing
    ("  eagle. ", "Eagle", (), C),
    ("St Louis", "St. Louis", (), C),
    ("double-helix", "double helix", (), C),
    ("Armstrongs", "Armstrong's", (), C),
    # leading articles on either side
    ("the Eagle", "Eagle", (), C),
    ("eagle", "The Eagle", (), C),
    ("an apple", "apple", (), C),
    # accents
    ("Francois", "François", (), C),
    # typos: accepted as a near miss, scaled to length
    ("Armstorng", "Armstrong", (), N),
    ("Colins", "Collins", (), N),
    ("Tranquilty Base", "Tranquility Base", (), N),
    ("Tranqility Bse", "Tranquility Base", (), N),
    ("Tranqity Bse", "Tranquility Base", (), W),
    ("Armstrong", "Aldrin", (), W),
    ("Mon", "Moon", (), N),
    # answers of up to three characters get no typo allowance
    ("DMA", "DNA", (), W),
    ("cat", "car", (), W),
    ("DNA", "dna", (), C),
    # numbers compare by value, never by spelling
    ("294,000", "294,000", (), C),
    ("294000", "294,000", (), C),
    ("US$294,000", "294,000", (), C),
    ("$294,000", "US$294,000", (), C),
    ("294 000", "$294,000", (), C),
    ("295,000", "294,000", (), W),
    ("294,001", "294,000", (), W),
    ("1.5 million", "1,500,000", (), C),
    ("12%", "12 percent", (), C),
    ("12", "12%", (), C),
    ("1968", "1969", (), W),
    ("July 21, 1968", "July 21, 1969", (), W),
    ("Jully 21, 1969", "July 21, 1969", (), N),
    # accepted alternatives
    ("Buzz", "Edwin Aldrin", ("Buzz Aldrin", "Buzz"), C),
    ("buz aldrin", "Edwin Aldrin", ("Buzz Aldrin",), N),
    ("Neil", "Edwin Aldrin", ("Buzz Aldrin",), W),
    # empty input is wrong, not close
    ("", "Eagle", (), W),
    ("   ", "Eagle", (), W),
    ("?!", "Eagle", (), W),
]


@pytest.mark.parametrize(("given", "answer", "accepted", "verdict"), CASES)
def test_check_answer(given: str, answer: str, accepted: tuple[str, ...], verdict: Verdict) -> None:
    assert check_answer(given, answer, accepted).verdict is verdict


def test_near_miss_names_the_expected_alternative() -> None:
    match = check_answer("buz aldrin", "Edwin Aldrin", ["Buzz Aldrin"])
    assert match.verdict is Verdict.CLOSE
    assert match.expected == "Buzz Aldrin"
    assert match.accepted


def test_wrong_answer_reports_the_main_answer() -> None:
    match = check_answer("Neil", "Edwin Aldrin", ["Buzz Aldrin"])
    assert match.expected == "Edwin Aldrin"
    assert not match.accepted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Eagle has landed!", "eagle has landed"),
        ("  A  ", "a"),
        ("Crick’s model", "cricks model"),
        ("Ångström", "angstrom"),
    ],
)
def test_normalize(text: str, expected: str) -> None:
    assert normalize(text) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("294,000", Decimal("294000")),
        ("US$294,000", Decimal("294000")),
        ("$1.2 million", Decimal("1200000")),
        ("3.50", Decimal("3.5")),
        ("42%", Decimal("42")),
        ("1,000 dollars", Decimal("1000")),
        ("twelve", None),
        ("1969 and 1970", None),
    ],
)
def test_parse_number(text: str, value: Decimal | None) -> None:
    parsed = parse_number(text)
    assert (parsed[0] if parsed else None) == value


@pytest.mark.parametrize(
    ("a", "b", "d"),
    [("", "", 0), ("abc", "abc", 0), ("abc", "acb", 1), ("kitten", "sitting", 3), ("", "ab", 2)],
)
def test_edit_distance(a: str, b: str, d: int) -> None:
    assert edit_distance(a, b) == d
    assert edit_distance(a, b, limit=1) == min(d, 2)
