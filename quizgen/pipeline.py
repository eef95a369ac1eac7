"""Article in, deck out: the public generation API the CLI and the quiz both call."""

from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, BinaryIO

from pydantic import BaseModel, ConfigDict, Field

from quizgen.article import Article
from quizgen.models import (
    DEFAULT_MODIFIED,
    ITEM_TYPES,
    Deck,
    GenerationSettings,
    ItemType,
    Source,
)

if TYPE_CHECKING:
    from quizgen.generate.facts import Fact
    from quizgen.generate.select import Candidate
    from quizgen.models import AnyItem
    from quizgen.nlp.document import Document

_TYPE_PREFERENCE: dict[str, float] = {
    "short_answer": 1.05,
    "multiple_choice": 1.0,
    "cloze": 0.95,
    "true_false": 0.9,
}
_NUMERIC = {"MONEY", "PERCENT", "NUMBER", "YEAR", "DATE"}


def _type_preference(item_type: str, kind: str, common_noun: bool = False) -> float:
    """Numbers make the best multiple-choice items, names the best questions.

    ``common_noun``: the answer is a lower-case noun phrase the article uses once
    ("genetic material", "strict review"). In a gapped sentence other words fit such a gap
    as well (readers turned down two in three of these clozes), so the fact goes to a
    question or a statement when it makes one."""
    pref = _TYPE_PREFERENCE[item_type]
    if common_noun and item_type == "cloze":
        pref -= 0.2
    if kind in _NUMERIC and item_type == "multiple_choice":
        pref += 0.35  # wrong amounts and dates are the easiest plausible options to make
    if kind == "PERSON" and item_type == "multiple_choice":
        pref += 0.35  # the article's other people make fair wrong options
    if kind == "PLACE" and item_type == "multiple_choice":
        pref += 0.25  # "guests from across _____": Europe, or the world? Options settle it
    if kind == "TERM" and item_type == "cloze":
        pref += 0.05
    if kind in {"TERM", "OTHER"} and item_type == "multiple_choice":
        pref -= 0.15  # wrong options for a term are the hardest to make plausible
    return pref


_FACTS_PER_ITEM = 3
"""How many candidate facts to build items for, per item wanted."""


class GenerationReport(BaseModel):
    """What generation kept and rejected, and why."""

    model_config = ConfigDict(extra="forbid")

    kept: int = 0
    """Items in the deck."""
    kept_by_type: dict[str, int] = Field(default_factory=dict)
    """Items in the deck per item type."""
    rejected: dict[str, int] = Field(default_factory=dict)
    """Candidate items rejected, per reason code."""
    examples: dict[str, list[str]] = Field(default_factory=dict)
    """Up to three rejected prompts per reason code, so a report can show why."""
    not_selected: int = 0
    """Valid candidates left out to keep the deck at its size and diverse."""
    warnings: list[str] = Field(default_factory=list)
    """Things the user should hear about (encoding fallbacks, articles with no facts)."""


@dataclass
class GenerationResult:
    """A deck and the report of how it was made."""

    deck: Deck
    report: GenerationReport = field(default_factory=GenerationReport)


_FUNCTION_WORDS = frozenset(
    "the of and to in a is that for it as was with be by on not he she this are or his "
    "from at which but have an they you were her had has its their been one who will "
    "would there can more all into also when than after about most some these other".split()
)


def looks_english(text: str) -> bool:
    """Whether a text reads as English: common function words make up a share of it that
    English prose always reaches (about 40%) and other languages do not."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    if not words:
        return False
    share = sum(1 for w in words if w in _FUNCTION_WORDS) / len(words)
    return share >= 0.12 if len(words) >= 20 else share > 0


def slugify(text: str) -> str:
    """A lower-case ASCII slug ("DeepSeek-R1 in Nature" -> "deepseek-r1-in-nature")."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:60].strip("-") or "article"


def source_for(article: Article, taken: set[str] | None = None) -> Source:
    """The deck's record of an article; its id is a slug of the title, made unique."""
    base = slugify(article.title)
    sid, n = base, 2
    while taken is not None and sid in taken:
        sid, n = f"{base}-{n}", n + 1
    return Source(id=sid, title=article.title, origin=article.origin, sha256=article.sha256)


def _lower_text(doc: Document) -> str:
    text = doc.memo.get("lower_text")
    if not isinstance(text, str):
        text = doc.memo["lower_text"] = doc.article.text.lower()
    return text


def _difficulty(item: AnyItem, fact: Fact, mentions: int) -> float:
    """0 (easy) to 1 (hard) from the item type, the answer's kind and rarity (how often the
    article mentions it), the sentence."""
    base = {"true_false": 0.15, "multiple_choice": 0.3, "cloze": 0.45, "short_answer": 0.5}[
        item.type
    ]
    kind = {"NUMBER": 0.15, "MONEY": 0.15, "PERCENT": 0.12, "YEAR": 0.12, "DATE": 0.12,
            "TERM": 0.08, "OTHER": 0.08, "ORG": 0.05, "PLACE": 0.05, "PERSON": 0.05}  # fmt: skip
    rarity = 0.15 if mentions <= 1 else (0.05 if mentions <= 3 else -0.05)
    length = min(len(fact.prepared.sentence.tokens), 50) / 50 * 0.15
    return round(max(0.0, min(1.0, base + kind[fact.span.kind] + rarity + length)), 2)


def _candidates_for(
    doc: Document,
    source: Source,
    types: Sequence[ItemType],
    max_items: int,
    seed: int,
    rejected: Counter[str],
    examples: dict[str, list[str]],
) -> list[Candidate]:
    from quizgen.generate import facts as facts_mod
    from quizgen.generate import items as make
    from quizgen.generate.select import Candidate
    from quizgen.validate import check_item

    prepared = facts_mod.prepare(doc)
    facts = facts_mod.find_facts(doc, prepared)[: max_items * _FACTS_PER_ITEM]

    def build(fact: Fact, item_type: ItemType, trimmed: bool) -> AnyItem | None:
        # One generator per (fact, type): an item does not change when others do, and
        # its clause-only version gets the same options and the same swap.
        rng = random.Random(f"{seed}\x1f{source.id}\x1f{fact.key}\x1f{item_type}")
        if item_type == "cloze":
            return make.make_cloze(fact, source.id, doc, trimmed)
        if item_type == "short_answer":
            return None if trimmed else make.make_short_answer(fact, source.id, doc)
        if item_type == "multiple_choice":
            return make.make_multiple_choice(fact, source.id, doc, rng, trimmed)
        return make.make_true_false(fact, source.id, doc, rng, trimmed)

    out: list[Candidate] = []
    for fact in facts:
        trimmable = make.can_trim(fact)
        mentions = _lower_text(doc).count(fact.span.text.lower())
        common_noun = fact.span.kind == "TERM" and fact.span.text.islower() and mentions < 2
        sentence = fact.prepared.sentence.index
        for item_type in types:
            item = build(fact, item_type, False)
            if item is None:
                continue
            issues = check_item(item)
            if issues:
                code = issues[0].code
                rejected[code] += 1
                shown = examples.setdefault(code, [])
                if len(shown) < 3:
                    shown.append(f"[{item_type}] {item.prompt} -> {item.answer}")
                continue
            item.difficulty = _difficulty(item, fact, mentions)
            item.tags = [*item.tags, item.difficulty_band]
            alt = build(fact, item_type, True) if trimmable else None
            if alt is not None and (alt.prompt == item.prompt or check_item(alt)):
                alt = None
            if alt is not None:
                alt.difficulty, alt.tags = item.difficulty, item.tags
            score = fact.score * _type_preference(item_type, fact.span.kind, common_noun)
            out.append(Candidate(item, score, fact.key, sentence, mentions, alt=alt))
    return out


def generate_from_documents(
    docs: Sequence[Document],
    *,
    title: str | None = None,
    types: Sequence[ItemType] | None = None,
    max_items: int | None = None,
    seed: int = 0,
    previous: Deck | None = None,
    now: int | None = None,
) -> GenerationResult:
    """Build a deck from analysed articles (``max_items`` applies per article)."""
    from quizgen.generate.select import default_max_items, select

    chosen_types: list[ItemType] = list(types) if types else list(ITEM_TYPES)
    settings = GenerationSettings(seed=seed, types=chosen_types, max_items=max_items)
    report = GenerationReport()
    rejected: Counter[str] = Counter()
    sources: list[Source] = []
    items: list[AnyItem] = []
    for doc in docs:
        source = source_for(doc.article, {s.id for s in sources})
        sources.append(source)
        report.warnings.extend(doc.article.warnings)
        words = len(doc.article.text.split())
        limit = max_items if max_items is not None else default_max_items(words)
        if not looks_english(doc.article.text):
            report.warnings.append(
                f"{doc.article.origin}: does not look like English text; quizgen makes items "
                "from English articles only, so this deck has no items from it"
            )
            continue
        unchanged = _unchanged_items(previous, source, settings)
        if unchanged is not None:
            # The article has not changed since the previous deck: its items, perhaps
            # reviewed and edited by hand, stay exactly as they are.
            items.extend(unchanged)
            continue
        cands = _candidates_for(doc, source, chosen_types, limit, seed, rejected, report.examples)
        if previous is not None and previous.settings == settings:
            # same settings, corrected article: what the deck had stays where it still holds
            cands = _prefer_previous(cands, previous)
        chosen, dropped = select(cands, chosen_types, limit)
        rejected["duplicate"] += len(dropped)
        report.not_selected += len({c.fact_key for c in cands}) - len(chosen) - len(dropped)
        if not chosen:
            report.warnings.append(f"{doc.article.origin}: no quiz items could be made")
        items.extend(c.item for c in chosen)
    if previous is not None:
        items = _carry_identity(items, previous, DEFAULT_MODIFIED if now is None else now)
    items = _unique_ids(items)
    deck_title = title or (sources[0].title if len(sources) == 1 else "quizgen deck")
    deck = Deck(title=deck_title, sources=sources, items=items, settings=settings)
    report.kept = len(items)
    report.kept_by_type = {t: sum(1 for i in items if i.type == t) for t in chosen_types}
    report.rejected = {k: v for k, v in sorted(rejected.items()) if v}
    report.not_selected = max(0, report.not_selected)
    return GenerationResult(deck, report)


def _match(item: AnyItem, previous: Deck) -> AnyItem | None:
    """The previous deck's version of an item: same id, or same type, answer and a
    similar sentence (the article was corrected in between)."""
    from quizgen.generate.text import normalize_answer, similarity

    best: AnyItem | None = None
    best_sim = 0.0
    for old in previous.items:
        if old.id == item.id:
            return old
        if old.type != item.type or old.source.source_id != item.source.source_id:
            continue
        if old.type != "true_false" and normalize_answer(old.answer) != normalize_answer(
            item.answer
        ):
            continue
        sim = similarity(old.source.sentence, item.source.sentence)
        if sim >= 0.75 and sim > best_sim:
            best, best_sim = old, sim
    return best


def _unchanged_items(
    previous: Deck | None, source: Source, settings: GenerationSettings
) -> list[AnyItem] | None:
    """The previous deck's items of this source if neither the article nor the settings
    changed, else None."""
    from quizgen.validate import check_item

    if previous is None or previous.settings != settings:
        return None
    old = next((s for s in previous.sources if s.id == source.id), None)
    if old is None or old.sha256 != source.sha256:
        return None
    items = [i for i in previous.items if i.source.source_id == source.id]
    if any(check_item(i) for i in items):
        return None  # an item (edited by hand?) no longer passes: regenerate
    return items


def _prefer_previous(cands: list[Candidate], previous: Deck) -> list[Candidate]:
    """Favour candidates the previous deck already had, so a small edit keeps the deck,
    in the version it had (the whole sentence, or the answer's clause)."""
    out = []
    for c in cands:
        old = _match(c.item, previous)
        if old is not None:
            trimmed = c.trimmed()
            if trimmed is not None and trimmed.item.prompt == old.prompt:
                c = trimmed
            c = replace(c, kept=True)
        out.append(c)
    return out


def _learner_text(item: AnyItem) -> str:
    """What a learner sees of an item; offsets and scores are not part of it."""
    data = item.model_dump(exclude={"id", "modified", "difficulty", "tags", "source"})
    data["sentence"] = item.source.sentence
    return repr(sorted(data.items()))


def _carry_identity(items: list[AnyItem], previous: Deck, now: int) -> list[AnyItem]:
    """Keep the previous deck's ids; bump ``modified`` only where the text changed.

    Items whose id the previous deck holds keep it; the others may take the id of an
    unclaimed previous item on the same fact (same type and answer, similar sentence).
    """
    old_by_id = {old.id: old for old in previous.items}
    claimed = {item.id for item in items if item.id in old_by_id}
    unclaimed = Deck(
        title=previous.title,
        sources=previous.sources,
        items=[old for old in previous.items if old.id not in claimed],
    )
    out: list[AnyItem] = []
    for item in items:
        old = old_by_id.get(item.id)
        if old is None:
            old = _match(item, unclaimed)
            if old is not None:
                unclaimed.items = [o for o in unclaimed.items if o.id != old.id]
        if old is not None:
            changed = _learner_text(item.model_copy(update={"id": old.id})) != _learner_text(old)
            modified = now if changed else old.modified
            item = item.model_copy(update={"id": old.id, "modified": modified})
        out.append(item)
    return out


def _unique_ids(items: list[AnyItem]) -> list[AnyItem]:
    """Drop later items that share an id (the same fact asked twice the same way)."""
    seen: set[str] = set()
    out = []
    for item in items:
        if item.id not in seen:
            seen.add(item.id)
            out.append(item)
    return out


def build_deck(
    origins: Sequence[str],
    *,
    title: str | None = None,
    types: Sequence[ItemType] | None = None,
    max_items: int | None = None,
    seed: int = 0,
    previous: Deck | None = None,
    now: int | None = None,
    stdin: BinaryIO | None = None,
) -> GenerationResult:
    """Read, analyse and quiz one or more articles into one deck.

    ``previous`` is an earlier version of the deck: items that match one of its items keep
    that item's id, and get ``now`` as their modification time only if their text changed.
    """
    from quizgen.ingest import read_article
    from quizgen.nlp import analyze

    docs = []
    for origin in origins:
        article = read_article(origin, stdin=stdin)
        docs.append(analyze(article))
    return generate_from_documents(
        docs, title=title, types=types, max_items=max_items, seed=seed, previous=previous, now=now
    )
