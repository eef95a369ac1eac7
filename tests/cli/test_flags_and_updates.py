"""Flags that combine, files others can read, and updates that honour new settings."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from quizgen.cli import main

ROOT = Path(__file__).resolve().parents[2]
ARTICLE = ROOT / "examples" / "apollo-11-moon-landing.md"


def _types(deck_file: Path) -> set[str]:
    return {item["type"] for item in json.loads(deck_file.read_text())["items"]}


def test_a_deck_file_is_readable_by_others(tmp_path: Path) -> None:
    out = tmp_path / "deck.json"
    assert main(["generate", str(ARTICLE), "-o", str(out), "-q"]) == 0
    assert out.stat().st_mode & stat.S_IROTH, oct(out.stat().st_mode)


def test_regenerating_with_other_types_does_not_keep_the_old_ones(tmp_path: Path) -> None:
    out = tmp_path / "deck.json"
    assert main(["generate", str(ARTICLE), "-o", str(out), "--types", "cloze", "-q"]) == 0
    assert _types(out) == {"cloze"}
    assert main(["generate", str(ARTICLE), "-o", str(out), "-q"]) == 0
    assert _types(out) == {"cloze", "multiple_choice", "true_false", "short_answer"}


def test_regenerating_an_unchanged_article_keeps_hand_edits(tmp_path: Path) -> None:
    out = tmp_path / "deck.json"
    assert main(["generate", str(ARTICLE), "-o", str(out), "-q"]) == 0
    data = json.loads(out.read_text())
    data["items"][0]["explanation"] = "Checked against the NASA mission report."
    out.write_text(json.dumps(data, indent=2))
    assert main(["generate", str(ARTICLE), "-o", str(out), "-q"]) == 0
    again = json.loads(out.read_text())
    assert again["items"][0]["explanation"] == "Checked against the NASA mission report."


def test_apkg_with_out_dir_is_refused_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        ["generate", str(ARTICLE), "--out-dir", str(tmp_path), "--apkg", str(tmp_path / "a.apkg")]
    )
    err = capsys.readouterr().err
    assert code == 1
    assert len(err.strip().splitlines()) == 1 and "--apkg" in err
    assert not list(tmp_path.iterdir())


def test_a_global_option_before_the_command(tmp_path: Path) -> None:
    out = tmp_path / "deck.json"
    code = main(["--data-dir", str(tmp_path), "generate", str(ARTICLE), "-o", str(out), "-q"])
    assert code == 0 and out.exists()
