"""The base of the quiz's full screens: typed access to the app."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.screen import Screen

if TYPE_CHECKING:
    from quizgen.tui.app import QuizApp


class AppScreen(Screen[None]):
    """A screen of the quiz app, with the app typed as ``QuizApp``."""

    @property
    def quiz_app(self) -> QuizApp:
        """The app, typed."""
        from quizgen.tui.app import QuizApp

        app = self.app
        assert isinstance(app, QuizApp)
        return app
