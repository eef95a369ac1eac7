"""The ``export`` command's arguments and runner, as the main CLI wires them in."""

from __future__ import annotations

import argparse
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from quizgen.errors import DeckError
from quizgen.export.cli import add_export_arguments, run_export
from quizgen.models import Deck, save_deck


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="quizgen export")
    add_export_arguments(parser)
    return parser.parse_args(argv)


def test_export_writes_the_package_and_says_so(
    tmp_path: Path, make_deck: Callable[[], Deck], capsys: pytest.CaptureFixture[str]
) -> None:
    deck_file = tmp_path / "deck.json"
    save_deck(make_deck(), deck_file)
    out = tmp_path / "deck.apkg"

    assert run_export(parse(str(deck_file), "--to", "apkg", "-o", str(out))) == 0

    assert capsys.readouterr().out == f"Wrote 10 notes to {out}\n"
    assert zipfile.is_zipfile(out)


def test_export_to_csv(
    tmp_path: Path, make_single_source_deck: Callable[[], Deck], capsys: pytest.CaptureFixture[str]
) -> None:
    deck_file = tmp_path / "deck.json"
    save_deck(make_single_source_deck(), deck_file)
    out = tmp_path / "deck.txt"

    assert run_export(parse(str(deck_file), "--to", "csv", "--output", str(out))) == 0

    assert capsys.readouterr().out == f"Wrote 6 notes to {out}\n"
    assert len(out.read_text("utf-8").splitlines()) == 7 + 6


def test_output_is_required_and_formats_are_checked(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as no_output:
        parse("deck.json")
    with pytest.raises(SystemExit) as bad_format:
        parse("deck.json", "--to", "pdf", "-o", "x")
    assert no_output.value.code == bad_format.value.code == 2
    err = capsys.readouterr().err
    assert "-o/--output" in err
    assert "invalid choice: 'pdf'" in err


def test_a_missing_deck_is_a_one_line_error(tmp_path: Path) -> None:
    with pytest.raises(DeckError, match="no such file"):
        run_export(parse(str(tmp_path / "missing.json"), "-o", str(tmp_path / "x.apkg")))
    assert not (tmp_path / "x.apkg").exists()
