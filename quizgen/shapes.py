"""The written shapes of values, shared by span typing, distractors and validation.

One place for what a money amount, a year, a month or a product name looks like, so the
stage that finds a span and the stage that checks a distractor never disagree.
(Plain regular expressions: importing this module costs nothing.)
"""

from __future__ import annotations

import re

MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.)"
)
"""A month name, full or abbreviated with a period."""
YEAR = r"(?:1\d{3}|2[01]\d{2})"
"""A year from 1000 to 2199."""
CURRENCY = r"(?:[A-Z]{1,3})?[$€£¥₹]"
"""A currency sign with an optional country prefix ("US$", "HK$", "€")."""
CURRENCY_WORD_LIST = (
    "dollars", "euros", "pounds", "yuan", "yen", "rupees", "francs", "marks", "rubles",
)  # fmt: skip
CURRENCY_WORDS = r"(?:" + "|".join(CURRENCY_WORD_LIST) + r")(?:\s+sterling)?"
"""A currency named in words ("4 million pounds")."""

CURRENCY_RE = re.compile(rf"^{CURRENCY}")
MONEY_RE = re.compile(rf"^(?:{CURRENCY}\s?\d|\d[\d,.]*(?:\s\w+)?\s{CURRENCY_WORDS}\b)")
YEAR_RE = re.compile(rf"\b({YEAR})\b")
MONTH_RE = re.compile(rf"\b{MONTH}")
PRODUCT_RE = re.compile(r"[A-Za-z]-?\s?\d|^\d+[A-Za-z]")
"""A name with a number in it ("DeepSeek-R1", "GPT-4", "Photo 51", "3M")."""


def currency_of(text: str) -> str:
    """The currency of a money amount: its sign ("US$" of "US$294,000") or its word."""
    m = CURRENCY_RE.match(text)
    if m:
        return m.group()
    low = text.lower()
    return next((w for w in CURRENCY_WORD_LIST if w in low), "")


def year_of(text: str) -> int | None:
    """The year a year or date names ("25 April 1953" -> 1953; "1960s" -> 1960)."""
    m = _YEAR_OR_DECADE_RE.search(text)
    return int(m.group(1)) if m else None


_YEAR_OR_DECADE_RE = re.compile(rf"\b({YEAR})(?:s|'s|’s)?\b")
