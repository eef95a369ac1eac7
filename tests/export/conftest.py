"""Sample decks for the export tests, built from the models (no generator needed).

``sample_deck()`` holds items of all four types from two sources, one of them hostile:
script tags, HTML, entities, Anki cloze braces and sound tags, a 300-character word,
Arabic and Hebrew right-to-left text.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from quizgen.models import (
    DEFAULT_MODIFIED,
    GAP,
    ClozeItem,
    Deck,
    MultipleChoiceItem,
    Provenance,
    ShortAnswerItem,
    Source,
    TrueFalseItem,
)

SCRIPT = "<script>alert(1)</script>"
BOLD = "<b>bold</b>"
ENTITY = "&amp;"
CLOZE_BRACES = "{{c1::x}}"
SOUND = "[sound:x.mp3]"
LONG_WORD = "Pneumono" + "ultra" * 55 + "microscopicsis" + "s" * 3
ARABIC = "القاهرة هي عاصمة مصر"
HEBREW = "ירושלים"
HOSTILE_TITLE = f"{SCRIPT} {BOLD} {ENTITY} {CLOZE_BRACES}"

OCEAN = Source(
    id="ocean-currents",
    title="Ocean Currents",
    origin="examples/ocean.md",
    sha256="0" * 64,
)
HOSTILE = Source(id="hostile-article", title=HOSTILE_TITLE, origin="-", sha256="1" * 64)

assert len(LONG_WORD) == 300


def item_id(label: str) -> str:
    """A 16-hex item id for a test label (the generator hashes source, fact and type)."""
    return hashlib.sha256(label.encode()).hexdigest()[:16]


def provenance(source: Source, sentence: str, answer: str | None = None) -> Provenance:
    if answer is None or answer not in sentence:
        return Provenance(source_id=source.id, sentence=sentence, start=0, end=len(sentence))
    start = sentence.index(answer)
    return Provenance(
        source_id=source.id,
        sentence=sentence,
        start=0,
        end=len(sentence),
        answer_start=start,
        answer_end=start + len(answer),
    )


GULF = "The Gulf Stream carries warm water from the Gulf of Mexico to Europe."
HOSTILE_SENTENCE = f"Click {SCRIPT} or {BOLD} {ENTITY} {CLOZE_BRACES} {SOUND} now, said {HEBREW}."


def sample_items() -> list[ClozeItem | MultipleChoiceItem | TrueFalseItem | ShortAnswerItem]:
    """Items of every type; the hostile ones carry hostile text in every field."""
    return [
        ClozeItem(
            id=item_id("cloze-gulf"),
            prompt=GULF.replace("Gulf of Mexico", GAP),
            answer="Gulf of Mexico",
            answer_type="PLACE",
            source=provenance(OCEAN, GULF, "Gulf of Mexico"),
            explanation=GULF,
            difficulty=0.2,
        ),
        MultipleChoiceItem(
            id=item_id("mc-gulf"),
            prompt="Which current carries warm water to Europe?",
            answer="Gulf Stream",
            options=["Humboldt Current", "Gulf Stream", "Kuroshio Current", "Agulhas Current"],
            source=provenance(OCEAN, GULF, "Gulf Stream"),
            explanation=GULF,
            difficulty=0.5,
        ),
        MultipleChoiceItem(
            id=item_id("mc-three"),
            prompt="Where does the Gulf Stream take its warm water?",
            answer="Europe",
            options=["Europe", "Asia", "Australia"],
            source=provenance(OCEAN, GULF, "Europe"),
            explanation=GULF,
            difficulty=0.4,
        ),
        TrueFalseItem(
            id=item_id("tf-false"),
            prompt="The Gulf Stream carries cold water to Europe.",
            answer="False",
            correction="The Gulf Stream carries warm water to Europe.",
            source=provenance(OCEAN, GULF),
            explanation=GULF,
            difficulty=0.3,
        ),
        TrueFalseItem(
            id=item_id("tf-true"),
            prompt="The Gulf Stream carries warm water to Europe.",
            answer="True",
            source=provenance(OCEAN, GULF),
            explanation=GULF,
            difficulty=0.1,
        ),
        ShortAnswerItem(
            id=item_id("short-gulf"),
            prompt="Which current carries warm water from the Gulf of Mexico to Europe?",
            answer="The Gulf Stream",
            accepted=["Gulf Stream"],
            source=provenance(OCEAN, GULF, "Gulf Stream"),
            explanation="Ocean currents move heat; the Gulf Stream warms Europe.",
            difficulty=0.8,
        ),
        ClozeItem(
            id=item_id("cloze-hostile"),
            prompt=HOSTILE_SENTENCE.replace(BOLD, GAP),
            answer=BOLD,
            source=provenance(HOSTILE, HOSTILE_SENTENCE, BOLD),
            explanation=f"{SCRIPT} {CLOZE_BRACES} {LONG_WORD}",
            difficulty=0.9,
            modified=DEFAULT_MODIFIED + 60,
        ),
        MultipleChoiceItem(
            id=item_id("mc-hostile"),
            prompt=f"{ARABIC}؟ {SCRIPT}",
            answer=f"{CLOZE_BRACES} {ARABIC}",
            options=[SCRIPT, BOLD, ENTITY, LONG_WORD, f"{CLOZE_BRACES} {ARABIC}"],
            source=provenance(HOSTILE, HOSTILE_SENTENCE),
            explanation=f"{HEBREW} {SOUND}",
            difficulty=0.6,
        ),
        TrueFalseItem(
            id=item_id("tf-hostile"),
            prompt=f"{LONG_WORD} {SCRIPT} is true.",
            answer="False",
            correction=f"{CLOZE_BRACES} {BOLD} {ENTITY} is true.",
            source=provenance(HOSTILE, HOSTILE_SENTENCE),
            explanation=HOSTILE_SENTENCE,
            difficulty=0.7,
        ),
        ShortAnswerItem(
            id=item_id("short-hostile"),
            prompt=f"{HEBREW}? {BOLD} {CLOZE_BRACES}",
            answer=f"{ENTITY} {SCRIPT}",
            accepted=[CLOZE_BRACES, ARABIC],
            source=provenance(HOSTILE, HOSTILE_SENTENCE),
            explanation=f"{ARABIC} {ENTITY}",
            difficulty=0.2,
        ),
    ]


def sample_deck() -> Deck:
    """A deck from two sources with items of all four types, hostile text included."""
    return Deck(title="Earth Science", sources=[OCEAN, HOSTILE], items=sample_items())


def single_source_deck() -> Deck:
    """The ocean items alone: a deck with one source (no subdecks)."""
    items = [i for i in sample_items() if i.source.source_id == OCEAN.id]
    return Deck(title="Ocean Currents", sources=[OCEAN], items=items)


@pytest.fixture
def make_deck() -> Callable[[], Deck]:
    """Build a fresh sample deck (a factory, so a test can change its copy)."""
    return sample_deck


@pytest.fixture
def make_single_source_deck() -> Callable[[], Deck]:
    return single_source_deck


@dataclass(frozen=True)
class HostileText:
    """The hostile snippets in the sample deck, for tests to look for."""

    script: str = SCRIPT
    bold: str = BOLD
    entity: str = ENTITY
    cloze: str = CLOZE_BRACES
    sound: str = SOUND
    long_word: str = LONG_WORD
    arabic: str = ARABIC
    hebrew: str = HEBREW


@pytest.fixture
def hostile() -> HostileText:
    return HostileText()


class _Page(HTMLParser):
    """What a browser would show: visible text (entities decoded) and the tags used."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.tags: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag == "style":
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "style":
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.text.append(data)


def visible_text(html_text: str) -> str:
    page = _Page()
    page.feed(html_text)
    page.close()
    return " ".join("".join(page.text).split())


def html_tags(html_text: str) -> set[str]:
    page = _Page()
    page.feed(html_text)
    page.close()
    return set(page.tags)


class AnkiCollection:
    """A fresh collection of the real Anki backend, with the checks the tests need."""

    def __init__(self, path: Path) -> None:
        from anki.collection import Collection

        self.col = Collection(str(path))

    def import_apkg(self, package: Path) -> Any:
        """Import like Anki's import dialog does by default; return the import log."""
        from anki.collection import ImportAnkiPackageOptions, ImportAnkiPackageRequest
        from anki.import_export_pb2 import IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_IF_NEWER

        options = ImportAnkiPackageOptions(
            merge_notetypes=False,
            update_notes=IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_IF_NEWER,
            update_notetypes=IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_IF_NEWER,
            with_scheduling=False,
            with_deck_configs=False,
        )
        request = ImportAnkiPackageRequest(package_path=str(package), options=options)
        return self.col.import_anki_package(request).log

    def import_csv(self, path: Path) -> Any:
        """Import a text file with the options Anki's dialog preselects from its headers."""
        from anki.collection import ImportCsvRequest

        metadata = self.col.get_csv_metadata(str(path), None)
        return self.col.import_csv(ImportCsvRequest(path=str(path), metadata=metadata)).log

    def note_ids(self, search: str = "") -> list[int]:
        return list(self.col.find_notes(search))

    def card_ids(self, search: str = "") -> list[int]:
        return list(self.col.find_cards(search))

    def note_by_guid(self, guid: str) -> Any:
        assert self.col.db is not None
        note_id = self.col.db.scalar("select id from notes where guid = ?", guid)
        assert note_id is not None, f"no note with GUID {guid!r}"
        return self.col.get_note(note_id)

    def close(self) -> None:
        self.col.close()


@pytest.fixture
def anki(tmp_path: Path) -> Iterator[AnkiCollection]:
    """A fresh, empty Anki collection in the test's temporary folder."""
    collection = AnkiCollection(tmp_path / "collection.anki2")
    try:
        yield collection
    finally:
        collection.close()


@pytest.fixture
def page_text() -> Callable[[str], str]:
    """The visible text of rendered card HTML (entities decoded, CSS dropped)."""
    return visible_text


@pytest.fixture
def page_tags() -> Callable[[str], set[str]]:
    """The HTML tag names used in rendered card HTML."""
    return html_tags
