"""Generation speed against the NLTK floor, measured in one run.

    python benchmarks/speed.py [FOLDER ...] [--repeat N]

For the articles in the given folders (default: examples/), it times
  floor:    NLTK alone — Punkt sentence splitting, Treebank tokenising and perceptron
            tagging of the same article texts (the work no pipeline can skip), and
  pipeline: quizgen's whole generation — ingest, analysis, facts, items, validation,
            selection — into decks,
and prints articles per second for both and their ratio. The goal is a ratio of at most
2.5. One-time model loading is done before timing and counted in neither.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from quizgen.ingest import read_article  # noqa: E402
from quizgen.nlp import analyze  # noqa: E402
from quizgen.nlp.tagger import load_tagger  # noqa: E402
from quizgen.pipeline import generate_from_documents  # noqa: E402

SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm"}


def _articles(folders: list[Path]) -> list[Path]:
    files: list[Path] = []
    for folder in folders:
        files.extend(sorted(p for p in folder.iterdir() if p.suffix.lower() in SUFFIXES))
    return files


def _floor(texts: list[str]) -> float:
    from nltk.tokenize import TreebankWordTokenizer
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    punkt = PunktSentenceTokenizer()
    words = TreebankWordTokenizer()
    tagger = load_tagger()
    start = time.perf_counter()
    for text in texts:
        for paragraph in text.split("\n\n"):
            for sentence in punkt.tokenize(paragraph):
                tagger.tag(words.tokenize(sentence))
    return time.perf_counter() - start


def _pipeline(paths: list[Path]) -> float:
    start = time.perf_counter()
    for path in paths:
        doc = analyze(read_article(str(path)))
        generate_from_documents([doc], seed=0)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path, default=[ROOT / "examples"])
    parser.add_argument("--repeat", type=int, default=5, help="timed rounds (median is shown)")
    args = parser.parse_args()
    paths = _articles(args.folders)
    if not paths:
        print("no articles found", file=sys.stderr)
        return 1
    texts = [read_article(str(p)).text for p in paths]
    words = sum(len(t.split()) for t in texts)
    # warm up: load the tagger, Punkt, lemminflect and caches outside the timings
    _floor(texts[:1])
    _pipeline(paths[:1])
    floors, pipes = [], []
    for _ in range(args.repeat):
        floors.append(_floor(texts))
        pipes.append(_pipeline(paths))
    floor, pipe = statistics.median(floors), statistics.median(pipes)
    n = len(paths)
    print(f"articles: {n} ({words} words) from {', '.join(str(f) for f in args.folders)}")
    print(f"NLTK tokenise+tag floor: {floor:.3f} s  ({n / floor:.1f} articles/s)")
    print(f"quizgen generation:      {pipe:.3f} s  ({n / pipe:.1f} articles/s)")
    print(f"ratio pipeline/floor:    {pipe / floor:.2f}  (goal: <= 2.5)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
