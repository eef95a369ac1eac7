"""Always-visible progress: a progress bar, position, running score and time left."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Label, ProgressBar


class ScoreBar(Horizontal):
    """``[██████░░░░] 4/12  Score 3/4  12:00 left``."""

    def compose(self) -> ComposeResult:
        yield ProgressBar(show_eta=False, show_percentage=False, id="progress")
        yield Label(id="position")
        yield Label(id="score")
        yield Label(id="time-left")

    def show(
        self, *, done: int, total: int, correct: int, hide_score: bool, time_left: str | None
    ) -> None:
        """Update every part of the bar."""
        self.query_one(ProgressBar).update(total=max(total, 1), progress=done)
        self.query_one("#position", Label).update(f"{done}/{total}")
        score = f"Answered {done}" if hide_score else f"Score {correct}/{done}"
        self.query_one("#score", Label).update(score)
        self.query_one("#time-left", Label).update(f"{time_left} left" if time_left else "")
