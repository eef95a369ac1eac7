"""Time from launching ``quizgen quiz`` on a 500-item deck to its first question on screen.

Run by hand (needs tmux): ``.venv/bin/python benchmarks/quiz_start.py [--rounds N]``.

Each round starts the quiz in a fresh 80x24 tmux session, with an empty progress store,
and polls the pane until "Question 1 of 500" shows; the same is done for a bare Textual app
that shows one line of text, the floor any Textual program pays. Rounds alternate between
the two so that the machine's mood touches both alike. Prints the median, fastest and
slowest time of each and the ratio of the medians. Goal: quizgen's median under 1 s.

The deck is the example decks' items repeated (with fresh ids) up to 500 items.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZE = 500
BARE_APP = """
from textual.app import App
from textual.widgets import Static

class Bare(App[None]):
    def compose(self):
        yield Static("Question 1 of 500")

Bare().run()
"""


def build_deck(folder: Path) -> Path:
    """A 500-item deck made of the example decks' items, written into ``folder``."""
    decks = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(ROOT.glob("decks/*.json"))]
    sources = [s for d in decks for s in d["sources"]]
    pool = [i for d in decks for i in d["items"]]
    items = []
    for n in range(SIZE):
        item = dict(pool[n % len(pool)])
        item["id"] = hashlib.sha256(f"start-{n}".encode()).hexdigest()[:16]
        items.append(item)
    deck = {"schema_version": 1, "title": "Start-up benchmark", "sources": sources, "items": items}
    path = folder / "big.json"
    path.write_text(json.dumps(deck, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def time_to_screen(command: str, text: str, *, timeout: float = 15.0) -> float:
    """Seconds from starting ``command`` in a new tmux session until ``text`` shows."""
    session = f"qzstart{time.monotonic_ns()}"
    start = time.perf_counter()
    subprocess.run(
        ["tmux", "new-session", "-d", "-s", session, "-x", "80", "-y", "24", command], check=True
    )
    try:
        while time.perf_counter() - start < timeout:
            pane = subprocess.run(
                ["tmux", "capture-pane", "-p", "-t", session], capture_output=True, text=True
            ).stdout
            if text in pane:
                return time.perf_counter() - start
            time.sleep(0.01)
        raise SystemExit(f"quiz_start: {text!r} did not show within {timeout:.0f} s")
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True)


def summary(name: str, times: list[float]) -> str:
    return (
        f"{name:<26} median {statistics.median(times):.3f} s  "
        f"fastest {min(times):.3f} s  slowest {max(times):.3f} s"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=10, help="launches of each (default 10)")
    args = parser.parse_args()
    if shutil.which("tmux") is None:
        print("quiz_start: needs tmux (apt-get install tmux)", file=sys.stderr)
        return 1
    quizgen = Path(sys.executable).parent / "quizgen"
    # A session that outlives the rounds keeps one tmux server up: a server that exits
    # as the last round's session ends can race the next round's start.
    holder = f"qzstart-hold{time.monotonic_ns()}"
    subprocess.run(["tmux", "new-session", "-d", "-s", holder, "sleep 3600"], check=True)
    try:
        return run_rounds(quizgen, args.rounds)
    finally:
        subprocess.run(["tmux", "kill-session", "-t", holder], capture_output=True)


def run_rounds(quizgen: Path, rounds: int) -> int:
    """Launch the quiz and the bare app ``rounds`` times each and print the times."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        deck = build_deck(folder)
        bare = folder / "bare.py"
        bare.write_text(BARE_APP, encoding="utf-8")
        quiz_times: list[float] = []
        bare_times: list[float] = []
        for n in range(rounds):
            data = folder / f"data-{n}"
            quiz_times.append(
                time_to_screen(
                    f"QUIZGEN_DATA_DIR={data} {quizgen} quiz {deck} --seed 1", "Question 1 of 500"
                )
            )
            bare_times.append(time_to_screen(f"{sys.executable} {bare}", "Question 1 of 500"))
    print(summary("quizgen quiz (500 items)", quiz_times))
    print(summary("bare Textual app", bare_times))
    ratio = statistics.median(quiz_times) / statistics.median(bare_times)
    print(f"ratio of medians: {ratio:.2f}")
    under = sum(t < 1.0 for t in quiz_times)
    print(f"first question within 1 s in {under} of {len(quiz_times)} launches")
    return 0


if __name__ == "__main__":
    sys.exit(main())
