"""Finding the decks a learner can open: the project's decks/ folder and their own.

No Textual import here; the deck picker and ``quizgen stats`` both use it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from quizgen.errors import QuizgenError
from quizgen.store import default_data_dir

if TYPE_CHECKING:
    from quizgen.models import Deck


def user_decks_dir(data_dir: Path | None = None) -> Path:
    """The learner's own deck folder: ``decks/`` in the data folder (next to the progress).

    The data folder is ``data_dir``, else ``$QUIZGEN_DATA_DIR``, else the platform's user
    data directory (``platformdirs.user_data_dir("quizgen")``).
    """
    return (default_data_dir() if data_dir is None else data_dir) / "decks"


def default_deck_dirs(cwd: Path | None = None, data_dir: Path | None = None) -> list[Path]:
    """``decks/`` under the current directory, then the learner's own deck folder."""
    here = Path.cwd() if cwd is None else cwd
    return [here / "decks", user_decks_dir(data_dir)]


@dataclass(frozen=True)
class DeckEntry:
    """A deck file found on disk: the deck, or why it could not be read."""

    path: Path
    deck: Deck | None
    error: str | None = None

    @property
    def title(self) -> str:
        """The deck's title, or the file name when it could not be read."""
        return self.deck.title if self.deck is not None else self.path.stem


def find_decks(folders: Iterable[Path]) -> list[DeckEntry]:
    """Every ``*.json`` deck in the folders (sorted by file name within each folder).

    Unreadable decks are listed with their error so the learner sees why.
    """
    from quizgen.models import load_deck

    entries: list[DeckEntry] = []
    seen: set[Path] = set()
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.json")):
            resolved = path.resolve()
            if resolved in seen:
                continue
            seen.add(resolved)
            try:
                entries.append(DeckEntry(path, load_deck(path)))
            except QuizgenError as exc:
                entries.append(DeckEntry(path, None, str(exc)))
    return entries
