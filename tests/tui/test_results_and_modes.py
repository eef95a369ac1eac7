"""Pilot tests: results, review missed, exam mode and spaced review across app instances."""

from __future__ import annotations

import io
from datetime import timedelta
from pathlib import Path

from fsrs import Rating, State
from rich.console import Console
from rich.text import Text
from textual.widgets import Input

from quizgen.models import Deck
from quizgen.store import ProgressStore
from quizgen.tui.screens.quiz_screen import QuizScreen
from quizgen.tui.screens.results_screen import ResultsScreen
from quizgen.tui.widgets.feedback_panel import FeedbackPanel
from quizgen.tui.widgets.rating_bar import RatingBar

MC_FOUNDER, MC_SLATE, TF_TRUE, TF_RAILWAY, CLOZE_RIVER, SA_BOOKS = 0, 1, 3, 4, 7, 10


def only(deck: Deck, *indexes: int) -> Deck:
    return deck.model_copy(update={"items": [deck.items[i] for i in indexes]})


def text_of(app, selector: str) -> str:  # type: ignore[no-untyped-def]
    """The text a Static shows, Rich tables included."""
    content = app.screen.query_one(selector).content
    if isinstance(content, str | Text):
        return str(content)
    console = Console(file=io.StringIO(), width=78)
    with console.capture() as capture:
        console.print(content)
    return capture.get()


async def answer(pilot, text: str) -> None:  # type: ignore[no-untyped-def]
    pilot.app.screen.query_one(Input).insert_text_at_cursor(text)
    await pilot.press("enter")
    await pilot.pause()


async def test_results_show_score_per_type_time_and_missed(make_app_for, deck, clock) -> None:
    app = make_app_for(deck_=only(deck, MC_FOUNDER, MC_SLATE, TF_TRUE, CLOZE_RIVER, SA_BOOKS))
    async with app.run_test(size=(80, 24)) as pilot:
        clock.advance(seconds=20)
        await pilot.press("2", "enter")  # right
        clock.advance(seconds=15)
        await pilot.press("a", "enter")  # wrong
        await pilot.press("t", "enter")  # right
        clock.advance(seconds=30)
        await answer(pilot, "Tamsel")  # right
        await pilot.press("enter")
        await pilot.press("ctrl+s")  # skipped
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)
        summary = text_of(app, "#summary")
        assert "Score 3/5 (60%)" in summary
        assert "Time taken 1:05" in summary
        assert "Skipped 1" in summary
        by_type = text_of(app, "#by-type")
        assert "Multiple choice" in by_type and "1/2" in by_type and "50%" in by_type
        assert "True or false" in by_type and "100%" in by_type
        missed = app.screen.run.missed()
        assert [i.prompt for i in missed] == [
            deck.items[MC_SLATE].prompt,
            deck.items[SA_BOOKS].prompt,
        ]
        missed_text = text_of(app, "#missed")
        assert "Hollin Ridge" in missed_text and "Pellham" in missed_text
        assert "(skipped)" in missed_text and "12,500" in missed_text

        # Review missed: a practice session of just those two items.
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(app.screen, QuizScreen)
        assert [i.id for i in app.screen.run.items] == [i.id for i in missed]
        await pilot.press("b", "enter")  # Hollin Ridge, now right
        await answer(pilot, "12,500")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)
        assert "Score 2/2 (100%)" in text_of(app, "#summary")
        assert "Nothing missed" in text_of(app, "#missed")


async def test_finished_session_is_the_decks_last_score(make_app_for, deck, store) -> None:
    app = make_app_for(deck_=only(deck, TF_TRUE, TF_RAILWAY))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("t", "enter", "f", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)
    last = store.last_finished_session("Brindlemoor")
    assert last is not None and (last.correct, last.total) == (2, 2)


async def test_new_session_from_results(make_app_for, deck) -> None:
    app = make_app_for(deck_=only(deck, TF_TRUE))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, QuizScreen) and app.screen.run.done == 0


async def test_exam_gives_no_feedback_until_the_end(make_app_for, deck, store) -> None:
    app = make_app_for(mode="exam", deck_=only(deck, MC_FOUNDER, TF_TRUE, CLOZE_RIVER))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("1")  # wrong, but nothing says so
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, QuizScreen)
        assert screen.item.id == deck.items[TF_TRUE].id
        assert not screen.query_one(FeedbackPanel).display
        bar = " ".join(str(w.render()) for w in screen.query("ScoreBar Label"))
        assert "Answered 1" in bar and "Score" not in bar
        await pilot.press("t")
        await pilot.pause()
        await answer(pilot, "Tamsel")
        assert isinstance(app.screen, ResultsScreen)
        assert "Score 2/3" in text_of(app, "#summary")
    assert [r.mode for r in store.reviews()] == ["exam"] * 3


async def test_exam_time_limit_ends_the_session(make_app_for, deck, clock) -> None:
    app = make_app_for(
        mode="exam",
        deck_=only(deck, MC_FOUNDER, TF_TRUE, SA_BOOKS),
        time_limit=timedelta(minutes=2),
    )
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        assert isinstance(screen, QuizScreen)
        assert "2:00 left" in text_of(app, "#time-left")
        await pilot.press("2")
        clock.advance(seconds=61)
        screen.tick()
        await pilot.pause()
        assert "0:59 left" in text_of(app, "#time-left")
        clock.advance(seconds=60)
        screen.tick()
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)
        summary = text_of(app, "#summary")
        assert "Score 1/3" in summary and "Not reached 2" in summary
        assert "Time ran out" in summary


async def test_spaced_review_rates_and_persists_across_app_instances(
    make_app_for, deck, data_dir: Path, clock
) -> None:
    small = only(deck, MC_FOUNDER, TF_TRUE, CLOZE_RIVER)
    first_store = ProgressStore.open(data_dir)
    app = make_app_for(mode="review", deck_=small, store_=first_store)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        assert isinstance(screen, QuizScreen)
        assert screen.run.total == 3  # everything is new, so everything is due
        await pilot.press("2")  # right
        await pilot.pause()
        rating = screen.query_one(RatingBar)
        assert rating.display and app.focused is rating
        assert "Enter keeps Good" in str(rating.render())
        assert first_store.reviews() == []  # logged once rated
        await pilot.press("enter")  # default: Good
        await pilot.pause()
        await pilot.press("f")  # wrong
        await pilot.pause()
        assert "Enter keeps Again" in str(screen.query_one(RatingBar).render())
        await pilot.press("4")  # the learner overrides: Easy
        await pilot.pause()
        await answer(pilot, "Tamsl")  # near miss
        assert "Enter keeps Hard" in str(screen.query_one(RatingBar).render())
        await pilot.press("1")  # Again
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)
    first_store.close()

    second_store = ProgressStore.open(data_dir)
    ids = [i.id for i in small.items]
    ratings = [r.rating for r in second_store.reviews()]
    assert ratings == [Rating.Good, Rating.Easy, Rating.Again]
    assert [r.result for r in second_store.reviews()] == ["correct", "wrong", "close"]
    river = second_store.card(ids[2], clock())
    assert river.due - clock() <= timedelta(minutes=10)
    assert second_store.card(ids[0], clock()).state == State.Learning

    # Five minutes later only the item rated Again (a one-minute learning step) is due;
    # Good put the first item ten minutes out, Easy the second days out.
    clock.advance(minutes=5)
    again = make_app_for(mode="review", deck_=small, store_=second_store)
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = again.screen
        assert isinstance(screen, QuizScreen)
        assert [i.id for i in screen.run.items] == [ids[2]]
        await answer(pilot, "Tamsel")
        await pilot.press("3")
        await pilot.pause()
    assert second_store.due_item_ids(ids, clock()) == []
    second_store.close()


async def test_review_with_nothing_due_says_when_next(make_app_for, deck, store, clock) -> None:
    small = only(deck, TF_TRUE)
    store.record(
        item_id=small.items[0].id,
        deck_title=small.title,
        now=clock(),
        result="correct",
        mode="review",
        rating=Rating.Easy,
    )
    app = make_app_for(mode="review", deck_=small)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        text = text_of(app, "#empty")
        assert "Nothing is due" in text and "next item is due 2026-03-" in text
        await pilot.press("escape")
        await pilot.pause()
    assert app.return_code == 0


async def test_quitting_while_rating_keeps_the_default_rating(make_app_for, deck, store) -> None:
    app = make_app_for(mode="review", deck_=only(deck, TF_TRUE, TF_RAILWAY))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("t")
        await pilot.pause()
        await pilot.press("ctrl+q", "y")
        await pilot.pause()
    assert [(r.result, r.rating) for r in store.reviews()] == [("correct", Rating.Good)]


async def test_quitting_after_the_last_answer_keeps_it(make_app_for, deck, store) -> None:
    from quizgen.tui.screens.confirm_quit_screen import ConfirmQuitScreen

    app = make_app_for(mode="review", deck_=only(deck, TF_TRUE))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("t", "ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmQuitScreen)  # the rating is still open
        await pilot.press("y")
        await pilot.pause()
    assert [(r.result, r.rating) for r in store.reviews()] == [("correct", Rating.Good)]

    practice = make_app_for(deck_=only(deck, TF_TRUE))
    async with practice.run_test(size=(80, 24)) as pilot:
        await pilot.press("t", "ctrl+q")  # nothing left to lose: no question asked
        await pilot.pause()
    assert practice.return_code == 0
    last = store.last_finished_session(deck.title)
    assert last is not None and (last.correct, last.total) == (1, 1)


async def test_time_running_out_waits_for_an_open_dialog(make_app_for, deck, clock) -> None:
    from quizgen.tui.screens.confirm_quit_screen import ConfirmQuitScreen

    app = make_app_for(
        mode="exam", deck_=only(deck, TF_TRUE, MC_FOUNDER), time_limit=timedelta(minutes=1)
    )
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        assert isinstance(screen, QuizScreen)
        await pilot.press("ctrl+q")
        await pilot.pause()
        clock.advance(minutes=2)
        screen.tick()
        await pilot.pause()
        assert isinstance(app.screen, ConfirmQuitScreen)
        await pilot.press("n")
        screen.tick()
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)
        assert "Time ran out" in text_of(app, "#summary")
