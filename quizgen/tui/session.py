"""One quiz session without any user interface: item order, grading, score and results.

The Textual screens drive a :class:`QuizRun`; tests can drive it directly. Randomness
(``random.Random``) and time (``now``) come in as arguments. No Textual import here.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from fsrs import Rating

from quizgen.answers import Verdict, check_answer
from quizgen.quizdeck import ITEM_TYPES, ItemType, QuizItem
from quizgen.store import ProgressStore, Result

Mode = Literal["practice", "exam", "review"]
MODES: tuple[Mode, ...] = ("practice", "exam", "review")

TYPE_LABELS: dict[str, str] = {
    "multiple_choice": "Multiple choice",
    "true_false": "True or false",
    "cloze": "Fill in the gap",
    "short_answer": "Short answer",
}

MISSED_SESSION = "missed"
"""Session mode recorded for a "review missed" session (never resumed)."""


@dataclass(frozen=True)
class Outcome:
    """What happened to one item of a session."""

    item: QuizItem
    result: Result
    given: str
    """The answer as given (an option's text, ``True``/``False``, or what was typed)."""
    expected: str
    """The correct answer to show (for a near miss, the spelling it was close to)."""
    duration_ms: int = 0

    @property
    def right(self) -> bool:
        """Correct or a near miss."""
        return self.result in ("correct", "close")


def default_rating(result: Result) -> Rating:
    """The spaced-review rating offered by default: wrong → Again, close → Hard, right → Good."""
    if result == "correct":
        return Rating.Good
    if result == "close":
        return Rating.Hard
    return Rating.Again


def grade(item: QuizItem, given: str) -> tuple[Result, str]:
    """Judge an answer to any item; returns the result and the answer to show."""
    if not item.is_typed:
        return ("correct" if given == item.answer else "wrong"), item.answer
    match = check_answer(given, item.answer, item.accepted)
    verdict: Result = {
        Verdict.CORRECT: "correct",
        Verdict.CLOSE: "close",
        Verdict.WRONG: "wrong",
    }[match.verdict]  # type: ignore[assignment]
    return verdict, match.expected


def order_items(
    items: Sequence[QuizItem], rng: random.Random, *, shuffle: bool = True
) -> list[QuizItem]:
    """The session order: the deck's order, or shuffled with the given ``rng``."""
    ordered = list(items)
    if shuffle:
        rng.shuffle(ordered)
    return ordered


@dataclass
class QuizRun:
    """A session over ``items`` in order; ``outcomes`` grow as the learner answers."""

    deck_title: str
    mode: Mode
    items: list[QuizItem]
    session_id: int | None = None
    outcomes: list[Outcome] = field(default_factory=list)
    timed_out: bool = False

    def __post_init__(self) -> None:
        self._done = {o.item.id for o in self.outcomes}

    @property
    def current(self) -> QuizItem | None:
        """The next item to ask, or None when the session is over."""
        if self.timed_out:
            return None
        for item in self.items:
            if item.id not in self._done:
                return item
        return None

    @property
    def finished(self) -> bool:
        """No item left to ask (or time ran out)."""
        return self.current is None

    @property
    def total(self) -> int:
        """Items in the session."""
        return len(self.items)

    @property
    def done(self) -> int:
        """Items answered or skipped so far."""
        return len(self.outcomes)

    @property
    def correct(self) -> int:
        """Items answered right (near misses count as right)."""
        return sum(o.right for o in self.outcomes)

    def answer(self, item: QuizItem, given: str, *, duration_ms: int = 0) -> Outcome:
        """Grade and record an answer to ``item``."""
        result, expected = grade(item, given)
        return self._add(Outcome(item, result, given, expected, duration_ms))

    def skip(self, item: QuizItem, *, duration_ms: int = 0) -> Outcome:
        """Record ``item`` as skipped (it counts as missed)."""
        return self._add(Outcome(item, "skipped", "", item.answer, duration_ms))

    def _add(self, outcome: Outcome) -> Outcome:
        if outcome.item.id in self._done:
            raise ValueError(f"item {outcome.item.id} was already answered in this session")
        self.outcomes.append(outcome)
        self._done.add(outcome.item.id)
        return outcome

    def missed(self) -> list[QuizItem]:
        """Items answered wrong, skipped or never reached, in session order."""
        right = {o.item.id for o in self.outcomes if o.right}
        return [i for i in self.items if i.id not in right]

    def accuracy_by_type(self) -> dict[ItemType, tuple[int, int]]:
        """(right, total) per item type present in the session, in a fixed type order."""
        right = {o.item.id for o in self.outcomes if o.right}
        counts: dict[ItemType, tuple[int, int]] = {}
        for kind in ITEM_TYPES:
            of_kind = [i for i in self.items if i.type == kind]
            if of_kind:
                counts[kind] = (sum(i.id in right for i in of_kind), len(of_kind))
        return counts

    def time_taken_ms(self) -> int:
        """Time spent on the answers (the sum of each item's answering time)."""
        return sum(o.duration_ms for o in self.outcomes)


def resume_or_start(
    store: ProgressStore,
    *,
    deck_title: str,
    items: Sequence[QuizItem],
    mode: Mode,
    rng: random.Random,
    now: datetime,
    shuffle: bool = True,
    resume: bool = True,
) -> tuple[QuizRun, bool]:
    """Continue the deck's unfinished session in this mode, or start a new one.

    Spaced review never resumes: its items are whatever is due now. Returns the run and
    whether it was resumed.
    """
    by_id = {i.id: i for i in items}
    if mode != "review" and resume:
        previous = store.unfinished_session(deck_title, mode)
        if previous is not None and all(i in by_id for i in previous.item_ids):
            outcomes = []
            for record in store.reviews(session_id=previous.id):
                item = by_id[record.item_id]
                _, expected = grade(item, record.answer)
                outcomes.append(
                    Outcome(item, record.result, record.answer, expected, record.duration_ms)
                )
            run = QuizRun(
                deck_title,
                mode,
                [by_id[i] for i in previous.item_ids],
                previous.id,
                outcomes,
            )
            if not run.finished:
                return run, True
    if mode == "review":
        due = store.due_item_ids([i.id for i in items], now)
        chosen = [by_id[i] for i in due]
    else:
        chosen = order_items(items, rng, shuffle=shuffle)
    session = store.start_session(
        deck_title=deck_title, mode=mode, item_ids=[i.id for i in chosen], now=now
    )
    return QuizRun(deck_title, mode, chosen, session.id), False


def start_missed(
    store: ProgressStore, *, deck_title: str, items: Sequence[QuizItem], now: datetime
) -> QuizRun:
    """A practice session of just the given (missed) items, in their order."""
    record = store.start_session(
        deck_title=deck_title, mode=MISSED_SESSION, item_ids=[i.id for i in items], now=now
    )
    return QuizRun(deck_title, "practice", list(items), record.id)


def format_duration(ms: int) -> str:
    """``m:ss`` (or ``h:mm:ss``) for a duration in milliseconds."""
    seconds = max(0, ms) // 1000
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
