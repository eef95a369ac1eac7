"""One clickable option of a multiple-choice or true/false question."""

from __future__ import annotations

from textual import events
from textual.message import Message
from textual.widgets import Static


class ChoiceRow(Static):
    """An option shown as ``[key] text``; clicking it chooses it."""

    class Clicked(Message):
        """The learner clicked this option."""

        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def __init__(self, index: int, key: str, text: str, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
        self.index = index
        self.key = key
        self.text = text
        self.update(f"[{key}] {text}")

    def on_click(self, event: events.Click) -> None:
        event.stop()
        self.post_message(self.Clicked(self.index))
