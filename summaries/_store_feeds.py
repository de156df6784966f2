"""Feed subscriptions and their polling state: validators, failures, backoff."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

from summaries.controls import has_controls, strip_controls
from summaries.errors import (
    AmbiguousFeed,
    FeedExists,
    FeedNameTaken,
    FeedNotFound,
    InvalidFeedName,
)
from summaries.models import Feed
from summaries.schema import removed_feed_id
from summaries.timeutil import from_rfc3339, now_rfc3339, to_rfc3339

MAX_NAME_CHARS = 100  # what a table column and a Discord embed line can show


class FeedsMixin:
    """Part of :class:`summaries.store.Store`; needs ``db``, ``transaction``, ``_one``, ``_all``."""

    def add_feed(
        self,
        url: str,
        name: str | None = None,
        *,
        trusted: bool = True,
        guild_id: int | None = None,
    ) -> Feed:
        name = check_name(name)
        with self.transaction():
            if self.db.execute("SELECT 1 FROM feeds WHERE url = ?", [url]).fetchone():
                raise FeedExists(f"already subscribed: {url}")
            if name is not None:
                self._refuse_taken_name(name, guild_id)
            row = {
                "url": url,
                "name": name or url,
                "trusted": int(trusted),
                "guild_id": guild_id,
                "added": now_rfc3339(),
                "status": "new",
                "consecutive_failures": 0,
            }
            feed_id = self.db["feeds"].insert(row).last_pk
            # Subscribed again: the items it carried before are its own again, so a poll
            # finds them unchanged instead of listing the feed twice among the sources.
            old_names = [
                r[0]
                for r in self.db.execute(
                    "SELECT DISTINCT feed_name FROM story_sources WHERE feed_id < 0"
                    " AND feed_url = ?",
                    [url],
                )
            ]
            self.db.execute(
                "UPDATE OR IGNORE story_sources SET feed_id = ?, feed_name = NULL,"
                " feed_url = NULL WHERE feed_id < 0 AND feed_url = ?",
                [feed_id, url],
            )
            for old in old_names:  # under a new name: its stories cite it by that one
                self._rename_cited(feed_id, old, row["name"])
        return self.get_feed(url)

    def rename_feed(self, url_or_id: str | int, name: str) -> tuple[Feed, Feed]:
        """(before, after). Stories whose link is this feed's name it by the new name too,
        so a story's `source` and its `sources` never disagree."""
        feed = self.get_feed(url_or_id)
        new = check_name(name)
        if new is None:
            raise InvalidFeedName("a new name is needed (it cannot be blank)")
        with self.transaction():
            taken = self._named(new, " WHERE guild_id IS ? AND id != ?", [feed.guild_id, feed.id])
            if taken:
                row = taken[0]
                raise FeedNameTaken(f"a feed is already named {row['name']!r} (id {row['id']})")
            self.db.execute("UPDATE feeds SET name = ? WHERE id = ?", [new, feed.id])
            self._rename_cited(feed.id, feed.name, new)
        return feed, self.get_feed(feed.id)

    def _rename_cited(self, feed_id: int, old: str | None, new: str) -> None:
        self.db.execute(
            "UPDATE stories SET source = ? WHERE source = ? AND id IN"
            " (SELECT story_id FROM story_sources WHERE feed_id = ?)",
            [new, old, feed_id],
        )

    def _refuse_taken_name(self, name: str, guild_id: int | None) -> None:
        """Names are unique per owner (the operator, or one Discord server), ignoring case:
        `feeds remove NAME` must mean one feed."""
        taken = self._named(name, " WHERE guild_id IS ?", [guild_id])
        if taken:
            row = taken[0]
            raise FeedNameTaken(f"a feed is already named {row['name']!r} (id {row['id']})")

    def _named(self, name: str, where: str = "", params: list | None = None) -> list[dict]:
        """The feeds (of ``where``) whose name is ``name``, case ignored, by id."""
        rows = self._all(f"SELECT * FROM feeds{where} ORDER BY id", params or [])
        return [r for r in rows if (r["name"] or "").casefold() == name.casefold()]

    def get_feed(self, url_or_id: str | int) -> Feed:
        """By id, URL or name (ignoring case), in that order; a name two feeds share is
        AmbiguousFeed, never the first one. New names are never all digits
        (``check_name``); one stored before that is found when no feed has that id, and
        is AmbiguousFeed when another feed has."""
        if isinstance(url_or_id, int):
            row = self._one("SELECT * FROM feeds WHERE id = ?", [url_or_id])
        else:
            key = str(url_or_id)
            row = None
            if key.isascii() and key.isdigit() and len(key) <= 18:  # SQLite ints are 64-bit
                row = self._one("SELECT * FROM feeds WHERE id = ?", [int(key)])
                other = row and next((r for r in self._named(key) if r["id"] != row["id"]), None)
                if other:
                    raise AmbiguousFeed(
                        f"ambiguous feed {key!r}: the id of {row['name'][:100]!r}"
                        f" and the name of feed {other['id']}; give its URL"
                    )
            if row is None:
                row = self._one("SELECT * FROM feeds WHERE url = ?", [key])
            if row is None:
                row = self._by_name(key)
        if row is None:
            shown = strip_controls(str(url_or_id)[:200], keep_lines=False)
            raise FeedNotFound(f"no such feed: {shown}")
        return feed_from_row(row)

    def _by_name(self, name: str) -> dict | None:
        rows = self._named(name)
        if len(rows) > 1:  # a store from before names were unique: never guess
            ids = ", ".join(str(r["id"]) for r in rows)
            raise AmbiguousFeed(f"ambiguous name {name[:100]!r}: feeds {ids} carry it; give the id")
        return rows[0] if rows else None

    def list_feeds(self, *, guild_id: int | None = None) -> list[Feed]:
        sql, params = "SELECT * FROM feeds", []
        if guild_id is not None:
            sql, params = sql + " WHERE guild_id = ?", [guild_id]
        return [feed_from_row(r) for r in self._all(sql + " ORDER BY id", params)]

    def remove_feed(self, url_or_id: str | int) -> Feed:
        """Unsubscribe; stories it brought stay, since other feeds may carry them, and
        keep it among their sources by name. Its rows move to a negative id: SQLite may
        give its id to the next feed added, which must not inherit its items."""
        feed = self.get_feed(url_or_id)
        with self.transaction():
            self.db.execute(
                "UPDATE story_sources SET feed_id = ?, feed_name = ?, feed_url = ?"
                " WHERE feed_id = ?",
                [removed_feed_id(self.db), feed.name, feed.url, feed.id],
            )
            self.db.execute("DELETE FROM feeds WHERE id = ?", [feed.id])
        return feed

    def due_feeds(self, now: str | None = None) -> list[Feed]:
        now = now or now_rfc3339()
        rows = self._all(
            "SELECT * FROM feeds WHERE status != 'disabled'"
            " AND (next_poll IS NULL OR next_poll <= ?) ORDER BY id",
            [now],
        )
        return [feed_from_row(r) for r in rows]

    def backing_off(self, now: str | None = None) -> list[Feed]:
        """The feeds a pass skips: not disabled, inside their backoff window (what
        ``due_feeds`` leaves out)."""
        rows = self._all(
            "SELECT * FROM feeds WHERE status != 'disabled' AND next_poll > ? ORDER BY id",
            [now or now_rfc3339()],
        )
        return [feed_from_row(r) for r in rows]

    def quiet_feeds(self, before: str) -> list[tuple[Feed, str]]:
        """Feeds polling fine whose newest item was first seen before ``before``, with
        that time: a feed answering "not modified" for weeks may be dead, and nothing
        else would say so."""
        rows = self._all(
            "SELECT f.*, max(ss.first_seen) AS newest FROM feeds f"
            " JOIN story_sources ss ON ss.feed_id = f.id"
            " WHERE f.status = 'ok' GROUP BY f.id HAVING newest < ? ORDER BY f.id",
            [before],
        )
        return [(feed_from_row(r), r["newest"]) for r in rows]

    def enable_feed(self, url_or_id: str | int) -> Feed:
        """Poll it at the next pass: no backoff, not disabled. Its status stays what its
        last poll made it ("new" only for a feed never polled; a disabled one's last
        poll failed: "error", with that error shown until the next poll)."""
        feed = self.get_feed(url_or_id)
        status = feed.status
        if status == "disabled":
            status = "error" if feed.last_polled else "new"
        with self.transaction():
            self.db["feeds"].update(
                feed.id,
                {
                    "status": status,
                    "disabled_reason": None,
                    "consecutive_failures": 0,
                    "next_poll": None,
                },
            )
        return self.get_feed(feed.id)

    def move_feed(self, feed_id: int, url: str) -> Feed | None:
        """The feed answered from ``url`` through permanent redirects: subscribe it there
        (an unnamed feed's name follows its address). None, changing nothing, when another
        subscription already has that address."""
        with self.transaction():
            if self.db.execute("SELECT 1 FROM feeds WHERE url = ?", [url]).fetchone():
                return None
            row = self.db["feeds"].get(feed_id)
            update = {"url": url}
            if row["name"] == row["url"]:
                update["name"] = url
            self.db["feeds"].update(feed_id, update)
        return self.get_feed(feed_id)

    def record_not_modified(self, feed_id: int) -> None:
        with self.transaction():
            self._mark_ok(feed_id, now_rfc3339())

    def _mark_ok(self, feed_id: int, now: str, **validators: str | None) -> None:
        """A successful poll clears the error and the backoff (inside the caller's transaction)."""
        self.db["feeds"].update(
            feed_id,
            {
                "status": "ok",
                "error": None,
                "consecutive_failures": 0,
                "last_polled": now,
                "last_success": now,
                "next_poll": None,
                **validators,
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
            update["next_poll"] = None  # never polled again until `feeds enable`
            update["status"] = "disabled"
            update["disabled_reason"] = (
                error if disable else f"{failures} failures in a row; last: {error}"
            )
        with self.transaction():
            self.db["feeds"].update(feed_id, update)
        return self.get_feed(feed_id)


_URL_LIKE = re.compile(r"[a-z][a-z0-9+.-]*://", re.I)


def check_name(name: str | None) -> str | None:
    """A display name fit to store, None for none; InvalidFeedName with the reason."""
    if name is None or not name.strip():
        return None
    name = name.strip()
    if name.isdigit():  # FEED arguments read a number as an id first
        raise InvalidFeedName(
            f"a feed name cannot be all digits ({name[:30]!r}): a number names a feed by its id"
        )
    if _URL_LIKE.match(name):  # FEED arguments read a URL as a feed's address first
        raise InvalidFeedName(
            f"a feed name cannot be a URL ({name[:60]!r}): leave the name out to show the "
            "feed by its own URL"
        )
    if has_controls(name):
        raise InvalidFeedName(f"a feed name cannot hold control or bidi characters: {name[:60]!r}")
    if len(name) > MAX_NAME_CHARS:
        raise InvalidFeedName(
            f"a feed name is at most {MAX_NAME_CHARS} characters (this one has {len(name)})"
        )
    return name


def _later(now: str, seconds: float) -> str:
    return to_rfc3339(from_rfc3339(now) + timedelta(seconds=seconds))


def feed_from_row(row: dict) -> Feed:
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
        # a feed disabled before the line above still has one stored: it is never polled
        next_poll=None if row["status"] == "disabled" else row["next_poll"],
        disabled_reason=row["disabled_reason"],
        last_success=row["last_success"],
    )
