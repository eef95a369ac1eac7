"""decks/ holds one reviewed deck per article in examples/, built by one command:

    quizgen generate examples --out-dir decks --fresh

These tests fail when a deck is missing, stale (the generator or the article changed
since it was built) or breaks a rule. (Without --fresh, an unchanged article keeps its
deck as it is, hand edits included; --fresh builds the bundled decks from scratch.)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from quizgen.models import load_deck
from quizgen.pipeline import build_deck
from quizgen.validate import check_deck

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted(p for p in (ROOT / "examples").iterdir() if p.suffix in {".md", ".txt", ".html"})
REBUILD = "quizgen generate examples --out-dir decks --fresh"


def test_every_example_has_a_deck_and_every_deck_an_example() -> None:
    decks = {p.stem for p in (ROOT / "decks").glob("*.json")}
    examples = {p.stem for p in EXAMPLES}
    assert decks == examples, f"run `{REBUILD}` (and remove decks of deleted examples)"


@pytest.mark.parametrize("article", EXAMPLES, ids=lambda p: p.stem)
def test_deck_is_up_to_date(article: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # sources record the path as given: examples/NAME
    deck_path = ROOT / "decks" / f"{article.stem}.json"
    committed = deck_path.read_text(encoding="utf-8")
    rebuilt = build_deck([str(article.relative_to(ROOT))], seed=0)
    assert rebuilt.deck.to_json() == committed, f"{deck_path.name} is stale: run `{REBUILD}`"


@pytest.mark.parametrize("article", EXAMPLES, ids=lambda p: p.stem)
def test_deck_keeps_every_rule(article: Path) -> None:
    deck = load_deck(ROOT / "decks" / f"{article.stem}.json")
    assert check_deck(deck) == []
    assert len(deck.items) >= 15
    assert {i.type for i in deck.items} == {
        "cloze",
        "multiple_choice",
        "true_false",
        "short_answer",
    }
