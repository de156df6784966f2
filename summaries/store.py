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
import os
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path
from typing import Any, TypeVar

from sqlite_utils import Database

from summaries import dedupe
from summaries.models import (
    Analysis,
    Feed,
    IncomingItem,
    IngestCounts,
    Quote,
    Source,
    Story,
)
from summaries.schema import migrate
from summaries.timeutil import from_rfc3339, now_rfc3339, to_rfc3339

DEFAULT_DB = "~/.local/share/spacebrief/spacebrief.db"
ANALYSIS_VERSION = 1
_SKETCH_ROWS_PER_HASH = 64

T = TypeVar("T")


class StoreError(Exception):
    """A store operation the caller asked for cannot be done (one line)."""


class FeedExists(StoreError):
    pass


class FeedNotFound(StoreError):
    pass


class StoryNotFound(StoreError):
    pass


def default_db_path() -> Path:
    return Path(os.environ.get("SPACEBRIEF_DB") or DEFAULT_DB).expanduser()


class Store:
    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path).expanduser()
        if str(path) != ":memory:":
            self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(self.path), timeout=30, isolation_level=None)
        conn.execute("PRAGMA busy_timeout = 30000")
        self.db = Database(conn)
        if str(path) != ":memory:":
            self.db.enable_wal()
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        migrate(self.db)

    def close(self) -> None:
        self.db.conn.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """BEGIN IMMEDIATE ... COMMIT: the writer lock is taken up front."""
        conn = self.db.conn
        if conn.in_transaction:
            yield
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    # -- feeds ---------------------------------------------------------------

    def add_feed(
        self,
        url: str,
        name: str | None = None,
        *,
        trusted: bool = True,
        guild_id: int | None = None,
    ) -> Feed:
        with self.transaction():
            if self.db.execute("SELECT 1 FROM feeds WHERE url = ?", [url]).fetchone():
                raise FeedExists(f"already subscribed: {url}")
            self.db["feeds"].insert(
                {
                    "url": url,
                    "name": name or url,
                    "trusted": int(trusted),
                    "guild_id": guild_id,
                    "added": now_rfc3339(),
                    "status": "new",
                    "consecutive_failures": 0,
                }
            )
        return self.get_feed(url)

    def get_feed(self, url_or_id: str | int) -> Feed:
        if isinstance(url_or_id, int) or str(url_or_id).isdigit():
            row = self._one("SELECT * FROM feeds WHERE id = ?", [int(url_or_id)])
        else:
            row = self._one("SELECT * FROM feeds WHERE url = ?", [url_or_id])
            if row is None:
                row = self._one("SELECT * FROM feeds WHERE name = ?", [url_or_id])
        if row is None:
            raise FeedNotFound(f"no such feed: {url_or_id}")
        return _feed(row)

    def list_feeds(self, *, guild_id: int | None = None) -> list[Feed]:
        sql, params = "SELECT * FROM feeds", []
        if guild_id is not None:
            sql, params = sql + " WHERE guild_id = ?", [guild_id]
        return [_feed(r) for r in self._all(sql + " ORDER BY id", params)]

    def remove_feed(self, url_or_id: str | int) -> Feed:
        """Unsubscribe; stories it brought stay, since other feeds may carry them."""
        feed = self.get_feed(url_or_id)
        with self.transaction():
            self.db.execute("DELETE FROM feeds WHERE id = ?", [feed.id])
        return feed

    def due_feeds(self, now: str | None = None) -> list[Feed]:
        now = now or now_rfc3339()
        rows = self._all(
            "SELECT * FROM feeds WHERE status != 'disabled'"
            " AND (next_poll IS NULL OR next_poll <= ?) ORDER BY id",
            [now],
        )
        return [_feed(r) for r in rows]

    def enable_feed(self, url_or_id: str | int) -> Feed:
        feed = self.get_feed(url_or_id)
        with self.transaction():
            self.db["feeds"].update(
                feed.id,
                {
                    "status": "new",
                    "disabled_reason": None,
                    "consecutive_failures": 0,
                    "next_poll": None,
                },
            )
        return self.get_feed(feed.id)

    def record_not_modified(self, feed_id: int) -> None:
        now = now_rfc3339()
        with self.transaction():
            self.db["feeds"].update(
                feed_id,
                {
                    "status": "ok",
                    "error": None,
                    "consecutive_failures": 0,
                    "last_polled": now,
                    "last_success": now,
                    "next_poll": None,
                },
            )

    def record_failure(
        self,
        feed_id: int,
        error: str,
        *,
        retry_after: float | None = None,
        disable: bool = False,
        max_failures: int = 8,
        base_backoff: float = 15 * 60,
        max_backoff: float = 24 * 3600,
    ) -> Feed:
        """Exponential backoff per feed; Retry-After wins when the server gives one."""
        feed = self.get_feed(feed_id)
        failures = feed.consecutive_failures + 1
        now = now_rfc3339()
        delay = min(base_backoff * 2 ** (failures - 1), max_backoff)
        if retry_after is not None:
            delay = min(max(retry_after, 1.0), 7 * 24 * 3600)
        update: dict[str, Any] = {
            "status": "error",
            "error": error,
            "consecutive_failures": failures,
            "last_polled": now,
            "next_poll": _later(now, delay),
        }
        if disable or failures >= max_failures:
            update["status"] = "disabled"
            update["disabled_reason"] = (
                error if disable else f"{failures} failures in a row; last: {error}"
            )
        with self.transaction():
            self.db["feeds"].update(feed_id, update)
        return self.get_feed(feed_id)

    # -- ingest --------------------------------------------------------------

    def unchanged_keys(self, feed_id: int, items: Iterable[IncomingItem]) -> set[str]:
        """Item keys whose stored content is identical: no analysis needed."""
        out = set()
        for item in items:
            key = dedupe.item_key(item.guid, item.url, item.title, item.published)
            row = self._one(
                "SELECT content_hash FROM story_sources WHERE feed_id = ? AND item_key = ?",
                [feed_id, key],
            )
            if row and row["content_hash"] == _item_hash(item):
                out.add(key)
        return out

    def ingest(
        self,
        feed_id: int,
        items: Iterable[IncomingItem],
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        body_hash: str | None = None,
    ) -> IngestCounts:
        """Store one feed's poll, feed state included, in one transaction."""
        now = now_rfc3339()
        feed = self.get_feed(feed_id)
        counts = {"new": 0, "updated": 0, "unchanged": 0, "merged": 0}
        with self.transaction():
            for item in items:
                counts[self._ingest_item(feed, item, now)] += 1
            self.db["feeds"].update(
                feed_id,
                {
                    "status": "ok",
                    "error": None,
                    "consecutive_failures": 0,
                    "last_polled": now,
                    "last_success": now,
                    "next_poll": None,
                    "etag": etag,
                    "last_modified": last_modified,
                    "body_hash": body_hash,
                },
            )
        return IngestCounts(**counts)

    def _ingest_item(self, feed: Feed, item: IncomingItem, now: str) -> str:
        key = dedupe.item_key(item.guid, item.url, item.title, item.published)
        chash = _item_hash(item)
        src = self._one(
            "SELECT story_id, content_hash FROM story_sources WHERE feed_id = ? AND item_key = ?",
            [feed.id, key],
        )
        if src is not None:
            if src["content_hash"] == chash:
                return "unchanged"
            self._update_story(src["story_id"], item, now)
            self.db.execute(
                "UPDATE story_sources SET content_hash = ?, title = ?, url = ?"
                " WHERE feed_id = ? AND item_key = ?",
                [chash, item.title, item.url, feed.id, key],
            )
            return "updated"
        shingle_set = dedupe.shingles(item.title + "\n" + item.text)
        story_id = self._same_event(item, shingle_set, now)
        outcome = "merged"
        if story_id is None:
            story_id = self._insert_story(feed, item, now, shingle_set)
            outcome = "new"
        self.db["story_sources"].insert(
            {
                "feed_id": feed.id,
                "item_key": key,
                "story_id": story_id,
                "guid": item.guid,
                "url": item.url,
                "title": item.title,
                "content_hash": chash,
                "first_seen": now,
            }
        )
        return outcome

    def _same_event(self, item: IncomingItem, shingle_set: set[int], now: str) -> int | None:
        """The stored story this item reports, by canonical link or near-duplicate text."""
        if item.url:
            row = self._one(
                "SELECT story_id FROM story_sources WHERE url = ? LIMIT 1", [item.url]
            ) or self._one("SELECT id AS story_id FROM stories WHERE url = ? LIMIT 1", [item.url])
            if row:
                return row["story_id"]
        sk = dedupe.sketch(shingle_set)
        if len(sk) < dedupe.MIN_SHARED_SKETCH:
            return None
        when = from_rfc3339(item.published or now)
        window = timedelta(days=dedupe.MAX_DAYS_APART)
        # Bounded, indexed look-ups: at most SKETCH_SIZE x PER_HASH rows however much
        # boilerplate the feeds share, newest stories first.
        shared: Counter[int] = Counter()
        for h in sk:
            rows = self.db.execute(
                "SELECT story_id FROM story_sketch WHERE h = ? ORDER BY story_id DESC LIMIT ?",
                [h, _SKETCH_ROWS_PER_HASH],
            )
            shared.update(r[0] for r in rows)
        ids = [i for i, n in shared.most_common(50) if n >= dedupe.MIN_SHARED_SKETCH]
        if not ids:
            return None
        # The time window is applied before picking the best few: old look-alikes
        # (last month's cargo flight) must not crowd a real rewrite out.
        marks = ",".join("?" * len(ids))
        rows = self._all(
            f"SELECT id, title, text FROM stories WHERE id IN ({marks})"
            " AND sort_time BETWEEN ? AND ?",
            [*ids, to_rfc3339(when - window), to_rfc3339(when + window)],
        )
        candidates = sorted(rows, key=lambda r: -shared[r["id"]])[:5]
        for story in candidates:
            other = dedupe.shingles(story["title"] + "\n" + story["text"])
            if dedupe.similarity(shingle_set, other).same_event:
                return story["id"]
        return None

    def _insert_story(self, feed: Feed, item: IncomingItem, now: str, shingle_set: set[int]) -> int:
        published = item.published or now
        row = {
            "title": item.title,
            "url": item.url or "",
            "source": feed.name,
            "published": published,
            "first_seen": now,
            "updated": now,
            "sort_time": published,
            "text": item.text,
            "content_hash": dedupe.content_hash(item.title, item.text),
        }
        row.update(_analysis_columns(item.analysis, item))
        story_id = self.db["stories"].insert(row).last_pk
        self._write_quotes(story_id, item.analysis)
        self.db["story_sketch"].insert_all(
            ({"h": h, "story_id": story_id} for h in dedupe.sketch(shingle_set)),
            ignore=True,
        )
        return story_id

    def _update_story(self, story_id: int, item: IncomingItem, now: str) -> None:
        row = {
            "title": item.title,
            "text": item.text,
            "updated": now,
            "content_hash": dedupe.content_hash(item.title, item.text),
        }
        if item.url:
            row["url"] = item.url
        row.update(_analysis_columns(item.analysis, item))
        self.db["stories"].update(story_id, row)
        self._write_quotes(story_id, item.analysis)
        self.db.execute("DELETE FROM story_sketch WHERE story_id = ?", [story_id])
        self.db["story_sketch"].insert_all(
            (
                {"h": h, "story_id": story_id}
                for h in dedupe.sketch(dedupe.shingles(item.title + "\n" + item.text))
            ),
            ignore=True,
        )

    def _write_quotes(self, story_id: int, analysis: Analysis | None) -> None:
        self.db.execute("DELETE FROM quotes WHERE story_id = ?", [story_id])
        if analysis is None:
            return
        self.db["quotes"].insert_all(
            {
                "story_id": story_id,
                "position": i,
                "text": q.text,
                "speaker": q.speaker,
                "start": q.start,
                "end": q.end,
                "score": q.score,
            }
            for i, q in enumerate(analysis.quotes)
        )

    def reanalyse(self, analyse: Callable[[str, str], Analysis]) -> int:
        """Recompute decisions, summaries and quotes after the rules change."""
        ids = [r["id"] for r in self._all("SELECT id FROM stories ORDER BY id", [])]
        for story_id in ids:
            row = self._one("SELECT title, text FROM stories WHERE id = ?", [story_id])
            analysis = analyse(row["title"], row["text"])
            with self.transaction():
                self.db["stories"].update(
                    story_id, _analysis_columns(analysis, None, keep_text=True)
                )
                self._write_quotes(story_id, analysis)
        return len(ids)

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
        sources: dict[int, list[Source]] = {}
        for s in self._all(
            "SELECT ss.story_id, coalesce(f.name, 'removed feed') AS feed, ss.url"
            f" FROM story_sources ss LEFT JOIN feeds f ON f.id = ss.feed_id"
            f" WHERE ss.story_id IN ({marks}) ORDER BY ss.first_seen, ss.feed_id",
            ids,
        ):
            sources.setdefault(s["story_id"], []).append(Source(s["feed"], s["url"] or ""))
        return [
            Story(
                id=r["id"],
                title=r["title"],
                url=r["url"] or "",
                source=r["source"] or "",
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
                sources=tuple(sources.get(r["id"], ())),
            )
            for r in rows
        ]

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


def _item_hash(item: IncomingItem) -> str:
    return item.source_hash or dedupe.content_hash(item.title, item.text)


def _later(now: str, seconds: float) -> str:
    return to_rfc3339(from_rfc3339(now) + timedelta(seconds=seconds))


def _first_sentences(text: str, limit: int = 480) -> str:
    para = next((p for p in text.split("\n\n") if p.strip()), "")
    return para[:limit].rsplit(" ", 1)[0] if len(para) > limit else para


def _analysis_columns(
    analysis: Analysis | None, item: IncomingItem | None, *, keep_text: bool = False
) -> dict[str, Any]:
    if analysis is None:
        return {
            "iss_geopolitical": 0,
            "score": 0.0,
            "reasons": "[]",
            "tags": "[]",
            "summary": _first_sentences(item.text if item else ""),
            "analysis_version": 0,
        }
    return {
        "iss_geopolitical": int(analysis.iss_geopolitical),
        "score": float(analysis.score),
        "reasons": json.dumps(list(analysis.reasons)),
        "tags": json.dumps(list(analysis.tags)),
        "summary": analysis.summary,
        "analysis_version": ANALYSIS_VERSION,
    }


def _feed(row: dict) -> Feed:
    return Feed(
        id=row["id"],
        url=row["url"],
        name=row["name"] or row["url"],
        status=row["status"],
        error=row["error"],
        last_polled=row["last_polled"],
        trusted=bool(row["trusted"]),
        guild_id=row["guild_id"],
        etag=row["etag"],
        last_modified=row["last_modified"],
        body_hash=row["body_hash"],
        consecutive_failures=row["consecutive_failures"] or 0,
        next_poll=row["next_poll"],
        disabled_reason=row["disabled_reason"],
        last_success=row["last_success"],
    )


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
