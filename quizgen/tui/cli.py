"""Command-line glue for ``quizgen quiz``, ``quizgen stats`` and a bare ``quizgen``.

Textual is imported inside the ``run_*`` functions only, so ``quizgen --help`` stays
instant and ``quizgen stats`` never loads it. ``quizgen quiz DECK.json`` opens on the quick
read of :mod:`quizgen.quizdeck` and leaves pydantic and the full check of the deck until the
first question is on screen.
"""

from __future__ import annotations

import argparse
import gc
import random
import sys
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from quizgen.errors import InputError
from quizgen.quizdeck import QuizDeck, read_deck_text, read_quiz_deck
from quizgen.store import ProgressStore, system_clock
from quizgen.tui.library import default_deck_dirs
from quizgen.tui.session import MODES, Mode

if TYPE_CHECKING:
    from quizgen.models import Deck
    from quizgen.tui.app import DeckCheck, QuizApp

__all__ = [
    "add_quiz_arguments",
    "add_stats_arguments",
    "load_target",
    "run_picker",
    "run_quiz",
    "run_stats",
]


def _add_data_dir(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        help="folder of the progress store (default: $QUIZGEN_DATA_DIR or the user data folder)",
    )


def add_quiz_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``quizgen quiz``."""
    parser.add_argument(
        "target",
        nargs="?",
        metavar="TARGET",
        help="a deck file (.json) or an article to quiz on; without it, the deck picker opens",
    )
    parser.add_argument(
        "--mode",
        choices=MODES,
        default=None,
        help="practice (feedback after each item, the default), exam (results at the end) "
        "or review (spaced review of due items)",
    )
    parser.add_argument(
        "--time-limit",
        type=float,
        metavar="MINUTES",
        help="exam time limit in minutes (implies --mode exam)",
    )
    parser.add_argument(
        "--seed", type=int, default=None, help="seed for the item order (default: a new order)"
    )
    parser.add_argument(
        "--shuffle",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="shuffle the items (default: yes)",
    )
    parser.add_argument(
        "--restart",
        action="store_true",
        help="start a new session instead of continuing an unfinished one",
    )
    _add_data_dir(parser)


def add_stats_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``quizgen stats``."""
    parser.add_argument(
        "decks",
        nargs="*",
        type=Path,
        metavar="DECK",
        help="deck files to report on (default: the decks in decks/ and your own deck folder)",
    )
    _add_data_dir(parser)


def load_target(target: str, *, seed: int = 0) -> Deck:
    """A deck file as is, or an article turned into a deck on the fly."""
    from quizgen.models import load_deck

    path = Path(target)
    if path.suffix.lower() == ".json":
        return load_deck(path)
    if not path.exists():
        raise InputError(f"{path}: no such file")
    from quizgen.pipeline import build_deck

    gc.enable()  # off for a quick quiz start (see quizgen.cli.main); generating needs it
    result = build_deck([str(path)], seed=seed)
    deck: Deck = result.deck
    if not deck.items:
        raise InputError(f"{path}: no quiz items could be made from this article")
    return deck


def open_target(target: str, *, seed: int = 0) -> tuple[QuizDeck | Deck, DeckCheck | None]:
    """What ``quizgen quiz TARGET`` opens, and the full check still to run on it (if any).

    A deck file is read once. If the quick read accepts it, it opens at once and its full
    check (pydantic) runs once the first question is drawn; otherwise the full check runs
    now and reports the problem. An article is generated into a deck before the app starts.
    """
    path = Path(target)
    if path.suffix.lower() != ".json":
        return load_target(target, seed=seed), None
    text = read_deck_text(path)
    quick = read_quiz_deck(text)

    def check() -> Deck:
        from quizgen.models import parse_deck

        return parse_deck(text, str(path))

    if quick is None:
        return check(), None
    return quick, check


def _mode_and_limit(args: argparse.Namespace) -> tuple[Mode, timedelta | None]:
    minutes: float | None = getattr(args, "time_limit", None)
    mode: Mode | None = getattr(args, "mode", None)
    if minutes is None:
        return mode or "practice", None
    if minutes <= 0:
        raise InputError("--time-limit must be a positive number of minutes")
    if mode not in (None, "exam"):
        raise InputError("--time-limit works with --mode exam only")
    return "exam", timedelta(minutes=minutes)


def _open_store(args: argparse.Namespace) -> ProgressStore:
    return ProgressStore.open(getattr(args, "data_dir", None))


def _build_app(
    args: argparse.Namespace,
    deck: QuizDeck | Deck | None,
    store: ProgressStore,
    deck_check: DeckCheck | None = None,
) -> QuizApp:
    from quizgen.tui.app import QuizApp

    mode, limit = _mode_and_limit(args)
    seed: int | None = getattr(args, "seed", None)
    return QuizApp(
        deck=deck,
        store=store,
        mode=mode,
        rng=random.Random(seed),
        clock=system_clock,
        deck_dirs=default_deck_dirs(data_dir=getattr(args, "data_dir", None)),
        time_limit=limit,
        shuffle=getattr(args, "shuffle", True),
        resume=not getattr(args, "restart", False),
        deck_check=deck_check,
    )


def run_quiz(args: argparse.Namespace) -> int:
    """``quizgen quiz [TARGET]``: the quiz on one deck, or the picker without TARGET."""
    _mode_and_limit(args)  # bad options fail before anything opens
    target: str | None = getattr(args, "target", None)
    if target is None:
        return _run_app(args, None)
    deck, check = open_target(target, seed=getattr(args, "seed", 0) or 0)
    return _run_app(args, deck, check)


def run_picker(args: argparse.Namespace) -> int:
    """A bare ``quizgen``: the deck picker."""
    return _run_app(args, None)


def _run_app(
    args: argparse.Namespace, deck: QuizDeck | Deck | None, check: DeckCheck | None = None
) -> int:
    """Run the app on ``deck`` (None: the picker) with the store open, then close it."""
    store = _open_store(args)
    try:
        app = _build_app(args, deck, store, check)
        app.run()
    finally:
        store.close()
    if app.error_message is not None:
        print(f"quizgen: {app.error_message}", file=sys.stderr)
        return app.return_code or 1
    return app.return_code or 0


def run_stats(args: argparse.Namespace) -> int:
    """``quizgen stats``: per-deck progress (reviewed, due, retention) as a table."""
    from rich import box
    from rich.console import Console
    from rich.table import Table

    from quizgen.models import load_deck
    from quizgen.tui.library import find_decks

    paths: list[Path] = list(getattr(args, "decks", []) or [])
    decks = [load_deck(p) for p in paths] if paths else None
    console = Console(file=sys.stdout, highlight=False)
    store = _open_store(args)
    try:
        now = system_clock()
        table = Table(title="quizgen progress", title_justify="left", box=box.SIMPLE_HEAD)
        # One line per deck: long titles are cut, the numbers never wrap.
        table.add_column(
            "Deck", overflow="ellipsis", no_wrap=True, max_width=max(16, console.width - 56)
        )
        for name in ("Items", "Reviewed", "Due", "Retention", "Last score"):
            table.add_column(name, justify="right", no_wrap=True)
        rows: list[tuple[str, list[str] | None]] = []
        if decks is None:
            folders = default_deck_dirs(data_dir=getattr(args, "data_dir", None))
            found = [e.deck for e in find_decks(folders) if e.deck is not None]
            known = {d.title for d in found}
            rows = [(d.title, [i.id for i in d.items]) for d in found]
            rows += [(t, None) for t in store.deck_titles() if t not in known]
        else:
            rows = [(d.title, [i.id for i in d.items]) for d in decks]
        for title, ids in rows:
            stats = store.deck_stats(title, now, ids)
            last = store.last_finished_session(title)
            table.add_row(
                title,
                "—" if ids is None else str(len(ids)),
                str(stats.reviewed),
                str(stats.due),
                "—" if stats.retention is None else f"{round(100 * stats.retention)}%",
                "—" if last is None or not last.total else f"{last.correct}/{last.total}",
            )
    finally:
        store.close()
    if not rows:
        console.print("No decks and no progress yet. Take a quiz with: quizgen quiz DECK.json")
        return 0
    console.print(table)
    return 0
