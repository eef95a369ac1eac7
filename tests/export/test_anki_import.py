"""Exported packages imported into the real Anki backend (the PyPI ``anki`` package)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from genanki import guid_for

from quizgen.export import export_apkg
from quizgen.models import DEFAULT_MODIFIED, GAP, ClozeItem, Deck, MultipleChoiceItem

NOTE_TYPES = {
    "cloze": "quizgen Cloze",
    "multiple_choice": "quizgen Multiple Choice",
    "true_false": "quizgen True/False",
    "short_answer": "quizgen Basic",
}
ATTENTION = (
    "duplicate",
    "conflicting",
    "first_field_match",
    "missing_notetype",
    "missing_deck",
    "empty_first_field",
)


def guid(item_id: str) -> str:
    return str(guid_for("quizgen", item_id))


def by_label(deck: Deck, item_id: str) -> Any:
    return next(item for item in deck.items if item.id == item_id)


def exported(deck: Deck, path: Path) -> Path:
    export_apkg(deck, path)
    return path


def test_every_item_becomes_one_note_with_one_card_of_its_note_type(
    tmp_path: Path, anki: Any, make_deck: Callable[[], Deck]
) -> None:
    deck = make_deck()
    log = anki.import_apkg(exported(deck, tmp_path / "deck.apkg"))

    assert len(log.new) == len(deck.items)
    assert len(anki.note_ids()) == len(deck.items)
    assert len(anki.card_ids()) == len(deck.items)
    for item_type, name in NOTE_TYPES.items():
        expected = sum(1 for item in deck.items if item.type == item_type)
        assert len(anki.note_ids(f'"note:{name}"')) == expected, name
        assert len(anki.card_ids(f'"note:{name}"')) == expected, name
    # A cloze card per note, each the first (and only) gap.
    cloze_cards = [anki.col.get_card(c) for c in anki.card_ids('"note:quizgen Cloze"')]
    assert [card.ord for card in cloze_cards] == [0] * len(cloze_cards)


def test_a_fresh_import_reports_nothing_worth_a_users_attention(
    tmp_path: Path, anki: Any, make_deck: Callable[[], Deck]
) -> None:
    log = anki.import_apkg(exported(make_deck(), tmp_path / "deck.apkg"))

    for kind in (*ATTENTION, "updated"):
        assert list(getattr(log, kind)) == [], kind


def test_notes_carry_guid_item_time_tags_and_source_subdeck(
    tmp_path: Path, anki: Any, make_deck: Callable[[], Deck]
) -> None:
    deck = make_deck()
    anki.import_apkg(exported(deck, tmp_path / "deck.apkg"))

    subdecks = {
        "ocean-currents": "Earth Science::Ocean Currents",
        "hostile-article": "Earth Science::<script>alert(1)</script> <b>bold</b> &amp; {{c1:x}}",
    }
    for item in deck.items:
        note = anki.note_by_guid(guid(item.id))
        assert note.mod == item.modified
        assert sorted(note.tags) == sorted(
            [
                "quizgen",
                f"quizgen::type::{item.type}",
                f"quizgen::source::{item.source.source_id}",
                f"quizgen::difficulty::{item.difficulty_band}",
            ]
        )
        (card,) = note.cards()
        assert anki.col.decks.name(card.did) == subdecks[item.source.source_id]


def test_a_deck_from_one_source_has_no_subdecks(
    tmp_path: Path, anki: Any, make_single_source_deck: Callable[[], Deck]
) -> None:
    deck = make_single_source_deck()
    anki.import_apkg(exported(deck, tmp_path / "deck.apkg"))

    deck_names = {anki.col.decks.name(anki.col.get_card(c).did) for c in anki.card_ids()}
    assert deck_names == {"Ocean Currents"}


def _card(anki: Any, item_id: str) -> Any:
    (card,) = anki.note_by_guid(guid(item_id)).cards()
    return card


def test_rendered_cards_show_prompt_options_and_answer(
    tmp_path: Path,
    anki: Any,
    make_single_source_deck: Callable[[], Deck],
    page_text: Callable[[str], str],
) -> None:
    deck = make_single_source_deck()
    anki.import_apkg(exported(deck, tmp_path / "deck.apkg"))
    seen_types = set()

    for item in deck.items:
        card = _card(anki, item.id)
        question = page_text(card.question())
        answer = page_text(card.answer())
        seen_types.add(item.type)
        assert "Answer" not in question
        if item.type == "cloze":
            assert question == item.prompt.replace(GAP, "[...]")
            assert item.answer not in question
            assert item.prompt.replace(GAP, item.answer) in answer
            assert "Source: Ocean Currents" in answer
        elif item.type == "multiple_choice":
            assert question.startswith(item.prompt)
            for letter, option in zip("ABCDE", item.options, strict=False):
                assert f"{letter} {option}" in question
            letter = "ABCDE"[item.options.index(item.answer)]
            assert f"Answer: {letter} {item.answer}" in answer
            assert item.explanation in answer
        elif item.type == "true_false":
            assert question == f"True or false? {item.prompt}"
            assert item.answer in answer.removeprefix("True or false?")
            if item.correction:
                assert f"Correct statement: {item.correction}" in answer
            else:
                assert "Correct statement" not in answer
            assert item.explanation in answer
        else:
            assert question == item.prompt
            assert f"{item.answer} Also accepted: Gulf Stream" in answer
            assert item.explanation in answer
    assert seen_types == set(NOTE_TYPES)


def _marked_options(answer_html: str) -> list[str]:
    """Letters of the options the back's CSS highlights (class on the list + on the item)."""
    (correct,) = re.findall(r'<ol class="qg-options qg-correct-([A-E])">', answer_html)
    css = answer_html.split("</style>")[0]
    assert f".qg-correct-{correct} .qg-option-{correct}" in css
    return [
        letter
        for letter in re.findall(r'<li class="qg-option qg-option-([A-E])">', answer_html)
        if letter == correct
    ]


def test_multiple_choice_back_marks_the_right_option(
    tmp_path: Path,
    anki: Any,
    make_deck: Callable[[], Deck],
    page_text: Callable[[str], str],
) -> None:
    deck = make_deck()
    anki.import_apkg(exported(deck, tmp_path / "deck.apkg"))
    items = [item for item in deck.items if isinstance(item, MultipleChoiceItem)]
    assert {len(item.options) for item in items} == {3, 4, 5}

    for item in items:
        card = _card(anki, item.id)
        letter = "ABCDE"[item.options.index(item.answer)]
        assert _marked_options(card.answer()) == [letter]
        assert "qg-correct-" not in card.question().split("</style>")[1]
        marked = re.search(
            rf'<li class="qg-option qg-option-{letter}">(.*?)</li>', card.answer(), re.DOTALL
        )
        assert marked is not None
        assert page_text(marked.group(1)) == f"{letter} {item.answer}"
        # Only the options the item has are listed.
        listed = re.findall(r'class="qg-option qg-option-([A-E])"', card.question())
        assert listed == list("ABCDE"[: len(item.options)])
        assert "<script" not in card.answer().lower()


def test_hostile_text_shows_literally_and_runs_nothing(
    tmp_path: Path,
    anki: Any,
    make_deck: Callable[[], Deck],
    page_text: Callable[[str], str],
    page_tags: Callable[[str], set[str]],
    hostile: Any,
) -> None:
    deck = make_deck()
    anki.import_apkg(exported(deck, tmp_path / "deck.apkg"))
    hostile_items = [i for i in deck.items if i.source.source_id == "hostile-article"]
    assert {i.type for i in hostile_items} == set(NOTE_TYPES)

    for item in hostile_items:
        card = _card(anki, item.id)
        for rendered in (card.question(), card.answer()):
            assert not {"script", "b", "audio"} & page_tags(rendered)
            assert "&lt;" in rendered
            assert 'dir="auto"' in rendered
        assert "&lt;script&gt;" in card.answer()
        assert card.question_av_tags() == []
        assert card.answer_av_tags() == []
        answer = page_text(card.answer())
        # Everything the item says is on the back, character for character.
        for text in (item.prompt.replace(GAP, item.answer), item.answer, item.explanation):
            if text not in ("True", "False"):
                assert " ".join(text.split()) in answer, text
        assert f"Source: {hostile.script} {hostile.bold} {hostile.entity} {hostile.cloze}" in answer

    cloze = next(i for i in hostile_items if isinstance(i, ClozeItem))
    card = _card(anki, cloze.id)
    assert len(card.note().cards()) == 1
    question = page_text(card.question())
    assert question == cloze.prompt.replace(GAP, "[...]")
    for snippet in (hostile.script, hostile.entity, hostile.cloze, hostile.sound, hostile.hebrew):
        assert snippet in question
    assert hostile.long_word in page_text(card.answer())


def test_importing_the_same_package_twice_adds_nothing(
    tmp_path: Path, anki: Any, make_deck: Callable[[], Deck]
) -> None:
    package = exported(make_deck(), tmp_path / "deck.apkg")
    anki.import_apkg(package)
    notes, cards = anki.note_ids(), anki.card_ids()

    log = anki.import_apkg(package)

    assert list(log.new) == []
    assert list(log.updated) == []
    assert list(log.conflicting) == []
    assert anki.note_ids() == notes
    assert anki.card_ids() == cards


def _updated_deck(deck: Deck) -> tuple[Deck, str, str, str]:
    """The deck with one explanation corrected, one item removed and one added."""
    corrected = next(i for i in deck.items if i.type == "short_answer")
    removed = next(i for i in deck.items if i.type == "true_false" and i.answer == "True")
    new_explanation = "Ocean currents carry heat; the Gulf Stream keeps Europe mild."
    items = [
        item.model_copy(update={"explanation": new_explanation, "modified": item.modified + 86400})
        if item.id == corrected.id
        else item
        for item in deck.items
        if item.id != removed.id
    ]
    added = ClozeItem(
        id="00000000000000aa",
        prompt=f"The Gulf Stream warms {GAP}.",
        answer="Europe",
        source=corrected.source,
        explanation="The Gulf Stream warms Europe.",
        modified=DEFAULT_MODIFIED + 86400,
    )
    items.append(added)
    return deck.model_copy(update={"items": items}), corrected.id, removed.id, added.id


def test_an_updated_deck_updates_the_changed_note_in_place_and_adds_one(
    tmp_path: Path, anki: Any, make_deck: Callable[[], Deck]
) -> None:
    first = make_deck()
    anki.import_apkg(exported(first, tmp_path / "first.apkg"))
    note_ids = {item.id: anki.note_by_guid(guid(item.id)).id for item in first.items}
    second, corrected, removed, added = _updated_deck(first)

    log = anki.import_apkg(exported(second, tmp_path / "second.apkg"))

    assert [n.id.nid for n in log.updated] == [note_ids[corrected]]
    assert len(log.new) == 1
    for kind in ("conflicting", "first_field_match", "missing_notetype", "missing_deck"):
        assert list(getattr(log, kind)) == [], kind
    note = anki.note_by_guid(guid(corrected))
    assert note.id == note_ids[corrected]
    assert note["Explanation"] == "Ocean currents carry heat; the Gulf Stream keeps Europe mild."
    assert anki.note_by_guid(guid(added))["Text"] == "The Gulf Stream warms {{c1::Europe}}."
    # Anki never deletes on import: the removed item's note stays, nothing is duplicated.
    assert anki.note_by_guid(guid(removed)).id == note_ids[removed]
    assert len(anki.note_ids()) == len(first.items) + 1
    assert len(anki.card_ids()) == len(first.items) + 1


def test_a_changed_item_whose_time_did_not_move_is_left_alone(
    tmp_path: Path, anki: Any, make_deck: Callable[[], Deck]
) -> None:
    # Anki updates only newer notes: the note time must be the item's, not the export's.
    first = make_deck()
    anki.import_apkg(exported(first, tmp_path / "first.apkg"))
    target = first.items[5]
    items = [
        i.model_copy(update={"explanation": "Edited without a new time."}) if i is target else i
        for i in first.items
    ]

    log = anki.import_apkg(
        exported(first.model_copy(update={"items": items}), tmp_path / "second.apkg")
    )

    assert list(log.updated) == []
    assert anki.note_by_guid(guid(target.id))["Explanation"] == target.explanation


@pytest.mark.parametrize("deck_maker", ["make_deck", "make_single_source_deck"])
def test_the_same_deck_always_gives_the_same_bytes(
    tmp_path: Path, deck_maker: str, request: pytest.FixtureRequest
) -> None:
    make: Callable[[], Deck] = request.getfixturevalue(deck_maker)
    first = exported(make(), tmp_path / "first.apkg").read_bytes()
    second = exported(make(), tmp_path / "second.apkg").read_bytes()
    assert first == second
