"""The options of a multiple-choice question, chosen by number, letter, arrows or mouse."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget

from quizgen.tui.widgets.choice_row import ChoiceRow


class ChoiceList(Widget, can_focus=True):
    """Up to five options; keys 1-5 or A-E choose one, arrows and Enter too."""

    KEYS: ClassVar[tuple[str, ...]] = ("1", "2", "3", "4", "5")
    """The key shown in front of each option."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("1", "choose(0)", "Choose", key_display="1-5/A-E"),
        *[Binding(str(n + 1), f"choose({n})", show=False) for n in range(1, 5)],
        *[Binding(letter, f"choose({n})", show=False) for n, letter in enumerate("abcde")],
        Binding("up", "move(-1)", show=False),
        Binding("down", "move(1)", show=False),
        Binding("enter", "choose_highlighted", "Choose highlighted", show=False),
    ]

    highlighted: reactive[int | None] = reactive(None)

    class Chosen(Message):
        """An option was chosen (by key or click)."""

        def __init__(self, choice_list: ChoiceList, index: int, text: str) -> None:
            super().__init__()
            self.choice_list = choice_list
            self.index = index
            self.text = text

        @property
        def control(self) -> ChoiceList:
            """The list the option belongs to."""
            return self.choice_list

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.options: list[str] = []
        self.locked = False

    async def set_options(self, options: Sequence[str]) -> None:
        """Show a new set of options, unlocked and with nothing marked.

        The screen refreshes the footer's keys once it has set up the whole question.
        """
        self.options = list(options)
        self.locked = False
        self.highlighted = None
        self.remove_class("-answered")
        await self.remove_children()
        await self.mount_all(
            ChoiceRow(n, self.KEYS[n], text) for n, text in enumerate(self.options)
        )

    def reveal(self, answer: str, chosen: str | None) -> None:
        """Lock the list and mark the right option and, if different, the chosen one."""
        self.locked = True
        self.add_class("-answered")
        for row in self.query(ChoiceRow):
            row.set_class(row.text == answer, "-correct")
            row.set_class(row.text == chosen and chosen != answer, "-wrong")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("choose", "move", "choose_highlighted") and self.locked:
            return False
        if action == "choose" and parameters:
            index = parameters[0]
            return isinstance(index, int) and index < len(self.options)
        return True

    def watch_highlighted(self, value: int | None) -> None:
        for row in self.query(ChoiceRow):
            row.set_class(row.index == value, "-highlight")

    def action_move(self, step: int) -> None:
        if not self.options:
            return
        start = -1 if self.highlighted is None and step > 0 else (self.highlighted or 0)
        self.highlighted = (start + step) % len(self.options)

    def action_choose_highlighted(self) -> None:
        if self.highlighted is not None:
            self.action_choose(self.highlighted)

    def action_choose(self, index: int) -> None:
        if self.locked or index >= len(self.options):
            return
        self.highlighted = index
        self.post_message(self.Chosen(self, index, self.options[index]))

    def on_choice_row_clicked(self, event: ChoiceRow.Clicked) -> None:
        event.stop()
        self.focus()
        self.action_choose(event.index)
