"""What the learner sees after answering: the verdict, the answer and its source sentence."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.widgets import Static

from quizgen.quizdeck import QuizItem
from quizgen.tui.session import Outcome


def highlight_sentence(item: QuizItem) -> Text:
    """The item's source sentence with the answer span highlighted.

    Uses the provenance offsets when present, else the first case-insensitive occurrence
    of the answer; without either the sentence is shown plain.
    """
    sentence = item.sentence
    text = Text(sentence)
    start, end = item.answer_start, item.answer_end
    if start is None or end is None:
        found = sentence.casefold().find(item.answer.casefold())
        if found < 0 or item.type == "true_false":
            return text
        start, end = found, found + len(item.answer)
    text.stylize("bold reverse", start, end)
    return text


def feedback_text(outcome: Outcome) -> Text:
    """The feedback for one answer as styled text."""
    item = outcome.item
    text = Text()
    if outcome.result == "correct":
        text.append("✓ Correct", style="bold green")
    elif outcome.result == "close":
        text.append("≈ Close — check the spelling", style="bold yellow")
    elif outcome.result == "skipped":
        text.append("→ Skipped", style="bold")
    else:
        text.append("✗ Wrong", style="bold red")
    text.append("\n")
    if outcome.result in ("close", "wrong") and outcome.given:
        text.append("Your answer: ", style="dim")
        text.append(outcome.given + "\n")
    text.append("Answer: ", style="dim")
    text.append(outcome.expected, style="bold")
    text.append("\n")
    if item.type == "true_false" and item.correction:
        text.append("Correction: ", style="dim")
        text.append(item.correction + "\n")
    text.append("Source: ", style="dim")
    text.append_text(highlight_sentence(item))
    return text


class FeedbackPanel(Static, can_focus=True):
    """The feedback block; Enter moves on to the next item."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "screen.next_item", "Next"),
        Binding("space", "screen.next_item", "Next", show=False),
    ]

    def show_outcome(self, outcome: Outcome) -> None:
        """Show the feedback for ``outcome`` and colour the panel by the verdict."""
        self.update(feedback_text(outcome))
        for result in ("correct", "close", "wrong", "skipped"):
            self.set_class(outcome.result == result, f"-{result}")

    def on_click(self) -> None:
        self.focus()
