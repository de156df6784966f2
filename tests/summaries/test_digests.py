"""Digest domain rules: when a digest is due, what goes in it, what failure does."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from summaries import digests
from summaries.store import Store
from summaries.timespec import TimeSpecError
from summaries.timeutil import to_rfc3339
from tests.bot.helpers import item, real_now

PARIS = ZoneInfo("Europe/Paris")


def utc(*args) -> datetime:
    return datetime(*args, tzinfo=UTC)


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "d.db")
    yield s
    s.close()


def test_slot_keeps_the_local_wall_clock_across_daylight_saving_changes():
    # 08:30 in Paris is 06:30 UTC in summer and 07:30 UTC in winter.
    assert digests.slot_after(utc(2024, 7, 1, 0, 0), time(8, 30), PARIS) == utc(2024, 7, 1, 6, 30)
    assert digests.slot_after(utc(2024, 1, 1, 0, 0), time(8, 30), PARIS) == utc(2024, 1, 1, 7, 30)
    # The night of the spring change: the next day's slot moves an hour earlier in UTC.
    assert digests.slot_after(utc(2024, 3, 30, 8, 0), time(8, 30), PARIS) == utc(2024, 3, 31, 6, 30)


def test_slot_in_a_skipped_hour_fires_once_and_a_repeated_hour_fires_once():
    spring = digests.slot_after(utc(2024, 3, 30, 12, 0), time(2, 30), PARIS)
    assert spring == utc(2024, 3, 31, 1, 30)  # 03:30 local: the clock jumped past 02:30
    autumn = digests.slot_after(utc(2024, 10, 26, 12, 0), time(2, 30), PARIS)
    assert autumn == utc(2024, 10, 27, 0, 30)  # the first 02:30
    assert digests.slot_after(autumn, time(2, 30), PARIS) == utc(2024, 10, 28, 1, 30)


def test_slot_is_strictly_after_the_previous_digest():
    at = utc(2024, 7, 1, 6, 30)
    assert digests.slot_after(at, time(8, 30), PARIS) == at + timedelta(days=1)


def test_subscribe_validates_time_and_zone_with_one_line_errors(store):
    with pytest.raises(TimeSpecError, match="unknown time zone"):
        digests.subscribe(store, guild_id=1, channel_id=2, time="08:00", tz="Mars/Olympus")
    with pytest.raises(TimeSpecError, match="not a time of day"):
        digests.subscribe(store, guild_id=1, channel_id=2, time="8h61", tz="UTC")
    sub = digests.subscribe(store, guild_id=1, channel_id=2, time="9:05pm", tz="Asia/Tokyo")
    assert (sub.time, sub.tz, sub.status) == ("21:05", "Asia/Tokyo", "ok")


def test_missed_days_make_one_due_digest_and_the_next_slot_follows_it(store):
    created = utc(2024, 7, 1, 0, 0)
    digests.subscribe(store, guild_id=1, channel_id=2, time="08:30", tz="Europe/Paris", now=created)
    later = utc(2024, 7, 5, 12, 0)
    [due] = digests.due_subscriptions(store, later)
    after = digests.finish_digest(store, due.channel_id, later)
    assert digests.due_subscriptions(store, later + timedelta(hours=1)) == []
    assert after.next_due() == utc(2024, 7, 6, 6, 30)


def test_first_digest_backfills_a_day_and_never_repeats_a_delivered_story(store):
    now = real_now()
    feed = store.add_feed("https://f.example/x", "F")
    store.ingest(
        feed.id,
        [
            item(1, published=now - timedelta(hours=2), score=0.5),
            item(2, published=now - timedelta(hours=3), score=0.9),
            item(3, published=now - timedelta(hours=30), score=0.99),  # before the backfill
            item(4, published=now - timedelta(hours=1), iss=False),
        ],
    )
    sub = digests.subscribe(store, guild_id=1, channel_id=2, time="08:00", tz="UTC", now=now)
    picked = digests.digest_stories(store, sub, now)
    assert [s.title[:7] for s in picked] == ["Story 2", "Story 1"]  # best first
    digests.record_delivery(store, 2, [picked[0].id], now)
    assert [s.title[:7] for s in digests.digest_stories(store, sub, now)] == ["Story 1"]
    other = digests.subscribe(store, guild_id=1, channel_id=3, time="08:00", tz="UTC", now=now)
    assert len(digests.digest_stories(store, other, now)) == 2  # per channel


def test_min_score_filters_the_digest(store):
    now = real_now()
    feed = store.add_feed("https://f.example/x", "F")
    store.ingest(feed.id, [item(1, published=now, score=0.5), item(2, published=now, score=0.9)])
    sub = digests.subscribe(
        store, guild_id=1, channel_id=2, time="08:00", tz="UTC", min_score=0.7, now=now
    )
    assert [s.title[:7] for s in digests.digest_stories(store, sub, now)] == ["Story 2"]


def test_repeated_failures_back_off_then_disable_and_a_new_set_re_enables(store):
    now = utc(2024, 7, 1)
    digests.subscribe(store, guild_id=1, channel_id=2, time="08:00", tz="UTC", now=now)
    first = digests.record_failure(store, 2, "channel not found", now)
    assert first.status == "failing" and first.next_attempt_at == "2024-07-01T00:05:00Z"
    digests.record_failure(store, 2, "channel not found", now)
    last = digests.record_failure(store, 2, "channel not found", now)
    assert last.status == "disabled" and "3 failed deliveries" in last.disabled_reason
    assert digests.due_subscriptions(store, now + timedelta(days=2)) == []
    again = digests.subscribe(store, guild_id=1, channel_id=2, time="08:00", tz="UTC")
    assert again.status == "ok" and again.created_at == "2024-07-01T00:00:00Z"


def test_disabled_feed_notice_goes_to_its_guild_once_and_again_after_a_recovery(store):
    now = utc(2024, 7, 1)
    digests.subscribe(store, guild_id=1, channel_id=10, time="08:00", tz="UTC", now=now)
    digests.subscribe(store, guild_id=2, channel_id=20, time="08:00", tz="UTC", now=now)
    feed = store.add_feed("https://g.example/x", "G", trusted=False, guild_id=1)
    store.record_failure(feed.id, "HTTP 410", disable=True)
    assert [(f.name, c) for f, c in digests.pending_feed_notices(store)] == [("G", 10)]
    digests.record_feed_notice(store, feed.id, 10, now)
    assert digests.pending_feed_notices(store) == []
    store.enable_feed(feed.id)
    assert digests.pending_feed_notices(store) == []
    store.record_failure(feed.id, "HTTP 410", disable=True)
    assert len(digests.pending_feed_notices(store)) == 1


def test_a_story_seen_late_still_goes_out_but_an_old_backlog_does_not(store):
    now = real_now()
    feed = store.add_feed("https://f.example/x", "F")
    sub = digests.subscribe(store, guild_id=1, channel_id=2, time="08:00", tz="UTC", now=now)
    sub = digests.finish_digest(store, 2, now - timedelta(hours=1))
    store.ingest(
        feed.id,
        [
            item(1, published=now - timedelta(hours=3)),  # published before, seen after
            item(2, published=now - timedelta(days=5)),  # a new feed's backlog
        ],
    )
    assert [s.title[:7] for s in digests.digest_stories(store, sub, now)] == ["Story 1"]


def test_a_story_that_becomes_iss_geopolitical_after_the_digest_goes_in_the_next(store):
    """A teaser seen before the last digest, not ISS-geopolitical until its article page
    came on a later poll, is news the channel has not had: the next digest carries it."""
    now = real_now()
    feed = store.add_feed("https://f.example/x", "F")
    sub = digests.subscribe(store, guild_id=1, channel_id=2, time="08:00", tz="UTC", now=now)
    store.ingest(feed.id, [item(1, published=now - timedelta(hours=3), iss=False)])
    store.db.execute("UPDATE stories SET first_seen = ?", [to_rfc3339(now - timedelta(hours=2))])
    sub = digests.finish_digest(store, 2, now - timedelta(hours=1))
    assert digests.digest_stories(store, sub, now) == []
    completed = item(1, published=now - timedelta(hours=3))
    store.ingest(feed.id, [replace(completed, text=completed.text + " The page came later.")])
    [story] = digests.digest_stories(store, sub, now)
    assert story.title.startswith("Story 1")
    digests.record_delivery(store, 2, [story.id], now)
    assert digests.digest_stories(store, sub, now) == []


def test_moving_the_time_to_one_already_passed_today_waits_for_tomorrow(store):
    # tester eC: 06:56 digest posted, moved to 07:00 at 07:34: a full digest went out
    # at once and the reply said "next … 35 minutes ago"
    digests.subscribe(
        store, guild_id=1, channel_id=2, time="06:56", tz="UTC", now=utc(2026, 11, 26, 9)
    )
    digests.finish_digest(store, 2, utc(2026, 11, 27, 6, 56))
    moved = digests.subscribe(
        store, guild_id=1, channel_id=2, time="07:00", tz="UTC", now=utc(2026, 11, 27, 7, 34)
    )
    assert moved.next_due() == utc(2026, 11, 28, 7, 0)
    assert digests.due_subscriptions(store, utc(2026, 11, 27, 7, 35)) == []
    later = digests.subscribe(
        store, guild_id=1, channel_id=2, time="09:00", tz="UTC", now=utc(2026, 11, 27, 7, 40)
    )
    assert later.next_due() == utc(2026, 11, 27, 9, 0)  # a time still to come today: today


def test_changing_the_time_keeps_the_min_score_and_alerts_not_given(store):
    digests.subscribe(
        store,
        guild_id=1,
        channel_id=2,
        time="06:56",
        tz="UTC",
        min_score=0.9,
        alert=True,
        now=utc(2026, 11, 27),
    )
    moved = digests.subscribe(store, guild_id=1, channel_id=2, time="07:00", tz="UTC")
    assert (moved.min_score, moved.alert_threshold) == (0.9, 0.85)
    off = digests.subscribe(
        store, guild_id=1, channel_id=2, time="07:00", tz="UTC", min_score=0.0, alert=False
    )
    assert (off.min_score, off.alert_threshold) == (0.0, None)
    fresh = digests.subscribe(store, guild_id=1, channel_id=3, time="07:00", tz="UTC")
    assert (fresh.min_score, fresh.alert_threshold) == (0.0, None)
