"""Whatever bytes come in, ingest returns a well-formed Article or raises InputError."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizgen.article import Article
from quizgen.errors import InputError
from quizgen.ingest import parse_article

_PIECES = st.sampled_from(
    [
        "The river rose.", "Otters", "\n", "\n\n", " ", "\t", "\r\n", "<p>", "</p>", "<div>",
        "<script>x()</script>", "&amp;", "&lt;b&gt;", "# ", "## ", "- ", "* ", "> ", "```",
        "---\n", "(Source: Wire)", "Related News:", "Comment", "By Jane Doe", "\u00a0",
        "\u200b", "é", "“", "”", "—", "https://x.org", "|a|b|\n|-|-|\n", "[link](u)", "![i](p)",
        "A long sentence about the harbour and the boats that came in early this morning.",
    ]
)  # fmt: skip
_TEXTS = st.lists(st.one_of(_PIECES, st.text(max_size=20)), max_size=40).map("".join)
_SETTINGS = settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def _parse_or_input_error(data: bytes, origin: str, check: Callable[[Article], None]) -> None:
    try:
        article = parse_article(data, origin)
    except InputError as error:
        assert "\n" not in str(error)
        assert str(error).startswith(f"{origin}: ")
        return
    check(article)
    assert any(block.kind == "paragraph" for block in article.blocks)


@_SETTINGS
@given(text=_TEXTS)
def test_text_and_markdown_never_crash(text: str, well_formed: Callable[[Article], None]) -> None:
    for origin in ("a.txt", "a.md", "a"):
        _parse_or_input_error(text.encode("utf-8", "surrogatepass"), origin, well_formed)


@_SETTINGS
@given(text=_TEXTS)
def test_html_never_crashes(text: str, well_formed: Callable[[Article], None]) -> None:
    _parse_or_input_error(text.encode("utf-8", "surrogatepass"), "a.html", well_formed)


@_SETTINGS
@given(data=st.binary(max_size=200))
def test_random_bytes_never_crash(data: bytes, well_formed: Callable[[Article], None]) -> None:
    _parse_or_input_error(data, "a.txt", well_formed)
