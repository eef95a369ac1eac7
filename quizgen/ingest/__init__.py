"""Ingest: article files (plain text, Markdown, HTML) or stdin in, ``Article`` out.

``read_article`` reads a path or ``-`` (stdin); ``parse_article`` parses bytes already in
hand. Both raise :class:`quizgen.errors.InputError` with one line naming the input when
it cannot be read or holds no article text. HTML support imports trafilatura lazily.
"""

from quizgen.ingest.reader import DEFAULT_MAX_BYTES, parse_article, read_article

__all__ = ["DEFAULT_MAX_BYTES", "parse_article", "read_article"]
