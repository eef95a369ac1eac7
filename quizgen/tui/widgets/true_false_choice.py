"""The two answers of a true/false question, chosen with T or F (or the mouse)."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType

from quizgen.tui.widgets.choice_list import ChoiceList


class TrueFalseChoice(ChoiceList, inherit_bindings=False):
    """``[T] True`` and ``[F] False``."""

    KEYS: ClassVar[tuple[str, ...]] = ("T", "F")

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("t", "choose(0)", "True"),
        Binding("f", "choose(1)", "False"),
        Binding("up", "move(-1)", show=False),
        Binding("down", "move(1)", show=False),
        Binding("enter", "choose_highlighted", show=False),
    ]
