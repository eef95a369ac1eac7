"""quizgen: turn articles into validated quiz items, offline."""

__version__ = "0.1.0"
__all__ = ["__version__"]
