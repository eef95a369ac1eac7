"""The quiz's view of a deck: the fields a learner's session needs, and nothing to import.

The terminal quiz runs on :class:`QuizDeck` and :class:`QuizItem`, plain frozen dataclasses,
so that opening a deck does not wait for pydantic: importing it and building the deck
models costs about a fifth of a second, a good part of the one second in which the first
question must be on screen. The deck file is still checked in full by
:func:`quizgen.models.parse_deck`; the quiz does that right after the first question is
drawn, and a deck that fails the check ends the quiz with the checker's message.

:func:`read_quiz_deck` reads only the fields the quiz uses and gives up (returns None) at
anything unexpected, so the caller falls back to the full check at once and reports its
message. This module imports neither pydantic, NLTK nor Textual.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from quizgen.errors import DeckError

if TYPE_CHECKING:
    from quizgen.models import Deck

ItemType = Literal["cloze", "multiple_choice", "true_false", "short_answer"]
ITEM_TYPES: tuple[ItemType, ...] = ("cloze", "multiple_choice", "true_false", "short_answer")

DifficultyBand = Literal["easy", "medium", "hard"]


def difficulty_band(difficulty: float) -> DifficultyBand:
    """A difficulty from 0 to 1 as a band: easy, medium or hard."""
    if difficulty < 0.34:
        return "easy"
    if difficulty < 0.67:
        return "medium"
    return "hard"


@dataclass(frozen=True, slots=True)
class QuizItem:
    """One item as the quiz asks it."""

    id: str
    type: ItemType
    prompt: str
    answer: str
    sentence: str
    """The source sentence the item is grounded in."""
    answer_start: int | None = None
    """Where the answer lies in ``sentence`` (None when it is not a literal span)."""
    answer_end: int | None = None
    options: tuple[str, ...] = ()
    """Multiple choice: the options in display order."""
    accepted: tuple[str, ...] = ()
    """Cloze and short answer: other answers to accept when typed."""
    correction: str | None = None
    """True/false: the true statement behind a false one."""
    difficulty: float = 0.5

    @property
    def difficulty_band(self) -> DifficultyBand:
        """The difficulty as a band: easy, medium or hard."""
        return difficulty_band(self.difficulty)

    @property
    def is_typed(self) -> bool:
        """Whether the learner types the answer (cloze and short answer)."""
        return self.type in ("cloze", "short_answer")

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> QuizItem:
        """An item from its deck-file form; KeyError, TypeError or ValueError if malformed."""
        kind = data["type"]
        if kind not in ITEM_TYPES:
            raise ValueError(f"unknown item type {kind!r}")
        source = data["source"]
        item = cls(
            id=_text(data["id"]),
            type=kind,
            prompt=_text(data["prompt"]),
            answer=_text(data["answer"]),
            sentence=_text(source["sentence"]),
            answer_start=_offset(source.get("answer_start")),
            answer_end=_offset(source.get("answer_end")),
            options=_texts(data.get("options", ())),
            accepted=_texts(data.get("accepted", ())),
            correction=_optional_text(data.get("correction")),
            difficulty=float(data.get("difficulty", 0.5)),
        )
        if kind == "multiple_choice" and item.answer not in item.options:
            raise ValueError("the answer is not among the options")
        return item


@dataclass(frozen=True, slots=True)
class QuizDeck:
    """A deck as the quiz uses it: its title and its items in deck order."""

    title: str
    items: tuple[QuizItem, ...]

    @classmethod
    def of(cls, deck: Deck) -> QuizDeck:
        """The quiz's view of a validated deck."""
        return cls(deck.title, tuple(QuizItem.from_data(i.model_dump()) for i in deck.items))

    @classmethod
    def from_items(cls, title: str, items: Sequence[QuizItem]) -> QuizDeck:
        """A deck of the given items."""
        return cls(title, tuple(items))


def read_deck_text(path: Path) -> str:
    """A deck file's text; an unreadable or non-UTF-8 file is a one-line DeckError."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise DeckError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise DeckError(f"{path}: is a directory, not a deck file") from None
    except OSError as exc:
        raise DeckError(f"{path}: cannot read ({exc.strerror})") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise DeckError(f"{path}: not a deck file (not UTF-8 text)") from None


def read_quiz_deck(text: str) -> QuizDeck | None:
    """The quiz's view of deck-file JSON, or None when anything about it is unexpected.

    None means "run the full check now": it is never an error message of its own.
    """
    try:
        data = json.loads(text)
        if not isinstance(data, dict) or data.get("schema_version", 1) != 1:
            return None
        items = data.get("items", [])
        if not isinstance(items, list):
            return None
        return QuizDeck(_text(data["title"]), tuple(QuizItem.from_data(i) for i in items))
    except (KeyError, TypeError, ValueError, AttributeError):
        return None


def _text(value: object) -> str:
    if not isinstance(value, str) or not value:
        raise TypeError("expected a non-empty string")
    return value


def _optional_text(value: object) -> str | None:
    return None if value is None else _text(value)


def _texts(values: object) -> tuple[str, ...]:
    if not isinstance(values, list | tuple):
        raise TypeError("expected a list of strings")
    return tuple(_text(v) for v in values)


def _offset(value: object) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise TypeError("expected an offset")
    return value
