"""Shared helpers for the ingest tests."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

import pytest

from quizgen.article import Article

FIXTURES = Path(__file__).parent / "fixtures"


def _check(article: Article) -> None:
    assert article.blocks, "an article always has blocks"
    assert article.text == "\n\n".join(block.text for block in article.blocks)
    for block in article.blocks:
        assert article.text[block.start : block.end] == block.text
        assert block.text == block.text.strip()
        assert "\n" not in block.text
        assert "  " not in block.text
    assert article.sha256 == hashlib.sha256(article.text.encode("utf-8")).hexdigest()
    assert article.title


@pytest.fixture
def well_formed() -> Callable[[Article], None]:
    """Assert the Article invariants: offsets, joining, cleaned blocks, hash, a title."""
    return _check


@pytest.fixture
def fixtures() -> Path:
    """The folder of article files written for these tests."""
    return FIXTURES
