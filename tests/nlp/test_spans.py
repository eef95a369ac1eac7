"""Typed spans: the kinds of answer a question can ask for."""

from __future__ import annotations

import pytest

from quizgen.ingest import parse_article
from quizgen.nlp import analyze, analyze_sentence


def _spans(text: str) -> dict[str, str]:
    return {sp.text: sp.kind for sp in analyze_sentence(text).spans}


@pytest.mark.parametrize(
    ("text", "span", "kind"),
    [
        ("The team spent only US$294,000 on training.", "US$294,000", "MONEY"),
        ("The bill came to approximately HK$2.286 million last year.", "HK$2.286 million", "MONEY"),
        ("Britain paid nearly 4 million pounds for the shares.", "4 million pounds", "MONEY"),
        ("Some models exceed 95% accuracy on the test.", "95%", "PERCENT"),
        ("About 12 percent of world trade passes here.", "12 percent", "PERCENT"),
        ("The minister spoke on Sept. 18 about the plan.", "Sept. 18", "DATE"),
        ("The paper appeared on 25 April 1953 in a journal.", "25 April 1953", "DATE"),
        ("In April, the company opened its code.", "April", "DATE"),
        ("The canal opened in 1869 after ten years of work.", "1869", "YEAR"),
        ("Around 1950, the chemist measured the bases.", "1950", "YEAR"),
        ("He was the first pick of the 1998 draft.", "1998", "YEAR"),
        ("In 1984 zoologist Graham Twigg wrote the first major work.", "1984", "YEAR"),
        ("The club hired 2000 workers for the stadium.", "2000", "NUMBER"),
        ("Implants were made in 400 hospitals across eight countries.", "400", "NUMBER"),
        ("Implants were made in 400 hospitals across eight countries.", "eight", "NUMBER"),
        ("Minister of Science and Technology Yin Hejun stated the goal.", "Yin Hejun", "PERSON"),
        ("Liu Quan, deputy chief engineer of the centre, told reporters.", "Liu Quan", "PERSON"),
        ("The work was led by Dr. Ana Torres of the institute.", "Ana Torres", "PERSON"),
        ("Rosalind Franklin, a chemist, joined the group.", "Rosalind Franklin", "PERSON"),
        # a role the lexicon knows before a name it does not ("Von Miller", "Bohemond")
        ("Kessel linebacker Tavo Renn led the team with 11 sacks.", "Tavo Renn", "PERSON"),
        ("At Saint Evroul, a tradition of singing grew up.", "Saint Evroul", "PLACE"),
        ("Saint Evroul founded the abbey in the sixth century.", "Saint Evroul", "PERSON"),
        ("His nephew Tancred Orsk joined the army with 500 knights.", "Tancred Orsk", "PERSON"),
        ("Empress Eugénie of France sailed through the canal.", "Empress Eugénie of France",
         "PERSON"),
        ("She joined King's College London in 1951.", "King's College London", "ORG"),
        ("Liu works at China Center for Information Industry Development now.",
         "China Center for Information Industry Development", "ORG"),
        ("The company OpenAI released a model.", "OpenAI", "ORG"),
        ("Ships sail from Egypt to India every week.", "Egypt", "PLACE"),
        ("The Suez Canal links two seas.", "Suez Canal", "PLACE"),
        ("The image known as Photo 51 was decisive.", "Photo 51", "TERM"),
        ("The model uses reinforcement learning to reason.", "reinforcement learning", "TERM"),
        # "in most cases" is no part of the term after it
        ("While in most cases importation of drugs breaks the law, few are charged.",
         "importation", "TERM"),
        # an era mark after a century is no part of a name
        ("It was tried by the 2nd century BCE Greek writer Philo of Byzantium.", "Greek", "OTHER"),
    ],
)  # fmt: skip
def test_span_kinds(text: str, span: str, kind: str) -> None:
    assert _spans(text).get(span) == kind


def test_and_separates_two_names() -> None:
    spans = _spans("The costs were lower than those of OpenAI and Google in training.")
    assert "OpenAI and Google" not in spans
    assert "OpenAI" in spans and "Google" in spans


def test_no_span_crosses_token_boundaries() -> None:
    s = analyze_sentence("In 1875, Britain bought 44% of the company for nearly £4 million.")
    starts = {t.start for t in s.tokens}
    ends = {t.end for t in s.tokens}
    for sp in s.spans:
        assert sp.start in starts and sp.end in ends
        assert s.text[sp.start : sp.end] == sp.text


def test_part_of_a_hyphenated_whole_is_no_span() -> None:
    spans = _spans(
        "The Seattle Seahawks won 21–10 after an 18-yard pass, ending a 15–1 season in which "
        "30–60% of the seats were sold from the 40-yard line up."
    )
    assert "Seattle Seahawks" in spans  # the score is not part of the name
    for part in ("Seattle Seahawks 21", "21", "10", "18", "yard pass", "15", "30", "40"):
        assert part not in spans, part


def test_an_organisation_named_after_a_title_is_no_person() -> None:
    spans = _spans("Students of Queen Mary University of London built the rowing boat.")
    assert spans.get("Queen Mary University of London") != "PERSON"
    assert (
        _spans("Duke William II of Normandy crossed the sea.").get("Duke William II of Normandy")
        == "PERSON"
    )


def test_a_place_name_given_to_a_thing_is_no_place() -> None:
    doc = analyze(
        parse_article(
            b"The command module, named Columbia, carried the crew. "
            b"Collins orbited the Moon alone in Columbia while the others walked.",
            "apollo.txt",
            "text",
        )
    )
    kinds = {sp.kind for s in doc.sentences for sp in s.spans if sp.text == "Columbia"}
    assert kinds == {"OTHER"}  # so no Houston or Alabama among its options


@pytest.mark.parametrize(
    "text",
    [
        b"Armstrong called Houston to report the landing. The crew later flew to Houston.",
        b"The settlers founded a town named Columbia in 1786. Many families later settled "
        b"in Columbia.",
    ],
)
def test_a_place_called_or_named_as_a_place_stays_one(text: bytes) -> None:
    doc = analyze(parse_article(text, "places.txt", "text"))
    name = "Houston" if b"Houston" in text else "Columbia"
    kinds = {sp.kind for s in doc.sentences for sp in s.spans if sp.text == name}
    assert "OTHER" not in kinds


@pytest.mark.parametrize(
    ("text", "span", "kind"),
    [
        ("Madison is the capital of Wisconsin and home to its main university.", "Madison",
         "OTHER"),
        ("Ideas from Saint Augustine of Hippo shaped the thinking of later monks.",
         "Saint Augustine of Hippo", "PERSON"),
        ("Parliament abolished the slave trade in the British Empire in 1807.", "Parliament",
         "ORG"),
        ("The Singer Company built sewing machines in 1851.", "Singer Company", "ORG"),
        ("Knight Ridder bought the Detroit newspaper in 1974.", "Knight Ridder", "OTHER"),
    ],
)  # fmt: skip
def test_reviewed_names_keep_their_kind(text: str, span: str, kind: str) -> None:
    assert _spans(text).get(span) == kind
