"""Pilot tests: the deck picker that a bare ``quizgen`` opens."""

from __future__ import annotations

import shutil
from pathlib import Path

from fsrs import Rating
from textual.widgets import DataTable

from quizgen.tui.screens.picker_screen import DeckPickerScreen
from quizgen.tui.screens.quiz_screen import QuizScreen
from quizgen.tui.screens.results_screen import ResultsScreen

FIXTURES = Path(__file__).parent / "fixtures"


def rows(app) -> list[list[str]]:  # type: ignore[no-untyped-def]
    table = app.screen.query_one(DataTable)
    return [[str(c) for c in table.get_row_at(n)] for n in range(table.row_count)]


def decks_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "decks"
    folder.mkdir()
    shutil.copy(FIXTURES / "brindlemoor.json", folder / "brindlemoor.json")
    return folder


async def test_picker_lists_title_items_due_and_last_score(
    make_app_for, store, deck, clock, tmp_path
) -> None:
    folder = decks_dir(tmp_path)
    (folder / "zz-broken.json").write_text("{not json")
    store.record(
        item_id=deck.items[0].id,
        deck_title=deck.title,
        now=clock(),
        result="correct",
        mode="review",
        rating=Rating.Easy,
    )
    app = make_app_for(picker=True, deck_dirs=[folder, tmp_path / "missing"])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, DeckPickerScreen)
        assert rows(app) == [
            ["Brindlemoor", "12", "11", "—"],
            ["zz-broken", "—", "—", "cannot read"],
        ]
        await pilot.press("down", "enter")
        await pilot.pause()
        assert isinstance(app.screen, DeckPickerScreen)  # the broken deck does not open


async def test_enter_practises_and_escape_comes_back_with_the_score(make_app_for, tmp_path) -> None:
    app = make_app_for(picker=True, deck_dirs=[decks_dir(tmp_path)])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, QuizScreen) and screen.run.mode == "practice"
        while isinstance(app.screen, QuizScreen):
            await pilot.press("ctrl+s")
            await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, DeckPickerScreen)
        assert rows(app)[0] == ["Brindlemoor", "12", "12", "0/12 (0%)"]


async def test_e_opens_an_exam_and_r_a_spaced_review(make_app_for, tmp_path) -> None:
    app = make_app_for(picker=True, deck_dirs=[decks_dir(tmp_path)])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, QuizScreen) and app.screen.run.mode == "exam"
        await pilot.press("ctrl+q", "n")
        await pilot.pause()
        app.pop_screen()
        await pilot.pause()
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(app.screen, QuizScreen) and app.screen.run.mode == "review"


async def test_no_decks_says_where_to_put_them(make_app_for, tmp_path) -> None:
    app = make_app_for(picker=True, deck_dirs=[tmp_path / "nothing-here"])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        help_text = str(app.screen.query_one("#picker-help").render())
        assert "No decks found" in help_text and "nothing-here" in help_text
        await pilot.press("enter")
        assert isinstance(app.screen, DeckPickerScreen)
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0


async def test_escape_mid_quiz_confirms_then_returns_to_the_picker(make_app_for, tmp_path) -> None:
    from quizgen.tui.screens.confirm_quit_screen import ConfirmQuitScreen

    app = make_app_for(picker=True, deck_dirs=[decks_dir(tmp_path)])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter", "ctrl+s", "escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmQuitScreen)
        assert "Leave the quiz?" in str(app.screen.query_one("#question").render())
        await pilot.press("y")
        await pilot.pause()
        assert isinstance(app.screen, DeckPickerScreen)
        await pilot.press("enter")  # the same deck again: it continues
        await pilot.pause()
        assert isinstance(app.screen, QuizScreen) and app.screen.run.done == 1
