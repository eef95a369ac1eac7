"""Rules that keep items answerable, unambiguous and honest, one table per concern.

Each case is a small article written for the test; the assertions are about what a
learner would see in the generated deck.
"""

from __future__ import annotations

import random
from collections import Counter

import pytest

from quizgen.article import Article
from quizgen.generate.distractors import pick_distractors, swap_for, variations
from quizgen.generate.facts import Fact, find_facts, prepare, topic_words, unaskable
from quizgen.generate.items import make_cloze, make_multiple_choice
from quizgen.generate.questions import questions_for
from quizgen.ingest import parse_article
from quizgen.nlp import analyze
from quizgen.nlp.document import Document
from quizgen.pipeline import generate_from_documents


def _article(text: str) -> Article:
    return parse_article(text.encode("utf-8"), "rules.txt", "text")


def _asked(text: str, answer: str, present: bool = True) -> list[str]:
    """The questions made on ``answer`` in a one-sentence article (``answer`` is a span's
    text, or a word of it)."""
    s = analyze(_article(text)).sentences[0]
    span = next(sp for sp in s.spans if sp.text == answer or answer in sp.text.split())
    return [q.text for q in questions_for(s, span, present)]


def _answers_of(text: str, name: str, fmt: str = "text") -> set[str]:
    """The answer candidates of an article read from a file called ``name``."""
    doc = analyze(parse_article(text.encode(), name, fmt))
    return {f.span.text for f in find_facts(doc, prepare(doc))}


def _prepared_texts(text: str) -> list[str]:
    return [p.text for p in prepare(analyze(_article(text)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The new bridge opened in the spring of 1932 after four years of work. "
            "It carried more than ten thousand cars on its first day.",
            "The new bridge carried more than ten thousand cars on its first day.",
        ),
        (
            "Marta Ruiz stated that the Orion Engine changes how ships are built. "
            "From a practical point of view, it halves the fuel that a crossing needs.",
            "From a practical point of view, Orion Engine halves the fuel that a crossing needs.",
        ),
        # "It is known for ...", "It was unknown to ...": an "it" that means something
        (
            "Kessel is a small town on the river Avon in Avaria. "
            "It is known for its cathedral, which was finished in 1250 by Marta Ruiz.",
            "Kessel is known for its cathedral, which was finished in 1250 by Marta Ruiz.",
        ),
        (
            "The coelacanth is a fish of the deep sea near the Comoros. "
            "It was unknown to scientists until a trawler caught one in 1938.",
            "The coelacanth was unknown to scientists until a trawler caught one in 1938.",
        ),
    ],
)
def test_a_leading_pronoun_is_resolved_to_its_antecedent(text: str, expected: str) -> None:
    assert expected in _prepared_texts(text)


_LEANING = [
    "These results convinced the committee to fund the second phase in 1958.",
    "The next three drives of the game ended in punts near midfield.",
    "While it may include older records, the archive was opened in 1961.",
    "The result was announced to the press on 4 May 1961 in Geneva.",
    "The formula x = 2y + 3 gives the value of the constant in the model.",
    "The main benefit of this was a faster count of the records in 1962.",
    "As the diagram shows, the archive was moved to Bern in 1962.",
    "There is a prize of 1,000 crowns for solving the problem in the archive.",
    "Elsewhere, notably in Avaria, larger archives were built in 1962.",
    "Most, however, have been moved to the new building in Bern since 1962.",
    "Otherwise, the archive in Geneva would have closed its doors in 1962.",
    "Some readers consider this to be the best archive of maps in Avaria.",
    "The input is a list of 40 old maps of the river towns of Avaria.",
    "As the archive holds many maps, careful planning of its rooms is needed here.",
    "The region is home to about 2,500 old maps of the river towns of Avaria.",
    "The study also found two older maps of the river towns in a cellar in Bern.",
    "The show globe was also used in the archive until the early 20th century.",
    "At 5 °C the archive's solubility rises to 9.0 mL per liter of water.",
    "Each reader has a corresponding duty to return the maps to the shelves by 1962.",
    "Analogous rules can be made for the letters kept in the archive in Bern.",
    "Marta Ruiz refused, so the archive moved its maps to Bern in 1962.",
    "See the map of the northern river towns of Avaria below.",
    "Euclid's theorem (mentioned above) would not hold for the maps of Avaria.",
    "By 1900 the population had fallen to about 40,000 people in the river towns.",
    "The panel asked Marta Ruiz to send the maps to Bern by 1962.",
    "The findings were published in the journal Science in 1962.",
    "However, the colonists were unable to keep the maps dry in the cellar in Bern.",
    "A few weeks later, on 25 May 1962, the archive asked Bern for the maps.",
    "At the time, the archive in Geneva held about 4,000 maps of Avaria.",
    "Marta Ruiz, the head of the archive at the time, sent the maps to Bern.",
    "Later, many took up service with the archive in Bern in 1962.",
]
"""Sentences that lean on other text: not asked about."""

_STANDING = [
    # "the corresponding author" is a term, "corresponding to 656 nanometres" names
    # what it corresponds to: neither points back
    "Marta Ruiz was the corresponding author of the archive's first catalogue in 1961.",
    "Each line in the spectrum has a wavelength corresponding to 656 nanometres.",
    # an expletive "it" means nothing to resolve
    "It is believed that the oldest letter was written in Lisbon in 1850.",
    "In crowded towns, it was not uncommon for half the letters to be lost within a year.",
    "It is also unknown how many of the letters were written by Marta Ruiz in Lisbon.",
    # "at the time of" says which time, and so does a date of the sentence
    "Marta Ruiz was the head of the archive at the time of its move to Bern in 1962.",
    "In 1962 the archive, the largest in Avaria at the time, moved to Bern.",
]
"""Sentences that only look like back-references: kept."""


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [(s, False) for s in _LEANING] + [(s, True) for s in _STANDING],
)
def test_a_sentence_is_asked_about_only_when_it_stands_alone(sentence: str, kept: bool) -> None:
    text = "The archive of the Lumen Society opened to readers in 1961 in Geneva. " + sentence
    assert (sentence in _prepared_texts(text)) is kept


def _deck_items(text: str, seed: int = 0) -> list:  # type: ignore[type-arg]
    doc = analyze(_article(text))
    return generate_from_documents([doc], seed=seed, max_items=40).deck.items


CANAL = (
    "The Kessel Canal is a waterway in the country of Avaria that links two large lakes. "
    "Engineers from the Avarian Water Board began digging the canal on 12 March 1901. "
    "The canal opened on 30 March 1909 after eight years of work. "
    "Building the canal cost about 4 million crowns, which is about US$9 million today. "
    "The canal is about 111 kilometres (69 miles) long. "
    "The chief engineer, Tomas Veld, designed the locks and the pumping stations. "
    "In 1931, Ilse Marren, a surveyor from the Water Board, widened the northern section. "
    "Ships carried grain, timber, and iron ore through the canal in its first decades. "
    "By 1950, about 3,000 ships used the canal every year. "
    "The canal was closed for repairs from 1962 to 1964. "
    "Tomas Veld and Ilse Marren are remembered with a statue at the southern lock."
)


def test_a_gap_never_sits_next_to_its_own_unit_conversion() -> None:
    for item in _deck_items(CANAL):
        if item.type in {"cloze", "multiple_choice"} and item.answer == "111":
            assert "69 miles" not in item.prompt


def test_a_gap_after_a_or_an_does_not_hint_at_the_first_letter() -> None:
    for item in _deck_items(CANAL):
        if "_____" in item.prompt:
            assert " an _____" not in item.prompt and " a _____" not in item.prompt


def test_no_item_asks_for_a_list_member_a_pair_half_or_a_range_end() -> None:
    for item in _deck_items(CANAL):
        if item.type == "true_false":
            continue
        assert item.answer not in {"timber", "iron ore", "grain"}, item.prompt
        assert not (item.answer in {"Tomas Veld", "Ilse Marren"} and " and _____" in item.prompt)
        assert item.answer not in {"1962", "1964"}, item.prompt


@pytest.mark.parametrize("seed", range(6))
def test_date_distractors_are_real_dates_near_the_answer(seed: int) -> None:
    for item in _deck_items(CANAL, seed):
        if item.type == "multiple_choice" and item.answer_type == "DATE":
            for option in item.options:
                assert "30 February" not in option and "31 April" not in option
        if item.type == "multiple_choice" and item.answer_type == "YEAR":
            for option in item.options:
                assert abs(int(option) - int(item.answer)) <= 15


def test_a_bare_the_noun_subject_from_the_sentence_before_is_not_asked_about() -> None:
    text = (
        "In 1961 the Lumen Society took a first measurement of the lake's salt in Geneva. "
        "The measurement showed that the water held twice the salt of the sea in 1961."
    )
    prepared = _prepared_texts(text)
    assert not any(p.startswith("The measurement showed") for p in prepared)
    # further back in the paragraph, after a fronted phrase, with an adjective
    text = (
        "The Lumen Society bought the island of Vessa from the Marren family in 1950. "
        "The society built an observatory on the coast of Avaria in 1952. "
        "In 1961, the whole island was sold to the state of Avaria for 3 million crowns."
    )
    assert not any("whole island" in p for p in _prepared_texts(text))
    # the deck's own topic is no back-reference: "The canal" in an article on a canal
    titled = "# Kessel Canal\n\nThe Kessel Canal links two lakes in Avaria. " + (
        "The canal opened on 30 March 1909 after eight years of work.\n"
    )
    doc = analyze(parse_article(titled.encode("utf-8"), "kessel.md", "markdown"))
    assert "The canal opened on 30 March 1909 after eight years of work." in [
        p.text for p in prepare(doc)
    ]
    # a word of the title, not a part of one: "era" is no title word of "Federal ..."
    titled = "# Federal Rowing League\n\nThe league began in a new era of sport in 1921. " + (
        "The era lasted until the war began in 1939.\n"
    )
    doc = analyze(parse_article(titled.encode("utf-8"), "league.md", "markdown"))
    assert not any(p.text.startswith("The era") for p in prepare(doc))


def test_an_example_sentence_is_not_asked_about() -> None:
    text = (
        "The Lumen Society collects old maps of the river towns of Avaria. "
        "For example, a map of Ostrava from 1702 shows the first stone bridge over the river."
    )
    assert not any(p.startswith("For example") for p in _prepared_texts(text))


def _reason(sentence: str, answer: str) -> str | None:
    """Why ``unaskable`` refuses the span ``answer`` of a one-sentence article, the answer
    counted as a term the article uses twice (a lone noun that is no key term goes anyway)."""
    doc = analyze(_article(sentence))
    s = doc.sentences[0]
    span = next(sp for sp in s.spans if sp.text == answer)
    return unaskable(s, span, Counter({answer.lower(): 2}))


@pytest.mark.parametrize(
    ("sentence", "answer", "reason"),
    [
        (
            "The company sold medical supplies and pharmacy services to the northern towns.",
            "medical supplies",
            "joined nouns",
        ),
        (
            "The clinic movement began inside hospitals and clinics in the northern towns.",
            "inside hospitals",
            "joined nouns",
        ),
        (
            "The engineers thought a placebo effect was a more likely explanation for it.",
            "likely explanation",
            "adverb",
        ),
        (
            "Heavy rain fell across the Amazon rainforest during the wet season of 1905.",
            "Amazon",
            "modifier",
        ),
        (
            "The young Avery worked with his colleagues on the coat proteins in 1944.",
            "colleagues",
            "his/their",
        ),
        (
            "Humanoid robots are being put to work in car factories across Avaria.",
            "Humanoid",
            "only modifies",
        ),
        ("Marta Ruiz also said that the ferry would run until 1961.", "Marta Ruiz", "also"),
        ("Ilse Marren, also from the navy, was the ferry's first pilot.", "Ilse Marren", "also"),
        ("Tomas Veld, also from the Avarian Navy, was the ferry's pilot.", "Avarian Navy", "also"),
        ("The finding was backed by work by Crowley & Lowery in 1999.", "Lowery", "citation"),
        (
            'Edwin "Buzz" Aldrin, an air force pilot, flew the lunar module in 1969.',
            "Buzz",
            "nickname",
        ),
        (
            'Edwin "Buzz" Aldrin, an air force pilot, flew the lunar module in 1969.',
            "Aldrin",
            "nickname",
        ),
        (
            "Oxygen is found in oxide compounds such as silicon dioxide in the crust.",
            "silicon dioxide",
            "example",
        ),
        (
            "The Avarian Panel on Climate Change (APCC) was set up by the state in 1988.",
            "APCC",
            "acronym right after",
        ),
        ("Nature welcomed the publication in a comment on the paper.", "publication", "vague"),
        (
            "According to Marta Ruiz, the ferry carried about 400 people a day in 1950.",
            "Marta Ruiz",
            "source",
        ),
        (
            "The mayor held a grand feast for guests from across Europe in May 1869.",
            "Europe",
            "across",
        ),
        ("Rugby is a growing sport in southern Italy at the high school level.", "Italy", "region"),
        ("The molecule is a double helix: two strands wind round each other.", "two", "count"),
        (
            "Peer review is a process in which experts check a study before a journal prints it.",
            "journal",
            "a(n)",
        ),
        (
            "In experiments, a bridge of liquid oxygen may be held between two magnets.",
            "experiments",
            "opening phrase",
        ),
        (
            "Rational primes (i.e. prime elements in Z) of the form 4k + 3 are Gaussian primes.",
            "i.e. prime elements",
            "gloss",
        ),
        (
            "Pneumonic plague has a mortality rate of 90 to 95 percent in the towns of Avaria.",
            "90",
            "range",
        ),
        (
            "The fund lists the primes 41, 43, 47 and 53 as its lucky numbers in 1950.",
            "43",
            "list",
        ),
        (
            "The boiler keeps the water level such that the temperature of the firebox crown "
            "increases significantly.",
            "firebox crown increases",
            "runs into a verb",
        ),
        (
            "Prior to and during World War I, the league played its games in 40 towns.",
            "World War",
            "longer name",
        ),
        (
            "Upper and lower bounds are usually stated using the big O notation in the theory.",
            "Upper",
            "opposite",
        ),
        (
            "Falls are one of the most common causes of fatal and non-fatal injuries in Avaria.",
            "non-fatal injuries",
            "opposite",
        ),
        (
            "Within southern Avaria are two major cities, Lund and Kessel, and many towns.",
            "two",
            "lists",
        ),
        (
            "Under two Italian abbots, William of Volpiano and John of Ravenna, the abbey grew.",
            "two",
            "lists",
        ),
        (
            'Primality tests fall into two main classes, probabilistic (or "Monte Carlo") '
            "and deterministic methods.",
            "two",
            "lists",
        ),
        (
            "Avaria encompasses seven metropolitan areas, or MSAs: Lund; Kessel; Bern; Avon; "
            "Rhyl; Tarn; and Vessa.",
            "seven",
            "lists",
        ),
        (
            "Outbreaks of 14- and 15-year cicadas would be up to 2% higher in Avaria.",
            "14",
            "hyphenated pair",
        ),
        (
            "A variety of germs other than Y. pestis have been put forward by the doctors.",
            "pestis",
            "abbreviated",
        ),
        (
            "Near the end of the 19th century compound engines came into wide use.",
            "19th century compound engines",
            "time phrase",
        ),
        (
            "The crew collected 21.5 kilograms (47.5 pounds) of rock to bring home.",
            "47.5 pounds",
            "conversion",
        ),
        (
            "In Canada, pharmacists in several provinces may prescribe a few drugs.",
            "Canada",
            "setting",
        ),
        (
            "In the United States, there has been a push to import cheaper medicines.",
            "United States",
            "setting",
        ),
        (
            "The region's economy is diverse and one of the largest in the United States.",
            "United States",
            "superlative",
        ),
        (
            "Norman mercenaries served as far away as Trebizond and Georgia by then.",
            "Georgia",
            "pair of names",
        ),
        (
            "The route passes through several lakes, including Lake Timsah and the Great "
            "Bitter Lake.",
            "Great Bitter Lake",
            "pair of names",
        ),
        (
            "DNA, short for deoxyribonucleic acid, is the molecule of heredity.",
            "deoxyribonucleic acid",
            "initials",
        ),
        (
            "DNA uses four different bases: adenine (A), thymine (T), guanine (G) and "
            "cytosine (C).",
            "adenine",
            "initials",
        ),
        (
            "Abu al-Qasim al-Zahrawi (936–1013) prepared medicines by distillation.",
            "Abu",
            "longer name",
        ),
        ("Chargaff's findings are now known as Chargaff's rules.", "rules", "'s"),
        (
            "Watson and Crick soon saw that Pauling's triple helix could not be right.",
            "triple helix",
            "'s",
        ),
        (
            "A screw moves the coal from a supply bin (bunker) to the firebox of the engine.",
            "supply bin",
            "gloss",
        ),
        (
            "The cost per square meter (or per square foot) of a house varies a great deal.",
            "square meter",
            "gloss",
        ),
        (
            "Consultant pharmacy practice focuses more on medication regimen review (i.e. "
            '"cognitive services") than on dispensing.',
            "medication regimen review",
            "gloss",
        ),
        (
            "The region is famous for tourism and Hollywood (film, television, and music).",
            "Hollywood",
            "gloss",
        ),
        (
            "In the course of the Hundred Years' War, the nobles called themselves English.",
            "Hundred Years",
            "longer name",
        ),
        ("College sports are also popular in the towns of Avaria.", "College", "only modifies"),
        (
            "The forest lost in Avaria rose to 587,000 square kilometres by the year 2000.",
            "square kilometres",
            "unit",
        ),
        ("The water rose to replace one-fourteenth of the air's volume.", "air", "before 's"),
        ("Pharmacists care for patients in all settings across Avaria.", "settings", "'all'"),
        (
            "As less expansion now occurs in each cylinder less heat is lost by the steam.",
            "cylinder less heat",
            "runs into a verb",
        ),
        (
            "The fact that a substance like wood gains overall weight in burning was hidden.",
            "wood gains overall weight",
            "runs into a verb",
        ),
    ],
)
def test_gaps_that_other_words_fit_are_not_made(sentence: str, answer: str, reason: str) -> None:
    assert reason in (_reason(sentence, answer) or "")


@pytest.mark.parametrize(
    ("sentence", "answer"),
    [
        ("The experiment by Oswald Avery and his colleagues convinced many biologists.",
         "Oswald Avery"),
        # other names after a count are not what it counts
        ("The ferry made two crossings a day between Kessel and Lund in 1950.", "two"),
        # a list that does not hold as many as the count is not what it counts
        ("The town had five schools, a library and a museum by 1950.", "five"),
        # more things after a count, not the things counted; a colon after a year
        ("By 1950 the farm at Kessel had two horses, cows and pigs.", "two"),
        ("The bridge opened in 1932 after four years of work: a record for Avaria.", "1932"),
        # a noun before "to" is no verb
        ("The model uses reinforcement learning to reason about problems step by step.",
         "reinforcement learning"),
        # the term a sentence names is no part of a longer phrase
        ("The most basic way of checking whether n is prime is called trial division.",
         "trial division"),
    ],
)  # fmt: skip
def test_what_only_looks_like_a_giveaway_is_still_asked(sentence: str, answer: str) -> None:
    assert _reason(sentence, answer) is None


def test_a_subject_question_keeps_a_common_word_lower_case() -> None:
    text = (
        "Sudden cabin pressure loss activates chemical oxygen generators above each seat, "
        "causing oxygen masks to drop."
    )
    asked = _asked(text, "generators")
    assert any(q.startswith("What does sudden cabin pressure loss activate") for q in asked)


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # an opinion is not asked as a fact
        (
            "In Marta Ruiz's view, the Orion Engine offers a new path for ferry building "
            "across Avaria.",
            "Orion Engine",
        ),
        # too bare: the canal crosses many things
        ("The canal crosses the Isthmus of Vessa, a strip of land.", "Isthmus of Vessa"),
        # "one of the groups": which ones?
        ("Ilse Marren, a physicist from Avaria, led one of the groups.", "Ilse Marren"),
        # "a way of" singles nothing out
        ("A distillate is a way of cleaning oils: the oil is heated twice.", "distillate"),
        # too bare for a place: many places lie east of a canal
        ("The Vessa Peninsula lies to the east of the canal.", "Vessa Peninsula"),
        # "some heart disorders (congestive heart failure)": an example, no definition
        (
            "Oxygen therapy treats emphysema, some heart disorders (congestive heart "
            "failure) and pneumonia.",
            "heart disorders",
        ),
        # "nor does it": the pronoun would mean the question word
        (
            "The Avarian Climate Panel does not carry out research nor does it monitor the "
            "weather of the northern coast.",
            "Avarian Climate Panel",
        ),
    ],
)
def test_questions_too_bare_or_too_opinionated_are_not_asked(text: str, answer: str) -> None:
    assert _asked(text, answer) == []


@pytest.mark.parametrize(
    ("text", "answer", "shown"),
    [
        (
            "Ferdinand Lessard, a French diplomat, was its main backer. "
            "Khedive Amir Sadat of Avaria signed the concession in 1854. "
            "The Avarian premier Gamal Nasr took the canal over in 1956. "
            "The British minister Anthony Eden sent troops to the canal in 1956.",
            "Ferdinand Lessard",
            "French",
        ),
        (
            "Sailors recovered the crew, and President Marta Ruiz greeted them on the ship. "
            "The pilot Ilse Marren flew the craft in 1969. "
            "The engineer Tomas Veld built the craft in 1968. "
            "The doctor Anna Lind examined the crew in 1969.",
            "Marta Ruiz",
            "President _____",
        ),
    ],
)
def test_no_wrong_options_beside_what_the_answer_alone_is(
    text: str, answer: str, shown: str
) -> None:
    """ "_____, a French diplomat", "President _____": the other people are neither, so a
    gapped sentence makes no multiple choice (a question leaves the description out)."""
    doc = analyze(_article(text))
    fact = next(f for f in find_facts(doc, prepare(doc)) if f.span.text == answer)
    for seed in range(6):
        item = make_multiple_choice(fact, "canal", doc, random.Random(seed))
        assert item is None or shown not in item.prompt, item.prompt


def test_a_sentence_with_an_object_pronoun_from_before_is_not_asked_about() -> None:
    text = (
        "Ferdinand Lessard, a French diplomat, was the driving force behind the Kessel Canal. "
        "Khedive Amir Sadat of Avaria granted him the concession in 1854."
    )
    assert not any("granted" in p for p in _prepared_texts(text))
    # "him" after the man it means, in the same sentence, is fine
    text = "The premier Gamal Nasr asked the council to send him a report on the canal in 1956."
    assert any("asked the council" in p for p in _prepared_texts(text))


def test_a_subject_question_takes_a_singular_verb() -> None:
    text = "The Kessel Rangers come from the northern coast of Avaria every spring."
    assert "What comes from the northern coast of Avaria every spring?" in _asked(
        text, "Kessel Rangers"
    )


def test_a_common_noun_gets_no_bare_what_question() -> None:
    # "What is about 2 nanometres wide?" says nothing of what kind of answer is wanted
    assert _asked("The double helix is about 2 nanometres wide in Avaria.", "double helix") == []


def test_no_when_question_on_a_date_of_a_trailing_phrase() -> None:
    text = (
        "The Avarian club was suspended after the 2014 season, with a second club "
        "scheduled to return in 2018."
    )
    assert _asked(text, "2018", present=False) == []


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # "in 1773 or earlier": the question would keep "or earlier" and ask nothing
        ("Oxygen was found by Karl Veld in Uppsala in 1773 or earlier.", "1773"),
        # "separate from" is no place to ask "Where" about
        (
            "The census office counts the river towns as an area separate from Vessa County.",
            "Vessa County",
        ),
        # a gloss in parentheses is no definition
        ("The Greek word Pharmakeia (Greek: pharmakon) gave pharmacy its name.", "Pharmakeia"),
        (
            "The Latin translation De Materia Medica (Concerning medical substances) was "
            "used by many later texts.",
            "De Materia Medica",
        ),
        # the place belongs to "stretching", not to "includes"
        (
            "Southern Avaria includes the urban area stretching along the coast from Vessa "
            "to the border.",
            "Vessa",
        ),
    ],
)
def test_no_question_on_a_loose_phrase(text: str, answer: str) -> None:
    assert _asked(text, answer, present=False) == []


def test_a_once_used_phrase_with_a_generic_adjective_is_not_gapped() -> None:
    doc = analyze(_article("Photo 51 helped the two men reach the correct answer in 1953."))
    s = doc.sentences[0]
    span = next(sp for sp in s.spans if sp.text == "correct answer")
    assert "generic" in (unaskable(s, span, Counter()) or "")


def test_a_list_after_a_comma_is_not_cut_as_a_clause() -> None:
    text = (
        "Southern Avaria holds one of the most varied collections of geologic, topographic, "
        "and natural landscapes in the country."
    )
    for q in _asked(text, "Southern Avaria"):
        assert q.endswith("natural landscapes in the country?"), q


@pytest.mark.parametrize(
    ("text", "answer", "unfit"),
    [
        # Italy may well be right too, and a country is no fair option beside a city
        (
            "The Normans ruled in Palermo from 1072 after a long siege of the city. "
            "Norman knights had first come to Italy as pilgrims in 999. "
            "Others served in Greece and in Spain during those years. "
            "The court drew scholars from France and from Egypt.",
            "Palermo",
            {"Italy", "Spain", "France", "Egypt", "Greece"},
        ),
        # one woman among men stands out, and "ovarian cancer" rules the men out
        (
            "Mary Hale took the key photograph of the crystal in 1952. "
            "She died of ovarian cancer in 1958. "
            "John Reed built the first model in 1953. "
            "He shared the prize with Peter Lund in 1962. "
            "Peter Lund later wrote that he had seen the photograph. "
            "Anna Lind checked the photograph in 1954. "
            "She praised it in a letter to the journal.",
            "Mary Hale",
            {f"{g} {f}" for g in ("John", "Peter") for f in ("Reed", "Lund", "Lind", "Hale")},
        ),
        # Earth among states stands out beside "and the Moon"
        (
            "The rocket was built in Alabama and launched from Florida in 1969. "
            "Its crew splashed down near Hawaii after the flight. "
            "The crew flew from Earth to the Moon in four days.",
            "Earth",
            {"Alabama", "Florida", "Hawaii"},
        ),
    ],
)
def test_options_are_of_the_answers_own_sort(text: str, answer: str, unfit: set[str]) -> None:
    doc = analyze(_article(text))
    sentence = next(s for s in doc.sentences if any(sp.text == answer for sp in s.spans))
    span = next(sp for sp in sentence.spans if sp.text == answer)
    for seed in range(6):
        options = pick_distractors(doc, span, sentence.index, random.Random(seed), n=3)
        assert not unfit & set(options), options


def test_it_never_means_the_setting_of_the_sentence_before() -> None:
    text = (
        "During the Oligocene, for example, the Avarian forest covered a narrow band. "
        "It expanded again during the Miocene across the whole basin."
    )
    assert not any("Oligocene expanded" in p for p in _prepared_texts(text))


TERMS_ONLY = (
    "Photosynthesis turns light energy into chemical energy inside the chloroplasts. "
    "The light reactions split water and release oxygen as a by-product. "
    "The Calvin cycle then fixes carbon dioxide into simple sugars. "
    "Chlorophyll absorbs red and blue light and reflects green light. "
    "Stomata on the underside of the leaf let carbon dioxide in and water vapour out."
)


def test_a_statement_is_made_only_where_it_could_have_been_false() -> None:
    # terms have no safe swap: every statement about them would be a true copy of its
    # sentence, and a learner answering "True" every time would score full marks
    for seed in range(4):
        items = _deck_items(TERMS_ONLY, seed)
        assert items and not [i for i in items if i.type == "true_false"]


@pytest.mark.parametrize("seed", range(6))
def test_every_type_is_in_the_deck_and_statements_split_true_and_false(seed: int) -> None:
    items = _deck_items(CANAL, seed)
    assert {i.type for i in items} == {"cloze", "multiple_choice", "short_answer", "true_false"}
    truths = Counter(i.answer for i in items if i.type == "true_false")
    assert abs(truths["True"] - truths["False"]) <= 1, truths
    for item in items:
        if item.type == "true_false":
            assert item.answer_type not in {"TERM", "OTHER"}, item.prompt


def test_the_articles_own_topic_is_no_answer() -> None:
    # a learner reading a quiz on Orbita knows the answer "Orbita" without knowing anything
    text = (
        "Orbita is a rocket company founded by Lena Marsh in 2009 in the city of Tallinn. "
        "Orbita launched its first satellite from Andoya in March 2014. "
        "In 2016, Orbita opened a second factory in Riga for its engines. "
        "The company's Kestrel engine burns liquid methane and liquid oxygen. "
        "Orbita hired 400 engineers in 2019 to build a reusable booster called Skylark. "
        "Most of the old test stands were later sold to Orbita."
    )
    for seed in range(4):
        items = _deck_items(text, seed)
        assert items
        for item in items:
            assert item.answer != "Orbita", item.prompt
            if item.type == "true_false":
                assert (
                    "Orbita"
                    not in item.source.sentence[item.source.answer_start : item.source.answer_end]
                )


def test_what_the_title_names_is_no_answer() -> None:
    # "The Kessel Bridge: ..." is about the bridge; "the _____ opened in 1902" asks nothing
    text = (
        "# The Kessel Bridge: How a Town Crossed Its River\n\n"
        "The river Avon cut the town of Kessel in two until 1902. "
        "Marta Ruiz designed the Kessel Bridge after the great flood of 1899. "
        "Workers from Lund built it in three years for the town council. "
        "Ten thousand people crossed the new bridge on its first day in 1902."
    )
    answers = _answers_of(text, "bridge.md", "markdown")
    assert "Marta Ruiz" in answers and "Kessel Bridge" not in answers


def test_a_common_phrase_the_title_says_is_no_answer() -> None:
    # the deck's title is in front of the learner: "_____" for "peer review" is a formality
    text = (
        "# A Language Model Passes Peer Review\n\n"
        "The Orion model from Kessel Labs is the first of its kind to go through peer "
        "review in a journal. Marta Ruiz led the team that built it in 2024."
    )
    answers = _answers_of(text, "orion.md", "markdown")
    assert "Marta Ruiz" in answers and "peer review" not in answers


def test_he_after_an_opening_phrase_is_resolved() -> None:
    text = (
        "John Mayow studied air and burning in Oxford in the 1660s. "
        "In one experiment he found that a candle in a closed jar went out."
    )
    assert (
        "In one experiment John Mayow found that a candle in a closed jar went out."
        in _prepared_texts(text)
    )


def test_a_possessive_after_the_opening_name_keeps_the_sentence() -> None:
    # "its" means Orbita, named just before: nothing points outside the sentence
    text = "Orbita is a rocket firm in Tallinn. Orbita launched its first satellite in March 2014."
    assert "Orbita launched its first satellite in March 2014." in _prepared_texts(text)


@pytest.mark.parametrize(
    ("text", "answer", "hint"),
    [
        # the amount said again in another currency
        (
            "Training the Lumen model cost only US$294,000, which is about HK$2.286 million.",
            "US$294,000",
            "HK$",
        ),
        # the initials in brackets spell the answer out
        (
            "The Avarian government paid for the new canal through private finance "
            "initiatives (PFIs) in the 1990s and 2000s.",
            "private finance initiatives",
            "PFI",
        ),
        # a name's too, mixed-case ones as well: the gap stays, its initials go
        (
            "A technician must register with the Avarian Pharmacy Council (APhC) in Kessel.",
            "Avarian Pharmacy Council",
            "APhC",
        ),
        (
            "The Avarian Medical Association (AMA) lets doctors sell drugs in their offices.",
            "Avarian Medical Association",
            "AMA",
        ),
    ],
)
def test_a_gap_never_sits_next_to_what_restates_it(text: str, answer: str, hint: str) -> None:
    doc = analyze(_article("The Avarian canal was built between 1901 and 1909. " + text))
    fact = next(f for f in find_facts(doc, prepare(doc)) if f.span.text == answer)
    prompt = make_cloze(fact, "rules", doc).prompt
    assert "_____" in prompt and hint not in prompt, prompt


@pytest.mark.parametrize(
    ("text", "kept", "refused"),
    [
        # the common noun the article is about
        (
            "The plague reached the port of Kessel in 1347 on ships from the east. "
            "Within a year the plague had killed about 4,000 people in the town. "
            "Doctors in Kessel wore masks against the plague during the summer of 1348. "
            "According to Marta Ruiz, the plague returned to the town in 1361.",
            {"1347"},
            {"plague"},
        ),
        # "a mature science", "a spacious archive": descriptions in passing, and in a gap
        # other words fit as well; a term the sentence names ("called ...") stays
        (
            "The Lumen Society was founded in Geneva in 1921 to collect old maps. "
            "In 1925, Marta Ruiz wanted the study of maps to become a mature science with "
            "sound methods. "
            "In 1930 Ivo Lind taught what he called mental mapping to the old guides. "
            "The society later built a spacious archive for its 4,000 maps in Bern in 1962.",
            {"mental mapping"},
            {"mature science", "spacious archive"},
        ),
    ],
)
def test_answers_the_article_does_not_teach_are_refused(
    text: str, kept: set[str], refused: set[str]
) -> None:
    doc = analyze(_article(text))
    answers = {f.span.text for f in find_facts(doc, prepare(doc))}
    assert kept <= answers and not answers & refused, answers


CREW = (
    "In 1901 the explorer John Veld sailed for the far north with two companions. "
    "Veld chose Peter Berg as his navigator for the voyage in 1901. "
    "Berg had crossed the northern ice with David Holm in 1898. "
    "Holm later trained the young sailor Mark Ness in 1899. "
    "The ship was paid for by the banker Thomas Lind. "
    "Lind had paid for a railway to Kessel in 1880 and a bridge in 1885. "
    "The mayor of Kessel, Robert Stern, opened the bridge in 1885. "
    "Stern gave his name to the new bridge over the river. "
    "In March 1902, Berg reached the northern cape with Veld."
)


def test_people_options_are_real_people_named_near_the_answer() -> None:
    doc = analyze(_article(CREW))
    people = {"John Veld", "Peter Berg", "David Holm", "Mark Ness", "Thomas Lind", "Robert Stern"}
    sentence = doc.sentences[2]  # "Berg had crossed the northern ice with David Holm in 1898."
    span = next(sp for sp in sentence.spans if sp.text == "David Holm")
    options = pick_distractors(doc, span, sentence.index, random.Random(0), n=3)
    assert set(options) <= people, options  # nobody made up from the others' names
    # the crew beside the crew, nearest first: not the mayor named three sentences away
    assert options == ["Mark Ness", "John Veld", "Thomas Lind"], options


def test_no_person_option_is_made_up_from_the_others_names() -> None:
    # three people only: a question on one of them offers the other two, not "John Lind"
    text = (
        "The banker Thomas Lind paid for the first bridge over the Kessel river in 1885. "
        "The engineer John Veld designed the bridge and its four stone arches in 1884. "
        "The mayor of Kessel, Robert Stern, opened the bridge to carts in May 1885. "
        "The bridge carried about 2,000 carts a day by 1890."
    )
    doc = analyze(_article(text))
    sentence = doc.sentences[1]
    span = next(sp for sp in sentence.spans if sp.text == "John Veld")
    for seed in range(4):
        options = pick_distractors(doc, span, sentence.index, random.Random(seed), n=3)
        assert set(options) == {"Thomas Lind", "Robert Stern"}, options


@pytest.mark.parametrize(
    ("text", "answer", "question"),
    [
        (
            "The client produces a list of requirements for the new bridge over the river Kessel.",
            "client",
            "Who produces a list of requirements for the new bridge over the river Kessel?",
        ),
        # a name the tagger cannot place, which the predicate says is a person
        (
            "Henri Lebesgue is said to be the last professional mathematician to call 1 prime.",
            "Henri Lebesgue",
            "Who is said to be the last professional mathematician to call 1 prime?",
        ),
    ],
)
def test_a_role_is_asked_with_who(text: str, answer: str, question: str) -> None:
    assert _asked(text, answer) == [question]


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Enigma was a cipher machine that a German engineer designed for the army in 1918.",
         "Enigma"),
        ("The print head moves across the paper about 400 times every single minute.",
         "print head"),
    ],
)  # fmt: skip
def test_a_thing_is_not_asked_with_who(text: str, answer: str) -> None:
    asked = _asked(text, answer)
    assert asked and not any(q.startswith("Who") for q in asked), asked


def test_a_name_used_as_an_adjective_is_no_option_for_a_place() -> None:
    # "Ottoman" in "Ottoman soldiers" would make "Ottoman has suffered from the plague"
    text = (
        "Baghdad has suffered badly from the plague, losing two-thirds of its people in 1831. "
        "In 1743, Ottoman soldiers defended the city of Mosul against a long siege. "
        "Traders carried the plague from Basra and from Aleppo in 1772."
    )
    doc = analyze(_article(text))
    span = next(sp for sp in doc.sentences[0].spans if sp.text == "Baghdad")
    assert pick_distractors(doc, span, 0, random.Random(0), n=3) == ["Aleppo"]


@pytest.mark.parametrize(
    ("sentence", "answer", "low", "high"),
    [
        # "a magnitude 6.7 earthquake": 11.4 is no plausible wrong answer
        ("Many faults can produce a magnitude 6.7 earthquake in Avaria.", "6.7", 5.2, 8.2),
        # a small measure keeps its scale: 0.04 or 0.06, not 0.55
        ("The film is only 0.05 millimetres thick in the new cells.", "0.05", 0.01, 0.1),
    ],
)
def test_a_decimal_measure_varies_near_its_own_scale(
    sentence: str, answer: str, low: float, high: float
) -> None:
    doc = analyze(_article(sentence))
    span = next(sp for sp in doc.sentences[0].spans if sp.text == answer)
    for seed in range(4):
        values = [float(v) for v in variations(span, random.Random(seed))]
        assert values and all(low - 1e-9 <= v <= high + 1e-9 for v in values), values


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # "no less than 700": "no less than 400" is true as well
        (
            "The archive holds 120 maps from 1850. Marta Ruiz described no less than 700 "
            "maps of Avaria in 1901. The society sold 35 maps in 1925.",
            "700",
        ),
        # "as high as 25 million": a maximum, which smaller values stay under
        (
            "The first engines did 4 million units of work. Later designs could deliver "
            "duty as high as 25 million units, but averaged about 17 million. "
            "The best reached 40 million units in 1830.",
            "25 million",
        ),
        # "a magnitude 6.7+ earthquake": a 6.2+ one is possible too
        (
            "The fault broke in 1857 and in 1906. Many faults can produce a magnitude 6.7+ "
            "earthquake in Avaria. The largest one reached 7.9 in 1906.",
            "6.7",
        ),
        # "by June 1348": by August it had been struck too, by April perhaps
        (
            "The plague reached Lund in May 1347. It had struck Kessel and Avaria by June "
            "1348, the chroniclers wrote. It left Avaria in March 1350.",
            "June 1348",
        ),
    ],
)
def test_no_false_statement_under_a_bound_it_would_still_meet(text: str, answer: str) -> None:
    doc = analyze(_article(text))
    sentence = doc.sentences[1]
    span = next(sp for sp in sentence.spans if sp.text == answer)
    assert all(swap_for(doc, span, 1, random.Random(seed)) is None for seed in range(4))


def test_no_topic_when_no_word_stands_out() -> None:
    # bridge, Lund, river and Ruiz are each said three times: none is the article's topic,
    # and Lund stays a fair answer
    text = (
        "Marta Ruiz built a bridge over the Kessel river in 1901. "
        "The bridge had four arches of stone. "
        "Marta Ruiz later built a second bridge at Lund in 1910. "
        "Ruiz died in Lund in 1931, aged 80. "
        "The river flooded the town of Lund in 1950 and the river rose by 4 metres."
    )
    doc = analyze(_article(text))
    assert "Lund" in {f.span.text for f in find_facts(doc, prepare(doc))}


def test_a_when_question_never_keeps_another_date_of_its_sentence() -> None:
    # the question would ask for Scheele's year and give Priestley's as the answer
    text = (
        "Oxygen was discovered independently by Carl Wilhelm Scheele, in Uppsala, in 1773 or "
        "earlier, and Joseph Priestley in Wiltshire, in 1774, but Priestley is often given "
        "priority."
    )
    assert _asked(text, "1774", present=False) == []


def test_a_name_said_clearly_most_often_is_the_topic() -> None:
    # "Orbita" 7 times, "Tallinn" 5 times: the company is the topic (as DeepSeek is in a
    # story that also says "AI" often)
    text = (
        "Orbita builds small rockets in Tallinn. Orbita sold its first rockets in Tallinn in "
        "2014. Orbita now employs 400 engineers in Tallinn. Orbita flies from a pad near "
        "Tallinn. Most of the old test stands in Tallinn were later sold to Orbita in 2019. "
        "Analysts say Orbita leads the market for small launchers. Orbita opened a plant in "
        "Riga in 2021."
    )
    assert topic_words(analyze(_article(text))) == {"orbita"}


def _fact_in(text: str, answer: str) -> tuple[Document, Fact]:
    doc = analyze(_article("The Avarian canal was built between 1901 and 1909. " + text))
    return doc, next(f for f in find_facts(doc, prepare(doc)) if f.span.text == answer)


def test_a_second_fact_after_an_amount_stays_in_the_prompt() -> None:
    # ", or 12 percent of the budget" is no restatement of the amount: it stays
    doc, fact = _fact_in(
        "The locks cost US$4 million, or 12 percent of the whole budget of the canal.",
        "US$4 million",
    )
    assert "12 percent" in make_cloze(fact, "rules", doc).prompt


def test_no_options_for_a_number_under_a_bound() -> None:
    # "over _____ people": 17.0 million would be true as well
    doc, fact = _fact_in(
        "The greater Kessel area is home to over 17.5 million people in 2010.", "17.5 million"
    )
    assert make_multiple_choice(fact, "rules", doc, random.Random(0)) is None


_BORN = "The engineer Marta Ruiz was born in the city of Lund in Avaria in 1870. "


@pytest.mark.parametrize(
    ("text", "answer", "present", "question"),
    [
        # an object question with do-support and the verb's base form
        (
            "In April, DeepSeek announced that the model would be released as open source.",
            "April",
            False,
            "When did DeepSeek announce that the model would be released as open source?",
        ),
        (
            "Marta Ruiz designed the new bridge over the river Kessel in 1902.",
            "1902",
            False,
            "In what year did Marta Ruiz design the new bridge over the river Kessel?",
        ),
        # a subject question keeps the verb phrase; a person gets Who
        (
            "Marta Ruiz designed the new bridge over the river Kessel in 1902.",
            "Marta Ruiz",
            False,
            "Who designed the new bridge over the river Kessel in 1902?",
        ),
        # a passive's agent is asked as the doer
        (
            "The bridge was designed by Marta Ruiz after the great flood of 1899.",
            "Marta Ruiz",
            False,
            "Who designed the bridge after the great flood of 1899?",
        ),
        # a count gets How many
        (
            "The archive holds 120 maps of the river towns of Avaria.",
            "120",
            True,
            "How many maps does the archive hold of the river towns of Avaria?",
        ),
        # "alone" goes with the place it limits
        (
            "Scientists have described about 96,000 insect species in Brazil alone.",
            "Brazil",
            True,
            "Where have scientists described about 96,000 insect species?",
        ),
        # a gloss in brackets goes with the place it glosses
        (
            "Bands of Normans established a foothold in Southern Italy (the Mezzogiorno).",
            "Southern Italy",
            False,
            "Where did bands of Normans establish a foothold?",
        ),
        # a plural term defined in brackets
        (
            "Many patients in Avaria take statins (drugs that lower cholesterol) every day.",
            "statins",
            True,
            "What term describes drugs that lower cholesterol?",
        ),
        # a copular definition asks for the term
        (
            "A nucleotide is a building block made of a sugar, a phosphate group and a base.",
            "nucleotide",
            True,
            "What is the term for a building block made of a sugar, a phosphate group and a base?",
        ),
        # an appositive role with what the person did singles the person out
        (
            "Rosalind Franklin, a chemist at King's College London, joined the DNA research "
            "in 1951.",
            "Rosalind Franklin",
            False,
            "Which chemist at King's College London joined the DNA research in 1951?",
        ),
    ],
)
def test_wh_questions_are_transformed_from_the_sentence(
    text: str, answer: str, present: bool, question: str
) -> None:
    sentence = analyze(_article(_BORN + text)).sentences[-1]
    span = next(sp for sp in sentence.spans if sp.text == answer)
    asked = [q.text for q in questions_for(sentence, span, present)]
    assert asked[:1] == [question]


def test_decade_options_are_decades_near_the_answer() -> None:
    doc = analyze(
        _article(
            "The first maps of the basin were drawn in the 1540s by Spanish priests. "
            "Since the 1970s, many earthworks have been found on cleared land in Avaria. "
            "More were found in the 1980s and in the 1990s by survey teams."
        )
    )
    sentence = doc.sentences[1]
    span = next(sp for sp in sentence.spans if sp.text == "1970s")
    for seed in range(4):
        options = pick_distractors(doc, span, 1, random.Random(seed), n=3)
        assert "1540s" not in options, options


def test_a_date_the_sentence_ends_on_still_makes_a_statement() -> None:
    # "until 10 August 1969" names the day the quarantine ended: 10 July would be false
    doc = analyze(
        _article(
            "The crew landed on 24 July 1969. The crew was kept in quarantine until "
            "10 August 1969. They toured the world from 29 September 1969."
        )
    )
    span = next(sp for sp in doc.sentences[1].spans if sp.text == "10 August 1969")
    assert any(swap_for(doc, span, 1, random.Random(seed)) for seed in range(4))


def test_also_about_the_titles_topic_keeps_the_sentence() -> None:
    text = (
        "# Suez Canal\n\nThe Suez Canal links the Mediterranean Sea with the Red Sea. "
        "The canal is also a major source of foreign currency for Egypt."
    )
    doc = analyze(parse_article(text.encode(), "suez.md", "markdown"))
    assert any("foreign currency" in p.text for p in prepare(doc))


def test_a_list_is_not_cut_before_its_last_item() -> None:
    # "..., and any illness that weakens ...": the verb is the last item's own
    text = (
        "Marta Ruiz treated emphysema, pneumonia, some heart disorders, and any illness "
        "that weakens the lungs in Lund."
    )
    sentence = analyze(_article(_BORN + text)).sentences[-1]
    span = next(sp for sp in sentence.spans if sp.text == "Marta Ruiz")
    asked = [q.text for q in questions_for(sentence, span, False)]
    assert asked
    for question in asked:
        assert question.count(",") < 2 or ", and " in question, question


def test_date_options_keep_the_answers_side_of_the_sentences_other_dates() -> None:
    # "suspended in 2014 ... returned in _____": the sentence itself rules out 2005
    doc = analyze(
        _article(
            "The club was founded in 2005 and won the cup in 2008. "
            "After its suspension in 2014, the team returned to the league in 2018. "
            "It moved to a new stadium in 2021."
        )
    )
    span = next(sp for sp in doc.sentences[1].spans if sp.text == "2018")
    for seed in range(6):
        options = pick_distractors(doc, span, 1, random.Random(seed), n=3)
        assert options and all(int(o) > 2014 for o in options), options


def test_a_name_outranks_a_common_phrase_of_its_sentence() -> None:
    # a name quizgen cannot type (a ship, an event, a person it has no first name for)
    # still says more than a common phrase: readers and SQuAD askers both pick it
    doc = analyze(
        _article(
            "Tomas Veld finished the long voyage aboard the Silver Gull after the winter "
            "storms. Marta Ruiz wrote about the voyage in 1950."
        )
    )
    scores = {f.span.text: f.score for f in find_facts(doc, prepare(doc))}
    assert scores["Silver Gull"] > scores["winter storms"], scores


def test_a_bare_event_noun_subject_means_an_event_told_before() -> None:
    text = (
        "In 1956 Egypt took over the canal company from its British and French owners. "
        "The nationalisation led to a war in the autumn of that year."
    )
    assert not any("nationalisation" in t for t in _prepared_texts(text))


def test_the_actor_outranks_the_place_it_acts_in() -> None:
    # a place is often only where something happened; who did it is the fact
    doc = analyze(_article("The Kessel Institute opened a new laboratory in Lund last spring."))
    scores = {f.span.text: f.score for f in find_facts(doc, prepare(doc))}
    assert scores["Kessel Institute"] > scores["Lund"], scores


def test_it_was_not_until_is_no_pronoun_to_resolve() -> None:
    text = (
        "The name Black Death came much later. "
        "In England, it was not until 1823 that the epidemic was first called the Black Death."
    )
    assert (
        "In England, it was not until 1823 that the epidemic was first called the Black Death."
        in _prepared_texts(text)
    )


def test_no_when_question_on_the_date_of_a_participle_phrase() -> None:
    # the fund was established in 1989; the panel's receiving money has no such date
    assert (
        _asked(
            "The panel receives money through the Kessel Trust Fund, established in 1989 by "
            "the state of Avaria.",
            "1989",
        )
        == []
    )


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Richard the Lion-Heart married Berengaria of Navarre in Limassol in 1191.",
         "Richard the Lion-Heart"),
        ("Isaac surrendered and was confined with silver chains in Kyrenia.", "Isaac"),
    ],
)  # fmt: skip
def test_a_person_the_predicate_shows_is_asked_with_who(text: str, answer: str) -> None:
    asked = _asked(text, answer)
    assert asked and all(q.startswith("Who ") for q in asked), asked


def test_a_name_the_title_gives_is_no_answer() -> None:
    # the title is above every item of the deck: "_____ ravaged much of the Islamic world"
    text = (
        "The Black Death ravaged much of the Islamic world in 1347. "
        "Marta Ruiz counted the dead in Kessel in 1348."
    )
    answers = _answers_of(text, "Black_Death.txt")
    assert "Marta Ruiz" in answers and "Black Death" not in answers
    # a title made of the article's own first words is only a label
    assert "Black Death" in _answers_of(text, "0001.txt")


def test_the_law_of_a_sentence_before_is_no_fact_alone() -> None:
    text = (
        "In Avaria, doctors in remote villages may sell drugs to their own patients. "
        "The law requires that the practice lies at least two miles from a pharmacy."
    )
    assert not any(t.startswith("The law") for t in _prepared_texts(text))


def test_whom_a_person_married_is_asked_with_who() -> None:
    asked = _asked("Richard married Berengaria of Navarre in the chapel of Limassol.", "Berengaria")
    assert asked == ["Who did Richard marry in the chapel of Limassol?"]


def test_people_options_are_written_as_the_answer_is() -> None:
    # a surname among full names stands out, and a lone first name may be the answer's own
    text = (
        "Rosalind Franklin took the sharpest pictures of DNA at King's College in 1952. "
        "Raymond Gosling, her student, took Photo 51 with her. "
        "Maurice Wilkins, a physicist, showed the photo to James Watson in 1953. "
        "Wilkins said that Gosling had taken the best picture. "
        "Watson said that the photo was the key. "
        "Franklin died in 1958, four years before the prize was given to the others."
    )
    doc = analyze(_article(text))
    span = next(sp for sp in doc.sentences[5].spans if sp.text == "Franklin")
    options = pick_distractors(doc, span, 5, random.Random(0))
    assert options and all(" " not in o for o in options), options
    # where the article gives no short names, full names: not a made-up "VIII" of Henry VIII
    text = (
        "Henry VIII broke with Rome in 1534 after a long quarrel with the pope. "
        "Thomas Cromwell ran the king's government for most of the 1530s. "
        "Anne Boleyn, the second wife of the king, was crowned in 1533. "
        "Boleyn was beheaded in 1536 on Tower Green."
    )
    doc = analyze(_article(text))
    span = next(sp for sp in doc.sentences[3].spans if sp.text == "Boleyn")
    options = pick_distractors(doc, span, 2, random.Random(0))
    assert "VIII" not in options and "Cromwell" not in options, options


def test_he_after_a_long_opening_phrase_needs_a_referent() -> None:
    text = (
        "The rhythm of the birds fascinated the composer. "
        "In works such as The Birth of the Lord (1935) and Four Studies of Rhythm "
        "(1949–50), he uses motifs whose lengths are different prime numbers."
    )
    assert not any(" he uses" in t for t in _prepared_texts(text))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # brought in with "a", taken up with a bare "the": which wheel?
        ("The mill at Kessel ground grain with a water wheel from 1820. "
         "Water that had passed over the wheel was pumped back up into a tank.", False),
        # the same "the crew" all along, and a noun its own clause defines
        ("The crew landed in the Pacific Ocean on 24 July 1969. "
         "Doctors kept the crew in quarantine until 10 August 1969.", True),
        ("In 1875 Avaria sold its shares in the canal company. "
         "The shares that Britain bought made up about 44 percent of the company.", True),
    ],
)  # fmt: skip
def test_a_bare_the_noun_the_sentence_before_brought_in_points_back(text: str, kept: bool) -> None:
    second = analyze(_article(text)).sentences[1].text
    assert (second in _prepared_texts(text)) == kept


# What a code review of session 6's rules found them doing to ordinary sentences; each
# case failed before its rule was narrowed.
@pytest.mark.parametrize(
    ("sentence", "answer"),
    [
        ("Henry Ford was born in Michigan and Thomas Edison grew up in Ohio.", "Michigan"),
        ("Johannes Brahms spent most of his life in Vienna after 1862.", "Vienna"),
        ("The earliest English settlers arrived in Virginia in 1607.", "Virginia"),
        ("William Herschel (astronomer) discovered Uranus in 1781 from his garden.",
         "William Herschel"),
        ("Charles Dickens' Oliver Twist first appeared in a monthly magazine in 1837.",
         "Charles Dickens"),
    ],
)  # fmt: skip
def test_reviewed_answers_are_still_asked(sentence: str, answer: str) -> None:
    assert _reason(sentence, answer) is None


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The Aurora sank off the coast of Kessel in 1911. "
         "It was only the second ship that the Harlow Line had lost at sea.",
         "The Aurora was only the second ship that the Harlow Line had lost at sea."),
        ("Rain falls mostly in winter along the coast of Varna. "
         "Snow covers the Balkan mountains during the winter.",
         "Snow covers the Balkan mountains during the winter."),
    ],
)  # fmt: skip
def test_reviewed_sentences_still_stand_alone(text: str, kept: str) -> None:
    assert kept in _prepared_texts(text)


def test_a_pronoun_in_a_relative_clause_is_not_resolved_to_someone_else() -> None:
    text = (
        "Robert FitzRoy commanded the survey ship Beagle from 1828. "
        "Charles Darwin's voyage on the ship, which he described in a popular book, "
        "lasted five years."
    )
    assert not any("FitzRoy described" in t for t in _prepared_texts(text))


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Latin died out as a spoken language in the towns of Avaria by 900.", "Latin"),
        ("The Model T succeeded the Model N at the Ford works in Detroit in 1908.", "Model N"),
        ("A record player turned the disc at 78 revolutions per minute in early models.",
         "record player"),
    ],
)  # fmt: skip
def test_things_are_not_asked_with_who(text: str, answer: str) -> None:
    assert not any(q.startswith("Who") for q in _asked(text, answer))


def test_a_passive_agent_question_leaves_the_agents_description_and_moves_today() -> None:
    asked = _asked(
        "Today the canal is run by the Suez Canal Authority, an agency of the Egyptian state.",
        "Suez Canal Authority",
    )
    assert asked == ["Which organization runs the canal today?"]


def test_no_false_statement_moves_a_thing_to_a_place_named_after_the_topic() -> None:
    # the Gulf of Suez is an oil region too: "crude oil from the Gulf of Suez" may be true
    text = (
        "The Suez Canal links the Mediterranean Sea to the Red Sea. "
        "At its southern end the canal meets the Gulf of Suez near the city of Suez. "
        "Oil tankers carry crude oil from the Persian Gulf to Europe through the canal."
    )
    doc = analyze(parse_article(text.encode(), "The_Suez_Canal.txt", "text"))
    s = doc.sentences[2]
    span = next(sp for sp in s.spans if sp.text == "Persian Gulf")
    for seed in range(4):
        assert swap_for(doc, span, 2, random.Random(seed)) != "Gulf of Suez"


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Oxygen is made by distilling air in large plants. "
         "Chemical catalysts can be used as well, such as in oxygen candles on submarines.",
         "as well,"),
    ],
)  # fmt: skip
def test_sentences_that_lean_on_what_came_before_are_not_asked(text: str, gone: str) -> None:
    assert not any(gone in t for t in _prepared_texts(text))


def test_the_titles_initials_are_no_answer() -> None:
    text = (
        "Membership of the IPCC is open to all members of the WMO and of the UNEP. "
        "Marta Ruiz chaired the first IPCC working group in Geneva in 1990."
    )
    answers = _answers_of(text, "Intergovernmental_Panel_on_Climate_Change.txt")
    assert "Marta Ruiz" in answers and "IPCC" not in answers


def test_no_false_statement_gives_a_title_to_someone_who_never_held_it() -> None:
    text = (
        "President Gamal Abdel Nasser took over the canal company in 1956. "
        "He said that the canal belonged to Egypt and its people. "
        "The city of Ismailia was named after Khedive Ismail, who ruled Egypt from 1863. "
        "Ismail spent his fortune on the canal and on his palaces."
    )
    doc = analyze(_article(text))
    span = next(sp for sp in doc.sentences[2].spans if sp.text == "Ismail")
    assert all(swap_for(doc, span, 2, random.Random(seed)) is None for seed in range(4))
