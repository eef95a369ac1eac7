"""Tolerant matching of typed answers (cloze and short answer items).

A learner's typed answer is compared with the item's answer and its ``accepted``
alternatives after normalising case, accents, punctuation, spacing and a leading article.
Numbers compare by value ("294,000", "294000", "US$294,000" and "$294,000" are equal),
never by spelling. Small typos in words are forgiven but reported: the verdict is
``CLOSE`` so the learner is told to check the spelling.

Pure functions only; this module imports neither Textual nor the store.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import StrEnum

__all__ = [
    "Match",
    "Verdict",
    "check_answer",
    "edit_distance",
    "normalize",
    "parse_number",
    "typo_budget",
]


class Verdict(StrEnum):
    """How a typed answer compares with the expected one."""

    CORRECT = "correct"
    """Equal after normalisation (or the same number)."""
    CLOSE = "close"
    """A small typo away from an expected answer: accepted, but the spelling is off."""
    WRONG = "wrong"
    """Neither equal nor close."""


@dataclass(frozen=True)
class Match:
    """The verdict on one typed answer and the expected answer it was compared with."""

    verdict: Verdict
    expected: str
    """The expected answer (the item's answer or one of its accepted ones) matched best."""
    distance: int = 0
    """Edit distance between the normalised answers (0 unless the verdict is CLOSE)."""

    @property
    def accepted(self) -> bool:
        """Whether the answer counts as right (correct or close)."""
        return self.verdict is not Verdict.WRONG


_ARTICLES = ("the", "a", "an")
_CURRENCY = re.compile(r"^(?:us\$|usd|\$|€|eur|£|gbp|¥|a\$|c\$)\s*", re.IGNORECASE)
_CURRENCY_WORDS = re.compile(r"\s*(?:us dollars|dollars|dollar|usd|euros|euro|pounds)$")
_SCALES = {"thousand": 3, "million": 6, "billion": 9, "trillion": 12}
_NUMBER = re.compile(
    r"^(?P<num>[-+]?(?:\d{1,3}(?:[,\u202f\u00a0 ]\d{3})+|\d+)(?:\.\d+)?)"
    r"\s*(?P<scale>thousand|million|billion|trillion|k|m|bn)?\s*(?P<pct>%|percent|per cent)?$"
)
_SHORT_SCALES = {"k": 3, "m": 6, "bn": 9}


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def normalize(text: str) -> str:
    """Fold case, accents, punctuation, spacing and a leading article away.

    >>> normalize("  The Eagle!  ")
    'eagle'
    """
    folded = _strip_accents(text).casefold()
    # Apostrophes join ("Armstrong's" -> "armstrongs"); other punctuation separates words.
    folded = re.sub(r"['’`]", "", folded)
    folded = re.sub(r"[^\w\s]|_", " ", folded)
    words = folded.split()
    if len(words) > 1 and words[0] in _ARTICLES:
        words = words[1:]
    return " ".join(words)


def parse_number(text: str) -> tuple[Decimal, bool] | None:
    """Read a typed number ("US$294,000", "1.5 million", "12%") as (value, is_percent).

    Returns None when the text is not a number on its own.
    """
    s = _strip_accents(text).casefold().strip().rstrip(".")
    s = _CURRENCY.sub("", s)
    s = _CURRENCY_WORDS.sub("", s).strip()
    m = _NUMBER.match(s)
    if m is None:
        return None
    digits = re.sub(r"[,\u202f\u00a0 ]", "", m.group("num"))
    try:
        value = Decimal(digits)
    except InvalidOperation:  # pragma: no cover - the regex admits only valid numerals
        return None
    scale = m.group("scale")
    if scale:
        value = value.scaleb(_SCALES.get(scale, _SHORT_SCALES.get(scale, 0)))
    return value.normalize(), m.group("pct") is not None


def edit_distance(a: str, b: str, limit: int | None = None) -> int:
    """Levenshtein distance with adjacent transpositions counted as one edit.

    With ``limit``, returns ``limit + 1`` as soon as the distance must exceed it.
    """
    if a == b:
        return 0
    if limit is not None and abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, start=1):
            cost = 0 if ca == cb else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if limit is not None and min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


def typo_budget(expected: str) -> int:
    """How many edits a typo may make in a normalised answer of this length.

    None for answers of up to 3 characters, 1 up to 7, 2 up to 14, then 3.
    """
    n = len(expected.replace(" ", ""))
    if n <= 3:
        return 0
    if n <= 7:
        return 1
    if n <= 14:
        return 2
    return 3


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


def _compare(given: str, expected: str) -> Match:
    given_number = parse_number(given)
    expected_number = parse_number(expected)
    if given_number is not None and expected_number is not None:
        # "12" for "12%" is the same answer; the unit is in the question.
        same = given_number[0] == expected_number[0]
        return Match(Verdict.CORRECT if same else Verdict.WRONG, expected)
    g, e = normalize(given), normalize(expected)
    if not g:
        return Match(Verdict.WRONG, expected)
    if g == e or g.replace(" ", "") == e.replace(" ", ""):
        return Match(Verdict.CORRECT, expected)
    # A typo never changes a number: "295,000" is not a misspelling of "294,000".
    if _digits(g) != _digits(e):
        return Match(Verdict.WRONG, expected)
    budget = typo_budget(e)
    if budget == 0:
        return Match(Verdict.WRONG, expected)
    distance = edit_distance(g, e, limit=budget)
    if distance <= budget:
        return Match(Verdict.CLOSE, expected, distance)
    return Match(Verdict.WRONG, expected)


def check_answer(given: str, answer: str, accepted: Iterable[str] = ()) -> Match:
    """Compare a typed answer with the item's answer and its accepted alternatives.

    The best verdict wins (correct over close over wrong); among close matches, the
    one with the smallest edit distance.
    """
    best: Match | None = None
    rank = {Verdict.CORRECT: 0, Verdict.CLOSE: 1, Verdict.WRONG: 2}
    for expected in (answer, *accepted):
        match = _compare(given, expected)
        if match.verdict is Verdict.CORRECT:
            return match
        if best is None or (rank[match.verdict], match.distance) < (
            rank[best.verdict],
            best.distance,
        ):
            best = match
    assert best is not None
    if best.verdict is Verdict.WRONG:
        return Match(Verdict.WRONG, answer)
    return best
