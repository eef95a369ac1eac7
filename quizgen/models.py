"""The deck file format and the models passed between pipeline stages.

A deck file is a public, versioned JSON format (``schema_version``) that other tools read.
Its top level holds ``schema_version``, ``title``, ``sources`` and ``items``; every item
carries a stable ``id``, its ``type``, the ``prompt`` a learner sees, the ``answer``, its
provenance (``source``), an ``explanation``, ``tags`` and a ``difficulty``.

This module imports neither NLTK nor Textual: the quiz and the exporters read decks
through it, and ``quizgen --help`` must stay instant.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError, model_validator

from quizgen.errors import DeckError
from quizgen.quizdeck import ITEM_TYPES as ITEM_TYPES
from quizgen.quizdeck import DifficultyBand, difficulty_band, read_deck_text
from quizgen.quizdeck import ItemType as ItemType

SCHEMA_VERSION = 1
"""Version of the deck file format written by this release."""

DEFAULT_MODIFIED = 1767225600
"""Modification time (2026-01-01T00:00:00Z) given to items that have never been edited.

A fixed value keeps generation byte-for-byte deterministic; an item that is later
regenerated with different text gets the time of that change, which is what Anki's
importer compares to decide whether to update a note it already holds."""


SpanType = Literal[
    "PERSON", "ORG", "PLACE", "DATE", "YEAR", "MONEY", "PERCENT", "NUMBER", "TERM", "OTHER"
]
"""Kind of answer span; distractors must share the answer's kind."""

NAME_KINDS: frozenset[SpanType] = frozenset({"PERSON", "ORG", "PLACE", "OTHER"})
"""The kinds of span that are names (a person, an organisation, a place, another name)."""

GAP = "_____"
"""How a cloze prompt shows its gap."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False)


class Source(_Strict):
    """One article a deck was built from."""

    id: str = Field(min_length=1)
    """Stable identifier (a slug of the article's title); part of every item id."""
    title: str
    """The article's title or, without one, its file name."""
    origin: str
    """Where the article came from as given on the command line (a path, or ``-`` for stdin)."""
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    """SHA-256 of the article's decoded text, so a deck can tell when its source changed."""


class Provenance(_Strict):
    """Where in its source an item comes from."""

    source_id: str
    """``id`` of an entry in the deck's ``sources``."""
    sentence: str = Field(min_length=1)
    """The source sentence, verbatim."""
    start: int = Field(ge=0)
    """Character offset of the sentence in the article text."""
    end: int = Field(ge=0)
    """Character offset just past the sentence in the article text."""
    answer_start: int | None = Field(default=None, ge=0)
    """Character offset of the answer within ``sentence`` (None when not a literal span)."""
    answer_end: int | None = Field(default=None, ge=0)
    """Character offset just past the answer within ``sentence``."""

    @model_validator(mode="after")
    def _offsets_in_order(self) -> Provenance:
        if self.end < self.start:
            raise ValueError("end lies before start")
        if (self.answer_start is None) != (self.answer_end is None):
            raise ValueError("answer_start and answer_end must be given together")
        if (
            self.answer_start is not None
            and self.answer_end is not None
            and not (0 <= self.answer_start < self.answer_end <= len(self.sentence))
        ):
            raise ValueError("answer offsets fall outside the sentence")
        return self


class _ItemBase(_Strict):
    id: str = Field(pattern=r"^[0-9a-f]{16}$")
    """Stable id: a hash of (source id, fact, item type). Regenerating keeps it."""
    prompt: str = Field(min_length=1)
    """What the learner sees. A cloze prompt shows its gap as ``_____``."""
    answer: str = Field(min_length=1)
    """The correct answer as text (``True``/``False`` for true_false items)."""
    answer_type: SpanType = "OTHER"
    """Kind of the answer span (for true_false, of the statement's key span)."""
    source: Provenance
    """The sentence the item is grounded in."""
    explanation: str = ""
    """Shown after answering: why the answer is right, usually the source sentence."""
    tags: list[str] = Field(default_factory=list)
    """Free-form labels (item type, answer kind, topic words)."""
    difficulty: float = Field(default=0.5, ge=0.0, le=1.0)
    """Estimated difficulty from 0 (easy) to 1 (hard)."""
    modified: int = Field(default=DEFAULT_MODIFIED, ge=0)
    """Unix time (seconds) when the item's learner-visible text last changed."""

    @property
    def difficulty_band(self) -> DifficultyBand:
        """The difficulty as a band: easy, medium or hard."""
        return difficulty_band(self.difficulty)


class ClozeItem(_ItemBase):
    """A sentence with one informative span blanked out."""

    type: Literal["cloze"] = "cloze"
    accepted: list[str] = Field(default_factory=list)
    """Other answers to accept when typed."""

    @model_validator(mode="after")
    def _one_gap(self) -> ClozeItem:
        if self.prompt.count(GAP) != 1:
            raise ValueError(f"a cloze prompt must show exactly one gap {GAP!r}")
        return self


class MultipleChoiceItem(_ItemBase):
    """A question with the answer among 3 to 5 options."""

    type: Literal["multiple_choice"] = "multiple_choice"
    options: list[str] = Field(min_length=3, max_length=5)
    """The options in display order; the answer is among them exactly once."""

    @model_validator(mode="after")
    def _answer_once(self) -> MultipleChoiceItem:
        if self.options.count(self.answer) != 1:
            raise ValueError("the answer must be among the options exactly once")
        return self

    @property
    def distractors(self) -> list[str]:
        """The wrong options."""
        return [o for o in self.options if o != self.answer]


class TrueFalseItem(_ItemBase):
    """A statement to judge; a false one records the correction."""

    type: Literal["true_false"] = "true_false"
    answer: Literal["True", "False"]
    correction: str | None = None
    """For a false statement: the true statement (the source sentence's claim)."""

    @model_validator(mode="after")
    def _false_has_correction(self) -> TrueFalseItem:
        if self.answer == "False" and not self.correction:
            raise ValueError("a false statement must carry its correction")
        return self


class ShortAnswerItem(_ItemBase):
    """A question answered by typing a short phrase."""

    type: Literal["short_answer"] = "short_answer"
    accepted: list[str] = Field(default_factory=list)
    """Other answers to accept when typed."""


AnyItem = ClozeItem | MultipleChoiceItem | TrueFalseItem | ShortAnswerItem
"""Any quiz item, for type annotations."""

Item = Annotated[
    ClozeItem | MultipleChoiceItem | TrueFalseItem | ShortAnswerItem,
    Field(discriminator="type"),
]
"""Any quiz item; the ``type`` key decides which."""


class GenerationSettings(_Strict):
    """How a deck's items were generated; regenerating with other settings starts afresh."""

    seed: int = 0
    """The ``--seed`` the items were made with."""
    types: list[ItemType] = Field(default_factory=lambda: list(ITEM_TYPES))
    """The item types asked for."""
    max_items: int | None = None
    """The ``--max-items`` asked for (None: the default for the article's length)."""


class Deck(_Strict):
    """A deck file: sources and the items built from them."""

    schema_version: Literal[1] = 1
    """Version of this format; readers refuse versions they do not know."""
    title: str = Field(min_length=1)
    """The deck's title (also the Anki deck name)."""
    sources: list[Source] = Field(default_factory=list)
    """The articles the items come from."""
    items: list[Item] = Field(default_factory=list)
    """The quiz items, in the order a quiz presents them by default."""
    settings: GenerationSettings | None = None
    """How the items were generated (absent in hand-made decks)."""

    @model_validator(mode="after")
    def _ids_unique_and_sources_known(self) -> Deck:
        seen: set[str] = set()
        known = {s.id for s in self.sources}
        for n, item in enumerate(self.items):
            if item.id in seen:
                raise ValueError(f"item {n} (id {item.id}): duplicate item id")
            seen.add(item.id)
            if item.source.source_id not in known:
                raise ValueError(
                    f"item {n} (id {item.id}): source.source_id {item.source.source_id!r} "
                    "is not in the deck's sources"
                )
        return self

    def to_json(self) -> str:
        """Serialise the deck the one canonical way (stable key order, two-space indent)."""
        data = self.model_dump(mode="json")
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


_DECK_ADAPTER = TypeAdapter(Deck)


def deck_json_schema() -> dict[str, Any]:
    """The JSON Schema of the deck file."""
    schema = Deck.model_json_schema()
    _add_field_docs(schema)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "quizgen deck"
    # Fields with defaults are still required in files: readers rely on them.
    schema["required"] = sorted({*schema.get("required", []), "schema_version"})
    for name, definition in schema.get("$defs", {}).items():
        if name.endswith("Item"):
            definition["required"] = sorted({*definition.get("required", []), "type"})
    return schema


def _field_docs() -> dict[str, dict[str, str]]:
    """Each model's field docstrings, read from this module's source.

    Read when a schema is printed rather than at class creation (pydantic's
    ``use_attribute_docstrings``), which would slow every start of the quiz."""
    import ast
    import inspect
    import sys
    from itertools import pairwise

    tree = ast.parse(inspect.getsource(sys.modules[__name__]))
    docs: dict[str, dict[str, str]] = {}
    for node in tree.body:
        if not isinstance(node, ast.ClassDef):
            continue
        fields: dict[str, str] = {}
        body = node.body
        for stmt, nxt in pairwise(body):
            if (
                isinstance(stmt, ast.AnnAssign)
                and isinstance(stmt.target, ast.Name)
                and isinstance(nxt, ast.Expr)
                and isinstance(nxt.value, ast.Constant)
                and isinstance(nxt.value.value, str)
            ):
                fields[stmt.target.id] = inspect.cleandoc(nxt.value.value)
        docs[node.name] = fields
    return docs


def _add_field_docs(schema: dict[str, Any]) -> None:
    docs = _field_docs()
    models: dict[str, type[BaseModel]] = {
        "Deck": Deck,
        "GenerationSettings": GenerationSettings,
        "Source": Source,
        "Provenance": Provenance,
        "ClozeItem": ClozeItem,
        "MultipleChoiceItem": MultipleChoiceItem,
        "TrueFalseItem": TrueFalseItem,
        "ShortAnswerItem": ShortAnswerItem,
    }
    definitions = {"Deck": schema, **schema.get("$defs", {})}
    for name, definition in definitions.items():
        model = models.get(name)
        if model is None:
            continue
        merged: dict[str, str] = {}
        for klass in reversed(model.__mro__):
            merged.update(docs.get(klass.__name__, {}))
        for field, prop in definition.get("properties", {}).items():
            if field in merged and "description" not in prop:
                prop["description"] = merged[field]


def _describe_error(data: Any, err: dict[str, Any]) -> str:
    loc = list(err.get("loc", ()))
    where = ""
    if len(loc) >= 2 and loc[0] == "items" and isinstance(loc[1], int):
        n = loc[1]
        item_id = None
        if isinstance(data, dict):
            items = data.get("items")
            if isinstance(items, list) and n < len(items) and isinstance(items[n], dict):
                item_id = items[n].get("id")
        where = f"item {n}" + (f" (id {item_id})" if item_id else "")
        # Drop the discriminator tag pydantic inserts ("multiple_choice") from the path.
        rest = [str(p) for p in loc[2:]]
        if rest and rest[0] in ITEM_TYPES:
            rest = rest[1:]
        field = ".".join(rest) or "item"
        return f"{where}: {field}: {err.get('msg', 'invalid')}"
    field = ".".join(str(p) for p in loc) or "deck"
    return f"{field}: {err.get('msg', 'invalid')}"


def parse_deck(text: str, origin: str = "<deck>") -> Deck:
    """Parse deck JSON; errors name the file, the item and the field."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DeckError(f"{origin}: not valid JSON (line {exc.lineno}: {exc.msg})") from None
    if isinstance(data, dict):
        version = data.get("schema_version")
        if isinstance(version, int) and version > SCHEMA_VERSION:
            raise DeckError(
                f"{origin}: schema_version {version} is newer than this quizgen reads "
                f"({SCHEMA_VERSION}); upgrade quizgen"
            )
    try:
        return _DECK_ADAPTER.validate_python(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        more = exc.error_count() - 1
        suffix = f" (and {more} more problem{'s' if more > 1 else ''})" if more else ""
        raise DeckError(f"{origin}: {_describe_error(data, dict(first))}{suffix}") from None


def load_deck(path: Path) -> Deck:
    """Read a deck file; errors name the file, the item and the field."""
    return parse_deck(read_deck_text(path), str(path))


def write_atomic(path: Path, data: str | bytes) -> None:
    """Write a file so that readers see the old content or the new, never a partial file."""
    import os
    import tempfile

    payload = data.encode("utf-8") if isinstance(data, str) else data
    directory = path.parent
    if not directory.is_dir():
        raise DeckError(f"{path}: folder {directory} does not exist")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise DeckError(f"{path}: cannot write here ({exc.strerror})") from None
    try:
        # mkstemp makes the file private (0600); a deck is shared like any other file
        try:
            mode = path.stat().st_mode & 0o777
        except OSError:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
        Path(tmp).replace(path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise DeckError(f"{path}: cannot write ({exc.strerror})") from None


def save_deck(deck: Deck, path: Path) -> None:
    """Write a deck file atomically in the canonical form."""
    write_atomic(path, deck.to_json())
