"""Named, idempotent migrations for the one SQLite file.

Append new migrations at the end of a set; never edit one that has shipped, because
`_sqlite_migrations` remembers it by name and will not run it again.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from summaries import spellings

core = Migrations("spacebrief")


@core(name="0001_feeds")
def _feeds(db: Database) -> None:
    db["feeds"].create(
        {
            "id": int,
            "url": str,
            "name": str,
            "trusted": int,  # 1: operator (CLI, config); 0: added from Discord
            "guild_id": int,  # who added it from Discord, for per-guild limits
            "added": str,
            "etag": str,
            "last_modified": str,
            "body_hash": str,
            "status": str,  # new | ok | error | disabled
            "error": str,
            "consecutive_failures": int,
            "last_polled": str,
            "last_success": str,
            "next_poll": str,
            "disabled_reason": str,
        },
        pk="id",
        not_null={"url", "status"},
        defaults={"status": "new", "consecutive_failures": 0, "trusted": 1},
    )
    db["feeds"].create_index(["url"], unique=True)


@core(name="0002_stories")
def _stories(db: Database) -> None:
    db["stories"].create(
        {
            "id": int,
            "title": str,
            "url": str,
            "source": str,
            "published": str,
            "first_seen": str,
            "updated": str,
            "sort_time": str,  # published, else first_seen: what "since" and "latest" mean
            "text": str,
            "content_hash": str,
            "iss_geopolitical": int,
            "score": float,
            "reasons": str,  # JSON list
            "tags": str,  # JSON list
            "summary": str,
            "analysis_version": int,
        },
        pk="id",
        not_null={"title", "text", "first_seen"},
        defaults={"iss_geopolitical": 0, "score": 0.0, "reasons": "[]", "tags": "[]"},
    )
    db["stories"].create_index(["sort_time"])
    db["stories"].create_index(["iss_geopolitical", "sort_time"])
    db["stories"].create_index(["url"])
    # One row per (feed, item): the item key is the guid, else the canonical link,
    # else a title+date fingerprint. Several feeds carrying one event share story_id.
    db["story_sources"].create(
        {
            "feed_id": int,
            "item_key": str,
            "story_id": int,
            "guid": str,
            "url": str,
            "title": str,
            "content_hash": str,
            "first_seen": str,
        },
        pk=("feed_id", "item_key"),
        foreign_keys=[("story_id", "stories", "id")],
    )
    db["story_sources"].create_index(["story_id"])
    db["story_sources"].create_index(["url"])
    db["quotes"].create(
        {
            "id": int,
            "story_id": int,
            "position": int,
            "text": str,
            "speaker": str,
            "start": int,
            "end": int,
            "score": float,
        },
        pk="id",
        foreign_keys=[("story_id", "stories", "id")],
    )
    db["quotes"].create_index(["story_id", "position"], unique=True)
    db["quotes"].create_index(["speaker"])
    # Near-duplicate candidates: each story's bottom-k shingle hashes (see dedupe.py).
    db["story_sketch"].create({"h": int, "story_id": int}, pk=("h", "story_id"))
    db["story_sketch"].create_index(["story_id"])


@core(name="0003_stories_fts")
def _stories_fts(db: Database) -> None:
    db["stories"].enable_fts(
        ["title", "text"], fts_version="FTS5", create_triggers=True, tokenize="porter"
    )


@core(name="0301_digests")
def _digests(db: Database) -> None:
    # One daily digest per channel (bot/cogs/digest.py); times are local to `tz`.
    db["digest_subscriptions"].create(
        {
            "channel_id": int,
            "guild_id": int,
            "time": str,  # "HH:MM" in tz
            "tz": str,  # IANA name
            "min_score": float,
            "alert_threshold": float,  # null: alert mode off
            "enabled": int,
            "created_at": str,
            "last_digest_at": str,  # when the last digest ran (UTC)
            "next_attempt_at": str,  # backoff after a failed delivery
            "consecutive_failures": int,
            "last_error": str,
            "disabled_reason": str,
        },
        pk="channel_id",
        not_null={"guild_id", "time", "tz"},
        defaults={"enabled": 1, "consecutive_failures": 0, "min_score": 0.0},
    )
    db["digest_subscriptions"].create_index(["guild_id"])
    # Never the same story twice in a channel: recorded right after each message is posted.
    db["digest_deliveries"].create(
        {"channel_id": int, "story_id": int, "delivered_at": str, "kind": str},
        pk=("channel_id", "story_id"),
    )
    # A disabled feed is announced once per channel.
    db["feed_notices"].create(
        {"feed_id": int, "channel_id": int, "sent_at": str}, pk=("feed_id", "channel_id")
    )


@core(name="0302_spellings")
def _spellings(db: Database) -> None:
    # Words whose terms.fold differs from their spelling, which the FTS5 tokenizer keeps
    # ("Andøya" is indexed as "andøya"): queries are widened to them (spellings.py).
    # Stories already stored are read once here, so an existing store finds them too.
    db.execute(
        "CREATE TABLE IF NOT EXISTS spellings (folded TEXT NOT NULL, written TEXT NOT NULL,"
        " PRIMARY KEY (folded, written)) WITHOUT ROWID"
    )
    rows = db.execute("SELECT title, text FROM stories")
    spellings.record_all(db, rows)


@core(name="0303_story_has_title")
def _story_has_title(db: Database) -> None:
    # 0 when the title stands in for a missing one (the text's first words, or
    # "(untitled)": feeds/parse.py), so that another feed's headline replaces it. Stories
    # already stored are judged by that shape.
    if "has_title" not in db["stories"].columns_dict:
        db["stories"].add_column("has_title", int, not_null_default=1)
    rows = db.execute("SELECT id, title, text FROM stories").fetchall()
    stand_ins = [(i,) for i, title, text in rows if _stand_in_title(title, text)]
    db.conn.executemany("UPDATE stories SET has_title = 0 WHERE id = ?", stand_ins)


def _stand_in_title(title: str, text: str) -> bool:
    words = " ".join((text or "").split())
    if title == "(untitled)":
        return True
    if title.endswith("…"):
        return words.startswith(title[:-1]) and len(title) > 1
    return title == words


@core(name="0304_story_source_follows_link")
def _story_source_follows_link(db: Database) -> None:
    # A story that took a later feed's link used to keep naming the first feed as its
    # source ("NoLink · http://wire…"): name the feed whose copy carries the link, where
    # the named one does not. Stories with no link are left to the read (store.py).
    rows = db.execute(
        "SELECT s.id, (SELECT f.name FROM story_sources ss JOIN feeds f ON f.id = ss.feed_id"
        "  WHERE ss.story_id = s.id AND ss.url = s.url ORDER BY ss.first_seen, ss.feed_id"
        "  LIMIT 1) FROM stories s WHERE coalesce(s.url, '') != '' AND NOT EXISTS ("
        "  SELECT 1 FROM story_sources ss JOIN feeds f ON f.id = ss.feed_id"
        "  WHERE ss.story_id = s.id AND ss.url = s.url AND f.name = s.source)"
    ).fetchall()
    db.conn.executemany(
        "UPDATE stories SET source = ? WHERE id = ?", [(name, i) for i, name in rows if name]
    )


@core(name="0305_article_retries")
def _article_retries(db: Database) -> None:
    # A teaser item whose article page could not be fetched (404 before it is published,
    # a hang, a cap): tried again on later polls with a backoff, until the page arrives or
    # the attempts run out (summaries/_store_articles.py). next_attempt is null once given
    # up; the row stays, with the last error, so it is not tried again at every poll.
    db.execute(
        "CREATE TABLE IF NOT EXISTS article_retries ("
        " feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,"
        " item_key TEXT NOT NULL, url TEXT NOT NULL, attempts INTEGER NOT NULL,"
        " first_failed TEXT NOT NULL, last_attempt TEXT NOT NULL, next_attempt TEXT,"
        " error TEXT, PRIMARY KEY (feed_id, item_key))"
    )
    db.execute(
        "CREATE INDEX IF NOT EXISTS article_retries_due ON article_retries (feed_id, next_attempt)"
    )


@core(name="0306_sources_of_removed_feeds")
def _sources_of_removed_feeds(db: Database) -> None:
    # A removed feed's rows keep its name and URL (shown as its source; taken back when
    # the URL is subscribed again) under an id no feed can have: a negative one, since
    # SQLite hands the highest removed id to the next feed (Store.remove_feed). Rows of
    # feeds removed before this are moved the same way; their name is lost.
    table = db["story_sources"]
    for column in ("feed_name", "feed_url"):
        if column not in table.columns_dict:
            table.add_column(column, str)
    gone = db.execute(
        "SELECT DISTINCT feed_id FROM story_sources WHERE feed_id > 0"
        " AND feed_id NOT IN (SELECT id FROM feeds) ORDER BY feed_id"
    ).fetchall()
    for (feed_id,) in gone:
        db.execute(
            "UPDATE story_sources SET feed_id = ? WHERE feed_id = ?",
            [removed_feed_id(db), feed_id],
        )


@core(name="0307_digest_scheduled_at")
def _digest_scheduled_at(db: Database) -> None:
    # When a channel's digest time was last set: the next digest is the first slot after
    # both the last digest and that moment (summaries/digests.py, Subscription.next_due).
    table = db["digest_subscriptions"]
    if "scheduled_at" not in table.columns_dict:
        table.add_column("scheduled_at", str)


def removed_feed_id(db: Database) -> int:
    """A negative id no story_sources row has: a removed feed's rows move to it."""
    lowest = db.execute("SELECT min(feed_id) FROM story_sources").fetchone()[0]
    return min(lowest or 0, 0) - 1


MIGRATION_SETS: list[Migrations] = [core]


def pending_migrations(db: Database) -> list[str]:
    """Names of the schema changes this store lacks (a read; writes nothing)."""
    return [m.name for migrations in MIGRATION_SETS for m in migrations.pending(db)]


def migrate(db: Database) -> None:
    for migrations in MIGRATION_SETS:
        migrations.apply(db)
