"""Tokens carry exact character offsets and the tagger works offline."""

from __future__ import annotations

import pytest

from quizgen.nlp import analyze_sentence
from quizgen.nlp.tagger import tag_words
from quizgen.nlp.tokens import tokenize


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("It cost US$294,000 in total.", ["It", "cost", "US$", "294,000", "in", "total", "."]),
        ("DeepSeek’s model isn’t big.", ["DeepSeek", "’s", "model", "is", "n’t", "big", "."]),
        ("R1—only the start", ["R1", "—", "only", "the", "start"]),
        ("“Yes,” he said.", ["“", "Yes", ",", "”", "he", "said", "."]),
        ("On Sept. 18 in the U.S.", ["On", "Sept.", "18", "in", "the", "U.S."]),
        ("a 95% share of GPT-4 output", ["a", "95", "%", "share", "of", "GPT-4", "output"]),
    ],
)
def test_tokens_follow_treebank_conventions(text: str, tokens: list[str]) -> None:
    assert [t for t, _, _ in tokenize(text)] == tokens


def test_offsets_recover_the_token_text() -> None:
    text = "Liu Quan, deputy chief engineer, said US$6 million (about HK$47 million) was spent."
    for token, start, end in tokenize(text):
        assert text[start:end] == token


def test_tagger_loads_from_the_installed_package_and_tags_sensibly() -> None:
    tags = tag_words(["The", "team", "announced", "a", "new", "model", "."])
    assert tags == ["DT", "NN", "VBD", "DT", "JJ", "NN", "."]


def test_numbers_and_currency_get_fixed_tags() -> None:
    sentence = analyze_sentence("It cost US$294,000 and 12.5 million more.")
    by_word = {t.text: t.tag for t in sentence.tokens}
    assert by_word["US$"] == "$"
    assert by_word["294,000"] == "CD"
    assert by_word["12.5"] == "CD"


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # a word English uses only as a verb, read as a noun after its subject
        ("Valve gears often make the engine rotate in one direction.", "rotate"),
        ("Construction differs from manufacturing in that respect.", "differs"),
        # an irregular past read as an adjective
        ("The bid depended on whether the stadium underwent renovations.", "underwent"),
        # a participle after "have", read as an adjective
        ("Gas turbines have almost entirely supplanted steam propulsion.", "supplanted"),
        # a sentence with no finite verb left: the plurals after a singular noun are verbs
        ("If the water level drops, the lead melts.", "drops"),
        ("If the water level drops, the lead melts.", "melts"),
    ],
)
def test_verbs_read_as_nouns_are_mended(text: str, verb: str) -> None:
    sentence = analyze_sentence(text)
    assert next(t.tag for t in sentence.tokens if t.text == verb).startswith("VB")
    assert not any(verb in span.text for span in sentence.spans)  # no "engine rotate" answer


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("It has a history of use in oxygen bars and in sports.", "bars"),  # after "has"
        ("Oxygen bars are establishments that offer oxygen.", "bars"),  # its verb follows
        ("Miller had six tackles and two forced fumbles.", "fumbles"),
        # nouns lemminflect knows only as verbs, with their clause's verb after them
        ("Hotel bars, dance halls and theatres closed within a month.", "bars"),
        ("Beaver dams and fallen trees now block the river.", "dams"),
        ("The chocolate bar made the town of Kessel rich.", "bar"),
        # the sentence's verb came before the list
        (
            "Avaria consists of varied collections of geologic, topographic, and natural "
            "ecosystem landscapes.",
            "landscapes",
        ),
    ],
)
def test_plurals_that_are_nouns_stay_nouns(text: str, noun: str) -> None:
    sentence = analyze_sentence(text)
    assert next(t.tag for t in sentence.tokens if t.text == noun).startswith("NN")


def test_a_role_before_a_name_is_a_noun() -> None:
    # the perceptron reads "quarterback" as a verb here, and the subject question broke
    words = "After each team punted , Panthers quarterback Cam Newton appeared to throw .".split()
    assert dict(zip(words, tag_words(words), strict=True))["quarterback"] == "NN"
    words = "She trained to pilot Apollo 11 .".split()
    assert dict(zip(words, tag_words(words), strict=True))["pilot"] == "VB"


def test_a_main_clause_after_an_opening_clause_keeps_its_verb() -> None:
    words = (
        "When the second population dies , the fleas move on to other hosts , including people ."
    ).split()
    assert dict(zip(words, tag_words(words), strict=True))["move"] == "VBP"


def test_an_adverb_opening_a_sentence_is_no_name() -> None:
    words = "Newly developed suburbs formed in the valley .".split()
    assert tag_words(words)[0] == "RB"


def test_an_adverb_with_a_comma_opening_a_sentence_is_no_name() -> None:
    words = "Often , individual state laws outline what defines a valid visit .".split()
    assert tag_words(words)[0] == "RB"


def test_a_participle_between_an_article_and_its_noun_is_no_verb() -> None:
    words = "In March 2021 , one stranded ship showed the world how trade depends on it .".split()
    assert dict(zip(words, tag_words(words), strict=True))["stranded"] == "JJ"
    words = "This allowed researchers to find that the gene was active .".split()
    assert dict(zip(words, tag_words(words), strict=True))["allowed"] == "VBD"


@pytest.mark.parametrize(
    ("text", "word", "tag"),
    [
        ("Both brothers coach Arsenal players at the academy .", "coach", "VBP"),
        ("Until 1950 , the savings bank , founded in 1822 , stood on the square .", "bank",
         "NN"),
    ],
)  # fmt: skip
def test_reviewed_tags_stay(text: str, word: str, tag: str) -> None:
    words = text.split()
    assert dict(zip(words, tag_words(words), strict=True))[word] == tag
