"""Spaced review: how well the learner knew the answer, Again/Hard/Good/Easy on keys 1-4."""

from __future__ import annotations

from typing import ClassVar

from fsrs import Rating
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.widgets import Static

RATING_NAMES: dict[Rating, str] = {
    Rating.Again: "Again",
    Rating.Hard: "Hard",
    Rating.Good: "Good",
    Rating.Easy: "Easy",
}


class RatingBar(Static, can_focus=True):
    """The four ratings with the default marked; Enter accepts the default."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("1", "screen.rate(1)", "Again"),
        Binding("2", "screen.rate(2)", "Hard"),
        Binding("3", "screen.rate(3)", "Good"),
        Binding("4", "screen.rate(4)", "Easy"),
        Binding("enter", "screen.rate(0)", "Default"),
    ]

    def offer(self, default: Rating) -> None:
        """Show the ratings with ``default`` marked as the one Enter gives."""
        text = Text("How well did you know it?  ")
        for rating, name in RATING_NAMES.items():
            style = "bold reverse" if rating == default else ""
            text.append(f" {int(rating)} {name} ", style=style)
            text.append(" ")
        text.append(f"\nEnter keeps {RATING_NAMES[default]}.", style="dim")
        self.update(text)
