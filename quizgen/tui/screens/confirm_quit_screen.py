"""Asking before leaving a session half-way; the answer so far is already saved."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Footer, Label, Static


class ConfirmQuitScreen(ModalScreen[bool]):
    """``Quit? Your progress is saved.`` — Y/Enter quits, N/Escape stays."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "answer(True)", "Yes"),
        Binding("enter", "answer(True)", "Yes", show=False),
        Binding("n", "answer(False)", "Stay"),
        Binding("escape", "answer(False)", "Stay", show=False),
    ]

    def __init__(self, saved: int, *, leaving: bool = False) -> None:
        super().__init__()
        self.saved = saved
        self.leaving = leaving
        """Back to the deck picker rather than out of the app."""

    def compose(self) -> ComposeResult:
        answers = "1 answer" if self.saved == 1 else f"{self.saved} answers"
        with Vertical(id="dialog"):
            verb = "Leave" if self.leaving else "Quit"
            yield Label(f"{verb} the quiz?", id="question")
            yield Static(
                f"Your progress is saved ({answers} in this session). "
                "Open the same deck again to continue where you left off.",
                id="saved",
            )
            yield Label(f"Y {verb.lower()}    N stay", id="keys")
        yield Footer()

    def action_answer(self, quit_: bool) -> None:
        self.dismiss(quit_)
