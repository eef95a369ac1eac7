"""Shared fixtures for the terminal quiz tests: a fixture deck, a fixed clock, a temp store."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from quizgen.models import Deck, load_deck
from quizgen.store import DATA_DIR_ENV, ProgressStore

FIXTURES = Path(__file__).parent / "fixtures"
START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


class FakeClock:
    """A clock that stands still until a test moves it."""

    def __init__(self, start: datetime = START) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs: float) -> None:
        self.now += timedelta(**kwargs)


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Nothing a test does may touch the real user data folder.
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "user-data"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))


@pytest.fixture
def deck() -> Deck:
    return load_deck(FIXTURES / "brindlemoor.json")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(data_dir: Path) -> Iterator[ProgressStore]:
    s = ProgressStore.open(data_dir)
    yield s
    s.close()


@pytest.fixture
def rng() -> random.Random:
    return random.Random(7)


@pytest.fixture
def make_app_for(deck: Deck, store: ProgressStore, clock: FakeClock, tmp_path: Path):  # type: ignore[no-untyped-def]
    """Build the quiz app on the fixture deck, in deck order unless told otherwise."""
    from quizgen.tui.app import QuizApp

    def build(
        *,
        mode: str = "practice",
        shuffle: bool = False,
        picker: bool = False,
        store_: ProgressStore | None = None,
        deck_: Deck | None = None,
        **kwargs: object,
    ) -> QuizApp:
        return QuizApp(
            deck=None if picker else (deck_ or deck),
            store=store_ or store,
            mode=mode,  # type: ignore[arg-type]
            rng=random.Random(7),
            clock=clock,
            deck_dirs=kwargs.pop("deck_dirs", [FIXTURES]),  # type: ignore[arg-type]
            shuffle=shuffle,
            **kwargs,  # type: ignore[arg-type]
        )

    return build
