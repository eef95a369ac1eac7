"""A teacher corrects one word in an article, regenerates its deck with the same seed into
the same file and exports again: importing the new package into a collection that holds
the first one updates what changed in place, adds only what is really new, and
duplicates nothing. Everything runs through the CLI a teacher uses and the real Anki
backend."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from genanki import guid_for

from quizgen.cli import main
from quizgen.models import load_deck

ROOT = Path(__file__).resolve().parents[2]
ARTICLE = ROOT / "examples" / "dna-double-helix.md"


def _run(*args: str) -> None:
    assert main(list(args)) == 0


def test_a_one_word_correction_updates_in_place_and_duplicates_nothing(
    tmp_path: Path, anki: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    article = tmp_path / "dna.md"
    text = ARTICLE.read_text(encoding="utf-8")
    article.write_text(text, encoding="utf-8")
    deck_file, first_pkg, second_pkg = (
        tmp_path / "dna.json",
        tmp_path / "v1.apkg",
        tmp_path / "v2.apkg",
    )

    _run("generate", str(article), "-o", str(deck_file), "--seed", "3", "-q")
    _run("export", str(deck_file), "--to", "apkg", "-o", str(first_pkg))
    first = load_deck(deck_file)
    log = anki.import_apkg(first_pkg)
    assert len(log.new) == len(first.items)

    # The teacher fixes one word in a sentence that an item was made from.
    target = next(i for i in first.items if i.type in {"cloze", "short_answer"})
    sentence = target.source.sentence
    words = sentence.split()
    # (a word late in the sentence: near the answer, as in "short for _____", a word can be
    # what makes the answer a term worth asking)
    victim = [w for w in words[1:] if w.isalpha() and w.islower() and len(w) > 3][-1]
    corrected = sentence.replace(f" {victim} ", f" {victim}ly ", 1)
    assert corrected != sentence
    article.write_text(text.replace(sentence, corrected, 1), encoding="utf-8")

    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(first.items[0].modified + 86_400))
    _run("generate", str(article), "-o", str(deck_file), "--seed", "3", "-q")
    _run("export", str(deck_file), "--to", "apkg", "-o", str(second_pkg))
    second = load_deck(deck_file)

    old_ids = {i.id for i in first.items}
    really_new = [i for i in second.items if i.id not in old_ids]
    changed = [
        i
        for i in second.items
        if i.id in old_ids
        and i.model_dump() != next(o for o in first.items if o.id == i.id).model_dump()
        and i.modified != next(o for o in first.items if o.id == i.id).modified
    ]
    # The corrected fact keeps its id and is marked as changed.
    assert target.id in {i.id for i in changed}
    assert len(really_new) <= 2, [i.prompt for i in really_new]

    log = anki.import_apkg(second_pkg)
    assert len(log.new) == len(really_new)
    assert len(log.updated) == len(changed)
    assert list(log.conflicting) == []
    # Anki lists the notes it already had, unchanged, as "duplicate" and leaves them be.
    assert len(log.duplicate) == len(second.items) - len(really_new) - len(changed)
    # No note holds the old sentence twice: the corrected one replaced it.
    note = anki.note_by_guid(guid_for("quizgen", target.id))
    fields = json.dumps(list(note.fields), ensure_ascii=False)
    assert f"{victim}ly" in fields
    total = len(old_ids | {i.id for i in second.items})
    assert len(anki.note_ids()) == total
