"""Selection: rank candidate items, keep them diverse, stay deterministic.

One item per fact; types balanced across the requested ones; sentences spread over the
article (a sentence is reused only when the article runs short of fresh ones); no two
items ask the same thing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from quizgen.generate.text import normalize_answer
from quizgen.models import AnyItem, ItemType
from quizgen.validate import reveals, same_question


@dataclass(slots=True, frozen=True)
class Candidate:
    """A validated item with the score of the fact behind it."""

    item: AnyItem
    score: float
    fact_key: str
    sentence: int
    """Index of the source sentence in the article."""
    mentions: int = 1
    """How often the answer occurs in the article (a rare one must not show elsewhere)."""
    kept: bool = False
    """The previous version of the deck had this item: it stays unless it now conflicts."""
    alt: AnyItem | None = None
    """The same item asked on its answer's clause only (see units.py), if that is shorter:
    used when the whole sentence would show another item's answer."""

    def trimmed(self) -> Candidate | None:
        """This candidate with its clause-only item, if it has one."""
        return None if self.alt is None else replace(self, item=self.alt, alt=None)


def _other(truth: str) -> str:
    return "False" if truth == "True" else "True"


def default_max_items(words: int) -> int:
    """A sensible deck size for an article: about one item per 30 words, 5 to 80."""
    return max(5, min(80, round(words / 30)))


def select(
    candidates: Sequence[Candidate], types: Sequence[ItemType], max_items: int
) -> tuple[list[Candidate], list[Candidate]]:
    """(chosen, dropped as duplicates) — chosen in article order.

    Greedy: each round takes the candidate with the best score after penalties for its
    type leading the others, its sentence being used already and its answer being asked
    already, so quality leads and diversity breaks near-ties.
    """
    chosen: list[Candidate] = []
    dropped: list[Candidate] = []
    per_type: Counter[str] = Counter()
    per_sentence: Counter[int] = Counter()
    per_answer: Counter[str] = Counter()
    used_facts: set[str] = set()
    pool = sorted(candidates, key=lambda c: (-c.score, c.sentence, c.item.type, c.item.id))
    answers = {id(c): normalize_answer(c.item.answer) for c in pool}
    wanted = [t for t in types if any(c.item.type == t for c in pool)] or list(types)

    clashes: dict[tuple[int, int], bool] = {}

    def clash(a: Candidate, b: Candidate) -> bool:
        key = (id(a.item), id(b.item))  # the same pairs are tried again every round
        found = clashes.get(key)
        if found is None:
            found = clashes[key] = (
                same_question(a.item, b.item)
                or reveals(a.item, b.item, anywhere=b.mentions <= 2)
                or reveals(b.item, a.item, anywhere=a.mentions <= 2)
            )
        return found

    def conflicts(cand: Candidate) -> bool:
        return any(clash(c, cand) for c in chosen)

    def versions(cand: Candidate) -> list[Candidate]:
        """The candidate as it is, then asked on its own clause if it has that version."""
        return [v for v in (cand, cand.trimmed()) if v is not None]

    def fit(cand: Candidate) -> Candidate | None:
        """The candidate as it can join the deck: as it is, else asked on its own clause,
        else with the items it clashes with asked on theirs (swapped in place; never an
        item the previous deck had); None if nothing works."""
        for version in versions(cand):
            if not conflicts(version):
                return version
        for version in versions(cand):
            swaps: dict[int, Candidate] = {}
            for k, c in enumerate(chosen):
                if not clash(c, version):
                    continue
                short = None if c.kept else c.trimmed()
                if short is None or clash(short, version):
                    break
                swaps[k] = short
            else:
                trial = [swaps.get(k, c) for k, c in enumerate(chosen)]
                if not any(
                    clash(a, b)
                    for k, a in enumerate(trial)
                    if k in swaps
                    for b in trial
                    if b is not a
                ):
                    for k, short in swaps.items():
                        chosen[k] = short
                    return version
        return None

    def take(cand: Candidate) -> None:
        chosen.append(cand)
        used_facts.add(cand.fact_key)
        per_type[cand.item.type] += 1
        per_sentence[cand.sentence] += 1
        key = (
            normalize_answer(cand.item.answer)
            if cand.item.type != "true_false"
            else cand.item.answer
        )
        per_answer[key] += 1

    # What the deck had before stays (a corrected article keeps its deck), then the rest.
    for cand in pool:
        if (
            cand.kept
            and len(chosen) < max_items
            and cand.fact_key not in used_facts
            and not conflicts(cand)
        ):
            take(cand)
    while len(chosen) < max_items:
        # the mean, not the minimum: one scarce type (few sentences make a wh-question)
        # must not hold back the others
        mean = sum(per_type[t] for t in wanted) / len(wanted)
        best: Candidate | None = None
        best_score = -1.0
        for cand in pool:
            if cand.score <= best_score:
                break  # penalties only lower a score, and the pool is sorted by score
            if cand.fact_key in used_facts:
                continue
            if cand.item.type == "true_false":
                truth = cand.item.answer
                if per_answer[truth] - per_answer[_other(truth)] >= 1:
                    continue  # never two more true (or false) statements than the other kind
            adjusted = cand.score
            adjusted *= 0.7 ** max(0.0, per_type[cand.item.type] - mean)
            # a second item on one sentence gives the first one's answer away
            adjusted *= 0.2 ** per_sentence[cand.sentence]
            if cand.item.type != "true_false":
                adjusted *= 0.5 ** per_answer[answers[id(cand)]]
            if adjusted > best_score:
                best, best_score = cand, adjusted
        if best is None:
            break
        used_facts.add(best.fact_key)
        if all(any(same_question(c.item, v.item) for c in chosen) for v in versions(best)):
            dropped.append(best)
            continue
        fitted = fit(best)
        if fitted is None:
            continue  # not a duplicate, but one would hand the other its answer
        take(fitted)
    _cover_types(chosen, pool, wanted, clash)
    chosen.sort(key=lambda c: (c.sentence, c.item.source.answer_start or 0, c.item.type))
    return chosen, dropped


def _cover_types(
    chosen: list[Candidate],
    pool: Sequence[Candidate],
    wanted: Sequence[str],
    clash: Callable[[Candidate, Candidate], bool],
) -> None:
    """Every requested type the candidates allow is in the deck: a type the greedy rounds
    left out (its facts all went to another type first, as numbers go to multiple choice
    before true/false) takes the fact of an item whose type has items to spare."""
    for item_type in wanted:
        counts: Counter[str] = Counter(c.item.type for c in chosen)
        if counts[item_type]:
            continue
        holders = {c.fact_key: k for k, c in enumerate(chosen) if not c.kept}
        # from the type with the most items to spare, the best candidate first
        options = sorted(
            (
                (-counts[chosen[k].item.type], n, k, cand)
                for n, cand in enumerate(pool)
                if cand.item.type == item_type
                and (k := holders.get(cand.fact_key)) is not None
                and counts[chosen[k].item.type] >= 2
            ),
            key=lambda o: o[:2],
        )
        for _, _, k, cand in options:
            others = chosen[:k] + chosen[k + 1 :]
            if not any(clash(c, cand) for c in others):
                chosen[k] = cand
                break
