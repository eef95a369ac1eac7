"""Anki packages (.apkg) built with genanki: four quizgen note types, stable identity.

Identity and updates:

- Note types have fixed ids (``MODEL_IDS``), so every export reuses the same note types.
- A deck's id is a hash of its name (``layout.deck_id``), never random.
- A note's GUID is ``genanki.guid_for("quizgen", item.id)``; the item id is itself a hash of
  (source id, fact, item type), so a corrected explanation keeps its GUID and Anki updates
  the note in place instead of adding a duplicate.
- A note's modification time is ``item.modified``. Anki's importer replaces a note it
  already holds only when the incoming one is newer, so an item changed since the last
  import (newer ``modified``) updates, an unchanged one is left alone.

Reproducibility: the same deck always gives the same bytes. genanki stamps notes, cards
and note types with one export time and ``Package.write_to_file`` zips a temporary file
with the current clock, so this module (a) writes each note through a small ``genanki.Note``
subclass that hands genanki the item's ``modified`` as that note's time, (b) gives
``Package.write_to_db`` a fixed timestamp, the newest of the items' ``modified`` and
``TEMPLATES_MODIFIED`` (it also seeds note and card ids and dates the note types), and
(c) builds the collection in an in-memory SQLite database and zips it itself with fixed
entry dates. Nothing inside genanki is patched. (The bytes can differ between machines
with different SQLite or zlib versions: SQLite records its version in the file header.)
"""

from __future__ import annotations

import io
import itertools
import sqlite3
import time
import zipfile
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from quizgen.errors import ExportError
from quizgen.export.layout import deck_id, deck_names, item_tags
from quizgen.export.output import write_output
from quizgen.models import (
    GAP,
    ClozeItem,
    Deck,
    MultipleChoiceItem,
    ShortAnswerItem,
    TrueFalseItem,
)

TEMPLATES_MODIFIED = 1767225600
"""Unix time of the last change to the card templates or CSS (2026-01-01T00:00:00Z).

Bump it whenever a template, the CSS or a note type's fields change: note types are dated
with the newest of this and the items' ``modified``, and Anki only replaces a note type
it already holds with a newer one."""

MODEL_IDS: dict[str, int] = {
    "cloze": 1935198352,
    "short_answer": 1920332728,
    "multiple_choice": 1744136323,
    "true_false": 1840711973,
}
"""Fixed Anki note type ids (from a hash of each note type's name; never change them)."""

MODEL_NAMES: dict[str, str] = {
    "cloze": "quizgen Cloze",
    "short_answer": "quizgen Basic",
    "multiple_choice": "quizgen Multiple Choice",
    "true_false": "quizgen True/False",
}
"""Note type name for each item type."""

MODEL_FIELDS: dict[str, tuple[str, ...]] = {
    "cloze": ("Text", "Source", "Explanation"),
    "short_answer": ("Question", "Answer", "Accepted", "Source", "Explanation"),
    "multiple_choice": (
        "Question",
        "OptionA",
        "OptionB",
        "OptionC",
        "OptionD",
        "OptionE",
        "CorrectLetter",
        "Answer",
        "Source",
        "Explanation",
    ),
    "true_false": ("Statement", "Answer", "Correction", "Source", "Explanation"),
}
"""Fields of each note type. The first field is the prompt: Anki sorts and shows it in the
browser and checks it for duplicates."""

_TEMPLATE_FILES: dict[str, str] = {
    "cloze": "cloze",
    "short_answer": "basic",
    "multiple_choice": "multiple_choice",
    "true_false": "true_false",
}
_LETTERS = "ABCDE"
_ENTITIES = (
    ("&", "&amp;"),  # first, so the entities below are not escaped again
    ("<", "&lt;"),
    (">", "&gt;"),
    ('"', "&quot;"),
    ("'", "&#x27;"),
    ("{", "&#123;"),
    ("}", "&#125;"),
    ("[", "&#91;"),
    ("]", "&#93;"),
    ("\r\n", "<br>"),
    ("\n", "<br>"),
)
_ZIP_MODE = 0o644 << 16


def escape_field(text: str) -> str:
    """HTML-escape text for an Anki field and neutralise Anki's own markup.

    Besides ``< > & " '``, braces become ``&#123;``/``&#125;`` so ``{{c1::x}}`` in an article
    shows literally instead of making a cloze, and square brackets become ``&#91;``/``&#93;``
    so ``[sound:x.mp3]`` or ``[latex]`` in an article is not played or typeset. Line breaks
    become ``<br>``.
    """
    # Chained str.replace is several times faster than html.escape + str.translate, and
    # exports of 10,000 items escape some 50,000 fields.
    for char, entity in _ENTITIES:
        if char in text:
            text = text.replace(char, entity)
    return text


def _cloze_text(item: ClozeItem) -> str:
    before, after = item.prompt.split(GAP, 1)
    # A colon pair inside the gap would start a cloze hint ("{{c1::answer::hint}}").
    answer = escape_field(item.answer).replace(":", "&#58;")
    return f"{escape_field(before)}{{{{c1::{answer}}}}}{escape_field(after)}"


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def _explanation(explanation: str, *already_shown: str) -> str:
    """The explanation, unless the back of the card already shows that very sentence."""
    if not explanation.strip() or _norm(explanation) in {_norm(s) for s in already_shown}:
        return ""
    return escape_field(explanation)


def note_fields(
    item: ClozeItem | MultipleChoiceItem | TrueFalseItem | ShortAnswerItem, source_title: str
) -> list[str]:
    """The escaped field values of the note for ``item``, in ``MODEL_FIELDS`` order."""
    source = escape_field(source_title)
    if isinstance(item, ClozeItem):
        filled = item.prompt.replace(GAP, item.answer)
        return [_cloze_text(item), source, _explanation(item.explanation, filled)]
    if isinstance(item, MultipleChoiceItem):
        options = [escape_field(o) for o in item.options]
        options += [""] * (len(_LETTERS) - len(options))
        letter = _LETTERS[item.options.index(item.answer)]
        return [
            escape_field(item.prompt),
            *options,
            letter,
            escape_field(item.answer),
            source,
            _explanation(item.explanation, item.prompt),
        ]
    if isinstance(item, TrueFalseItem):
        correction = item.correction or ""
        return [
            escape_field(item.prompt),
            item.answer,
            escape_field(correction),
            source,
            _explanation(item.explanation, item.prompt, correction),
        ]
    return [
        escape_field(item.prompt),
        escape_field(item.answer),
        escape_field(", ".join(item.accepted)),
        source,
        _explanation(item.explanation, item.prompt),
    ]


def _template(name: str) -> str:
    return resources.files("quizgen.export").joinpath("templates", name).read_text("utf-8")


@dataclass(frozen=True)
class _Models:
    by_type: dict[str, Any]
    note_class: Any


@cache
def _models() -> _Models:
    """The genanki note types and the note class (built once; imports genanki)."""
    import genanki

    css = _template("quizgen.css")
    by_type: dict[str, Any] = {}
    for item_type, model_id in MODEL_IDS.items():
        stem = _TEMPLATE_FILES[item_type]
        by_type[item_type] = genanki.Model(
            model_id,
            MODEL_NAMES[item_type],
            fields=[{"name": name} for name in MODEL_FIELDS[item_type]],
            templates=[
                {
                    "name": "Cloze" if item_type == "cloze" else "Card 1",
                    "qfmt": _template(f"{stem}_front.html"),
                    "afmt": _template(f"{stem}_back.html"),
                }
            ],
            css=css,
            model_type=genanki.Model.CLOZE if item_type == "cloze" else genanki.Model.FRONT_BACK,
            sort_field_index=0,
        )

    class ItemNote(genanki.Note):  # type: ignore[misc]
        """A note that carries its item's modification time into the package."""

        def __init__(self, *, modified: int, **kwargs: Any) -> None:
            super().__init__(**kwargs)
            self.modified = modified

        def write_to_db(self, cursor: Any, timestamp: float, deck_id: int, id_gen: Any) -> None:
            # genanki stamps the note (and its cards) with the timestamp it is given; give it
            # the time the item last changed, which is what Anki's importer compares.
            del timestamp
            super().write_to_db(cursor, self.modified, deck_id, id_gen)

    return _Models(by_type=by_type, note_class=ItemNote)


def package_timestamp(deck: Deck) -> int:
    """The fixed time written into a deck's package: its newest item change (or template change)."""
    return max([TEMPLATES_MODIFIED, *(item.modified for item in deck.items)])


def apkg_bytes(deck: Deck) -> bytes:
    """The .apkg file for ``deck``, as bytes; the same deck always gives the same bytes."""
    import genanki

    if not deck.items:
        raise ExportError(f"deck {deck.title!r} has no items to export")
    models = _models()
    names = deck_names(deck)
    titles = {source.id: source.title for source in deck.sources}
    anki_decks: dict[str, Any] = {}
    for position, item in enumerate(deck.items, start=1):
        name = names[item.source.source_id]
        anki_deck = anki_decks.get(name)
        if anki_deck is None:
            anki_deck = genanki.Deck(deck_id(name), name, description=_description(deck))
            anki_decks[name] = anki_deck
        anki_deck.add_note(
            models.note_class(
                model=models.by_type[item.type],
                fields=note_fields(item, titles[item.source.source_id]),
                tags=item_tags(item.type, item.source.source_id, item.difficulty_band),
                guid=genanki.guid_for("quizgen", item.id),
                # New cards are studied in the deck's order.
                due=position,
                modified=item.modified,
            )
        )

    timestamp = package_timestamp(deck)
    connection = sqlite3.connect(":memory:")
    try:
        cursor = connection.cursor()
        package = genanki.Package(list(anki_decks.values()))
        package.write_to_db(cursor, timestamp, itertools.count(timestamp * 1000))
        connection.commit()
        collection = connection.serialize()
    finally:
        connection.close()
    return _zip(collection, timestamp)


def _description(deck: Deck) -> str:
    titles = ", ".join(source.title for source in deck.sources)
    return escape_field(f"Quiz cards made by quizgen from: {titles}" if titles else deck.title)


def _zip(collection: bytes, timestamp: int) -> bytes:
    date_time = time.gmtime(timestamp)[:6]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in (("collection.anki2", collection), ("media", b"{}")):
            info = zipfile.ZipInfo(name, date_time=date_time)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = _ZIP_MODE
            archive.writestr(info, data)
    return buffer.getvalue()


def export_apkg(deck: Deck, out: Path) -> None:
    """Write ``deck`` as an Anki package to ``out`` (atomically; byte-reproducible)."""
    write_output(out, apkg_bytes(deck))
