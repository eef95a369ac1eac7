"""``quizgen quiz`` and ``quizgen stats`` glue, without opening the terminal app."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import pytest
from fsrs import Rating

from quizgen.errors import DeckError, InputError
from quizgen.models import Deck
from quizgen.store import ProgressStore
from quizgen.tui.cli import (
    add_quiz_arguments,
    add_stats_arguments,
    load_target,
    run_quiz,
    run_stats,
)

FIXTURES = Path(__file__).parent / "fixtures"


def quiz_args(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    add_quiz_arguments(parser)
    return parser.parse_args(argv)


def stats_args(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    add_stats_arguments(parser)
    return parser.parse_args(argv)


def test_quiz_arguments() -> None:
    args = quiz_args("deck.json", "--mode", "exam", "--time-limit", "15", "--seed", "3")
    assert (args.target, args.mode, args.time_limit, args.seed) == ("deck.json", "exam", 15.0, 3)
    bare = quiz_args()
    assert (bare.target, bare.mode, bare.shuffle, bare.restart) == (None, None, True, False)
    assert quiz_args("--no-shuffle").shuffle is False
    with pytest.raises(SystemExit):
        quiz_args("--mode", "cram")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("x.json", "--time-limit", "0"), "positive number of minutes"),
        (("x.json", "--time-limit", "5", "--mode", "review"), "--mode exam only"),
    ],
)
def test_bad_quiz_options_are_one_line_errors(argv: tuple[str, ...], message: str) -> None:
    with pytest.raises(InputError, match=message):
        run_quiz(quiz_args(*argv))


def test_missing_or_broken_deck_is_a_deck_error(tmp_path: Path) -> None:
    with pytest.raises(DeckError, match="no such file"):
        run_quiz(quiz_args(str(tmp_path / "none.json"), "--data-dir", str(tmp_path)))
    bad = tmp_path / "bad.json"
    bad.write_text("{")
    with pytest.raises(DeckError, match="not valid JSON"):
        load_target(str(bad))
    with pytest.raises(InputError, match="no such file"):
        load_target(str(tmp_path / "article.md"))


def test_stats_prints_per_deck_progress(
    tmp_path: Path, deck: Deck, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    with ProgressStore.open(data) as store:
        from datetime import UTC, datetime, timedelta

        then = datetime.now(UTC) - timedelta(days=40)
        item = deck.items[0].id
        store.record(
            item_id=item,
            deck_title=deck.title,
            now=then,
            result="correct",
            mode="review",
            rating=Rating.Good,
        )
        store.record(
            item_id=item,
            deck_title=deck.title,
            now=then + timedelta(days=1),
            result="correct",
            mode="review",
            rating=Rating.Good,
        )
        store.record(
            item_id="f" * 16, deck_title="Old deck", now=then, result="wrong", mode="practice"
        )
    assert run_stats(stats_args(str(FIXTURES / "brindlemoor.json"), "--data-dir", str(data))) == 0
    out = capsys.readouterr().out
    assert "Reviewed" in out and "Retention" in out and "Last score" in out
    row = next(line for line in out.splitlines() if "Brindlemoor" in line)
    # items, reviewed, due (the reviewed item is overdue again), retention, last score
    assert row.split() == ["Brindlemoor", "12", "1", "12", "100%", "—"]
    assert "Old deck" not in out  # only the decks asked about


def test_stats_without_decks_lists_the_store(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    data = tmp_path / "data"
    assert run_stats(stats_args("--data-dir", str(data))) == 0
    assert "No decks and no progress yet" in capsys.readouterr().out
    from datetime import UTC, datetime

    with ProgressStore.open(data) as store:
        store.record(
            item_id="f" * 16,
            deck_title="Old deck",
            now=datetime.now(UTC),
            result="wrong",
            mode="practice",
        )
    assert run_stats(stats_args("--data-dir", str(data))) == 0
    assert "Old deck" in capsys.readouterr().out


def test_cli_store_and_answers_do_not_import_textual() -> None:
    code = (
        "import sys, quizgen.tui.cli, quizgen.store, quizgen.answers, quizgen.tui.session\n"
        "import quizgen.tui.library\n"
        "bad = [m for m in sys.modules if m == 'textual' or m.startswith('textual.')]\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_an_article_target_is_generated_on_the_fly(tmp_path: Path) -> None:
    article = tmp_path / "harbour.md"
    article.write_text(
        "# The Old Harbour\n\n"
        "The old harbour of Kelswick was dredged in 1884 by the engineer Marta Quell. "
        "Its stone lighthouse, built in 1891, stands 31 metres tall. "
        "In 1902 a storm destroyed the northern pier, which cost 48,000 pounds to rebuild. "
        "The harbour master Tomas Brey kept a daily log of every ship from 1890 to 1925.\n",
        encoding="utf-8",
    )
    deck = load_target(str(article), seed=1)
    assert deck.items
    assert deck == load_target(str(article), seed=1)
