"""The validator refuses items whose prompt gives a name or term away by one of its words."""

from __future__ import annotations

import pytest

from quizgen.models import ClozeItem, Provenance, ShortAnswerItem
from quizgen.validate import check_item


def _short_answer(prompt: str, answer: str, sentence: str, kind: str) -> ShortAnswerItem:
    start = sentence.index(answer)
    return ShortAnswerItem(
        id="0123456789abcdef",
        prompt=prompt,
        answer=answer,
        answer_type=kind,  # type: ignore[arg-type]
        source=Provenance(
            source_id="canal",
            sentence=sentence,
            start=0,
            end=len(sentence),
            answer_start=start,
            answer_end=start + len(answer),
        ),
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
    ],
)
def test_a_prompt_without_the_names_words_passes(
    prompt: str, answer: str, sentence: str, kind: str
) -> None:
    assert "answer_in_prompt" not in _codes(_short_answer(prompt, answer, sentence, kind))
