"""The deck picker: every deck with its size, due count and last score."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import DataTable, Footer, Header, Static

from quizgen.tui.library import DeckEntry, find_decks
from quizgen.tui.screens.app_screen import AppScreen
from quizgen.tui.session import Mode

if TYPE_CHECKING:
    pass


class DeckPickerScreen(AppScreen):
    """Enter practises the highlighted deck; E takes an exam, R a spaced review."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open('practice')", "Practice", priority=True),
        Binding("e", "open('exam')", "Exam"),
        Binding("r", "open('review')", "Review due"),
        Binding("q", "app.quit", "Quit", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.entries: list[DeckEntry] = []

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="picker-help")
        yield DataTable(cursor_type="row", zebra_stripes=True, id="decks")
        yield Footer()

    def on_mount(self) -> None:
        self.title = "quizgen"
        self.sub_title = "Choose a deck"
        table = self.query_one(DataTable)
        table.add_column("Deck", key="title", width=44)
        table.add_column("Items", key="items")
        table.add_column("Due", key="due")
        table.add_column("Last score", key="last")
        self.entries = find_decks(self.quiz_app.deck_dirs)
        self.refresh_rows()
        table.focus()

    def on_screen_resume(self) -> None:
        self.quiz_app.when_drawn(self)
        self.refresh_rows()

    def refresh_rows(self) -> None:
        """Fill the table from the decks found and the progress store."""
        app = self.quiz_app
        table = self.query_one(DataTable)
        cursor = table.cursor_row
        table.clear()
        now = app.clock()
        for n, entry in enumerate(self.entries):
            deck = entry.deck
            if deck is None:
                table.add_row(entry.title, "—", "—", "cannot read", key=str(n))
                continue
            due = len(app.store.due_item_ids([i.id for i in deck.items], now))
            last = app.store.last_finished_session(deck.title)
            if last is None or last.total == 0:
                score = "—"
            else:
                score = f"{last.correct}/{last.total} ({round(100 * last.correct / last.total)}%)"
            table.add_row(deck.title, str(len(deck.items)), str(due), score, key=str(n))
        help_text = self.query_one("#picker-help", Static)
        if self.entries:
            count = len(self.entries)
            found = "1 deck" if count == 1 else f"{count} decks"
            help_text.update(f"{found}. Enter: practice · E: exam · R: spaced review of due items")
        else:
            folders = ", ".join(str(p) for p in app.deck_dirs)
            help_text.update(f"No decks found. Put deck files (*.json) in: {folders}")
        if self.entries:
            table.move_cursor(row=min(cursor, len(self.entries) - 1))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "open":
            return bool(self.entries)
        return True

    def action_open(self, mode: Mode) -> None:
        """Open the highlighted deck in ``mode``."""
        table = self.query_one(DataTable)
        if not self.entries:
            return
        entry = self.entries[table.cursor_row]
        if entry.deck is None:
            self.notify(entry.error or "cannot read this deck", severity="error", timeout=6)
            return
        self.quiz_app.start_quiz(entry.deck, mode)
