"""Snapshot tests of every screen at 80x24 (pytest-textual-snapshot).

Deterministic: deck order (no shuffle), a fixed clock, a fresh store per test.
Update the baselines with ``pytest tests/tui/test_snapshots.py --snapshot-update``
after checking the new SVGs by eye.
"""

from __future__ import annotations

from collections.abc import Callable

from fsrs import Rating
from textual.widgets import Input

from quizgen.models import Deck

SIZE = (80, 24)
MC, TF_FALSE, CLOZE, SHORT = 0, 4, 7, 9


def only(deck: Deck, *indexes: int) -> Deck:
    return deck.model_copy(update={"items": [deck.items[i] for i in indexes]})


def steady(*keys: str):  # type: ignore[no-untyped-def]
    """A run_before hook: stop the answer box's cursor blinking, then press ``keys``."""

    async def run(pilot) -> None:  # type: ignore[no-untyped-def]
        for box in pilot.app.screen.query(Input):
            box.cursor_blink = False
        await pilot.press(*keys)
        await pilot.pause()

    return run


def test_picker(snap_compare: Callable[..., bool], make_app_for, deck, store, clock) -> None:
    # Some history: one finished session (8 of 12) and two items scheduled ahead.
    ids = [i.id for i in deck.items]
    session = store.start_session(deck_title=deck.title, mode="practice", item_ids=ids, now=clock())
    for n, item_id in enumerate(ids):
        result = "correct" if n < 8 else "wrong"
        store.record(
            item_id=item_id,
            deck_title=deck.title,
            now=clock(),
            result=result,
            mode="practice",
            session_id=session.id,
        )
    store.finish_session(session.id, clock())
    for item_id in ids[:2]:
        store.record(
            item_id=item_id,
            deck_title=deck.title,
            now=clock(),
            result="correct",
            mode="review",
            rating=Rating.Easy,
        )
    assert snap_compare(make_app_for(picker=True), terminal_size=SIZE)


def test_multiple_choice_question(snap_compare: Callable[..., bool], make_app_for, deck) -> None:
    assert snap_compare(make_app_for(deck_=only(deck, MC, CLOZE)), terminal_size=SIZE)


def test_true_false_question(snap_compare: Callable[..., bool], make_app_for, deck) -> None:
    assert snap_compare(make_app_for(deck_=only(deck, TF_FALSE, MC)), terminal_size=SIZE)


def test_cloze_question(snap_compare: Callable[..., bool], make_app_for, deck) -> None:
    app = make_app_for(deck_=only(deck, CLOZE, MC))
    assert snap_compare(app, terminal_size=SIZE, run_before=steady("T", "a", "m"))


def test_short_answer_question(snap_compare: Callable[..., bool], make_app_for, deck) -> None:
    app = make_app_for(deck_=only(deck, SHORT, MC))
    assert snap_compare(app, terminal_size=SIZE, run_before=steady())


def test_feedback_wrong_multiple_choice(
    snap_compare: Callable[..., bool], make_app_for, deck
) -> None:
    app = make_app_for(deck_=only(deck, MC, CLOZE))
    assert snap_compare(app, terminal_size=SIZE, press=["c"])


def test_feedback_near_miss(snap_compare: Callable[..., bool], make_app_for, deck) -> None:
    app = make_app_for(deck_=only(deck, CLOZE, MC))
    assert snap_compare(
        app, terminal_size=SIZE, run_before=steady("T", "a", "m", "s", "l", "enter")
    )


def test_feedback_false_statement_with_correction(
    snap_compare: Callable[..., bool], make_app_for, deck
) -> None:
    app = make_app_for(deck_=only(deck, TF_FALSE, MC))
    assert snap_compare(app, terminal_size=SIZE, press=["f"])


def test_spaced_review_rating(snap_compare: Callable[..., bool], make_app_for, deck) -> None:
    app = make_app_for(mode="review", deck_=only(deck, MC, CLOZE))
    assert snap_compare(app, terminal_size=SIZE, press=["2"])


def test_results(snap_compare: Callable[..., bool], make_app_for, deck, clock) -> None:
    app = make_app_for(deck_=only(deck, MC, TF_FALSE, CLOZE, SHORT))

    async def play(pilot) -> None:  # type: ignore[no-untyped-def]
        for box in pilot.app.screen.query(Input):
            box.cursor_blink = False
        clock.advance(seconds=12)
        await pilot.press("2", "enter")
        clock.advance(seconds=7)
        await pilot.press("t", "enter")
        clock.advance(seconds=21)
        await pilot.press("T", "a", "m", "s", "l", "enter", "enter")
        await pilot.press("ctrl+s")
        await pilot.pause()

    assert snap_compare(app, terminal_size=SIZE, run_before=play)


def test_quit_confirmation(snap_compare: Callable[..., bool], make_app_for, deck) -> None:
    app = make_app_for(deck_=only(deck, MC, CLOZE))
    assert snap_compare(app, terminal_size=SIZE, press=["2", "ctrl+q"])


def test_light_theme(snap_compare: Callable[..., bool], make_app_for, deck) -> None:
    app = make_app_for(deck_=only(deck, MC, CLOZE))
    assert snap_compare(app, terminal_size=SIZE, press=["a", "ctrl+t"])
