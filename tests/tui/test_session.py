"""The quiz session logic and deck discovery, without the user interface."""

from __future__ import annotations

import dataclasses
import random
import shutil
from pathlib import Path

import pytest
from fsrs import Rating

from quizgen.models import Deck
from quizgen.quizdeck import QuizDeck
from quizgen.store import ProgressStore
from quizgen.tui.library import find_decks
from quizgen.tui.session import (
    QuizRun,
    default_rating,
    format_duration,
    grade,
    order_items,
    resume_or_start,
)
from quizgen.tui.widgets.feedback_panel import highlight_sentence

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def deck(deck: Deck) -> QuizDeck:
    """The fixture deck as the quiz sees it."""
    return QuizDeck.of(deck)


@pytest.mark.parametrize(
    ("index", "given", "result", "shown"),
    [
        (0, "Edda Voss", "correct", "Edda Voss"),
        (0, "Orla Pennick", "wrong", "Edda Voss"),
        (3, "True", "correct", "True"),
        (4, "True", "wrong", "False"),
        (6, "294000", "correct", "294,000"),
        (6, "295,000", "wrong", "294,000"),
        (7, "tamsle", "close", "Tamsel"),
        (8, "marow", "close", "Marrow"),
        (9, "tamsel crown", "correct", "the Tamsel crown"),
    ],
)
def test_grade(deck: QuizDeck, index: int, given: str, result: str, shown: str) -> None:
    assert grade(deck.items[index], given) == (result, shown)


def test_default_ratings() -> None:
    assert default_rating("wrong") == Rating.Again
    assert default_rating("skipped") == Rating.Again
    assert default_rating("close") == Rating.Hard
    assert default_rating("correct") == Rating.Good


def test_order_is_seeded(deck: QuizDeck) -> None:
    first = order_items(deck.items, random.Random(3))
    again = order_items(deck.items, random.Random(3))
    other = order_items(deck.items, random.Random(4))
    assert [i.id for i in first] == [i.id for i in again] != [i.id for i in other]
    assert order_items(deck.items, random.Random(3), shuffle=False) == list(deck.items)


def test_run_scores_missed_and_accuracy(deck: QuizDeck) -> None:
    run = QuizRun("Brindlemoor", "practice", list(deck.items[:4]))
    run.answer(deck.items[0], "Edda Voss", duration_ms=2500)
    run.answer(deck.items[1], "Pellham", duration_ms=1000)
    run.skip(deck.items[2])
    assert run.current == deck.items[3]
    assert (run.done, run.correct) == (3, 1)
    assert run.missed() == [deck.items[1], deck.items[2], deck.items[3]]
    assert run.accuracy_by_type() == {"multiple_choice": (1, 3), "true_false": (0, 1)}
    assert run.time_taken_ms() == 3500
    with pytest.raises(ValueError, match="already answered"):
        run.answer(deck.items[0], "Edda Voss")


def test_review_session_holds_only_due_items(deck: QuizDeck, store: ProgressStore, clock) -> None:
    store.record(
        item_id=deck.items[0].id,
        deck_title=deck.title,
        now=clock(),
        result="correct",
        mode="review",
        rating=Rating.Easy,
    )
    run, resumed = resume_or_start(
        store,
        deck_title=deck.title,
        items=deck.items,
        mode="review",
        rng=random.Random(1),
        now=clock(),
    )
    assert not resumed and run.total == 11 and deck.items[0] not in run.items


def test_a_session_over_a_changed_deck_starts_afresh(
    deck: QuizDeck, store: ProgressStore, clock
) -> None:
    run, _ = resume_or_start(
        store,
        deck_title=deck.title,
        items=deck.items,
        mode="practice",
        rng=random.Random(1),
        now=clock(),
    )
    fewer = deck.items[:5]
    again, resumed = resume_or_start(
        store,
        deck_title=deck.title,
        items=fewer,
        mode="practice",
        rng=random.Random(1),
        now=clock(),
    )
    assert not resumed and again.total == 5 and again.session_id != run.session_id


@pytest.mark.parametrize(("ms", "text"), [(0, "0:00"), (65_400, "1:05"), (3_725_000, "1:02:05")])
def test_format_duration(ms: int, text: str) -> None:
    assert format_duration(ms) == text


def test_highlight_uses_offsets_or_finds_the_answer(deck: QuizDeck) -> None:
    item = deck.items[7]
    text = highlight_sentence(item)
    spans = [(s.start, s.end) for s in text.spans]
    assert spans == [(item.answer_start, item.answer_end)]
    bare = dataclasses.replace(item, answer_start=None, answer_end=None)
    spans = [(s.start, s.end) for s in highlight_sentence(bare).spans]
    assert [text.plain[a:b] for a, b in spans] == ["Tamsel"]


def test_find_decks_lists_good_and_broken_files(tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "brindlemoor.json", tmp_path / "b.json")
    (tmp_path / "a.json").write_text('{"title": ""}')
    (tmp_path / "notes.txt").write_text("not a deck")
    entries = find_decks([tmp_path, tmp_path, tmp_path / "absent"])
    assert [(e.path.name, e.title, e.deck is not None) for e in entries] == [
        ("a.json", "a", False),
        ("b.json", "Brindlemoor", True),
    ]
    assert entries[0].error is not None and "title" in entries[0].error


def test_deck_folders_are_the_project_and_the_learners_own(tmp_path: Path, monkeypatch) -> None:
    from quizgen.store import DATA_DIR_ENV
    from quizgen.tui.library import default_deck_dirs

    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "env-data"))
    assert default_deck_dirs(tmp_path) == [tmp_path / "decks", tmp_path / "env-data" / "decks"]
    assert default_deck_dirs(tmp_path, tmp_path / "flag") == [
        tmp_path / "decks",
        tmp_path / "flag" / "decks",
    ]
