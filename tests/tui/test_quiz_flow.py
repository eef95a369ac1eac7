"""Pilot tests: a learner answering, skipping, quitting and resuming in the quiz."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from quizgen.models import Deck
from quizgen.store import ProgressStore
from quizgen.tui.screens.confirm_quit_screen import ConfirmQuitScreen
from quizgen.tui.screens.quiz_screen import QuizScreen
from quizgen.tui.screens.results_screen import ResultsScreen
from quizgen.tui.widgets.choice_row import ChoiceRow
from quizgen.tui.widgets.feedback_panel import FeedbackPanel

# The fixture deck in file order: 3 multiple choice, 3 true/false, 3 cloze, 3 short answer.
MC_FOUNDER, MC_SLATE, MC_FESTIVAL = 0, 1, 2
TF_TRUE, TF_RAILWAY, TF_FERRY = 3, 4, 5
CLOZE_COST, CLOZE_RIVER, CLOZE_APPRENTICE = 6, 7, 8
SA_LOAF, SA_BOOKS, SA_COAL = 9, 10, 11


def quiz(app) -> QuizScreen:  # type: ignore[no-untyped-def]
    screen = app.screen
    assert isinstance(screen, QuizScreen)
    return screen


def feedback(app) -> str:  # type: ignore[no-untyped-def]
    panel = app.screen.query_one(FeedbackPanel)
    assert panel.display
    return str(panel.render())


def score_line(app) -> str:  # type: ignore[no-untyped-def]
    return " ".join(str(label.render()) for label in app.screen.query("ScoreBar Label"))


async def type_answer(pilot, text: str, *, keys: bool = False) -> None:  # type: ignore[no-untyped-def]
    """Type ``text`` into the answer box (key by key, or pasted) and press Enter."""
    if keys:
        await pilot.press(*text)
    else:
        pilot.app.screen.query_one(Input).insert_text_at_cursor(text)
    await pilot.press("enter")
    await pilot.pause()


def only(deck: Deck, *indexes: int) -> Deck:
    """The fixture deck cut down to the given items (fewer keypresses per test)."""
    return deck.model_copy(update={"items": [deck.items[i] for i in indexes]})


async def test_multiple_choice_right_by_number_and_wrong_by_letter(make_app_for, store) -> None:
    app = make_app_for()
    async with app.run_test(size=(80, 24)) as pilot:
        assert quiz(app).item.prompt == "Who founded Brindlemoor?"
        await pilot.press("2")  # Edda Voss
        await pilot.pause()
        text = feedback(app)
        assert "✓ Correct" in text and "Answer: Edda Voss" in text
        assert "Score 1/1" in score_line(app)
        assert "clockmaker Edda Voss" in text
        await pilot.press("enter")
        await pilot.pause()
        assert quiz(app).item.prompt.startswith("Where was the slate")
        await pilot.press("a")  # Pellham: wrong
        await pilot.pause()
        text = feedback(app)
        assert "✗ Wrong" in text and "Answer: Hollin Ridge" in text
        assert "Your answer: Pellham" in text
        assert "Score 1/2" in score_line(app)
    log = store.reviews()
    assert [(r.result, r.answer, r.mode) for r in log] == [
        ("correct", "Edda Voss", "practice"),
        ("wrong", "Pellham", "practice"),
    ]


async def test_multiple_choice_by_mouse_click(make_app_for) -> None:
    app = make_app_for()
    async with app.run_test(size=(80, 24)) as pilot:
        rows = list(app.screen.query(ChoiceRow))
        assert [r.text for r in rows][1] == "Edda Voss"
        await pilot.click(rows[1])
        await pilot.pause()
        assert "✓ Correct" in feedback(app)
        assert rows[1].has_class("-correct")


async def test_multiple_choice_arrows_and_enter(make_app_for) -> None:
    app = make_app_for()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("down", "down", "enter")
        await pilot.pause()
        assert "✓ Correct" in feedback(app)
        # Enter now moves on instead of choosing again.
        await pilot.press("enter")
        await pilot.pause()
        assert quiz(app).run.done == 1 and quiz(app).state == "question"


async def test_number_keys_beyond_the_options_do_nothing(make_app_for, deck) -> None:
    app = make_app_for(deck_=only(deck, MC_SLATE))  # three options
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("5", "e")
        await pilot.pause()
        assert quiz(app).state == "question" and quiz(app).run.done == 0


async def test_true_false_right_and_wrong(make_app_for, deck) -> None:
    app = make_app_for(deck_=only(deck, TF_TRUE, TF_RAILWAY))
    async with app.run_test(size=(80, 24)) as pilot:
        assert quiz(app).item.prompt == "Brindlemoor was founded in 1842."
        await pilot.press("t")
        await pilot.pause()
        assert "✓ Correct" in feedback(app)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("t")  # the railway came in 1868, not 1886
        await pilot.pause()
        text = feedback(app)
        assert "✗ Wrong" in text and "Answer: False" in text
        assert "Correction: The railway reached the town in 1868" in text
        assert "Score 1/2" in score_line(app)


async def test_cloze_right_wrong_and_near_miss(make_app_for, store, deck) -> None:
    app = make_app_for(deck_=only(deck, CLOZE_COST, CLOZE_RIVER, CLOZE_APPRENTICE))
    async with app.run_test(size=(80, 24)) as pilot:
        assert app.focused is app.screen.query_one(Input)
        await type_answer(pilot, "US$294000")
        assert "✓ Correct" in feedback(app)
        await pilot.press("enter")
        await pilot.pause()
        await type_answer(pilot, "Tamsl", keys=True)
        text = feedback(app)
        assert "≈ Close — check the spelling" in text and "Answer: Tamsel" in text
        assert "Your answer: Tamsl" in text
        await pilot.press("enter")
        await pilot.pause()
        await type_answer(pilot, "Edda Voss")
        assert "✗ Wrong" in feedback(app)
        assert "Score 2/3" in score_line(app)
    assert [r.result for r in store.reviews()] == [
        "correct",
        "close",
        "wrong",
    ]


async def test_number_typo_is_wrong_not_close(make_app_for, deck) -> None:
    app = make_app_for(deck_=only(deck, CLOZE_COST))
    async with app.run_test(size=(80, 24)) as pilot:
        await type_answer(pilot, "295,000")
        assert "✗ Wrong" in feedback(app)


async def test_short_answer_right_wrong_and_accepted(make_app_for, deck) -> None:
    app = make_app_for(deck_=only(deck, SA_LOAF, SA_BOOKS, SA_COAL))
    async with app.run_test(size=(80, 24)) as pilot:
        await type_answer(pilot, "Tamsel crown loaf")  # an accepted alternative
        assert "✓ Correct" in feedback(app)
        await pilot.press("enter")
        await pilot.pause()
        await type_answer(pilot, "12500")
        assert "✓ Correct" in feedback(app)
        await pilot.press("enter")
        await pilot.pause()
        await type_answer(pilot, "Hollin Ridge")
        text = feedback(app)
        assert "✗ Wrong" in text and "Answer: Pellham" in text


async def test_empty_typed_answer_is_not_submitted(make_app_for, deck) -> None:
    app = make_app_for(deck_=only(deck, SA_LOAF))
    async with app.run_test(size=(80, 24)) as pilot:
        await type_answer(pilot, "")
        assert quiz(app).state == "question"
        assert not app.screen.query_one(FeedbackPanel).display


async def test_skip_moves_on_and_counts_as_missed(make_app_for, store) -> None:
    app = make_app_for()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert quiz(app).item.prompt.startswith("Where was the slate")
        assert "1/12" in score_line(app) and "Score 0/1" in score_line(app)
        assert quiz(app).run.missed()[0].prompt == "Who founded Brindlemoor?"
    assert [r.result for r in store.reviews()] == ["skipped"]


async def test_quit_asks_and_says_progress_is_saved(make_app_for, store) -> None:
    app = make_app_for()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("2")
        await pilot.pause()
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmQuitScreen)
        text = str(app.screen.query_one("#saved").render())
        assert "progress is saved" in text and "1 answer" in text
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, QuizScreen)
        await pilot.press("ctrl+q")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
    assert app.return_code == 0
    assert len(store.reviews()) == 1


async def test_quit_and_resume_in_a_new_app(make_app_for, data_dir: Path, deck) -> None:
    small = only(deck, MC_FOUNDER, TF_TRUE, CLOZE_RIVER, SA_BOOKS, SA_COAL)
    first_store = ProgressStore.open(data_dir)
    app = make_app_for(shuffle=True, store_=first_store, deck_=small)
    async with app.run_test(size=(80, 24)) as pilot:
        order = [i.id for i in quiz(app).run.items]
        for _ in range(3):
            await pilot.press("ctrl+s")
            await pilot.pause()
        asked_next = quiz(app).item.id
        await pilot.press("ctrl+q", "y")
        await pilot.pause()
    first_store.close()

    second_store = ProgressStore.open(data_dir)
    again = make_app_for(shuffle=True, store_=second_store, deck_=small)
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = quiz(again)
        assert [i.id for i in screen.run.items] == order
        assert screen.run.done == 3
        assert screen.item.id == asked_next
        assert "3/5" in score_line(again)
        # Finish the rest: the results cover the whole session, earlier answers included.
        while isinstance(again.screen, QuizScreen):
            await pilot.press("ctrl+s")
            await pilot.pause()
        assert isinstance(again.screen, ResultsScreen)
        assert len(again.screen.run.missed()) == 5
    assert second_store.unfinished_session("Brindlemoor", "practice") is None
    second_store.close()


async def test_restart_option_starts_over(make_app_for) -> None:
    app = make_app_for()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("ctrl+q", "y")
        await pilot.pause()
    fresh = make_app_for(resume=False)
    async with fresh.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert quiz(fresh).run.done == 0


async def test_theme_toggles_between_light_and_dark(make_app_for) -> None:
    app = make_app_for()
    async with app.run_test(size=(80, 24)) as pilot:
        assert app.theme == "textual-dark"
        await pilot.press("ctrl+t")
        assert app.theme == "textual-light"
        await pilot.press("ctrl+t")
        assert app.theme == "textual-dark"


async def test_footer_lists_the_keys_of_the_moment(make_app_for) -> None:
    app = make_app_for()
    async with app.run_test(size=(80, 24)) as pilot:
        keys = {b.binding.description for b in app.active_bindings.values() if b.binding.show}
        assert {"Choose", "Skip", "Quit", "Theme"} <= keys
        await pilot.press("1")
        await pilot.pause()
        keys = {b.binding.description for b in app.active_bindings.values() if b.enabled}
        assert "Next" in keys and "Skip" not in keys
