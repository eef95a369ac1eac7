"""``quizgen generate`` as a new user runs it: the issue's acceptance points on the seed
article, determinism and stable ids, the options, batches, stdin, reports and
regeneration after a correction, and an instant ``--help``.

Decks are generated once per module and shared: generation takes a second or two.
"""

from __future__ import annotations

import json
import re
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from quizgen.models import DEFAULT_MODIFIED, ITEM_TYPES, Deck, load_deck, parse_deck
from quizgen.validate import check_deck

Cli = Callable[..., Any]

FOOTER_TEXTS = ["Source: Wen Wei Po", "Wen Wei Po;", "Related News", "Jensen Huang",
                "Thinnest iPhone", "Liu Ningzhe", "Guo Hanlin", "English Editor"]  # fmt: skip
HEADINGS = [
    "Innovative training methods accelerate multi-domain applications",
    "Open source: Knowledge sharing and technological iteration",
]
SEPT_18_CLAUSE = "Minister of Science and Technology Yin Hejun stated on Sept. 18 that"
MONEY_RE = re.compile(r"^US\$\d[\d,]*(?:\.\d+)?(?: (?:thousand|million|billion|trillion))?$")
ORG_CUES = {"team", "center", "centre", "university", "institute", "company", "corporation",
            "inc", "ltd", "group", "ministry", "journal", "agency", "association", "council",
            "committee", "bank", "news", "press", "daily", "school", "college", "foundation",
            "department", "office", "laboratory", "academy", "society", "party", "hospital",
            "museum", "technology", "science", "industry", "development",
            "information"}  # fmt: skip
NOT_PEOPLE = {"deepseek", "openai", "google", "nature", "china", "wen wei po", "deepseek-r1",
              "deepseek-v3 base", "gpt-4", "ai", "r1", "hong kong", "us"}  # fmt: skip
EPOCH = 1_800_000_000


@dataclass(frozen=True)
class Generated:
    """One ``quizgen generate`` run and the deck it wrote."""

    code: int
    out: str
    err: str
    path: Path

    @property
    def deck(self) -> Deck:
        return load_deck(self.path)


def _generate(cli: Cli, article: Path, out: Path, *extra: str) -> Generated:
    run = cli(["generate", str(article), "-o", str(out), *extra])
    assert run.code == 0, f"generate failed ({run.code}): {run.err}"
    assert "Traceback" not in run.err
    return Generated(run.code, run.out, run.err, out)


def _texts(item: Any) -> list[str]:
    """Everything of an item a learner or teacher reads."""
    texts = [item.prompt, item.answer, item.source.sentence, item.explanation]
    texts += list(getattr(item, "options", []))
    texts += list(getattr(item, "accepted", []))
    correction = getattr(item, "correction", None)
    return [*texts, correction] if correction else texts


# --- shared decks ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def work(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("generate")


@pytest.fixture(scope="module")
def seed_run(cli: Cli, seed_article: Path, work: Path) -> Generated:
    """The seed article with all defaults, plus ``--report``."""
    return _generate(cli, seed_article, work / "seed.json", "--report")


@pytest.fixture(scope="module")
def seed_deck(seed_run: Generated) -> Deck:
    return seed_run.deck


@pytest.fixture(scope="module")
def seed_mc_tf(cli: Cli, seed_article: Path, work: Path) -> Deck:
    return _generate(cli, seed_article, work / "seed-mc-tf.json", "--types", "mc,tf", "-q").deck


@pytest.fixture(scope="module")
def seed_sentences(seed_article: Path) -> list[str]:
    """The sentences the NLP stage finds in the seed article."""
    from quizgen.ingest import read_article
    from quizgen.nlp import analyze

    return [s.text for s in analyze(read_article(str(seed_article))).sentences]


# --- acceptance on the seed article ------------------------------------------------------


def test_seed_gives_at_least_20_valid_items_of_all_four_types(seed_deck: Deck) -> None:
    assert len(seed_deck.items) >= 20
    assert {item.type for item in seed_deck.items} == set(ITEM_TYPES)
    assert check_deck(seed_deck) == []


def test_no_item_comes_from_the_footer(seed_deck: Deck, seed_mc_tf: Deck) -> None:
    for item in [*seed_deck.items, *seed_mc_tf.items]:
        for text in _texts(item):
            for footer in FOOTER_TEXTS:
                assert footer not in text, f"footer text {footer!r} in item {item.id}: {text!r}"
            # The lone "Comment" line; the article itself only says "commented".
            assert not re.search(r"\bComment\b", text), f"'Comment' in item {item.id}: {text!r}"


def test_no_sentence_glues_a_heading(
    seed_deck: Deck, seed_mc_tf: Deck, seed_sentences: list[str]
) -> None:
    for heading in HEADINGS:
        for sentence in seed_sentences:
            assert heading not in sentence, f"heading glued into sentence: {sentence!r}"
        for item in [*seed_deck.items, *seed_mc_tf.items]:
            for text in _texts(item):
                assert heading not in text, f"heading in item {item.id}: {text!r}"


def test_the_sept_18_sentence_stays_whole(
    seed_deck: Deck, seed_mc_tf: Deck, seed_sentences: list[str]
) -> None:
    found = [s for s in seed_sentences if "Sept. 18" in s]
    assert len(found) == 1, f"'Sept. 18' sentence split or lost: {found!r}"
    assert SEPT_18_CLAUSE in found[0] and found[0].endswith("have been established.")
    for item in [*seed_deck.items, *seed_mc_tf.items]:
        if "Sept. 18" in item.source.sentence:
            assert SEPT_18_CLAUSE in item.source.sentence, item.source.sentence
            assert item.source.sentence.endswith("."), item.source.sentence


def test_multiple_choice_on_r1_training_cost_offers_only_money(seed_deck: Deck) -> None:
    items = [i for i in seed_deck.items if i.type == "multiple_choice" and i.answer == "US$294,000"]
    assert items, "no multiple-choice item on R1's training cost (US$294,000)"
    for item in items:
        assert item.type == "multiple_choice"
        assert len(item.options) == 4
        assert item.options.count("US$294,000") == 1
        for option in item.options:
            assert MONEY_RE.match(option), f"option {option!r} is not a US$ amount"


def _looks_like_a_person(name: str) -> str | None:
    """Why ``name`` is not a person's name, or None."""
    words = name.split()
    if not 1 <= len(words) <= 4:
        return "not one to four words"
    if any(ch.isdigit() for ch in name):
        return "contains digits"
    if any(not w[:1].isupper() for w in words):
        return "has a lower-case word"
    if any(w.lower().strip(".,'") in ORG_CUES for w in words):
        return "has an organisation cue word"
    if name.lower() in NOT_PEOPLE:
        return "names an organisation or place of the article"
    return None


def test_person_questions_offer_only_people(seed_deck: Deck, seed_mc_tf: Deck) -> None:
    items = [
        i
        for i in [*seed_deck.items, *seed_mc_tf.items]
        if i.type == "multiple_choice" and i.answer_type == "PERSON"
    ]
    assert items, "no multiple-choice question on a person in the seed decks"
    for item in items:
        assert item.type == "multiple_choice"
        for option in item.options:
            problem = _looks_like_a_person(option)
            assert problem is None, f"option {option!r} of {item.prompt!r}: {problem}"


def test_report_prints_kept_and_rejected(seed_run: Generated) -> None:
    lines = seed_run.out.splitlines()
    kept = [line for line in lines if line.startswith("kept:")]
    rejected = [line for line in lines if line.startswith("rejected:")]
    assert len(kept) == 1 and len(rejected) == 1, seed_run.out
    assert int(kept[0].split(":")[1]) == len(seed_run.deck.items)
    assert re.fullmatch(r"rejected: \d+", rejected[0])


# --- determinism and identity ----------------------------------------------------------


def test_same_seed_gives_byte_identical_deck(
    cli: Cli, seed_article: Path, seed_run: Generated, work: Path
) -> None:
    again = _generate(cli, seed_article, work / "seed-again.json", "--report")
    assert again.path.read_bytes() == seed_run.path.read_bytes()


@pytest.fixture(scope="module")
def seed_other_seed(cli: Cli, seed_article: Path, work: Path) -> Generated:
    return _generate(cli, seed_article, work / "seed-7.json", "--seed", "7", "-q")


def test_other_seed_gives_a_valid_deck(cli: Cli, seed_other_seed: Generated) -> None:
    deck = seed_other_seed.deck
    assert len(deck.items) >= 20
    assert check_deck(deck) == []
    run = cli(["validate", str(seed_other_seed.path)])
    assert run.code == 0, run.out + run.err


def test_ids_do_not_depend_on_the_seed(seed_deck: Deck, seed_other_seed: Generated) -> None:
    """The same (source, fact, type) keeps its id even when the seed changes the options."""
    other = {(i.type, i.answer, i.source.sentence): i.id for i in seed_other_seed.deck.items}
    shared = 0
    for item in seed_deck.items:
        if item.type == "true_false":
            continue  # a statement's answer (True/False) is not its fact
        key = (item.type, item.answer, item.source.sentence)
        if key in other:
            shared += 1
            assert other[key] == item.id, f"id of {item.prompt!r} changed with the seed"
    assert shared >= 5, "the two seeds share too few items to compare ids"


def test_ids_depend_on_the_source(
    cli: Cli, seed_article: Path, seed_deck: Deck, work: Path
) -> None:
    copy = work / "deepseek-copy.txt"
    shutil.copyfile(seed_article, copy)
    deck = _generate(cli, copy, work / "copy.json", "-q").deck
    assert deck.sources[0].id != seed_deck.sources[0].id
    assert not {i.id for i in deck.items} & {i.id for i in seed_deck.items}


def test_ids_follow_source_fact_and_type(
    cli: Cli, seed_article: Path, work: Path, seed_deck: Deck, seed_mc_tf: Deck
) -> None:
    """Across runs with different --types, one (fact, type) has one id; types differ."""
    # A cloze-only run asks the facts the multiple-choice run asks, as another type.
    cloze_only = _generate(cli, seed_article, work / "seed-cloze.json", "--types", "cloze", "-q")
    ids: dict[tuple[str, str, str], str] = {}
    for item in [*seed_deck.items, *seed_mc_tf.items, *cloze_only.deck.items]:
        if item.type == "true_false":
            continue
        key = (item.type, item.answer, item.source.sentence)
        assert ids.setdefault(key, item.id) == item.id, f"two ids for {key}"
    by_fact: dict[tuple[str, str], set[str]] = {}
    for (item_type, answer, sentence), item_id in ids.items():
        by_fact.setdefault((answer, sentence), set()).add(f"{item_type}:{item_id}")
    for fact, typed in by_fact.items():
        assert len({t.split(":")[1] for t in typed}) == len(typed), f"types share an id: {fact}"
    assert len(ids) > len(by_fact), "no fact was asked as two item types to compare"


# --- options ------------------------------------------------------------------------------


def test_types_option_limits_item_types(seed_mc_tf: Deck) -> None:
    assert seed_mc_tf.items
    assert {i.type for i in seed_mc_tf.items} == {"multiple_choice", "true_false"}
    assert check_deck(seed_mc_tf) == []


def test_max_items_caps_the_deck(cli: Cli, seed_article: Path, work: Path) -> None:
    deck = _generate(cli, seed_article, work / "seed-7-items.json", "--max-items", "7").deck
    assert 1 <= len(deck.items) <= 7
    assert check_deck(deck) == []


def test_out_dir_writes_one_deck_per_article(
    cli: Cli, example_articles: list[Path], work: Path
) -> None:
    out_dir = work / "batch"
    out_dir.mkdir()
    run = cli(["generate", *map(str, example_articles), "--out-dir", str(out_dir)])
    assert run.code == 0, run.err
    assert "Traceback" not in run.err
    written = sorted(p.name for p in out_dir.iterdir())
    assert written == sorted(f"{p.stem}.json" for p in example_articles)
    for article in example_articles:
        deck = load_deck(out_dir / f"{article.stem}.json")
        assert len(deck.sources) == 1 and deck.sources[0].origin == str(article)
        assert len(deck.items) >= 5, f"{article.name}: only {len(deck.items)} items"
        assert check_deck(deck) == []


def test_stdin_to_stdout(cli: Cli, example_articles: list[Path]) -> None:
    article = example_articles[0]
    run = cli(["generate", "-"], stdin=article.read_bytes())
    assert run.code == 0, run.err
    deck = parse_deck(run.out, "stdout")  # stdout holds the deck JSON and nothing else
    assert deck.sources[0].origin == "-"
    assert len(deck.items) >= 5
    assert check_deck(deck) == []


def test_stdin_to_file_matches_the_file_input(
    cli: Cli, seed_article: Path, seed_deck: Deck, work: Path
) -> None:
    out = work / "from-stdin.json"
    run = cli(["generate", "-", "-o", str(out), "-q"], stdin=seed_article.read_bytes())
    assert run.code == 0, run.err
    deck = load_deck(out)
    assert deck.sources[0].origin == "-"
    assert deck.sources[0].sha256 == seed_deck.sources[0].sha256
    assert len(deck.items) >= 20
    assert check_deck(deck) == []


# --- regenerating after a one-word correction ---------------------------------------------

# A correction a teacher might make: one word for another, in a sentence items come from.
_EDITS = {"emphasized": "stressed", "explicitly": "clearly", "commented": "remarked",
          "added": "said", "reported": "noted", "denies": "rejects",
          "pioneers": "leads"}  # fmt: skip


@dataclass(frozen=True)
class Correction:
    before: Deck
    after: Deck
    sentence: str
    """The edited sentence as it was before the edit."""
    new_word: str


@pytest.fixture(scope="module")
def correction(cli: Cli, seed_article: Path, work: Path) -> Correction:
    article = work / "deepseek-edit.txt"
    shutil.copyfile(seed_article, article)
    out = work / "deepseek-edit.json"
    before = _generate(cli, article, out, "-q").deck
    text = article.read_text(encoding="utf-8")
    for old, new in _EDITS.items():
        if len(re.findall(rf"\b{old}\b", text)) != 1:
            continue
        hits = [
            i
            for i in before.items
            if re.search(rf"\b{old}\b", i.source.sentence) and old not in i.answer
        ]
        if hits:
            article.write_text(re.sub(rf"\b{old}\b", new, text), encoding="utf-8")
            with pytest.MonkeyPatch.context() as mp:
                mp.setenv("SOURCE_DATE_EPOCH", str(EPOCH))
                after = _generate(cli, article, out, "-q").deck
            return Correction(before, after, hits[0].source.sentence, new)
    raise AssertionError("no item of the seed deck comes from a sentence the test can edit")


def test_correction_keeps_every_unchanged_item_and_its_id(correction: Correction) -> None:
    after = {i.id: i for i in correction.after.items}
    for old in correction.before.items:
        if old.source.sentence == correction.sentence:
            continue
        assert old.id in after, (
            f"unchanged item lost or renumbered after a one-word edit elsewhere: "
            f"[{old.type}] {old.prompt} -> {old.answer}"
        )
        assert after[old.id].prompt == old.prompt


def test_correction_keeps_modified_time_of_unchanged_items(correction: Correction) -> None:
    """Anki updates a note only when its time is newer: untouched items must keep theirs."""
    after = {i.id: i for i in correction.after.items}
    bumped = [
        f"[{old.type}] {old.prompt[:60]}"
        for old in correction.before.items
        if old.source.sentence != correction.sentence
        and old.id in after
        and after[old.id].modified != old.modified
    ]
    assert not bumped, f"{len(bumped)} unchanged items got a new modified time: {bumped}"


def test_correction_gives_the_changed_item_a_newer_time_and_the_same_id(
    correction: Correction,
) -> None:
    before = {i.id: i for i in correction.before.items}
    changed = [
        i
        for i in correction.after.items
        if correction.new_word in i.source.sentence and i.id in before
    ]
    assert changed, "no item of the corrected sentence kept its id"
    for item in changed:
        old = before[item.id]
        assert old.modified == DEFAULT_MODIFIED
        if item.prompt != old.prompt or getattr(item, "options", None) != getattr(
            old, "options", None
        ):
            assert item.modified == EPOCH, f"changed item kept time {item.modified}"
    assert any(i.modified == EPOCH for i in changed)


# --- help and import cost ---------------------------------------------------------------


def test_module_help(cli_subprocess: Cli) -> None:
    run = cli_subprocess(["--help"])
    assert run.code == 0, run.err
    for command in ("generate", "validate", "schema"):
        assert command in run.out
    gen = cli_subprocess(["generate", "--help"])
    assert gen.code == 0 and "--max-items" in gen.out and "--seed" in gen.out


_IMPORT_PROBE = """
import json
import sys
from quizgen.cli import main
for argv in (["--help"], ["generate", "--help"]):
    try:
        main(argv)
    except SystemExit as exc:
        assert exc.code == 0, exc.code
heavy = sorted(m for m in ("nltk", "textual", "genanki", "pydantic", "trafilatura")
               if m in sys.modules)
print("HEAVY=" + json.dumps(heavy))
"""


def test_help_imports_no_heavy_modules() -> None:
    import subprocess

    proc = subprocess.run(
        [sys.executable, "-c", _IMPORT_PROBE],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    heavy = json.loads(proc.stdout.rsplit("HEAVY=", 1)[1])
    assert heavy == [], f"quizgen --help imported {heavy}"
