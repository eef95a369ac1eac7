"""Shared helpers for the CLI tests: run ``quizgen`` in-process or as a real subprocess."""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

from quizgen.cli import main

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"
SEED_NAME = "000_fc64e174465a11f4.txt"


@dataclass(frozen=True)
class Run:
    """What one ``quizgen`` invocation did."""

    code: int
    out: str
    err: str

    @property
    def err_lines(self) -> list[str]:
        return [line for line in self.err.splitlines() if line.strip()]


def run_cli(argv: Sequence[str], stdin: bytes | None = None) -> Run:
    """Call ``quizgen.cli.main`` in this process, capturing its output and exit code."""
    out, err = io.StringIO(), io.StringIO()
    saved_stdin = sys.stdin
    if stdin is not None:
        sys.stdin = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(list(argv))
            except SystemExit as exc:  # argparse usage errors and --help
                code = exc.code if isinstance(exc.code, int) else 1
    finally:
        sys.stdin = saved_stdin
    return Run(code, out.getvalue(), err.getvalue())


def run_subprocess(
    argv: Sequence[str],
    stdin: bytes | None = None,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
) -> Run:
    """Run ``python -m quizgen`` in a fresh interpreter, as a user would."""
    full_env = {**os.environ, **(env or {})}
    full_env.pop("QUIZGEN_DEBUG", None)  # a traceback must never need this to be unset
    proc = subprocess.run(
        [sys.executable, "-m", "quizgen", *argv],
        input=stdin if stdin is not None else b"",
        capture_output=True,
        cwd=cwd or REPO,
        env=full_env,
        timeout=120,
        check=False,
    )
    return Run(
        proc.returncode,
        proc.stdout.decode("utf-8", "replace"),
        proc.stderr.decode("utf-8", "replace"),
    )


def find_seed() -> Path | None:
    """The seed article: ../shared/seeds next to the repository (CI) or /work/shared."""
    for shared in (REPO.parent / "shared", Path("/work/shared")):
        path = shared / "seeds" / SEED_NAME
        if path.is_file():
            return path
    return None


@pytest.fixture(scope="session")
def cli() -> Callable[..., Run]:
    """Run ``quizgen`` in-process: ``cli(["generate", ...], stdin=b"...")``."""
    return run_cli


@pytest.fixture(scope="session")
def cli_subprocess() -> Callable[..., Run]:
    """Run ``python -m quizgen`` in a fresh interpreter."""
    return run_subprocess


@pytest.fixture(scope="session")
def seed_article() -> Path:
    """The DeepSeek-R1 seed article the issue's acceptance criteria are written against."""
    path = find_seed()
    if path is None:
        pytest.skip(
            f"seed article {SEED_NAME} not found in ../shared/seeds or /work/shared/seeds; "
            "the acceptance tests on it need that file"
        )
    return path


@pytest.fixture(scope="session")
def example_articles() -> list[Path]:
    """Three example articles from examples/, different domains."""
    found = sorted(p for p in EXAMPLES.iterdir() if p.suffix in {".txt", ".md", ".html"})
    assert len(found) >= 3, f"examples/ should hold at least three articles, found {found}"
    return found[:3]
