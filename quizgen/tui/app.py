"""The Textual app and its factory, shared by the CLI and the tests."""

from __future__ import annotations

import gc
import random
from collections.abc import Callable, Sequence
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from fsrs import Rating
from textual.app import App
from textual.binding import Binding, BindingType
from textual.screen import Screen

from quizgen.quizdeck import QuizDeck, QuizItem
from quizgen.store import Clock, ProgressStore, system_clock
from quizgen.tui.screens.quiz_screen import QuizScreen
from quizgen.tui.session import Mode, Outcome, QuizRun, resume_or_start, start_missed

if TYPE_CHECKING:
    from quizgen.models import Deck

DeckCheck = Callable[[], object]
"""Checks the opened deck file in full; raises :class:`~quizgen.errors.QuizgenError` if bad."""

DARK_THEME = "textual-dark"
LIGHT_THEME = "textual-light"


class QuizApp(App[int]):
    """The terminal quiz: a deck picker, quiz sessions and their results.

    On one ``deck`` (a validated :class:`~quizgen.models.Deck` or the quick read of a deck
    file), or with ``deck=None`` on the picker over ``deck_dirs``. ``deck_check`` is the
    deck file's full check, run once the first question is drawn (see :meth:`after_start`).
    """

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
        deck: QuizDeck | Deck | None = None,
        mode: Mode = "practice",
        rng: random.Random | None = None,
        clock: Clock = system_clock,
        deck_dirs: Sequence[Path] = (),
        time_limit: timedelta | None = None,
        shuffle: bool = True,
        resume: bool = True,
        theme: str = DARK_THEME,
        deck_check: DeckCheck | None = None,
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
        self._decks: dict[str, QuizDeck] = {}
        self.theme = theme
        self.deck_check = deck_check
        self.error_message: str | None = None
        """Set when the deck's full check refused it; the CLI prints it after the app ends."""
        self._started = False

    def on_mount(self) -> None:
        if self.deck is None:
            from quizgen.tui.screens.picker_screen import DeckPickerScreen

            self.push_screen(DeckPickerScreen())
        else:
            self.start_quiz(self.deck, self.mode)

    # -- sessions --------------------------------------------------------------------------

    def when_drawn(self, screen: Screen[None]) -> None:
        """Called as each screen becomes current; the first time, queues :meth:`after_start`.

        Queued on the screen now current, twice over, so that it runs once the screen's
        first frame (with its content) has gone to the terminal.
        """
        if self._started:
            return
        self._started = True
        screen.call_after_refresh(screen.call_after_refresh, self.after_start)

    def after_start(self) -> None:
        """What waits until the first screen is on the terminal.

        The garbage collector goes back on (``quizgen quiz`` starts with it off: the start is
        mostly imports, and collecting while they run costs about a tenth of a second); what
        the start built is frozen first, so no later collection walks it again. Then the
        deck file's full check runs in a thread (the quiz opened on a quick read of it; see
        :mod:`quizgen.quizdeck`), so keys pressed meanwhile are answered at once. A deck the
        check refuses ends the app with exit code 1 and the check's message.
        """
        if not gc.isenabled():
            gc.freeze()
            gc.enable()
        check, self.deck_check = self.deck_check, None
        if check is not None:
            self.run_worker(
                lambda: self._run_check(check), thread=True, name="deck check", group="check"
            )

    def _run_check(self, check: DeckCheck) -> None:
        from quizgen.errors import QuizgenError

        try:
            check()
        except QuizgenError as exc:
            self.call_from_thread(self._refuse, str(exc), 1)
        except Exception as exc:  # a bug in the check: one line, never a traceback
            self.call_from_thread(self._refuse, f"internal error: {type(exc).__name__}: {exc}", 2)

    def _refuse(self, message: str, code: int) -> None:
        self.error_message = message
        self.exit(code, return_code=code)

    def deck_items(self, deck_title: str) -> list[QuizItem]:
        """The items of an opened deck, by title."""
        deck = self._decks.get(deck_title)
        return list(deck.items) if deck is not None else []

    def start_quiz(self, deck: QuizDeck | Deck, mode: Mode) -> None:
        """Open ``deck`` in ``mode``, resuming its unfinished session if there is one."""
        if not isinstance(deck, QuizDeck):
            deck = QuizDeck.of(deck)
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
