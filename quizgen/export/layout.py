"""Where each item lands in Anki: its (sub)deck, the deck's id, and the note's tags.

Shared by the package and the CSV exporter so both put an item in the same place.
"""

from __future__ import annotations

import hashlib
import re

from quizgen.models import Deck, Source

_SLUG_JUNK = re.compile(r"[^\w-]+")


def slug(text: str) -> str:
    """A tag-safe slug: lower case, words joined by hyphens (letters of any script kept)."""
    cleaned = _SLUG_JUNK.sub("-", text.casefold()).strip("-_")
    return re.sub(r"-{2,}", "-", cleaned) or "untitled"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def deck_names(deck: Deck) -> dict[str, str]:
    """The Anki deck name for each source id.

    One source: every note goes into a deck named after the deck's title. Several sources:
    each source gets a subdeck ``"Deck title::Source title"``. ``::`` inside a source
    title is Anki's subdeck separator, so it is softened to ``:`` there; two sources with
    the same title get their source id appended so their cards stay apart.
    """
    title = _one_line(deck.title) or "quizgen"
    if len(deck.sources) <= 1:
        return {source.id: title for source in deck.sources}
    labels = [_source_label(source) for source in deck.sources]
    names: dict[str, str] = {}
    for source, label in zip(deck.sources, labels, strict=True):
        if labels.count(label) > 1:
            label = f"{label} ({source.id})"
        names[source.id] = f"{title}::{label}"
    return names


def _source_label(source: Source) -> str:
    label = _one_line(source.title).replace("::", ":").strip(": ")
    return label or source.id


def deck_id(name: str) -> int:
    """A stable Anki deck id for a deck name (in the range genanki recommends)."""
    digest = hashlib.sha256(f"quizgen deck\x00{name}".encode()).digest()
    return (1 << 30) + int.from_bytes(digest[:8], "big") % (1 << 30)


def item_tags(item_type: str, source_id: str, difficulty_band: str) -> list[str]:
    """Anki tags of a note: ``quizgen`` plus hierarchical tags for type, source and band.

    Hierarchical tags (``quizgen::type::cloze``) keep quizgen's tags together in Anki's
    browser sidebar and never collide with a learner's own tags; searching ``tag:quizgen``
    still finds every quizgen note.
    """
    return [
        "quizgen",
        f"quizgen::type::{item_type}",
        f"quizgen::source::{slug(source_id)}",
        f"quizgen::difficulty::{difficulty_band}",
    ]
