"""Time the Anki export of a 10,000-item deck (goal: under 3 s).

Run by hand: ``.venv/bin/python benchmarks/export_speed.py [N]``. Builds the deck in
memory from the models (all four item types, two sources), then times ``export_apkg``
(genanki import included, as a user of ``quizgen export`` would pay it) and, for
comparison, ``export_csv``.
"""

from __future__ import annotations

import hashlib
import sys
import tempfile
import time
from pathlib import Path

from quizgen.export import export_apkg, export_csv
from quizgen.models import (
    GAP,
    ClozeItem,
    Deck,
    Item,
    MultipleChoiceItem,
    Provenance,
    ShortAnswerItem,
    Source,
    TrueFalseItem,
)


def _item(n: int, source_id: str) -> Item:
    item_id = hashlib.sha256(f"bench-{n}".encode()).hexdigest()[:16]
    sentence = f"In {1800 + n % 200}, the explorer number {n} reached the river delta."
    answer = f"{1800 + n % 200}"
    start = sentence.index(answer)
    source = Provenance(
        source_id=source_id,
        sentence=sentence,
        start=n * 80,
        end=n * 80 + len(sentence),
        answer_start=start,
        answer_end=start + len(answer),
    )
    common = {"id": item_id, "source": source, "explanation": sentence, "difficulty": n % 10 / 10}
    kind = n % 4
    if kind == 0:
        return ClozeItem(prompt=sentence.replace(answer, GAP, 1), answer=answer, **common)
    if kind == 1:
        options = [answer, *(str(int(answer) + d) for d in (1, 5, 10, 20))][: 3 + n % 3]
        return MultipleChoiceItem(
            prompt=f"When did explorer number {n} reach the river delta?",
            answer=answer,
            options=options,
            **common,
        )
    if kind == 2:
        return TrueFalseItem(
            prompt=sentence.replace(answer, str(int(answer) + 3), 1),
            answer="False",
            correction=sentence,
            **common,
        )
    return ShortAnswerItem(
        prompt=f"In which year did explorer number {n} reach the river delta?",
        answer=answer,
        **common,
    )


def build_deck(n_items: int) -> Deck:
    """A deck of ``n_items`` items of all four types from two sources."""
    sources = [
        Source(id=f"source-{k}", title=f"Source {k}", origin=f"s{k}.md", sha256=f"{k}" * 64)
        for k in (1, 2)
    ]
    items = [_item(n, sources[n % 2].id) for n in range(n_items)]
    return Deck(title="Benchmark", sources=sources, items=items)


def main() -> None:
    n_items = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    deck = build_deck(n_items)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "bench.apkg"
        start = time.perf_counter()
        export_apkg(deck, out)
        apkg_seconds = time.perf_counter() - start
        size = out.stat().st_size
        start = time.perf_counter()
        export_csv(deck, Path(tmp) / "bench.txt")
        csv_seconds = time.perf_counter() - start
    print(f"export_apkg: {n_items} items in {apkg_seconds:.2f} s ({size / 1e6:.1f} MB)")
    print(f"export_csv:  {n_items} items in {csv_seconds:.2f} s")


if __name__ == "__main__":
    main()
