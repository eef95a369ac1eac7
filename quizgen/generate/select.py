"""Selection: rank candidate items, keep them diverse, stay deterministic.

One item per fact; types balanced across the requested ones; sentences spread over the
article (a sentence is reused only when the article runs short of fresh ones); no two
items ask the same thing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from quizgen.generate.text import normalize_answer
from quizgen.models import ItemType
from quizgen.validate import AnyItem, reveals, same_question


@dataclass(slots=True, frozen=True)
class Candidate:
    """A validated item with the score of the fact behind it."""

    item: AnyItem
    score: float
    fact_key: str
    sentence: int
    """Index of the source sentence in the article."""


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
    while len(chosen) < max_items:
        least = min(per_type[t] for t in wanted)
        best: Candidate | None = None
        best_score = -1.0
        for cand in pool:
            if cand.score <= best_score:
                break  # penalties only lower a score, and the pool is sorted by score
            if cand.fact_key in used_facts:
                continue
            adjusted = cand.score
            adjusted *= 0.8 ** max(0, per_type[cand.item.type] - least)
            # a second item on one sentence gives the first one's answer away
            adjusted *= 0.2 ** per_sentence[cand.sentence]
            if cand.item.type != "true_false":
                adjusted *= 0.5 ** per_answer[answers[id(cand)]]
            else:
                # as many false statements as true ones, or learners learn to say "True"
                lead = per_answer[cand.item.answer] - per_answer[_other(cand.item.answer)]
                adjusted *= 0.6 ** max(0, lead)
            if adjusted > best_score:
                best, best_score = cand, adjusted
        if best is None:
            break
        used_facts.add(best.fact_key)
        if any(same_question(c.item, best.item) for c in chosen):
            dropped.append(best)
            continue
        if any(reveals(c.item, best.item) or reveals(best.item, c.item) for c in chosen):
            continue  # not a duplicate, but one would hand the other its answer
        chosen.append(best)
        per_type[best.item.type] += 1
        per_sentence[best.sentence] += 1
        if best.item.type != "true_false":
            per_answer[answers[id(best)]] += 1
        else:
            per_answer[best.item.answer] += 1
    chosen.sort(key=lambda c: (c.sentence, c.item.source.answer_start or 0, c.item.type))
    return chosen, dropped
