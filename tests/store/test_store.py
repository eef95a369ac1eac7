"""The progress store on a real SQLite file."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from fsrs import Rating, State

from quizgen.errors import QuizgenError
from quizgen.store import (
    DATA_DIR_ENV,
    SCHEMA_VERSION,
    ProgressStore,
    StoreError,
    default_data_dir,
    migrate,
)

NOW = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
A, B, C = "a" * 16, "b" * 16, "c" * 16


@pytest.fixture
def store(tmp_path: Path) -> Iterator[ProgressStore]:
    s = ProgressStore.open(tmp_path)
    yield s
    s.close()


def test_data_dir_from_environment_and_default(tmp_path: Path) -> None:
    assert default_data_dir({DATA_DIR_ENV: str(tmp_path)}) == tmp_path
    default = default_data_dir({})
    assert default.name == "quizgen"


def test_open_creates_versioned_wal_database(tmp_path: Path) -> None:
    with ProgressStore.open(tmp_path / "nested") as s:
        assert s.path == tmp_path / "nested" / "progress.sqlite3"
    conn = sqlite3.connect(tmp_path / "nested" / "progress.sqlite3")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"reviews", "cards", "sessions"} <= tables
    conn.close()


def test_migrate_is_idempotent_and_refuses_newer_schema(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "p.sqlite3", isolation_level=None)
    assert migrate(conn) == 0
    assert migrate(conn) == SCHEMA_VERSION
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(StoreError, match="newer than this quizgen"):
        migrate(conn)
    conn.close()
    (tmp_path / "p.sqlite3").rename(tmp_path / "progress.sqlite3")
    with pytest.raises(QuizgenError, match="upgrade quizgen"):
        ProgressStore.open(tmp_path)


def test_not_a_database_is_one_line_error(tmp_path: Path) -> None:
    (tmp_path / "progress.sqlite3").write_text("not sqlite at all " * 100)
    with pytest.raises(StoreError, match="cannot open progress store"):
        ProgressStore.open(tmp_path)


def test_new_items_are_due_and_a_good_review_schedules_them_later(store: ProgressStore) -> None:
    assert store.due_item_ids([A, B], NOW) == [A, B]
    card = store.record(
        item_id=A, deck_title="D", now=NOW, result="correct", mode="review", rating=Rating.Good
    )
    assert card is not None and card.due > NOW
    assert store.due_item_ids([A, B], NOW) == [B]
    assert store.due_item_ids([A, B], card.due) == [A, B]
    assert store.next_due([A, B]) == card.due


def test_card_state_survives_reopening(tmp_path: Path) -> None:
    with ProgressStore.open(tmp_path) as s:
        for step in range(3):
            s.record(
                item_id=A,
                deck_title="D",
                now=NOW + timedelta(days=step * 3),
                result="correct",
                mode="review",
                rating=Rating.Good,
            )
        before = s.card(A, NOW)
    with ProgressStore.open(tmp_path) as s:
        after = s.card(A, NOW)
    assert after.to_dict() == before.to_dict()
    assert after.state == State.Review
    assert after.due - NOW > timedelta(days=6)


def test_again_keeps_item_due_soon(store: ProgressStore) -> None:
    card = store.record(
        item_id=A, deck_title="D", now=NOW, result="wrong", mode="review", rating=Rating.Again
    )
    assert card is not None and card.due - NOW <= timedelta(minutes=10)


def test_review_log_is_append_only_and_complete(store: ProgressStore) -> None:
    store.record(
        item_id=A,
        deck_title="D",
        now=NOW,
        result="close",
        mode="practice",
        answer="Armstorng",
        duration_ms=4200,
    )
    store.record(
        item_id=A, deck_title="D", now=NOW + timedelta(minutes=1), result="skipped", mode="exam"
    )
    log = store.reviews(item_id=A)
    assert [(r.result, r.answer, r.duration_ms, r.mode) for r in log] == [
        ("close", "Armstorng", 4200, "practice"),
        ("skipped", "", 0, "exam"),
    ]
    assert log[0].reviewed_at == NOW
    # Practice answers do not touch the spaced-review schedule.
    assert store.due_item_ids([A], NOW) == [A]


def test_naive_time_is_refused(store: ProgressStore) -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        store.record(
            item_id=A, deck_title="D", now=datetime(2026, 1, 1), result="wrong", mode="exam"
        )


def test_sessions_resume_and_last_score(store: ProgressStore) -> None:
    s = store.start_session(deck_title="D", mode="practice", item_ids=[A, B, C], now=NOW)
    store.record(
        item_id=A, deck_title="D", now=NOW, result="correct", mode="practice", session_id=s.id
    )
    store.record(
        item_id=B, deck_title="D", now=NOW, result="wrong", mode="practice", session_id=s.id
    )
    open_session = store.unfinished_session("D", "practice")
    assert open_session is not None and open_session.item_ids == [A, B, C]
    assert open_session.correct == 1
    assert store.unfinished_session("D", "exam") is None
    assert store.last_finished_session("D") is None
    assert [r.item_id for r in store.reviews(session_id=s.id)] == [A, B]
    store.finish_session(s.id, NOW + timedelta(minutes=5))
    assert store.unfinished_session("D", "practice") is None
    last = store.last_finished_session("D")
    assert last is not None and (last.correct, last.total) == (1, 3)


def test_deck_stats(store: ProgressStore) -> None:
    store.record(
        item_id=A, deck_title="D", now=NOW, result="correct", mode="review", rating=Rating.Good
    )
    later = NOW + timedelta(days=30)
    store.record(
        item_id=A, deck_title="D", now=later, result="wrong", mode="review", rating=Rating.Again
    )
    store.record(item_id=B, deck_title="D", now=later, result="correct", mode="practice")
    store.record(item_id=B, deck_title="D", now=later, result="close", mode="practice")
    store.record(item_id=C, deck_title="Other", now=later, result="skipped", mode="practice")
    stats = store.deck_stats("D", later, [A, B, C])
    assert (stats.reviewed, stats.reviews, stats.due) == (2, 4, 2)
    assert stats.retention == pytest.approx(0.5)
    assert store.deck_stats("D", later).due == 0
    assert store.deck_stats("Other", later).retention is None
    assert store.deck_titles() == ["D", "Other"]


def test_two_connections_write_concurrently(tmp_path: Path) -> None:
    first = ProgressStore.open(tmp_path)
    second = ProgressStore.open(tmp_path)
    errors: list[BaseException] = []

    def write(store: ProgressStore, prefix: str) -> None:
        try:
            for n in range(100):
                item = f"{prefix}{n:015x}"
                store.record(
                    item_id=item,
                    deck_title="D",
                    now=NOW,
                    result="correct",
                    mode="review",
                    rating=Rating.Good,
                )
        except BaseException as exc:  # collected and asserted below
            errors.append(exc)

    threads = [
        threading.Thread(target=write, args=(first, "1")),
        threading.Thread(target=write, args=(second, "2")),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    first.close()
    second.close()
    assert errors == []
    with ProgressStore.open(tmp_path) as s:
        assert len(s.reviews()) == 200
        assert s.deck_stats("D", NOW).due == 0
    conn = sqlite3.connect(tmp_path / "progress.sqlite3")
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*) FROM cards").fetchone()[0] == 200
    conn.close()


def test_committed_answers_survive_a_killed_process(tmp_path: Path) -> None:
    import subprocess
    import sys

    script = (
        "import os, sys\n"
        "from datetime import datetime, UTC\n"
        "from quizgen.store import ProgressStore\n"
        "s = ProgressStore.open(__import__('pathlib').Path(sys.argv[1]))\n"
        "s.record(item_id='a'*16, deck_title='D', now=datetime(2026,3,1,tzinfo=UTC),"
        " result='correct', mode='practice')\n"
        "os._exit(9)\n"
    )
    proc = subprocess.run([sys.executable, "-c", script, str(tmp_path)], check=False)
    assert proc.returncode == 9
    with ProgressStore.open(tmp_path) as s:
        assert [r.result for r in s.reviews()] == ["correct"]
