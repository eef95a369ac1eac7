"""The reviewed decks in decks/ export to packages that import cleanly into real Anki."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from genanki import guid_for

from quizgen.export import export_apkg, export_csv
from quizgen.models import load_deck

DECK_FILES = sorted((Path(__file__).resolve().parents[2] / "decks").glob("*.json"))


@pytest.mark.parametrize("deck_file", DECK_FILES, ids=[p.stem for p in DECK_FILES])
def test_project_deck_imports_into_anki_with_one_card_per_item(
    deck_file: Path, tmp_path: Path, anki: Any
) -> None:
    deck = load_deck(deck_file)
    package = tmp_path / "deck.apkg"
    export_apkg(deck, package)

    log = anki.import_apkg(package)

    assert len(log.new) == len(deck.items)
    for kind in ("updated", "duplicate", "conflicting", "missing_notetype", "missing_deck"):
        assert list(getattr(log, kind)) == [], kind
    assert len(anki.card_ids()) == len(deck.items)
    for item in deck.items:
        note = anki.note_by_guid(guid_for("quizgen", item.id))
        (card,) = note.cards()
        assert card.ord == 0
        assert card.question().split("</style>")[-1].strip()
    again = anki.import_apkg(package)
    assert list(again.new) == []
    assert list(again.updated) == []


@pytest.mark.parametrize("deck_file", DECK_FILES, ids=[p.stem for p in DECK_FILES])
def test_project_deck_csv_imports_into_anki(deck_file: Path, tmp_path: Path, anki: Any) -> None:
    deck = load_deck(deck_file)
    path = tmp_path / "deck.txt"
    export_csv(deck, path)

    log = anki.import_csv(path)

    assert len(log.new) == len(deck.items)
    assert len(anki.note_ids()) == len(deck.items)
