"""The learner's progress: an append-only review log, fsrs card state and quiz sessions.

Everything lives in one SQLite file, ``progress.sqlite3`` in the user data directory
(``platformdirs.user_data_dir("quizgen")``), or in ``$QUIZGEN_DATA_DIR`` or a folder given
on the command line. Cards are keyed by item id, so a regenerated deck keeps its history.

Each answer is written in its own transaction the moment it is given, in WAL mode with a
busy timeout: killing the quiz loses at most the answer in progress, and two quizzes open
at once wait for each other instead of failing. Time is always an argument (``now``).
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from fsrs import Card, Rating, Scheduler

from quizgen.errors import QuizgenError

__all__ = [
    "DATA_DIR_ENV",
    "SCHEMA_VERSION",
    "DeckStats",
    "ProgressStore",
    "Result",
    "ReviewRecord",
    "SessionRecord",
    "StoreError",
    "default_data_dir",
    "migrate",
]

DATA_DIR_ENV = "QUIZGEN_DATA_DIR"
"""Environment variable that moves the progress store to another folder."""

DB_NAME = "progress.sqlite3"

SCHEMA_VERSION = 1
"""Version of the store's schema (kept in ``PRAGMA user_version``)."""

Result = Literal["correct", "close", "wrong", "skipped"]
"""What happened to one item: the answer's verdict, or skipped."""

Mode = Literal["practice", "exam", "review"]

BUSY_TIMEOUT_MS = 10_000


class StoreError(QuizgenError):
    """The progress store cannot be opened or is from a newer quizgen."""


def default_data_dir(environ: Mapping[str, str] | None = None) -> Path:
    """The folder holding the progress store: ``$QUIZGEN_DATA_DIR`` or the user data dir."""
    env = os.environ if environ is None else environ
    override = env.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("quizgen"))


_MIGRATIONS: list[str] = [
    # 0 -> 1: the first schema.
    """
    CREATE TABLE reviews (
        id INTEGER PRIMARY KEY,
        item_id TEXT NOT NULL,
        deck_title TEXT NOT NULL,
        reviewed_at TEXT NOT NULL,
        result TEXT NOT NULL CHECK (result IN ('correct', 'close', 'wrong', 'skipped')),
        rating INTEGER CHECK (rating IS NULL OR rating BETWEEN 1 AND 4),
        mode TEXT NOT NULL,
        answer TEXT NOT NULL DEFAULT '',
        duration_ms INTEGER NOT NULL DEFAULT 0,
        session_id INTEGER REFERENCES sessions(id)
    );
    CREATE INDEX reviews_item ON reviews(item_id);
    CREATE INDEX reviews_deck ON reviews(deck_title);
    CREATE INDEX reviews_session ON reviews(session_id);
    CREATE TABLE cards (
        item_id TEXT PRIMARY KEY,
        deck_title TEXT NOT NULL,
        card_json TEXT NOT NULL,
        due TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX cards_deck_due ON cards(deck_title, due);
    CREATE TABLE sessions (
        id INTEGER PRIMARY KEY,
        deck_title TEXT NOT NULL,
        mode TEXT NOT NULL,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        item_ids TEXT NOT NULL,
        total INTEGER NOT NULL,
        correct INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX sessions_deck ON sessions(deck_title, id);
    """,
]


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the schema up to ``SCHEMA_VERSION``; returns the version found before.

    Each step runs in one transaction together with the new ``user_version``, so a
    crash mid-migration leaves the old schema intact.
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        found = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if found > SCHEMA_VERSION:
            raise StoreError(
                f"progress store has schema version {found}, newer than this quizgen "
                f"reads ({SCHEMA_VERSION}); upgrade quizgen"
            )
        for version in range(found, SCHEMA_VERSION):
            for statement in _MIGRATIONS[version].split(";"):
                if statement.strip():
                    conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version + 1}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return found


def _iso(moment: datetime) -> str:
    if moment.tzinfo is None:
        raise ValueError("times given to the progress store must be timezone-aware")
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def _parse(text: str) -> datetime:
    return datetime.fromisoformat(text)


def _card_id(item_id: str) -> int:
    # Item ids are 16 hex digits; 52 bits of them make a stable, JSON-safe card id.
    try:
        return int(item_id[:13], 16)
    except ValueError:
        return abs(hash(item_id)) % (1 << 52)


@dataclass(frozen=True)
class ReviewRecord:
    """One row of the review log."""

    item_id: str
    deck_title: str
    reviewed_at: datetime
    result: Result
    rating: int | None
    mode: str
    answer: str
    duration_ms: int
    session_id: int | None


@dataclass(frozen=True)
class SessionRecord:
    """A quiz session: which items in which order, and how far it got."""

    id: int
    deck_title: str
    mode: str
    started_at: datetime
    finished_at: datetime | None
    item_ids: list[str]
    total: int
    correct: int


@dataclass(frozen=True)
class DeckStats:
    """Progress on one deck, as ``quizgen stats`` shows it."""

    deck_title: str
    reviewed: int
    """Distinct items answered at least once (any mode)."""
    reviews: int
    """Answers logged (skips excluded)."""
    due: int
    """Items due for spaced review now (new items count as due when the deck is known)."""
    retention: float | None
    """Share of repeat answers (an item seen before) that were right; None without any."""


class ProgressStore:
    """The progress database; open with :meth:`open`, close with :meth:`close`."""

    def __init__(self, conn: sqlite3.Connection, path: Path, scheduler: Scheduler) -> None:
        self._conn = conn
        self.path = path
        self.scheduler = scheduler

    @classmethod
    def open(
        cls, data_dir: Path | None = None, *, scheduler: Scheduler | None = None
    ) -> ProgressStore:
        """Open (creating if needed) the store in ``data_dir`` or the default folder."""
        folder = default_data_dir() if data_dir is None else data_dir
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"{folder}: cannot create data folder ({exc.strerror})") from None
        path = folder / DB_NAME
        try:
            conn = sqlite3.connect(
                path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
            )
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA foreign_keys = ON")
            migrate(conn)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{path}: cannot open progress store ({exc})") from None
        # Fuzzing would draw from the global random module; intervals stay deterministic.
        sched = scheduler if scheduler is not None else Scheduler(enable_fuzzing=False)
        return cls(conn, path, sched)

    def close(self) -> None:
        """Close the connection (every answer is already committed)."""
        self._conn.close()

    def __enter__(self) -> ProgressStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        # BEGIN IMMEDIATE takes the write lock up front, so a second quiz waits
        # (busy_timeout) instead of failing half-way with "database is locked".
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield self._conn
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    # -- cards ---------------------------------------------------------------------------

    def card(self, item_id: str, now: datetime) -> Card:
        """The item's fsrs card; a new card due ``now`` if it was never reviewed."""
        row = self._conn.execute(
            "SELECT card_json FROM cards WHERE item_id = ?", (item_id,)
        ).fetchone()
        if row is None:
            return Card(card_id=_card_id(item_id), due=now.astimezone(UTC))
        return Card.from_json(row[0])

    def due_item_ids(self, item_ids: Iterable[str], now: datetime) -> list[str]:
        """Those of ``item_ids`` due at ``now`` (new items are due), most overdue first."""
        ids = list(item_ids)
        due_at = self._due_map(ids)
        moment = _iso(now)
        due = [i for i in ids if due_at.get(i, "") <= moment]
        # Stable sort: new items (no card) keep the deck's order, after overdue ones.
        return sorted(due, key=lambda i: (i not in due_at, due_at.get(i, "")))

    def next_due(self, item_ids: Iterable[str]) -> datetime | None:
        """When the earliest of these items falls due (None if none has a card)."""
        due_at = self._due_map(list(item_ids))
        return _parse(min(due_at.values())) if due_at else None

    def _due_map(self, ids: list[str]) -> dict[str, str]:
        found: dict[str, str] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._conn.execute(
                f"SELECT item_id, due FROM cards WHERE item_id IN ({marks})", chunk
            )
            found.update(dict(rows.fetchall()))
        return found

    # -- the review log ------------------------------------------------------------------

    def record(
        self,
        *,
        item_id: str,
        deck_title: str,
        now: datetime,
        result: Result,
        mode: str,
        answer: str = "",
        duration_ms: int = 0,
        session_id: int | None = None,
        rating: Rating | None = None,
    ) -> Card | None:
        """Log one answer in its own transaction; with a rating, also reschedule the card.

        Returns the rescheduled card when a rating was given.
        """
        new_card: Card | None = None
        if rating is not None:
            card = self.card(item_id, now)
            new_card, _ = self.scheduler.review_card(
                card, rating, now.astimezone(UTC), review_duration=duration_ms
            )
        with self._write() as conn:
            conn.execute(
                "INSERT INTO reviews (item_id, deck_title, reviewed_at, result, rating, mode,"
                " answer, duration_ms, session_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    item_id,
                    deck_title,
                    _iso(now),
                    result,
                    None if rating is None else int(rating),
                    mode,
                    answer,
                    max(0, duration_ms),
                    session_id,
                ),
            )
            if new_card is not None:
                conn.execute(
                    "INSERT INTO cards (item_id, deck_title, card_json, due, updated_at)"
                    " VALUES (?, ?, ?, ?, ?) ON CONFLICT(item_id) DO UPDATE SET"
                    " deck_title = excluded.deck_title, card_json = excluded.card_json,"
                    " due = excluded.due, updated_at = excluded.updated_at",
                    (item_id, deck_title, new_card.to_json(), _iso(new_card.due), _iso(now)),
                )
            if session_id is not None and result in ("correct", "close"):
                conn.execute(
                    "UPDATE sessions SET correct = correct + 1 WHERE id = ?", (session_id,)
                )
        return new_card

    def reviews(
        self, *, item_id: str | None = None, session_id: int | None = None
    ) -> list[ReviewRecord]:
        """Logged answers, oldest first, for one item or one session (or all)."""
        sql = (
            "SELECT item_id, deck_title, reviewed_at, result, rating, mode, answer,"
            " duration_ms, session_id FROM reviews"
        )
        clauses: list[str] = []
        params: list[object] = []
        if item_id is not None:
            clauses.append("item_id = ?")
            params.append(item_id)
        if session_id is not None:
            clauses.append("session_id = ?")
            params.append(session_id)
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        rows = self._conn.execute(sql + " ORDER BY id", params).fetchall()
        return [
            ReviewRecord(r[0], r[1], _parse(r[2]), r[3], r[4], r[5], r[6], r[7], r[8]) for r in rows
        ]

    # -- sessions ------------------------------------------------------------------------

    def start_session(
        self, *, deck_title: str, mode: str, item_ids: list[str], now: datetime
    ) -> SessionRecord:
        """Record a new session over these items, in this order."""
        with self._write() as conn:
            cur = conn.execute(
                "INSERT INTO sessions (deck_title, mode, started_at, item_ids, total)"
                " VALUES (?, ?, ?, ?, ?)",
                (deck_title, mode, _iso(now), json.dumps(item_ids), len(item_ids)),
            )
            session_id = int(cur.lastrowid or 0)
        return SessionRecord(
            session_id, deck_title, mode, now, None, list(item_ids), len(item_ids), 0
        )

    def finish_session(self, session_id: int, now: datetime) -> None:
        """Mark a session finished (its score becomes the deck's "last score")."""
        with self._write() as conn:
            conn.execute(
                "UPDATE sessions SET finished_at = ? WHERE id = ? AND finished_at IS NULL",
                (_iso(now), session_id),
            )

    def _session(self, row: tuple[object, ...]) -> SessionRecord:
        sid, title, mode, started, finished, ids, total, correct = row
        return SessionRecord(
            int(str(sid)),
            str(title),
            str(mode),
            _parse(str(started)),
            None if finished is None else _parse(str(finished)),
            list(json.loads(str(ids))),
            int(str(total)),
            int(str(correct)),
        )

    _SESSION_COLUMNS = "id, deck_title, mode, started_at, finished_at, item_ids, total, correct"

    def unfinished_session(self, deck_title: str, mode: str) -> SessionRecord | None:
        """The latest session of this deck and mode that was left before its end."""
        row = self._conn.execute(
            f"SELECT {self._SESSION_COLUMNS} FROM sessions WHERE deck_title = ? AND mode = ?"
            " ORDER BY id DESC LIMIT 1",
            (deck_title, mode),
        ).fetchone()
        if row is None or row[4] is not None:
            return None
        return self._session(row)

    def last_finished_session(self, deck_title: str) -> SessionRecord | None:
        """The deck's latest finished session (for the picker's "last score")."""
        row = self._conn.execute(
            f"SELECT {self._SESSION_COLUMNS} FROM sessions"
            " WHERE deck_title = ? AND finished_at IS NOT NULL ORDER BY id DESC LIMIT 1",
            (deck_title,),
        ).fetchone()
        return None if row is None else self._session(row)

    # -- statistics ----------------------------------------------------------------------

    def deck_titles(self) -> list[str]:
        """Every deck title the store has seen, sorted."""
        rows = self._conn.execute(
            "SELECT deck_title FROM reviews UNION SELECT deck_title FROM cards"
            " UNION SELECT deck_title FROM sessions ORDER BY 1"
        ).fetchall()
        return [r[0] for r in rows]

    def deck_stats(
        self, deck_title: str, now: datetime, item_ids: Iterable[str] | None = None
    ) -> DeckStats:
        """Reviewed items, answers, due items and retention for one deck.

        With the deck's ``item_ids``, never-reviewed items count as due; without them only
        scheduled cards can be counted.
        """
        rows = self._conn.execute(
            "SELECT item_id, result FROM reviews WHERE deck_title = ? AND result != 'skipped'"
            " ORDER BY id",
            (deck_title,),
        ).fetchall()
        seen: set[str] = set()
        repeats = recalled = 0
        for item_id, result in rows:
            if item_id in seen:
                repeats += 1
                recalled += result in ("correct", "close")
            seen.add(item_id)
        if item_ids is not None:
            due = len(self.due_item_ids(item_ids, now))
        else:
            due = int(
                self._conn.execute(
                    "SELECT count(*) FROM cards WHERE deck_title = ? AND due <= ?",
                    (deck_title, _iso(now)),
                ).fetchone()[0]
            )
        return DeckStats(
            deck_title, len(seen), len(rows), due, recalled / repeats if repeats else None
        )


Clock = Callable[[], datetime]
"""A function returning the current time (timezone-aware); injected so tests fix time."""


def system_clock() -> datetime:
    """The real current time in UTC."""
    return datetime.now(UTC)
