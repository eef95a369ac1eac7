"""The ``quizgen export`` command: arguments and the function that runs it."""

from __future__ import annotations

import argparse
from pathlib import Path

from quizgen.export import EXPORT_FORMATS, export_deck
from quizgen.models import load_deck


def add_export_arguments(parser: argparse.ArgumentParser) -> None:
    """Add ``DECK``, ``--to`` and ``-o/--output`` to the ``export`` subcommand's parser."""
    parser.add_argument("deck", metavar="DECK", type=Path, help="deck file (JSON) to export")
    parser.add_argument(
        "--to",
        choices=EXPORT_FORMATS,
        default="apkg",
        help="apkg: Anki package; csv: tab-separated text for Anki and Quizlet (default: apkg)",
    )
    parser.add_argument(
        "-o", "--output", metavar="PATH", type=Path, required=True, help="file to write"
    )


def run_export(args: argparse.Namespace) -> int:
    """Export the deck named in ``args``; print one line saying what was written."""
    deck = load_deck(args.deck)
    export_deck(deck, args.to, args.output)
    count = len(deck.items)
    print(f"Wrote {count} note{'s' if count != 1 else ''} to {args.output}")
    return 0
