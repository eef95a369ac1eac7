"""Opening a deck file for the quiz: a quick read first, the full check once it is drawn."""

from __future__ import annotations

import gc
import json
import subprocess
import sys
from pathlib import Path

import pytest

from quizgen.errors import DeckError
from quizgen.models import load_deck
from quizgen.quizdeck import QuizDeck, read_quiz_deck
from quizgen.tui.cli import open_target
from quizgen.tui.screens.quiz_screen import QuizScreen

ROOT = Path(__file__).resolve().parents[2]
DECKS = sorted((ROOT / "decks").glob("*.json"))
FIXTURE = Path(__file__).parent / "fixtures" / "brindlemoor.json"


@pytest.mark.parametrize("path", [*DECKS, FIXTURE], ids=lambda p: p.stem)
def test_quick_read_sees_what_the_full_check_sees(path: Path) -> None:
    quick = read_quiz_deck(path.read_text(encoding="utf-8"))
    assert quick is not None
    assert quick == QuizDeck.of(load_deck(path))


def _fixture_data() -> dict[str, object]:
    data: dict[str, object] = json.loads(FIXTURE.read_text(encoding="utf-8"))
    return data


@pytest.mark.parametrize(
    "spoil",
    [
        lambda d: d.pop("title"),
        lambda d: d.update(schema_version=2),
        lambda d: d.update(items={"not": "a list"}),
        lambda d: d["items"][0].pop("prompt"),
        lambda d: d["items"][0].update(type="essay"),
        lambda d: d["items"][0].update(options="Edda Voss"),
        lambda d: d["items"][0].update(answer="Nobody listed"),
        lambda d: d["items"][1]["source"].update(answer_start=-3),
        lambda d: d["items"][2].update(prompt=""),
    ],
)
def test_quick_read_gives_up_on_anything_unexpected(spoil) -> None:  # type: ignore[no-untyped-def]
    data = _fixture_data()
    spoil(data)
    assert read_quiz_deck(json.dumps(data)) is None


@pytest.mark.parametrize("text", ["", "{", "[]", "null", '"deck"', "\x00\x01"])
def test_quick_read_of_non_decks_is_none(text: str) -> None:
    assert read_quiz_deck(text) is None


def test_a_deck_file_opens_without_pydantic(tmp_path: Path) -> None:
    # The quiz draws its first question before pydantic is imported; the full check follows.
    code = (
        "import sys\n"
        "from quizgen.tui.cli import open_target\n"
        f"deck, check = open_target({str(DECKS[0])!r})\n"
        "before = 'pydantic' in sys.modules\n"
        "check()\n"
        "print(type(deck).__name__, len(deck.items), before, 'pydantic' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=tmp_path
    )
    assert out.stdout.split() == ["QuizDeck", str(len(load_deck(DECKS[0]).items)), "False", "True"]


def test_open_target_checks_in_full_what_the_quick_read_passes(tmp_path: Path) -> None:
    data = _fixture_data()
    data["items"][0]["id"] = "not-a-hex-id"  # type: ignore[index]
    path = tmp_path / "odd.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    deck, check = open_target(str(path))
    assert isinstance(deck, QuizDeck) and check is not None
    with pytest.raises(DeckError, match=r"odd\.json: item 0 \(id not-a-hex-id\): id"):
        check()


def test_open_target_reports_a_broken_deck_at_once(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"title": "x", "items": [{"type": "cloze"}]}', encoding="utf-8")
    with pytest.raises(DeckError, match=r"broken\.json: item 0"):
        open_target(str(path))


async def test_a_deck_the_full_check_refuses_ends_the_quiz(make_app_for) -> None:
    def refuse() -> None:
        raise DeckError("odd.json: item 0 (id x): id: String should match pattern")

    app = make_app_for(deck_check=refuse)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
    assert app.return_code == 1
    assert app.error_message == "odd.json: item 0 (id x): id: String should match pattern"


async def test_after_the_first_frame_the_check_runs_and_collection_resumes(make_app_for) -> None:
    checked: list[bool] = []
    app = make_app_for(deck_check=lambda: checked.append(True))
    gc.disable()
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            await pilot.pause()
            await app.workers.wait_for_complete()
            assert isinstance(app.screen, QuizScreen) and app.screen.item is not None
            assert checked == [True]
            assert gc.isenabled()
            assert app.return_code is None or app.return_code == 0
    finally:
        gc.enable()
