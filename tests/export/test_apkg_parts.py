"""The pieces of the .apkg export: escaping, fields, decks, ids, files and errors."""

from __future__ import annotations

import io
import re
import sqlite3
import subprocess
import sys
import zipfile
from collections.abc import Callable
from importlib import resources
from pathlib import Path

import pytest

from quizgen.errors import ExportError
from quizgen.export import export_apkg, export_csv, export_deck
from quizgen.export.anki import (
    MODEL_FIELDS,
    MODEL_IDS,
    MODEL_NAMES,
    TEMPLATES_MODIFIED,
    apkg_bytes,
    escape_field,
    note_fields,
)
from quizgen.export.layout import deck_id, deck_names, slug
from quizgen.models import GAP, ClozeItem, Deck, Provenance, Source


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("plain words", "plain words"),
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("<b>bold</b>", "&lt;b&gt;bold&lt;/b&gt;"),
        ("&amp;", "&amp;amp;"),
        ("{{c1::x}}", "&#123;&#123;c1::x&#125;&#125;"),
        ("[sound:x.mp3]", "&#91;sound:x.mp3&#93;"),
        ("say \"hi\" & 'bye'", "say &quot;hi&quot; &amp; &#x27;bye&#x27;"),
        ("two\nlines", "two<br>lines"),
        ("ירושלים", "ירושלים"),
    ],
)
def test_fields_are_escaped_so_anki_shows_the_text_literally(text: str, field: str) -> None:
    assert escape_field(text) == field


def _cloze(prompt: str, answer: str) -> ClozeItem:
    sentence = prompt.replace(GAP, answer)
    return ClozeItem(
        id="0123456789abcdef",
        prompt=prompt,
        answer=answer,
        source=Provenance(source_id="s", sentence=sentence, start=0, end=len(sentence)),
        explanation=sentence,
    )


@pytest.mark.parametrize(
    ("prompt", "answer", "text"),
    [
        (f"Paris is in {GAP}.", "France", "Paris is in {{c1::France}}."),
        (f"{GAP} wrote it.", "A::B", "{{c1::A&#58;&#58;B}} wrote it."),
        (
            f"Set {{{{c1::x}}}} to {GAP}.",
            "}}",
            "Set &#123;&#123;c1::x&#125;&#125; to {{c1::&#125;&#125;}}.",
        ),
    ],
)
def test_a_cloze_has_exactly_one_anki_gap_around_its_answer(
    prompt: str, answer: str, text: str
) -> None:
    fields = note_fields(_cloze(prompt, answer), "Title")
    assert fields[0] == text
    assert len(re.findall(r"\{\{c\d+::", fields[0])) == 1
    # The explanation repeats the sentence the back already shows: not shown twice.
    assert fields[2] == ""


def test_every_item_type_fills_every_field_of_its_note_type(
    make_deck: Callable[[], Deck],
) -> None:
    for item in make_deck().items:
        fields = note_fields(item, "Title")
        assert len(fields) == len(MODEL_FIELDS[item.type])
        assert fields[0], item.id


def test_note_types_have_fixed_distinct_ids_and_quizgen_names() -> None:
    assert MODEL_IDS == {
        "cloze": 1935198352,
        "short_answer": 1920332728,
        "multiple_choice": 1744136323,
        "true_false": 1840711973,
    }
    assert all(name.startswith("quizgen ") for name in MODEL_NAMES.values())
    assert len(set(MODEL_NAMES.values())) == 4


def test_deck_ids_come_from_the_name() -> None:
    assert deck_id("Earth Science") == deck_id("Earth Science")
    assert deck_id("Earth Science") != deck_id("Earth Science::Ocean Currents")
    assert (1 << 30) <= deck_id("x") < (1 << 31)


def _source(source_id: str, title: str) -> Source:
    return Source(id=source_id, title=title, origin="-", sha256="0" * 64)


def test_subdeck_names_are_safe_and_distinct() -> None:
    deck = Deck(
        title="  Unit   1 ",
        sources=[_source("a", "Cells::Part 1"), _source("b", "Same"), _source("c", "Same")],
    )
    assert deck_names(deck) == {
        "a": "Unit 1::Cells:Part 1",
        "b": "Unit 1::Same (b)",
        "c": "Unit 1::Same (c)",
    }
    assert deck_names(Deck(title="Solo", sources=[_source("a", "Cells")])) == {"a": "Solo"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ocean-currents", "ocean-currents"),
        ("Hello, World!", "hello-world"),
        ("مصر", "مصر"),
        ("??", "untitled"),
    ],
)
def test_source_tags_are_slugs(text: str, expected: str) -> None:
    assert slug(text) == expected


def test_package_stamps_each_note_with_its_items_time(make_deck: Callable[[], Deck]) -> None:
    deck = make_deck()
    archive = zipfile.ZipFile(io.BytesIO(apkg_bytes(deck)))
    assert archive.namelist() == ["collection.anki2", "media"]
    newest = max(item.modified for item in deck.items)
    assert {info.date_time for info in archive.infolist()} == {(2026, 1, 1, 0, 1, 0)}
    assert newest > TEMPLATES_MODIFIED
    db = sqlite3.connect(":memory:")
    db.deserialize(archive.read("collection.anki2"))
    times = dict(db.execute("select guid, mod from notes"))
    from genanki import guid_for

    assert times == {guid_for("quizgen", item.id): item.modified for item in deck.items}
    dues = [due for (due,) in db.execute("select due from cards order by nid")]
    assert dues == list(range(1, len(deck.items) + 1))


@pytest.mark.parametrize("export", [export_apkg, export_csv])
def test_an_empty_deck_is_refused_and_the_old_file_kept(
    tmp_path: Path, export: Callable[[Deck, Path], None]
) -> None:
    out = tmp_path / "out"
    out.write_text("previous export")
    with pytest.raises(ExportError, match="has no items to export"):
        export(Deck(title="Empty"), out)
    assert out.read_text() == "previous export"


@pytest.mark.parametrize("fmt", ["apkg", "csv"])
def test_bad_output_paths_give_one_clear_line(
    tmp_path: Path, make_deck: Callable[[], Deck], fmt: str
) -> None:
    deck = make_deck()
    with pytest.raises(ExportError, match="does not exist") as missing:
        export_deck(deck, fmt, tmp_path / "no-such-folder" / "deck.out")  # type: ignore[arg-type]
    with pytest.raises(ExportError, match="is a directory") as directory:
        export_deck(deck, fmt, tmp_path)  # type: ignore[arg-type]
    for error in (missing, directory):
        assert "\n" not in str(error.value)
    assert list(tmp_path.iterdir()) == []


def test_an_unknown_format_is_refused(tmp_path: Path, make_deck: Callable[[], Deck]) -> None:
    with pytest.raises(ExportError, match="unknown export format 'pdf'"):
        export_deck(make_deck(), "pdf", tmp_path / "x")  # type: ignore[arg-type]


def test_export_deck_writes_the_requested_format(
    tmp_path: Path, make_deck: Callable[[], Deck]
) -> None:
    export_deck(make_deck(), "apkg", tmp_path / "d.apkg")
    export_deck(make_deck(), "csv", tmp_path / "d.txt")
    assert zipfile.is_zipfile(tmp_path / "d.apkg")
    assert (tmp_path / "d.txt").read_text("utf-8").startswith("#separator:tab\n")


def test_importing_quizgen_export_does_not_import_genanki() -> None:
    code = "import sys, quizgen.export, quizgen.export.cli; print('genanki' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def _template_files() -> dict[str, str]:
    folder = resources.files("quizgen.export").joinpath("templates")
    return {entry.name: entry.read_text("utf-8") for entry in folder.iterdir()}


def test_templates_are_files_using_only_their_note_types_fields() -> None:
    files = _template_files()
    stems = {"cloze": "cloze", "short_answer": "basic"}
    for item_type, fields in MODEL_FIELDS.items():
        stem = stems.get(item_type, item_type)
        for side in ("front", "back"):
            template = files[f"{stem}_{side}.html"]
            used = set(re.findall(r"\{\{[#/^]?(?:cloze:)?(\w+)\}\}", template))
            assert used <= {*fields, "FrontSide"}, (stem, side, used - set(fields))
            assert "<script" not in template.lower()


def test_css_is_night_mode_aware_and_fits_a_phone() -> None:
    css = _template_files()["quizgen.css"]
    assert ".card.nightMode" in css
    assert ".night_mode .card" in css
    assert "@media (max-width:" in css
    assert "overflow-wrap: anywhere" in css
    assert re.search(r"\.card \{[^}]*font-size: 2\dpx", css)


def test_the_back_does_not_repeat_an_explanation_it_already_shows(
    make_deck: Callable[[], Deck],
) -> None:
    deck = make_deck()
    true_item = next(i for i in deck.items if i.type == "true_false" and i.answer == "True")
    same = true_item.model_copy(update={"explanation": f"  {true_item.prompt} "})
    assert note_fields(same, "Title")[-1] == ""
    assert note_fields(true_item, "Title")[-1] == escape_field(true_item.explanation)
