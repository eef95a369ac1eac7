"""The tab-separated export, read back by the real Anki backend's text importer."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from genanki import guid_for

from quizgen.export import export_csv
from quizgen.export.csv_export import COLUMNS
from quizgen.models import DEFAULT_MODIFIED, Deck

HEADER = [
    "#separator:tab",
    "#html:false",
    "#notetype:Basic",
    "#tags column:3",
    "#deck column:4",
    "#guid column:5",
    "#columns:Front\tBack\tTags\tDeck\tGUID",
]


def exported(deck: Deck, path: Path) -> Path:
    export_csv(deck, path)
    return path


def test_file_has_anki_headers_and_one_tab_separated_row_per_item(
    tmp_path: Path, make_deck: Callable[[], Deck]
) -> None:
    deck = make_deck()
    lines = exported(deck, tmp_path / "deck.txt").read_text("utf-8").splitlines()

    assert lines[: len(HEADER)] == HEADER
    rows = [line.split("\t") for line in lines[len(HEADER) :]]
    assert len(rows) == len(deck.items)
    assert all(len(row) == len(COLUMNS) for row in rows)
    ocean_mc = rows[1]
    assert ocean_mc[0] == (
        "Which current carries warm water to Europe? (A) Humboldt Current (B) Gulf Stream "
        "(C) Kuroshio Current (D) Agulhas Current"
    )
    assert ocean_mc[1].startswith("(B) Gulf Stream — ")
    assert ocean_mc[2] == (
        "quizgen quizgen::type::multiple_choice quizgen::source::ocean-currents "
        "quizgen::difficulty::medium"
    )
    assert ocean_mc[3] == "Earth Science::Ocean Currents"


def test_quotes_and_a_leading_hash_are_quoted_so_anki_reads_them_as_text(
    tmp_path: Path, make_single_source_deck: Callable[[], Deck], anki: Any
) -> None:
    deck = make_single_source_deck()
    first = deck.items[-1].model_copy(update={"prompt": '#1 "quoted" question?'})
    deck = deck.model_copy(update={"items": [*deck.items[:-1], first]})
    path = exported(deck, tmp_path / "deck.txt")
    assert '"#1 ""quoted"" question?"\t' in path.read_text("utf-8")

    anki.import_csv(path)

    assert anki.note_by_guid(guid_for("quizgen-csv", first.id))["Front"] == (
        "#1 &quot;quoted&quot; question?"
    )
    assert len(anki.note_ids()) == len(deck.items)


def test_anki_imports_every_row_as_a_basic_note_with_tags_and_deck(
    tmp_path: Path, make_deck: Callable[[], Deck], anki: Any, hostile: Any
) -> None:
    deck = make_deck()
    path = exported(deck, tmp_path / "deck.txt")

    metadata = anki.col.get_csv_metadata(str(path), None)
    assert not metadata.is_html
    assert (metadata.tags_column, metadata.deck_column, metadata.guid_column) == (3, 4, 5)
    log = anki.import_csv(path)

    assert len(log.new) == len(deck.items)
    for kind in ("updated", "duplicate", "conflicting", "first_field_match", "missing_deck"):
        assert list(getattr(log, kind)) == [], kind
    assert len(anki.note_ids('"note:Basic"')) == len(deck.items)
    for item in deck.items:
        note = anki.note_by_guid(guid_for("quizgen-csv", item.id))
        assert "quizgen" in note.tags
        assert f"quizgen::type::{item.type}" in note.tags
    hostile_item = next(i for i in deck.items if i.id == deck.items[6].id)
    note = anki.note_by_guid(guid_for("quizgen-csv", hostile_item.id))
    # Plain text: Anki escapes the markup itself, so it shows literally.
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in note["Front"]
    assert "&amp;amp;" in note["Front"]
    assert "<b>" not in note["Back"]
    (card,) = note.cards()
    assert anki.col.decks.name(card.did) == (
        "Earth Science::<script>alert(1)</script> <b>bold</b> &amp; {{c1:x}}"
    )
    assert "<script>" not in card.question().split("</style>")[-1]
    assert hostile.long_word in note["Back"]


def test_reimporting_a_newer_file_updates_notes_in_place(
    tmp_path: Path, make_deck: Callable[[], Deck], anki: Any
) -> None:
    deck = make_deck()
    anki.import_csv(exported(deck, tmp_path / "first.txt"))
    target = deck.items[0]
    note_id = anki.note_by_guid(guid_for("quizgen-csv", target.id)).id
    changed = target.model_copy(
        update={"explanation": "Corrected.", "modified": DEFAULT_MODIFIED + 1}
    )
    second = deck.model_copy(update={"items": [changed, *deck.items[1:]]})

    log = anki.import_csv(exported(second, tmp_path / "second.txt"))

    assert list(log.new) == []
    assert len(anki.note_ids()) == len(deck.items)
    note = anki.note_by_guid(guid_for("quizgen-csv", target.id))
    assert note.id == note_id
    assert note["Back"] == "Gulf of Mexico — Corrected."
