"""Asking the items of one session, one at a time, with feedback and (in review) ratings."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import ClassVar, Literal

from fsrs import Rating
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.timer import Timer
from textual.widgets import Footer, Header, Input, Label, Static

from quizgen.quizdeck import QuizItem
from quizgen.tui.screens.app_screen import AppScreen
from quizgen.tui.session import (
    TYPE_LABELS,
    Outcome,
    QuizRun,
    default_rating,
    format_duration,
)
from quizgen.tui.widgets.choice_list import ChoiceList
from quizgen.tui.widgets.feedback_panel import FeedbackPanel
from quizgen.tui.widgets.rating_bar import RatingBar
from quizgen.tui.widgets.score_bar import ScoreBar
from quizgen.tui.widgets.true_false_choice import TrueFalseChoice

State = Literal["question", "feedback", "rating", "empty", "busy"]


class QuizScreen(AppScreen):
    """One session: question, answer, feedback, next; results at the end."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "skip", "Skip"),
        Binding("escape", "leave", "Decks"),
    ]

    def __init__(self, run: QuizRun, *, time_limit: timedelta | None = None) -> None:
        super().__init__()
        self.run = run
        self.time_limit = time_limit
        self.state: State = "question"
        self.item: QuizItem | None = None
        self.pending: Outcome | None = None
        self._timer: Timer | None = None
        self._started_at: datetime
        self._shown_at: datetime

    def compose(self) -> ComposeResult:
        yield Header()
        yield ScoreBar(id="score-bar")
        with VerticalScroll(id="question-area"):
            yield Label(id="kind")
            yield Static(id="prompt", markup=False)
            yield ChoiceList(id="choices")
            yield TrueFalseChoice(id="truefalse")
            yield Input(placeholder="Type your answer and press Enter", id="typed")
            yield FeedbackPanel(id="feedback")
            yield RatingBar(id="rating")
        yield Static(id="empty")
        yield Footer()

    async def on_mount(self) -> None:
        mode = {"practice": "Practice", "exam": "Exam", "review": "Spaced review"}[self.run.mode]
        # The mode first: a long deck title is cut at the right edge, not the mode.
        self.title = mode
        self.sub_title = self.run.deck_title
        self._started_at = self._shown_at = self.quiz_app.clock()
        if self.time_limit is not None:
            self._timer = self.set_interval(1.0, self.tick)
        if self.run.finished:
            if self.run.total == 0:
                self._show_empty()
            else:
                self.finish()
            return
        await self.show_item()

    def on_screen_resume(self) -> None:
        self.quiz_app.when_drawn(self)

    # -- showing ---------------------------------------------------------------------------

    def _time_left(self) -> timedelta | None:
        if self.time_limit is None:
            return None
        return self.time_limit - (self.quiz_app.clock() - self._started_at)

    def _update_score(self) -> None:
        left = self._time_left()
        self.query_one(ScoreBar).show(
            done=self.run.done,
            total=self.run.total,
            correct=self.run.correct,
            hide_score=self.run.mode == "exam",
            time_left=None if left is None else format_duration(int(left.total_seconds() * 1000)),
        )

    def _show_empty(self) -> None:
        self.state = "empty"
        app = self.quiz_app
        if self.run.mode == "review":
            next_due = app.store.next_due([i.id for i in app.deck_items(self.run.deck_title)])
            when = (
                f"The next item is due {next_due.astimezone():%Y-%m-%d %H:%M}."
                if next_due is not None
                else "No item has been reviewed yet."
            )
            message = f"Nothing is due for review in this deck.\n{when}"
        else:
            message = "This deck has no items."
        self.query_one("#question-area").display = False
        empty = self.query_one("#empty", Static)
        empty.display = True
        empty.update(f"{message}\n\nPress Escape to go back.")
        self._update_score()
        self.refresh_bindings()

    async def show_item(self) -> None:
        """Show the run's current item as a fresh question."""
        item = self.run.current
        assert item is not None
        self.item = item
        self.pending = None
        self.state = "question"
        number = self.run.done + 1
        self.query_one("#kind", Label).update(
            f"Question {number} of {self.run.total} · {TYPE_LABELS[item.type]}"
            f" · {item.difficulty_band}"
        )
        self.query_one("#prompt", Static).update(item.prompt)
        choices = self.query_one("#choices", ChoiceList)
        truefalse = self.query_one("#truefalse", TrueFalseChoice)
        typed = self.query_one("#typed", Input)
        choices.display = item.type == "multiple_choice"
        truefalse.display = item.type == "true_false"
        typed.display = item.is_typed
        self.query_one(FeedbackPanel).display = False
        self.query_one(RatingBar).display = False
        if item.type == "multiple_choice":
            await choices.set_options(item.options)
            choices.focus()
        elif item.type == "true_false":
            await truefalse.set_options(["True", "False"])
            truefalse.focus()
        else:
            typed.value = ""
            typed.disabled = False
            typed.focus()
        self.query_one("#question-area", VerticalScroll).scroll_home(animate=False)
        self._shown_at = self.quiz_app.clock()
        self._update_score()
        self.refresh_bindings()

    # -- answering -------------------------------------------------------------------------

    def _elapsed_ms(self) -> int:
        return int((self.quiz_app.clock() - self._shown_at).total_seconds() * 1000)

    def on_choice_list_chosen(self, event: ChoiceList.Chosen) -> None:
        event.stop()
        if self.state == "question":
            self.submit(event.text)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if self.state != "question":
            return
        if not event.value.strip():
            self.notify("Type an answer first (or press ctrl+s to skip).", timeout=3)
            return
        self.submit(event.value.strip())

    def submit(self, given: str) -> None:
        """Grade ``given`` for the current item and show feedback (or move on in an exam)."""
        item = self.item
        assert item is not None
        outcome = self.run.answer(item, given, duration_ms=self._elapsed_ms())
        if self.run.mode == "review":
            # The review is logged once rated (rating and answer in one transaction).
            self.pending = outcome
            self._show_feedback(outcome)
            self.state = "rating"
            rating = self.query_one(RatingBar)
            rating.offer(default_rating(outcome.result))
            rating.display = True
            rating.focus()
            rating.scroll_visible(animate=False)
            self.refresh_bindings()
            return
        self.quiz_app.save_outcome(self.run, outcome)
        if self.run.mode == "exam":
            self.state = "busy"
            self.call_after_refresh(self.advance)
            return
        self._show_feedback(outcome)
        self.state = "feedback"
        feedback = self.query_one(FeedbackPanel)
        feedback.focus()
        self.refresh_bindings()

    def _show_feedback(self, outcome: Outcome) -> None:
        item = outcome.item
        if item.type == "multiple_choice":
            self.query_one("#choices", ChoiceList).reveal(item.answer, outcome.given)
        elif item.type == "true_false":
            self.query_one("#truefalse", TrueFalseChoice).reveal(item.answer, outcome.given)
        else:
            self.query_one("#typed", Input).disabled = True
        feedback = self.query_one(FeedbackPanel)
        feedback.show_outcome(outcome)
        feedback.display = True
        feedback.scroll_visible(animate=False)
        self._update_score()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "skip":
            return self.state == "question"
        if action == "next_item":
            return self.state == "feedback"
        if action == "rate":
            return self.state == "rating"
        if action == "leave":
            return self.state == "empty" or self.quiz_app.has_picker
        return True

    def action_skip(self) -> None:
        """Skip the current item (it counts as missed and stays due)."""
        if self.state != "question" or self.item is None:
            return
        outcome = self.run.skip(self.item, duration_ms=self._elapsed_ms())
        self.quiz_app.save_outcome(self.run, outcome)
        self.state = "busy"
        self.call_after_refresh(self.advance)

    def action_next_item(self) -> None:
        """After feedback: the next item, or the results."""
        if self.state == "feedback":
            self.state = "busy"
            self.call_after_refresh(self.advance)

    def action_rate(self, value: int) -> None:
        """Spaced review: rate recall 1-4 (0 = the default) and move on."""
        if self.state != "rating" or self.pending is None:
            return
        rating = default_rating(self.pending.result) if value == 0 else Rating(value)
        self.quiz_app.save_outcome(self.run, self.pending, rating=rating)
        self.pending = None
        self.state = "busy"
        self.call_after_refresh(self.advance)

    def save_pending(self) -> None:
        """Quitting while a rating is offered: keep the answer with its default rating."""
        if self.pending is not None:
            self.quiz_app.save_outcome(
                self.run, self.pending, rating=default_rating(self.pending.result)
            )
            self.pending = None

    def action_leave(self) -> None:
        """Back to the deck picker (or quit when there is none); mid-session, confirm first."""
        if not self.in_progress:
            self.wrap_up()
            self.quiz_app.leave_quiz()
            return
        from quizgen.tui.screens.confirm_quit_screen import ConfirmQuitScreen

        def decided(leave: bool | None) -> None:
            if leave:
                self.wrap_up()
                if self._timer is not None:
                    self._timer.stop()
                self.quiz_app.leave_quiz()

        self.app.push_screen(ConfirmQuitScreen(self.run.done, leaving=True), decided)

    async def advance(self) -> None:
        """Move to the next item or, at the end, to the results."""
        if self.run.finished:
            self.finish()
        else:
            await self.show_item()

    def tick(self) -> None:
        """Exam time limit: refresh the clock; at zero, end the session."""
        left = self._time_left()
        if left is None or self.state == "empty" or self.run.finished:
            return
        if self.app.screen is not self:
            return  # a dialog is open; the session ends once it closes
        if left <= timedelta(0):
            self.run.timed_out = True
            self.notify("Time is up.", timeout=4)
            self.finish()
        else:
            self._update_score()

    @property
    def in_progress(self) -> bool:
        """Whether leaving now would interrupt the session (or drop an unrated answer)."""
        if self.state == "empty":
            return False
        return not self.run.finished or self.pending is not None

    def wrap_up(self) -> None:
        """Before the app closes: keep an unrated answer, close a session that is done."""
        self.save_pending()
        if self.run.finished and self.run.session_id is not None:
            self.quiz_app.store.finish_session(self.run.session_id, self.quiz_app.clock())

    def finish(self) -> None:
        """Close the session and show its results."""
        if self._timer is not None:
            self._timer.stop()
        self.quiz_app.show_results(self.run)
