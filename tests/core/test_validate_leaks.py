"""The validator refuses items whose prompt gives a name or term away by one of its words."""

from __future__ import annotations

import hashlib

import pytest

from quizgen.models import ClozeItem, Provenance, ShortAnswerItem, TrueFalseItem
from quizgen.validate import check_item, duplicates, reveals


def _source(sentence: str, answer: str) -> Provenance:
    start = sentence.index(answer)
    return Provenance(
        source_id="canal",
        sentence=sentence,
        start=0,
        end=len(sentence),
        answer_start=start,
        answer_end=start + len(answer),
    )


def _short_answer(prompt: str, answer: str, sentence: str, kind: str) -> ShortAnswerItem:
    return ShortAnswerItem(
        id="0123456789abcdef",
        prompt=prompt,
        answer=answer,
        answer_type=kind,  # type: ignore[arg-type]
        source=_source(sentence, answer),
    )


def _codes(item: ShortAnswerItem | ClozeItem) -> set[str]:
    return {issue.code for issue in check_item(item)}


@pytest.mark.parametrize(
    ("prompt", "answer", "sentence", "kind"),
    [
        (
            "Which place was named after Said Pasha?",
            "Port Said",
            "Port Said was named after Said Pasha.",
            "PLACE",
        ),
        (
            "Which city halfway along the canal was named after Khedive Ismail?",
            "Ismailia",
            "The city of Ismailia, halfway along the canal, was named after Khedive Ismail.",
            "PLACE",
        ),
        # the initials of the name, and a word of it in lower case
        (
            "Which city had two soccer teams, the LA Galaxy and Chivas USA?",
            "Los Angeles",
            "Los Angeles had two soccer teams, the LA Galaxy and Chivas USA.",
            "PLACE",
        ),
        (
            "What famous work of Norman art is not a tapestry but a work of embroidery?",
            "Bayeux Tapestry",
            "The Bayeux Tapestry is not a tapestry but a work of embroidery.",
            "OTHER",
        ),
        (
            "What force did the United Nations send to the area?",
            "United Nations Emergency Force",
            "The United Nations sent the United Nations Emergency Force to the area.",
            "ORG",
        ),
        (
            "What does a non-deterministic machine add to a deterministic one?",
            "non-determinism",
            "A non-deterministic machine adds non-determinism to a deterministic one.",
            "TERM",
        ),
        # a place's adjective names it
        (
            "Where can the pharmacist write prescriptions for Scottish patients?",
            "Scotland",
            "In Scotland the pharmacist can write prescriptions for Scottish patients.",
            "PLACE",
        ),
        # a word of the answer in another form
        (
            "What is the conversion of forested land to non-forested land called?",
            "deforestation",
            "The conversion of forested land to non-forested land is called deforestation.",
            "TERM",
        ),
        (
            "What do hospitals that employ consultant pharmacists also provide?",
            "consulting services",
            "Hospitals that employ consultant pharmacists also provide consulting services.",
            "TERM",
        ),
    ],
)
def test_a_word_of_the_name_in_the_prompt_gives_it_away(
    prompt: str, answer: str, sentence: str, kind: str
) -> None:
    assert "answer_in_prompt" in _codes(_short_answer(prompt, answer, sentence, kind))


@pytest.mark.parametrize(
    ("prompt", "answer", "sentence", "kind"),
    [
        # "Port" only says what kind of place it is
        (
            "Which port city lies at the canal's northern end?",
            "Port Said",
            "Port Said lies at the canal's northern end.",
            "PLACE",
        ),
        (
            "Who led the Apollo 11 mission?",
            "Neil Armstrong",
            "Neil Armstrong led the Apollo 11 mission.",
            "PERSON",
        ),
        # an ordinary adjective shared with a name is no giveaway, nor is an era's "AD"
        (
            "What does the long bridge at Kessel connect the town to?",
            "Long Island",
            "The long bridge at Kessel connects the town to Long Island.",
            "PLACE",
        ),
        (
            "Which city does the fort built in 1200 AD guard?",
            "Abu Dhabi",
            "The fort built in 1200 AD guards Abu Dhabi.",
            "PLACE",
        ),
        # a longer word that merely contains a shown word gives nothing away
        (
            "What failed when the mission lost contact with Earth in 1990?",
            "transmission",
            "The mission lost contact with Earth when the transmission failed in 1990.",
            "TERM",
        ),
        # the same modifier said again is the article's wording, not a giveaway of the term
        (
            "What did the descendants of the Vikings adopt with their Frankish wives?",
            "Frankish heritage",
            "The descendants of the Vikings adopted a Frankish heritage with their Frankish wives.",
            "TERM",
        ),
    ],
)
def test_a_prompt_without_the_names_words_passes(
    prompt: str, answer: str, sentence: str, kind: str
) -> None:
    assert "answer_in_prompt" not in _codes(_short_answer(prompt, answer, sentence, kind))


_RECORD = (
    "In 1956, the Dover crew set a course record, and the Calais crew from the south coast "
    "finished second in the autumn race."
)


def _statement(prompt: str, answer: str) -> TrueFalseItem:
    return TrueFalseItem(
        id="1111111111111111",
        prompt=prompt,
        answer=answer,  # type: ignore[arg-type]
        correction=None if answer == "True" else "In 1956, the Dover crew set a course record.",
        answer_type="YEAR",
        source=_source(_RECORD, "1956"),
    )


def test_an_item_on_the_same_sentence_gives_a_statement_away() -> None:
    statement = _statement("In 1954, the Dover crew set a course record.", "False")
    gap = ClozeItem(
        id="2222222222222222",
        prompt=_RECORD.replace("Calais", "_____"),
        answer="Calais",
        answer_type="OTHER",
        source=statement.source,
    )
    assert reveals(gap, statement)  # the gap shows 1956 where the statement says 1954
    other = gap.model_copy(update={"prompt": "The _____ crew finished second in the race."})
    assert not reveals(other, statement)


def test_a_true_statement_of_one_clause_is_grounded() -> None:
    statement = _statement("In 1956, the Dover crew set a course record.", "True")
    assert "true_statement_not_grounded" not in {i.code for i in check_item(statement)}
    strayed = _statement("In 1956, the Dover team broke every rule of the sport.", "True")
    assert "true_statement_not_grounded" in {i.code for i in check_item(strayed)}


def _asked_of(prompt: str, answer: str, sentence: str, accepted: list[str]) -> ShortAnswerItem:
    return ShortAnswerItem(
        id=hashlib.sha256(prompt.encode()).hexdigest()[:16],
        prompt=prompt,
        answer=answer,
        answer_type="PERSON",
        accepted=accepted,
        source=_source(sentence, answer),
    )


@pytest.mark.parametrize(
    ("second", "twice"),
    [
        # the same person said in two sentences, asked the same thing twice
        ("Who stated that the new locks would open to ships in 1903?", True),
        # the same person, asked something else
        ("Who was the chief engineer of the Avarian Canal Company in 1903?", False),
    ],
)
def test_a_question_asked_twice_by_other_words_is_a_duplicate(second: str, twice: bool) -> None:
    first = _asked_of(
        "Who told the Kessel Gazette that the new locks would open to ships in 1903?",
        "Marta Ruiz",
        "Marta Ruiz told the Kessel Gazette that the new locks would open to ships in 1903.",
        [],
    )
    other = _asked_of(second, "Ruiz", "Ruiz stated it in a letter to the board.", ["Marta Ruiz"])
    assert bool(list(duplicates([first, other]))) is twice
