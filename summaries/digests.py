"""Scheduled channel digests: who gets one, when it is due, what goes in it, what went out.

No Discord here. The bot's scheduler asks :func:`due_subscriptions`, posts the stories of
:func:`digest_stories` message by message, calls :func:`record_delivery` right after each
message is posted, and :func:`finish_digest` after the last one.

Delivery semantics (a restart neither repeats nor skips):

- a story is recorded as delivered to a channel only after the message carrying it was
  posted, and a recorded story is never selected again for that channel;
- ``last_digest_at`` moves only once the whole digest is out, so a digest cut short by a
  crash is still due after the restart and sends what is left;
- the one window: killed after Discord accepted a message and before its row was written,
  that message's stories (at most 10) are posted once more. Never a skip.

Every function takes a :class:`~summaries.store.Store` first, so async code runs it on the
store's thread with ``await astore.call(fn, ...)``. ``now`` is always injectable.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from summaries._store_feeds import feed_from_row
from summaries.models import Feed, Story
from summaries.store import Store
from summaries.timespec import parse_clock, parse_timezone
from summaries.timeutil import from_rfc3339, to_rfc3339, utcnow

BACKFILL = timedelta(hours=24)  # what a first digest may reach back to
MAX_STORIES = 50  # per digest; a day with more is a day to read the best 50
MAX_FAILURES = 3  # failed deliveries in a row before a channel's digest is disabled
RETRY_BASE = timedelta(minutes=5)
DEFAULT_ALERT_THRESHOLD = 0.85


class DigestError(Exception):
    """A digest request that cannot be done; the message is one line, fit to show."""


class SubscriptionNotFound(DigestError):
    pass


@dataclass(frozen=True)
class Subscription:
    channel_id: int
    guild_id: int
    time: str  # "HH:MM", local to tz
    tz: str
    min_score: float
    alert_threshold: float | None
    enabled: bool
    created_at: str
    last_digest_at: str | None
    next_attempt_at: str | None
    consecutive_failures: int
    last_error: str | None
    disabled_reason: str | None
    scheduled_at: str | None = None  # when the time was last set or changed

    @property
    def status(self) -> str:
        if not self.enabled:
            return "disabled"
        return "failing" if self.consecutive_failures else "ok"

    def next_due(self) -> datetime:
        """The first daily slot after the previous digest (or after subscribing), and
        after the time was last set: moving today's 06:56 digest to 07:00 at 07:34 posts
        tomorrow at 07:00, not at once with a "next" time in the past."""
        after = max(
            from_rfc3339(self.last_digest_at or self.created_at),
            from_rfc3339(self.scheduled_at or self.created_at),
        )
        return slot_after(after, parse_clock(self.time), ZoneInfo(self.tz))


def slot_after(after: datetime, clock: time, tz: ZoneInfo) -> datetime:
    """The first moment strictly after `after` when local time in `tz` reads `clock`, in UTC.

    Walks local dates, so DST changes keep the wall-clock time. A time skipped by a spring
    transition fires at the same offset as before it (02:30 becomes 03:30); a time repeated
    in autumn fires once, at its first occurrence.
    """
    day: date = after.astimezone(tz).date() - timedelta(days=1)
    for _ in range(4):
        candidate = datetime.combine(day, clock, tzinfo=tz).astimezone(after.tzinfo)
        if candidate > after:
            return candidate
        day += timedelta(days=1)
    raise AssertionError("unreachable: a daily slot always exists within two days")


# -- subscriptions -----------------------------------------------------------


def subscribe(
    store: Store,
    *,
    guild_id: int,
    channel_id: int,
    time: str,
    tz: str,
    min_score: float | None = None,
    alert: bool | None = None,
    now: datetime | None = None,
) -> Subscription:
    """Create or change a channel's digest; TimeSpecError on a bad time or zone.

    ``alert`` posts a story scoring DEFAULT_ALERT_THRESHOLD or more at once. Changing an
    existing digest keeps its history (no second backfill), re-enables it, and keeps the
    options given as ``None``: a moderator moving the time must not find the channel's
    min score and alerts silently reset.
    """
    clock = parse_clock(time)
    zone = parse_timezone(tz)
    if min_score is not None and not 0.0 <= min_score <= 1.0:
        raise DigestError("min_score must be between 0 and 1")
    stamp = to_rfc3339(now or utcnow())
    row: dict[str, object] = {
        "channel_id": channel_id,
        "guild_id": guild_id,
        "time": clock.strftime("%H:%M"),
        "tz": zone.key,
        "enabled": 1,
        "next_attempt_at": None,
        "consecutive_failures": 0,
        "last_error": None,
        "disabled_reason": None,
        "scheduled_at": stamp,
    }
    if min_score is not None:
        row["min_score"] = float(min_score)
    if alert is not None:
        row["alert_threshold"] = DEFAULT_ALERT_THRESHOLD if alert else None
    with store.transaction():
        if store._one("SELECT 1 FROM digest_subscriptions WHERE channel_id = ?", [channel_id]):
            store.db["digest_subscriptions"].update(channel_id, row)
        else:
            row.setdefault("min_score", 0.0)
            row.setdefault("alert_threshold", None)
            row["created_at"] = stamp
            store.db["digest_subscriptions"].insert(row)
    return get_subscription(store, channel_id)


def unsubscribe(store: Store, channel_id: int) -> Subscription:
    """Stop a channel's digest. Its delivery records stay, so re-subscribing never repeats."""
    sub = get_subscription(store, channel_id)
    with store.transaction():
        store.db.execute("DELETE FROM digest_subscriptions WHERE channel_id = ?", [channel_id])
    return sub


def get_subscription(store: Store, channel_id: int) -> Subscription:
    row = store._one("SELECT * FROM digest_subscriptions WHERE channel_id = ?", [channel_id])
    if row is None:
        raise SubscriptionNotFound("no digest is set up for that channel")
    return _subscription(row)


def list_subscriptions(store: Store, *, guild_id: int | None = None) -> list[Subscription]:
    sql, params = "SELECT * FROM digest_subscriptions", []
    if guild_id is not None:
        sql, params = sql + " WHERE guild_id = ?", [guild_id]
    return [_subscription(r) for r in store._all(sql + " ORDER BY channel_id", params)]


def due_subscriptions(store: Store, now: datetime) -> list[Subscription]:
    """Enabled digests whose slot has passed and that are not waiting out a failure.

    After downtime a digest whose slots were missed is due once, not once per missed day:
    :func:`finish_digest` moves ``last_digest_at`` to now, and the next slot is after that.
    """
    stamp = to_rfc3339(now)
    return [
        sub
        for sub in list_subscriptions(store)
        if sub.enabled
        and sub.next_due() <= now
        and (sub.next_attempt_at is None or sub.next_attempt_at <= stamp)
    ]


# -- what goes out -------------------------------------------------------------


def unscheduled(guild_id: int, channel_id: int, now: datetime) -> Subscription:
    """A channel with no digest yet, as a first digest set up `now` would see it (every
    score, reaching back :data:`BACKFILL`): what /digest preview shows before /digest set."""
    return Subscription(
        channel_id=channel_id,
        guild_id=guild_id,
        time="00:00",
        tz="UTC",
        min_score=0.0,
        alert_threshold=None,
        enabled=True,
        created_at=to_rfc3339(now),
        last_digest_at=None,
        next_attempt_at=None,
        consecutive_failures=0,
        last_error=None,
        disabled_reason=None,
    )


def digest_stories(
    store: Store, sub: Subscription, now: datetime, *, limit: int = MAX_STORIES
) -> list[Story]:
    """ISS-geopolitical stories since the channel's previous digest, not yet delivered there.

    A story counts when published since then, or first seen or updated since then and
    published at most :data:`BACKFILL` before it (a feed that carries an item late, or a
    teaser whose article page came on a later poll and made it ISS-geopolitical, does
    not make us skip it, and a newly added feed's backlog does not flood the channel). A
    first digest reaches back at most :data:`BACKFILL`, by publication time.
    """
    if sub.last_digest_at:
        since = from_rfc3339(sub.last_digest_at)
        late_floor = since - BACKFILL
    else:
        since = late_floor = from_rfc3339(sub.created_at) - BACKFILL
    return _undelivered(store, sub.channel_id, since, late_floor, sub.min_score, limit)


def interrupted(store: Store, sub: Subscription) -> bool:
    """Whether part of this channel's next digest already went out: a restart or a failed
    page cut the last one short, so what follows is its rest, not a new digest."""
    after = sub.last_digest_at or sub.created_at
    return bool(
        store._all(
            "SELECT 1 FROM digest_deliveries WHERE channel_id = ? AND kind = 'digest'"
            " AND delivered_at > ? LIMIT 1",
            [sub.channel_id, after],
        )
    )


def alert_stories(store: Store, sub: Subscription, now: datetime) -> list[Story]:
    """Stories at or above the channel's alert threshold, to post at once."""
    if sub.alert_threshold is None or not sub.enabled:
        return []
    since = max(from_rfc3339(sub.created_at), now - BACKFILL)
    return _undelivered(store, sub.channel_id, since, now - BACKFILL, sub.alert_threshold, 10)


def top_stories(store: Store, since: str, *, limit: int) -> list[Story]:
    """What /brief shows (Discord and console alike): the ``limit`` best ISS-geopolitical
    stories since ``since`` (RFC 3339), best first, as a digest lists them. Never the
    newest ``limit``: a quiet period's best story is often its oldest."""
    return store.stories(iss_only=True, since=since, order="score", limit=limit)


def newest_story(store: Store, now: datetime) -> tuple[Story, int, str] | None:
    """The newest ISS-geopolitical story, the shortest /brief window in whole hours that
    holds it, and its age in words ("2 hours", "29 days"); None when there is none. An
    empty brief can then say where the news is, instead of suggesting windows that are
    empty too."""
    newest = store.stories(iss_only=True, limit=1)
    if not newest:
        return None
    age = now - from_rfc3339(newest[0].published or newest[0].first_seen)
    seconds = max(0, int(age.total_seconds()))
    hours = seconds // 3600
    window = max(1, -(-seconds // 3600))
    if hours >= 48:
        # in whole days, rounded up: "/brief 696" still holds the story an hour later,
        # where "/brief 690" typed after a coffee came back empty
        window = -(-window // 24) * 24
        return newest[0], window, f"{round(seconds / 86400)} days"
    return newest[0], window, f"{hours} hour{'s' * (hours != 1)}"


def stories_since(store: Store, since: str, *, min_score: float = 0.0) -> list[Story]:
    """What a digest since `since` (RFC 3339) would hold, ignoring deliveries (CLI)."""
    return store.stories(
        iss_only=True, since=since, min_score=min_score, order="score", limit=MAX_STORIES
    )


def _undelivered(
    store: Store,
    channel_id: int,
    since: datetime,
    late_floor: datetime,
    min_score: float,
    limit: int,
) -> list[Story]:
    since_s = to_rfc3339(since)
    rows = store._all(
        "SELECT id FROM stories s WHERE iss_geopolitical = 1 AND score >= ?"
        " AND sort_time >= ? AND (sort_time >= ? OR first_seen >= ? OR updated >= ?)"
        " AND NOT EXISTS (SELECT 1 FROM digest_deliveries d"
        "   WHERE d.channel_id = ? AND d.story_id = s.id)"
        " ORDER BY score DESC, sort_time DESC, id DESC LIMIT ?",
        [min_score, to_rfc3339(late_floor), since_s, since_s, since_s, channel_id, int(limit)],
    )
    return store.stories_by_ids([r["id"] for r in rows])


# -- what happened ------------------------------------------------------------


def record_delivery(
    store: Store,
    channel_id: int,
    story_ids: list[int],
    now: datetime,
    *,
    kind: str = "digest",
) -> None:
    """Call right after the message carrying these stories was posted."""
    stamp = to_rfc3339(now)
    with store.transaction():
        store.db["digest_deliveries"].insert_all(
            (
                {"channel_id": channel_id, "story_id": sid, "delivered_at": stamp, "kind": kind}
                for sid in story_ids
            ),
            ignore=True,
        )


def finish_digest(store: Store, channel_id: int, now: datetime) -> Subscription:
    """The digest is out (or there was nothing to send): the next one is the next slot."""
    with store.transaction():
        store.db["digest_subscriptions"].update(
            channel_id,
            {
                "last_digest_at": to_rfc3339(now),
                "next_attempt_at": None,
                "consecutive_failures": 0,
                "last_error": None,
            },
        )
    return get_subscription(store, channel_id)


def record_failure(store: Store, channel_id: int, error: str, now: datetime) -> Subscription:
    """A post failed (channel gone, no permission...): retry later; disable after a few."""
    sub = get_subscription(store, channel_id)
    failures = sub.consecutive_failures + 1
    error = " ".join(error.split())[:300]
    update: dict = {
        "consecutive_failures": failures,
        "last_error": error,
        "next_attempt_at": to_rfc3339(now + RETRY_BASE * 2 ** (failures - 1)),
    }
    if failures >= MAX_FAILURES:
        update["enabled"] = 0
        update["disabled_reason"] = f"{failures} failed deliveries in a row; last: {error}"
    with store.transaction():
        store.db["digest_subscriptions"].update(channel_id, update)
    return get_subscription(store, channel_id)


# -- disabled feeds -------------------------------------------------------------


def pending_feed_notices(store: Store) -> list[tuple[Feed, int]]:
    """(disabled feed, channel) pairs not yet told. A feed a guild added tells that guild's
    digest channels (its moderators can replace it). An operator's feed tells only the
    channels it fed (a story it carried was delivered there): moderators cannot fix it,
    and a channel it never fed loses nothing, so telling it is noise.

    Notices of feeds that are no longer disabled are forgotten, so a feed that fails
    again later is announced again.
    """
    with store.transaction():
        store.db.execute(
            "DELETE FROM feed_notices WHERE feed_id NOT IN"
            " (SELECT id FROM feeds WHERE status = 'disabled')"
        )
    rows = store._all(
        "SELECT f.*, s.channel_id AS notice_channel FROM feeds f"
        " JOIN digest_subscriptions s ON s.enabled = 1"
        "  AND (f.guild_id = s.guild_id OR (f.guild_id IS NULL AND EXISTS ("
        "   SELECT 1 FROM digest_deliveries d JOIN story_sources ss ON ss.story_id = d.story_id"
        "   WHERE d.channel_id = s.channel_id AND ss.feed_id = f.id)))"
        " WHERE f.status = 'disabled' AND NOT EXISTS (SELECT 1 FROM feed_notices n"
        "   WHERE n.feed_id = f.id AND n.channel_id = s.channel_id)"
        " ORDER BY f.id, s.channel_id",
        [],
    )
    return [(feed_from_row(r), r["notice_channel"]) for r in rows]


def record_feed_notice(store: Store, feed_id: int, channel_id: int, now: datetime) -> None:
    with store.transaction():
        store.db["feed_notices"].insert(
            {"feed_id": feed_id, "channel_id": channel_id, "sent_at": to_rfc3339(now)},
            ignore=True,
        )


def _subscription(row: dict) -> Subscription:
    return Subscription(
        channel_id=row["channel_id"],
        guild_id=row["guild_id"],
        time=row["time"],
        tz=row["tz"],
        min_score=float(row["min_score"] or 0.0),
        alert_threshold=row["alert_threshold"],
        enabled=bool(row["enabled"]),
        created_at=row["created_at"],
        last_digest_at=row["last_digest_at"],
        next_attempt_at=row["next_attempt_at"],
        consecutive_failures=row["consecutive_failures"] or 0,
        last_error=row["last_error"],
        disabled_reason=row["disabled_reason"],
        scheduled_at=row.get("scheduled_at"),
    )
