"""Items on one clause of a sentence: a second fact of a sentence can be asked without the
first item's answer showing (units.py), and the clause still reads as a sentence."""

from __future__ import annotations

import pytest

from quizgen.generate.facts import Fact, find_facts, prepare
from quizgen.generate.items import make_cloze
from quizgen.generate.questions import questions_for
from quizgen.generate.text import contains_phrase
from quizgen.ingest import parse_article
from quizgen.nlp import analyze
from quizgen.nlp.document import Document
from quizgen.pipeline import generate_from_documents

_OPENING = "The Harbour League is a rowing league of the northern coast, founded in 1921. "


def _doc(text: str) -> Document:
    return analyze(parse_article((_OPENING + text).encode("utf-8"), "units.txt", "text"))


def _fact(doc: Document, answer: str) -> Fact:
    return next(f for f in find_facts(doc, prepare(doc)) if f.span.text == answer)


@pytest.mark.parametrize(
    ("sentence", "answer", "clause"),
    [
        (
            "Halden was the first pick of the 1998 draft, while Ostrov was picked first in 2011.",
            "2011",
            "Ostrov was picked first in _____.",
        ),
        (
            "Halden was the first pick of the 1998 draft, while Ostrov was picked first in 2011.",
            "1998",
            "Halden was the first pick of the _____ draft.",
        ),
        (
            "The Mersey Cup, which began in 1931 as a county race, was won by the crew "
            "of Marta Ruiz.",
            "Marta Ruiz",
            "The Mersey Cup was won by the crew of _____.",
        ),
        (
            "In 1956, the Dover crew set a course record, and the Calais crew finished "
            "second in Antwerp.",
            "Antwerp",
            "In 1956, the Calais crew finished second in _____.",
        ),
        (
            "The final was held at Kessel Lake (a reservoir built in 1904) before "
            "a crowd of 9,000 people.",
            "9,000",
            "The final was held at Kessel Lake before a crowd of _____ people.",
        ),
        # the clause has a date of its own: the sentence's opening date does not hold for it
        (
            "In 1956, the Dover crew set a course record, and the Calais crew was founded in 1923.",
            "1923",
            "The Calais crew was founded in _____.",
        ),
        # an aside inside the relative clause goes with it
        (
            "The Mersey Cup, which began on the lake (a reservoir of 40 kilometres), was won "
            "by the crew of Marta Ruiz.",
            "Marta Ruiz",
            "The Mersey Cup was won by the crew of _____.",
        ),
        # a trailing participle phrase goes
        (
            "The Dover crew won the Mersey Cup in 1956, making Marta Ruiz the league's "
            "first woman captain.",
            "1956",
            "The Dover crew won the Mersey Cup in _____.",
        ),
        # "makes" is an ordinary verb here: the clause after ", and" is one of its own
        (
            "The factory makes steel for ships in Kessel, and the mills employ about 4,000 "
            "workers in Lund.",
            "4,000",
            "The mills employ about _____ workers in Lund.",
        ),
        # so does the clause after a semicolon
        (
            "The Dover crew won the cup in 1956; the Calais crew took the shield in Antwerp.",
            "Antwerp",
            "The Calais crew took the shield in _____.",
        ),
        # a clause whose subject opens with an adverb and a participle the tagger reads as
        # a past verb ("locally built boats have ...") is a clause of its own
        (
            "In the field of heart surgery, progress has been made in helping patients walk; "
            "domestically produced brain pacemakers have achieved full commercial use in 400 "
            "hospitals across eight countries.",
            "eight",
            "Domestically produced brain pacemakers have achieved full commercial use in 400 "
            "hospitals across _____ countries.",
        ),
    ],
)
def test_an_item_can_keep_to_its_answers_clause(sentence: str, answer: str, clause: str) -> None:
    doc = _doc(sentence)
    fact = _fact(doc, answer)
    assert make_cloze(fact, "units", doc, trimmed=True).prompt == clause
    assert make_cloze(fact, "units", doc).prompt != clause  # by default: the whole sentence


@pytest.mark.parametrize(
    ("sentence", "answer"),
    [
        # "them" means the first clause's boats: the second clause cannot stand alone
        (
            "Carbon boats are now in common use, and the clubs have bought them from "
            "11 yards across the coast.",
            "11",
        ),
        # the answer's own aside stays: it defines the answer
        (
            "The crews train with an ergometer (a rowing machine) in the winter of 1950.",
            "ergometer",
        ),
        # "the boat" is the one the first clause named
        ("Marta Ruiz bought a new boat in 1950, and the boat won the Mersey Cup in 1952.", "1952"),
        # "helping crews train, and young rowers race": one clause of bare infinitives
        (
            "In the field of spinal surgery, progress has been made in helping paraplegic "
            "patients stand and walk, and blind individuals regain light perception at 12 "
            "clinics.",
            "12",
        ),
        # "according to" gives the source of the claim; it stays
        ("The Mersey Cup was first rowed in 1931, according to the league's records.", "1931"),
    ],
)
def test_a_clause_that_leans_on_the_rest_keeps_its_sentence(sentence: str, answer: str) -> None:
    doc = _doc(sentence)
    fact = _fact(doc, answer)
    assert (
        make_cloze(fact, "units", doc, trimmed=True).prompt == make_cloze(fact, "units", doc).prompt
    )


def test_two_items_on_one_sentence_do_not_give_each_other_away() -> None:
    text = (
        "Halden was the first pick of the 1998 draft, while Ostrov was picked first in 2011. "
        "The Mersey Cup, which began in 1931 as a county race, was won by the crew of "
        "Marta Ruiz. "
        "In 1956, the Dover crew set a course record, and the Calais crew finished second "
        "in Antwerp."
    )
    doc = _doc(text)
    shared = 0
    for seed in range(4):
        deck = generate_from_documents([doc], max_items=12, seed=seed).deck
        by_sentence: dict[int, list[str]] = {}
        for item in deck.items:
            by_sentence.setdefault(item.source.start, []).append(item.id)
        shared += any(len(ids) >= 2 for ids in by_sentence.values())
        for a in deck.items:
            for b in deck.items:
                if a is b or a.source.start != b.source.start:
                    continue
                # what b asks about: its answer, or for a statement what the source says
                s = b.source
                asked = (
                    b.answer
                    if b.type != "true_false"
                    else s.sentence[s.answer_start : s.answer_end]
                )
                assert not contains_phrase(a.prompt, asked), (a.prompt, b.prompt)
    assert shared  # a sentence gave two items


def test_a_participle_before_the_verb_is_not_taken_for_it() -> None:
    # "made" is a participle here ("pacemakers made in China"), not the main verb
    doc = _doc("Oars made in Norway are now in common use across the league's 40 clubs.")
    sentence = doc.sentences[-1]
    for span in sentence.spans:
        for q in questions_for(sentence, span, present=True):
            assert " make " not in q.text, q.text


@pytest.mark.parametrize(
    ("sentence", "unwanted"),
    [
        # "published" is a participle: the study is not what "did publish"
        (
            "A study published in Nature in October 2011 sequenced the genome of the rowers.",
            "publish",
        ),
        # a language is no place
        ("Azote later became nitrogen in English, although the French kept the name.", "Where"),
        # an aside in parentheses is no definition
        (
            "The rowers of the league use the Veld Rig (as cited in the report) on the river.",
            "describes as",
        ),
    ],
)
def test_questions_keep_their_grammar(sentence: str, unwanted: str) -> None:
    doc = _doc(sentence)
    s = doc.sentences[-1]
    for span in s.spans:
        for q in questions_for(s, span, present=False):
            assert unwanted not in q.text, q.text


@pytest.mark.parametrize(
    ("sentence", "answer"),
    [
        (
            "At least 60% of the crews won a medal, and the boats of Marta Ruiz were lost as well.",
            "60%",
        ),
        (
            "The boats have two pumps; one is worked by hand, the second is a fail-safe valve.",
            "two",
        ),
    ],
)
def test_a_later_clause_that_means_the_first_is_not_asked_alone(sentence: str, answer: str) -> None:
    doc = _doc(sentence)
    for fact in find_facts(doc, prepare(doc)):
        if fact.span.text != answer and fact.prepared.sentence.text == sentence:
            # an item on the later clause keeps the whole sentence
            assert (
                make_cloze(fact, "units", doc, trimmed=True).prompt
                == make_cloze(fact, "units", doc).prompt
            ), fact.span.text


def test_two_facts_of_one_sentence_both_asked_when_each_keeps_to_its_clause() -> None:
    # asked on the whole sentence the two would be one question; on their clauses they
    # are two, and neither gives the other away
    text = (
        "At the Vela Clinic, progress has been made in helping patients with spinal injuries "
        "stand and walk again after long months of rest; domestically produced brain "
        "pacemakers have achieved full commercial use, with implants in 400 hospitals across "
        "eight countries, becoming a new engine for the health of the whole population."
    )
    deck = generate_from_documents([_doc(text)], max_items=12, seed=0).deck
    answers = {item.answer for item in deck.items if item.source.sentence.startswith("At ")}
    assert {"Vela Clinic", "eight"} <= answers, answers
