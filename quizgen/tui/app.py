"""The Textual app and its factory, shared by the CLI and the tests."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path
from typing import ClassVar

from fsrs import Rating
from textual.app import App
from textual.binding import Binding, BindingType

from quizgen.models import Deck, Item
from quizgen.store import Clock, ProgressStore, system_clock
from quizgen.tui.screens.quiz_screen import QuizScreen
from quizgen.tui.session import Mode, Outcome, QuizRun, resume_or_start, start_missed

DARK_THEME = "textual-dark"
LIGHT_THEME = "textual-light"


class QuizApp(App[int]):
    """The terminal quiz: a deck picker, quiz sessions and their results."""

    CSS_PATH = "quiz.tcss"
    TITLE = "quizgen"
    ENABLE_COMMAND_PALETTE = False

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+q", "request_quit", "Quit", priority=True),
        Binding("ctrl+t", "toggle_theme", "Theme"),
    ]

    def __init__(
        self,
        *,
        store: ProgressStore,
        deck: Deck | None = None,
        mode: Mode = "practice",
        rng: random.Random | None = None,
        clock: Clock = system_clock,
        deck_dirs: Sequence[Path] = (),
        time_limit: timedelta | None = None,
        shuffle: bool = True,
        resume: bool = True,
        theme: str = DARK_THEME,
    ) -> None:
        super().__init__()
        self.store = store
        self.deck = deck
        self.mode: Mode = mode
        self.rng = rng if rng is not None else random.Random()
        self.clock = clock
        self.deck_dirs = list(deck_dirs)
        self.time_limit = time_limit
        self.shuffle = shuffle
        self.resume = resume
        self.has_picker = deck is None
        self._decks: dict[str, Deck] = {}
        self.theme = theme

    def on_mount(self) -> None:
        if self.deck is None:
            from quizgen.tui.screens.picker_screen import DeckPickerScreen

            self.push_screen(DeckPickerScreen())
        else:
            self.start_quiz(self.deck, self.mode)

    # -- sessions --------------------------------------------------------------------------

    def deck_items(self, deck_title: str) -> list[Item]:
        """The items of an opened deck, by title."""
        deck = self._decks.get(deck_title)
        return list(deck.items) if deck is not None else []

    def start_quiz(self, deck: Deck, mode: Mode) -> None:
        """Open ``deck`` in ``mode``, resuming its unfinished session if there is one."""
        self._decks[deck.title] = deck
        run, resumed = resume_or_start(
            self.store,
            deck_title=deck.title,
            items=deck.items,
            mode=mode,
            rng=self.rng,
            now=self.clock(),
            shuffle=self.shuffle,
            resume=self.resume,
        )
        if resumed:
            self.notify(
                f"Continuing where you left off: {run.done} of {run.total} done.", timeout=4
            )
        limit = self.time_limit if mode == "exam" else None
        self.push_screen(QuizScreen(run, time_limit=limit))

    def save_outcome(self, run: QuizRun, outcome: Outcome, *, rating: Rating | None = None) -> None:
        """Commit one answer to the progress store at once (own transaction)."""
        self.store.record(
            item_id=outcome.item.id,
            deck_title=run.deck_title,
            now=self.clock(),
            result=outcome.result,
            mode=run.mode,
            answer=outcome.given,
            duration_ms=outcome.duration_ms,
            session_id=run.session_id,
            rating=rating,
        )

    def show_results(self, run: QuizRun) -> None:
        """Close the session in the store and replace the quiz with its results."""
        # Screens other than the quiz load on first use: the first question shows sooner.
        from quizgen.tui.screens.results_screen import ResultsScreen

        if run.session_id is not None:
            self.store.finish_session(run.session_id, self.clock())
        self.switch_screen(ResultsScreen(run))

    def start_missed(self, run: QuizRun) -> None:
        """A practice session of the run's missed items, replacing the results."""
        missed = start_missed(
            self.store, deck_title=run.deck_title, items=run.missed(), now=self.clock()
        )
        self.switch_screen(QuizScreen(missed))

    def restart(self, run: QuizRun) -> None:
        """The same deck again, in the same mode, as a new session."""
        deck = self._decks.get(run.deck_title)
        if deck is None:
            return
        self.pop_screen()
        self.start_quiz(deck, run.mode)

    def leave_quiz(self) -> None:
        """Back to the picker (or out of the app when opened on one deck)."""
        if self.has_picker:
            self.pop_screen()
        else:
            self.exit(0)

    # -- app-wide keys ---------------------------------------------------------------------

    def action_request_quit(self) -> None:
        """Quit; mid-session, first confirm (and say that progress is saved)."""
        from quizgen.tui.screens.confirm_quit_screen import ConfirmQuitScreen

        screen = self.screen
        if isinstance(screen, ConfirmQuitScreen):
            self.exit(0)
            return
        if isinstance(screen, QuizScreen):
            if not screen.in_progress:
                screen.wrap_up()
                self.exit(0)
                return

            def decided(quit_: bool | None) -> None:
                if quit_:
                    screen.wrap_up()
                    self.exit(0)

            self.push_screen(ConfirmQuitScreen(screen.run.done), decided)
            return
        self.exit(0)

    def action_toggle_theme(self) -> None:
        """Switch between the light and the dark theme."""
        self.theme = LIGHT_THEME if self.theme == DARK_THEME else DARK_THEME


def make_app(
    deck: Deck | None,
    *,
    store: ProgressStore,
    mode: Mode = "practice",
    rng: random.Random | None = None,
    clock: Clock = system_clock,
    deck_dirs: Sequence[Path] = (),
    time_limit: timedelta | None = None,
    shuffle: bool = True,
    resume: bool = True,
) -> QuizApp:
    """Build the quiz app: on one ``deck``, or (``deck=None``) on the picker over ``deck_dirs``."""
    return QuizApp(
        store=store,
        deck=deck,
        mode=mode,
        rng=rng,
        clock=clock,
        deck_dirs=deck_dirs,
        time_limit=time_limit,
        shuffle=shuffle,
        resume=resume,
    )
