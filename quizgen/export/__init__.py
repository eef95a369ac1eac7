"""Exporters: Anki packages (.apkg) and tab-separated text for Anki and Quizlet.

Importing this package is cheap: genanki is imported only when an export runs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from quizgen.errors import ExportError
from quizgen.models import Deck

__all__ = ["EXPORT_FORMATS", "ExportFormat", "export_apkg", "export_csv", "export_deck"]

ExportFormat = Literal["apkg", "csv"]
EXPORT_FORMATS: tuple[ExportFormat, ...] = ("apkg", "csv")
"""The formats ``export_deck`` writes."""


def export_apkg(deck: Deck, out: Path) -> None:
    """Write ``deck`` as an Anki package (.apkg) to ``out``.

    Four note types ("quizgen Cloze", "quizgen Basic", "quizgen Multiple Choice",
    "quizgen True/False"), one card per item, stable GUIDs and note times so a newer
    export updates notes in place. The same deck always gives a byte-identical file.
    Raises ``ExportError`` for an empty deck or an unwritable path.
    """
    from quizgen.export.anki import export_apkg as _export_apkg

    _export_apkg(deck, out)


def export_csv(deck: Deck, out: Path) -> None:
    """Write ``deck`` as tab-separated text for Anki's Import File and Quizlet.

    Columns: Front, Back, Tags, Deck, GUID, after Anki's ``#`` header lines; see
    ``quizgen.export.csv_export`` for the layout. Raises ``ExportError`` for an empty deck
    or an unwritable path.
    """
    from quizgen.export.csv_export import export_csv as _export_csv

    _export_csv(deck, out)


def export_deck(deck: Deck, fmt: ExportFormat, out: Path) -> None:
    """Write ``deck`` to ``out`` in format ``fmt`` (``"apkg"`` or ``"csv"``), atomically."""
    if fmt == "apkg":
        export_apkg(deck, out)
    elif fmt == "csv":
        export_csv(deck, out)
    else:
        raise ExportError(
            f"unknown export format {fmt!r} (choose from {', '.join(EXPORT_FORMATS)})"
        )
