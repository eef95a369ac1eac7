"""The end of a session: score, accuracy per item type, time taken and the missed items."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import Footer, Header, Static

from quizgen.tui.screens.app_screen import AppScreen
from quizgen.tui.session import TYPE_LABELS, QuizRun, format_duration

if TYPE_CHECKING:
    pass


def summary_text(run: QuizRun) -> Text:
    """Score, accuracy and time taken, as the first lines of the results."""
    percent = round(100 * run.correct / run.total) if run.total else 0
    text = Text()
    text.append(f"Score {run.correct}/{run.total} ({percent}%)", style="bold")
    text.append(f" · Time taken {format_duration(run.time_taken_ms())}")
    skipped = sum(o.result == "skipped" for o in run.outcomes)
    unanswered = run.total - run.done
    if skipped:
        text.append(f" · Skipped {skipped}")
    if unanswered:
        text.append(f" · Not reached {unanswered}")
    if run.timed_out:
        text.append("\nTime ran out before the end.", style="yellow")
    return text


def accuracy_table(run: QuizRun) -> Table:
    """Right/total and percentage per item type."""
    table = Table(box=None, show_header=True, header_style="bold", pad_edge=False)
    table.add_column("Item type")
    table.add_column("Right", justify="right")
    table.add_column("Accuracy", justify="right")
    for kind, (right, total) in run.accuracy_by_type().items():
        table.add_row(TYPE_LABELS[kind], f"{right}/{total}", f"{round(100 * right / total)}%")
    return table


def missed_table(run: QuizRun) -> Table | Text:
    """The items missed (wrong, skipped or not reached) with the right answer."""
    missed = run.missed()
    if not missed:
        return Text("Nothing missed. Well done!", style="bold green")
    given = {o.item.id: o for o in run.outcomes}
    table = Table(box=None, show_header=True, header_style="bold", pad_edge=False, expand=True)
    table.add_column("Missed", ratio=3)
    table.add_column("Your answer", ratio=1)
    table.add_column("Answer", ratio=1, style="bold")
    for item in missed:
        outcome = given.get(item.id)
        if outcome is None:
            yours = "—"
        elif outcome.result == "skipped":
            yours = "(skipped)"
        else:
            yours = outcome.given
        table.add_row(item.prompt, yours, item.answer)
    return table


class ResultsScreen(AppScreen):
    """Results of a finished session; R reviews the missed items."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("r", "review_missed", "Review missed"),
        Binding("n", "new_session", "New session"),
        Binding("escape", "leave", "Decks"),
        Binding("q", "app.quit", "Quit", show=False),
    ]

    def __init__(self, run: QuizRun) -> None:
        super().__init__()
        self.run = run

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="results"):
            yield Static(summary_text(self.run), id="summary")
            yield Static(accuracy_table(self.run), id="by-type")
            yield Static(missed_table(self.run), id="missed")
        yield Footer()

    def on_mount(self) -> None:
        self.title = "Results"
        self.sub_title = self.run.deck_title

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "review_missed":
            return bool(self.run.missed())
        if action == "leave":
            return self.quiz_app.has_picker
        return True

    def action_review_missed(self) -> None:
        """A practice session of just the missed items."""
        if self.run.missed():
            self.quiz_app.start_missed(self.run)

    def action_new_session(self) -> None:
        """Start the deck again in the same mode."""
        self.quiz_app.restart(self.run)

    def action_leave(self) -> None:
        """Back to the deck picker."""
        self.quiz_app.leave_quiz()
