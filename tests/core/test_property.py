"""Property tests: for any text, generation never crashes and never emits an invalid item.

Bad input may only end in :class:`quizgen.errors.InputError` (the one-line error a user
sees); everything else must give a deck whose every item passes the validators and that
survives a round trip through its JSON form unchanged.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from typing import TypeVar

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizgen.errors import InputError
from quizgen.ingest import parse_article
from quizgen.models import Deck, parse_deck
from quizgen.nlp import analyze
from quizgen.pipeline import generate_from_documents
from quizgen.validate import check_deck, check_item

T = TypeVar("T")
Pick = Callable[[Sequence[T]], T]

SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# --- building decks -----------------------------------------------------------------------


def build(data: bytes, seed: int) -> Deck | None:
    """Article bytes -> deck, checking every property on the way; None for refused input."""
    try:
        article = parse_article(data, "prop.txt", "text")
    except InputError as exc:
        message = str(exc)
        assert message and "\n" not in message, f"InputError must be one line: {message!r}"
        return None
    doc = analyze(article)
    deck = generate_from_documents([doc], seed=seed).deck
    for item in deck.items:
        assert check_item(item) == [], f"invalid item {item.prompt!r} -> {item.answer!r}"
        sentence = item.source.sentence
        assert article.text[item.source.start : item.source.end] == sentence
    assert check_deck(deck) == []
    text = deck.to_json()
    again = parse_deck(text, "round-trip")
    assert again == deck
    assert again.to_json() == text
    return deck


# --- arbitrary text -----------------------------------------------------------------------

_PUNCT = list(" \n\n\t.,;:!?'\"()[]-–—…$%€£¥#&*/0123456789")
_CHARS = st.one_of(
    st.sampled_from(_PUNCT),
    st.sampled_from(list("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")),
    st.characters(min_codepoint=1, max_codepoint=0x2FFF, exclude_categories=["Cs"]),
    st.characters(exclude_categories=["Cs"]),
)


@SETTINGS
@given(text=st.text(alphabet=_CHARS, max_size=600), seed=st.integers(0, 2**31))
def test_arbitrary_text_never_breaks_generation(text: str, seed: int) -> None:
    build(text.encode("utf-8"), seed)


@SETTINGS
@given(data=st.binary(max_size=400), seed=st.integers(0, 2**31))
def test_arbitrary_bytes_never_break_generation(data: bytes, seed: int) -> None:
    build(data, seed)


# --- sentence-like text -------------------------------------------------------------------

_PEOPLE = ["Maria Lopez", "Chen Wei", "Ahmed Khan", "Olga Petrova", "James Carter",
           "Dr. Amina Diallo", "Liu Quan", "Sofia Rossi"]  # fmt: skip
_ORGS = ["Northwind Institute", "Acme Corporation", "the University of Leeds", "Harbor Bank",
         "the World Health Organization", "Blue River Energy"]  # fmt: skip
_PLACES = ["Geneva", "Lagos", "Osaka", "Lima", "Oslo", "the U.S.", "New South Wales"]
_VERBS = ["founded", "visited", "funded", "announced", "described", "built", "reported",
          "opened", "tested", "designed"]  # fmt: skip
_THINGS = ["a new bridge", "the research centre", "a water project", "the first vaccine trial",
           "a solar farm", "the reasoning model", "an underground railway",
           "the peer review"]  # fmt: skip
_MONTHS = ["January", "March", "June", "Sept.", "October", "December"]
_TEMPLATES = [
    "{person} {verb} {thing} in {place} in {year}.",
    "{org} {verb} {thing} for {money}.",
    "On {date}, {person}, director of {org}, said that {thing} cost {money}.",
    "About {percent} of the workers in {place} were hired by {year}.",
    "{person} said the project employed {number} engineers and {number2} volunteers.",
    "It {verb} {thing} in {place}.",
    "They {verb} {thing} ({org}) in {year}, which cost approximately {money}.",
    '"{thing_cap} changed everything," {person} told reporters on {date}.',
    "The total budget rose from {money} to {money2}, an increase of {percent}.",
    "In {year}, {org} and {org2} {verb} {thing} near {place}.",
    "{person} (born {year}) is the chief engineer of {org}.",
]


def _money(pick: Pick[str], n: int) -> str:
    form = pick(["US${:,}", "${} million", "€{:,}", "HK${}.5 billion", "{:,} yuan"])
    return form.format(n % 1000 if "illion" in form else n)


def sentence_like(pick: Pick[str], number: Callable[[int, int], int]) -> str:
    """Article-like text from templates; ``pick``/``number`` supply the choices."""
    paragraphs: list[str] = []
    for _ in range(number(1, 4)):
        sentences: list[str] = []
        if number(0, 3) == 0:
            paragraphs.append(f"{pick(_PLACES).removeprefix('the ')} {pick(_VERBS)} projects")
        for _ in range(number(1, 5)):
            values = {
                "person": pick(_PEOPLE),
                "org": pick(_ORGS),
                "org2": pick(_ORGS),
                "place": pick(_PLACES),
                "verb": pick(_VERBS),
                "thing": pick(_THINGS),
                "year": str(number(1800, 2030)),
                "date": f"{pick(_MONTHS)} {number(1, 28)}, {number(1900, 2030)}",
                "money": _money(pick, number(2, 999_999)),
                "money2": _money(pick, number(2, 999_999)),
                "percent": f"{number(1, 99)}%",
                "number": str(number(2, 5000)),
                "number2": f"{number(2, 90):,}",
            }
            values["thing_cap"] = values["thing"][:1].upper() + values["thing"][1:]
            sentence = pick(_TEMPLATES).format(**values)
            sentences.append(sentence[:1].upper() + sentence[1:])
        paragraphs.append(" ".join(sentences))
    return pick(["\n\n", "\n"]).join(paragraphs) + "\n"


@st.composite
def sentence_like_text(draw: st.DrawFn) -> str:
    def pick(options: Sequence[T]) -> T:
        return draw(st.sampled_from(options))

    def number(low: int, high: int) -> int:
        return draw(st.integers(low, high))

    return sentence_like(pick, number)


@SETTINGS
@given(text=sentence_like_text(), seed=st.integers(0, 2**31))
def test_sentence_like_text_gives_valid_decks(text: str, seed: int) -> None:
    deck = build(text.encode("utf-8"), seed)
    assert deck is not None, "plain English sentences must not be refused as input"


def test_sentence_like_text_does_produce_items() -> None:
    """Guard for the property above: its texts are ones generation makes items from."""
    counts = []
    for n in range(6):
        rng = random.Random(n)
        text = sentence_like(rng.choice, rng.randint)
        deck = build(text.encode("utf-8"), n)
        assert deck is not None
        counts.append(len(deck.items))
    assert sum(1 for c in counts if c > 0) >= 4, f"items per text: {counts}"
