"""The one family of errors quizgen raises for problems a user can fix.

The CLI turns any ``QuizgenError`` into a single line on stderr and exit code 1.
"""


class QuizgenError(Exception):
    """A problem with the user's input or environment, told in one line."""


class InputError(QuizgenError):
    """An article could not be read or holds nothing to work with."""


class DeckError(QuizgenError):
    """A deck file could not be read, parsed, validated or written."""


class ExportError(QuizgenError):
    """A deck could not be exported."""
