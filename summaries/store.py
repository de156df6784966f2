"""The one SQLite file: feeds, stories, their sources and quotes, with FTS5.

Every write that belongs to one feed's poll happens in one transaction, so a `kill -9`
at any moment leaves either the whole poll of that feed or none of it; item keys are
unique per feed, so a rerun never duplicates what was committed.

The connection belongs to the thread that opened it. Async callers go through
:class:`AsyncStore`, which owns one worker thread.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing, contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from sqlite_utils import Database

from summaries._store_articles import ArticlesMixin
from summaries._store_feeds import FeedsMixin
from summaries._store_ingest import IngestMixin
from summaries.errors import (
    DatabaseMissing,
    DatabaseReadOnly,
    DatabaseUnusable,
    DatabaseUnwritable,
    DatabaseWriteFailed,
    FeedExists,
    FeedNotFound,
    StoreError,
    StoryNotFound,
)
from summaries.models import Quote, Source, Story
from summaries.schema import migrate, pending_migrations

__all__ = [
    "AsyncStore",
    "DatabaseMissing",
    "DatabaseReadOnly",
    "DatabaseUnusable",
    "DatabaseUnwritable",
    "DatabaseWriteFailed",
    "FeedExists",
    "FeedNotFound",
    "Store",
    "StoreError",
    "StoryNotFound",
    "default_db_path",
]

DEFAULT_DB = "~/.local/share/spacebrief/spacebrief.db"

T = TypeVar("T")
log = logging.getLogger(__name__)


def default_db_path() -> Path:
    return Path(os.environ.get("SPACEBRIEF_DB") or DEFAULT_DB).expanduser()


class Store(FeedsMixin, IngestMixin, ArticlesMixin):
    def __init__(self, path: str | os.PathLike[str], *, create: bool = True) -> None:
        """Open (and migrate) the store at ``path``.

        ``create=False`` is for commands that only read: a mistyped path is an error, not
        a new empty store. A file that is not SQLite, or cannot be opened, is a
        StoreError (one line), whichever ``create``.
        """
        self.path = Path(path).expanduser()
        memory = str(path) == ":memory:"
        if not memory and not create and not self.path.is_file():
            raise DatabaseMissing(
                f"no database at {self.path} (`spacebrief poll` or `feeds add` creates one)"
            )
        self.read_only = False
        try:
            if not memory and create:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            target, uri = str(self.path), False
            if not memory and not create:  # mode=rw: SQLite itself never creates the file
                target, uri = self.path.resolve().as_uri() + "?mode=rw", True
            conn = sqlite3.connect(target, timeout=30, isolation_level=None, uri=uri)
        except (OSError, sqlite3.Error) as err:
            raise DatabaseUnusable(f"cannot open database {self.path}: {err}") from None
        try:
            self._set_up(conn, memory=memory)
        except sqlite3.DatabaseError as err:
            conn.close()
            if _cannot_open(err) and self.path.is_file():
                # WAL needs to create the -wal and -shm files beside the store: its folder
                # is read-only (a backup, a mount, another user's directory)
                self._open_read_only(writer=create)
                return
            if _read_only(err):  # a store that needs migrating, or WAL turned on
                raise self._read_only_error() from None
            raise DatabaseUnusable(f"cannot open database {self.path}: {err}") from None

    def _set_up(self, conn: sqlite3.Connection, *, memory: bool) -> None:
        conn.execute("PRAGMA busy_timeout = 30000")
        self.db = Database(conn)
        if not memory:
            self.db.enable_wal()
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        pending = pending_migrations(self.db)
        copy = None
        if pending and not memory and self.db["_sqlite_migrations"].exists():
            # a store written by an older SpaceBrief is upgraded in place by whichever
            # command opens it first, a read included: keep the old file, and say so
            copy = self._copy_before_upgrade(conn)
        try:
            migrate(self.db)
        except BaseException:
            if copy is not None:  # nothing was upgraded (a read-only file): no copy left
                copy.unlink(missing_ok=True)
            raise
        if copy is not None:
            n = len(pending)
            log.warning(
                "database %s was written by an older SpaceBrief: upgraded it (%d schema "
                "change%s); the old file is kept at %s",
                self.path,
                n,
                "" if n == 1 else "s",
                copy,
            )

    def _copy_before_upgrade(self, conn: sqlite3.Connection) -> Path:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        copy = self.path.with_name(f"{self.path.name}.before-upgrade-{stamp}")
        try:
            with closing(sqlite3.connect(copy)) as dest:
                conn.backup(dest)
        except sqlite3.Error as err:
            copy.unlink(missing_ok=True)
            raise DatabaseWriteFailed(
                f"database {self.path} needs upgrading, but a copy of it could not be "
                f"kept first ({err}); nothing was changed"
            ) from None
        return copy

    def _open_read_only(self, *, writer: bool) -> None:
        """Reads still work from a store whose folder cannot be written; writes are
        refused by SQLite (DatabaseReadOnly), and a writer is told at once."""
        base = self.path.resolve().as_uri()
        wal = self.path.with_name(self.path.name + "-wal")
        # immutable: no -shm is needed; only safe while no -wal holds unmerged pages
        modes = ["mode=ro"] if wal.exists() else ["mode=ro", "immutable=1"]
        conn: sqlite3.Connection | None = None
        for mode in modes:
            try:
                conn = sqlite3.connect(f"{base}?{mode}", timeout=30, isolation_level=None, uri=True)
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
                break
            except sqlite3.Error as err:
                if conn is not None:
                    conn.close()
                conn, reason = None, err
        if conn is None:
            raise DatabaseUnusable(f"cannot open database {self.path}: {reason}") from None
        self.db = Database(conn)
        self.read_only = True
        where = f"its folder {self.path.parent} cannot be written"
        if writer:
            conn.close()
            raise DatabaseReadOnly(
                f"database {self.path} is read-only ({where}); nothing was changed"
            )
        if pending_migrations(self.db):
            conn.close()
            raise DatabaseReadOnly(
                f"database {self.path} needs upgrading by this SpaceBrief, but {where}; "
                "nothing was changed"
            )

    def close(self) -> None:
        self.db.conn.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """BEGIN IMMEDIATE ... COMMIT: the writer lock is taken up front.

        Every write goes through here, so this is where SQLite refusing to write a
        read-only file becomes DatabaseReadOnly (one line for the CLI and the bot),
        whichever statement of the transaction met it."""
        conn = self.db.conn
        if conn.in_transaction:
            yield
            return
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
        except sqlite3.OperationalError as err:
            if not (_read_only(err) or _disk_failed(err)):
                raise
            if conn.in_transaction:  # COMMIT itself was refused
                with suppress(sqlite3.Error):  # SQLite may have rolled back already
                    conn.execute("ROLLBACK")
            if _read_only(err):
                raise self._read_only_error() from None
            # a full disk is the machine's trouble, not a feed's: no feed is blamed for it
            raise DatabaseWriteFailed(
                f"database {self.path} could not be written ({err}); that write was undone"
            ) from None

    def _read_only_error(self) -> DatabaseReadOnly:
        return DatabaseReadOnly(f"database {self.path} is read-only; nothing was changed")

    # -- reading -------------------------------------------------------------

    def stories(
        self,
        *,
        iss_only: bool = True,
        since: str | None = None,
        min_score: float | None = None,
        limit: int | None = None,
        order: str = "recent",
    ) -> list[Story]:
        where, params = [], []
        if iss_only:
            where.append("iss_geopolitical = 1")
        if since:
            where.append("sort_time >= ?")
            params.append(since)
        if min_score is not None:
            where.append("score >= ?")
            params.append(min_score)
        sql = "SELECT * FROM stories"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += (
            " ORDER BY score DESC, sort_time DESC, id DESC"
            if order == "score"
            else " ORDER BY sort_time DESC, id DESC"
        )
        if limit:
            sql += f" LIMIT {int(limit)}"
        return self._stories(self._all(sql, params))

    def get_story(self, story_id: int) -> Story:
        row = self._one("SELECT * FROM stories WHERE id = ?", [story_id])
        if row is None:
            raise StoryNotFound(f"no story with id {story_id}")
        return self._stories([row])[0]

    def stories_by_ids(self, ids: Iterable[int]) -> list[Story]:
        ids = list(ids)
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        rows = {r["id"]: r for r in self._all(f"SELECT * FROM stories WHERE id IN ({marks})", ids)}
        by_id = {s.id: s for s in self._stories([rows[i] for i in ids if i in rows])}
        return [by_id[i] for i in ids if i in by_id]

    def counts(self) -> dict[str, int]:
        one = self.db.execute
        return {
            "feeds": one("SELECT count(*) FROM feeds").fetchone()[0],
            "stories": one("SELECT count(*) FROM stories").fetchone()[0],
            "iss_geopolitical": one(
                "SELECT count(*) FROM stories WHERE iss_geopolitical = 1"
            ).fetchone()[0],
        }

    def _stories(self, rows: list[dict]) -> list[Story]:
        if not rows:
            return []
        ids = [r["id"] for r in rows]
        marks = ",".join("?" * len(ids))
        quotes: dict[int, list[Quote]] = {}
        for q in self._all(
            f"SELECT * FROM quotes WHERE story_id IN ({marks}) ORDER BY story_id, position", ids
        ):
            quotes.setdefault(q["story_id"], []).append(
                Quote(q["text"], q["speaker"], q["start"], q["end"], q["score"] or 0.0)
            )
        # One source per feed, however many copies of the story it carried; its first
        # copy with a link gives the link.
        sources: dict[int, dict[int, Source]] = {}
        for s in self._all(
            "SELECT ss.story_id, ss.feed_id, ss.url,"
            " coalesce(f.name, ss.feed_name, 'removed feed') AS feed"
            f" FROM story_sources ss LEFT JOIN feeds f ON f.id = ss.feed_id"
            f" WHERE ss.story_id IN ({marks}) ORDER BY ss.first_seen, ss.rowid",
            ids,
        ):
            feeds = sources.setdefault(s["story_id"], {})
            seen = feeds.get(s["feed_id"])
            if seen is None or (not seen.url and s["url"]):
                feeds[s["feed_id"]] = Source(s["feed"], s["url"] or "")
        return [self._story(r, quotes, sources) for r in rows]

    @staticmethod
    def _story(
        r: dict, quotes: dict[int, list[Quote]], sources: dict[int, dict[int, Source]]
    ) -> Story:
        url, source = r["url"], r["source"] or ""
        if not url:
            # A story stored before it could take a later feed's link still cites one,
            # and names the feed that link is from.
            linked = next((s for s in sources.get(r["id"], {}).values() if s.url), None)
            if linked is not None:
                url, source = linked.url, linked.feed
        return Story(
            id=r["id"],
            title=r["title"],
            url=url,
            source=source,
            published=r["published"],
            first_seen=r["first_seen"],
            updated=r["updated"],
            text=r["text"],
            iss_geopolitical=bool(r["iss_geopolitical"]),
            score=float(r["score"] or 0.0),
            reasons=tuple(json.loads(r["reasons"] or "[]")),
            tags=tuple(json.loads(r["tags"] or "[]")),
            summary=r["summary"] or "",
            quotes=tuple(quotes.get(r["id"], ())),
            sources=tuple(sources.get(r["id"], {}).values()),
        )

    def _one(self, sql: str, params: list) -> dict | None:
        cur = self.db.execute(sql, params)
        row = cur.fetchone()
        if row is None:
            return None
        return dict(zip([d[0] for d in cur.description], row, strict=True))

    def _all(self, sql: str, params: list) -> list[dict]:
        cur = self.db.execute(sql, params)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def _code(err: sqlite3.Error) -> int:
    """The primary result code: extended codes (READONLY_DIRECTORY, …) share its low byte."""
    return getattr(err, "sqlite_errorcode", 0) & 0xFF


def _disk_failed(err: sqlite3.Error) -> bool:
    """SQLITE_FULL ("database or disk is full") and SQLITE_IOERR ("disk I/O error")."""
    return _code(err) in (sqlite3.SQLITE_FULL, sqlite3.SQLITE_IOERR)


def _cannot_open(err: sqlite3.Error) -> bool:
    """SQLITE_CANTOPEN: what WAL mode meets when it cannot create its files."""
    return _code(err) == sqlite3.SQLITE_CANTOPEN


def _read_only(err: sqlite3.Error) -> bool:
    """SQLITE_READONLY and its extended codes (READONLY_DBMOVED, _DIRECTORY, ...)."""
    return _code(err) == sqlite3.SQLITE_READONLY


class AsyncStore:
    """Runs Store calls on one worker thread so the event loop never waits on SQLite."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="spacebrief-db")
        self._path = path
        self.store: Store | None = None

    async def open(self) -> AsyncStore:
        self.store = await self._submit(Store, self._path)
        return self

    async def call(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """``await astore.call(Store.stories, iss_only=True)`` or any callable(store, ...)."""
        return await self._submit(fn, self.store, *args, **kwargs)

    async def _submit(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, lambda: fn(*args, **kwargs))

    async def close(self) -> None:
        if self.store is not None:
            await self._submit(self.store.close)
        self._executor.shutdown(wait=True)
