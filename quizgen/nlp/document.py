"""What the NLP stage produces: sentences with tokens, tags, chunks and typed spans.

Plain slotted dataclasses rather than pydantic models: a long article holds tens of
thousands of tokens, and these objects never cross a file boundary.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from quizgen.article import Article
from quizgen.models import SpanType

NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
"""Penn Treebank tags of nouns, common and proper."""
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
"""Penn Treebank tags of finite verbs (and modals): what makes a clause."""


@dataclass(slots=True, frozen=True)
class Token:
    """A word or punctuation mark with its part-of-speech tag."""

    text: str
    start: int
    """Character offset in the sentence."""
    end: int
    tag: str
    """Penn Treebank tag."""


@dataclass(slots=True, frozen=True)
class Span:
    """A typed stretch of a sentence: a candidate answer."""

    start: int
    """Character offset in the sentence."""
    end: int
    text: str
    kind: SpanType
    first_token: int
    """Index of the span's first token in the sentence."""
    last_token: int
    """Index of the span's last token (inclusive)."""


@dataclass(slots=True)
class Sentence:
    """One sentence of an article, never crossing a block boundary."""

    index: int
    text: str
    start: int
    """Character offset in the article text."""
    end: int
    block: int
    """Index of the block (paragraph) it belongs to."""
    tokens: list[Token]
    chunks: list[tuple[int, int]] = field(default_factory=list)
    """Noun-phrase chunks as (first token, last token inclusive)."""
    spans: list[Span] = field(default_factory=list)


@dataclass(slots=True)
class Document:
    """An analysed article."""

    article: Article
    sentences: list[Sentence]
    people: dict[str, str] = field(default_factory=dict)
    """Known person names (lower case, including lone surnames) to their full form."""
    memo: dict[str, object] = field(default_factory=dict)
    """Per-document caches of later stages (distractor pools), built on first use."""
