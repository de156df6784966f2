"""Scheduled digests end to end: the real bot against the Discord double, a fake clock."""

from __future__ import annotations

from datetime import UTC, timedelta
from zoneinfo import ZoneInfo

from summaries import digests
from summaries.store import Store
from tests.bot.discord_double import CHANNEL_ID, GUILD_ID, OTHER_CHANNEL_ID
from tests.bot.helpers import FakeClock, item, populate, real_now, running_bot


def subscribe(db, channel_id, clock, *, minutes_ahead=10, tz="UTC", **kw):
    """A digest whose slot is `minutes_ahead` after the clock; returns the slot (UTC)."""
    slot = (clock.now.astimezone(ZoneInfo(tz)) + timedelta(minutes=minutes_ahead)).replace(second=0)
    store = Store(db)
    try:
        digests.subscribe(
            store,
            guild_id=GUILD_ID,
            channel_id=channel_id,
            time=slot.strftime("%H:%M"),
            tz=tz,
            now=clock.now,
            **kw,
        )
    finally:
        store.close()
    return slot.astimezone(UTC)


def embed_titles(double, channel_id=CHANNEL_ID) -> list[str]:
    return [e["title"] for r in double.posts(channel_id) for e in r.json.get("embeds", [])]


async def test_digest_posted_at_its_local_time_in_the_channels_zone(double, db):
    now = real_now()
    populate(db, [item(1, published=now - timedelta(hours=1))])
    clock = FakeClock(now)
    zone = ZoneInfo("Asia/Kolkata")  # UTC+05:30: a wrong zone cannot land on the same minute
    local_slot = (now.astimezone(zone) + timedelta(minutes=30)).replace(second=0)
    async with running_bot(double, db, clock) as bot:
        _, cb = await double.interact(
            "digest",
            "set",
            options={
                "channel": CHANNEL_ID,
                "time": local_slot.strftime("%H:%M"),
                "timezone": "Asia/Kolkata",
            },
        )
        assert cb["data"]["flags"] & 64, cb  # ephemeral
        assert cb["data"]["content"].startswith("Digest set"), cb
        scheduler = bot.get_cog("Scheduler")
        clock.now = local_slot.astimezone(UTC) - timedelta(seconds=30)
        assert (await scheduler.tick()).posted == {}
        clock.now = local_slot.astimezone(UTC) + timedelta(seconds=1)
        assert (await scheduler.tick()).posted == {CHANNEL_ID: 1}
        assert (await scheduler.tick()).posted == {}
    [post] = double.posts(CHANNEL_ID)
    assert post.json["allowed_mentions"] == {"parse": []}
    assert post.json["embeds"][0]["title"].startswith("Story 1")
    assert post.json["embeds"][0]["url"] == "https://news.example/1"
    assert double.unknown == []


async def test_no_repeat_and_no_skip_after_restarting_the_bot_on_the_same_database(double, db):
    now = real_now()
    populate(db, [item(n, published=now - timedelta(hours=n)) for n in (1, 2, 3)])
    clock = FakeClock(now)
    slot = subscribe(db, CHANNEL_ID, clock)
    clock.now = slot + timedelta(seconds=5)
    async with running_bot(double, db, clock) as bot:
        assert (await bot.get_cog("Scheduler").tick()).posted == {CHANNEL_ID: 3}
    populate(db, [item(4, published=slot + timedelta(hours=1))])
    clock.now = slot + timedelta(days=1, seconds=5)
    async with running_bot(double, db, clock) as bot:
        assert (await bot.get_cog("Scheduler").tick()).posted == {CHANNEL_ID: 1}
    titles = embed_titles(double)
    assert len(titles) == len(set(titles)) == 4
    assert double.unknown == []


async def test_killed_between_posting_and_recording_repeats_that_message_once_never_skips(
    double, db
):
    now = real_now()
    long = "A long summary about the station and its partners. " * 12
    populate(db, [item(n, published=now - timedelta(minutes=n), summary=long) for n in range(12)])
    clock = FakeClock(now)
    slot = subscribe(db, CHANNEL_ID, clock)
    clock.now = slot + timedelta(seconds=5)
    async with running_bot(double, db, clock) as bot:
        await bot.get_cog("Scheduler").tick()
    pages = double.posts(CHANNEL_ID)
    assert len(pages) >= 2
    # Simulate SIGKILL after Discord accepted the last message, before its rows were
    # written: its deliveries and the digest's completion are missing.
    last_titles = {e["title"] for e in pages[-1].json["embeds"]}
    store = Store(db)
    ids = [s.id for s in store.stories() if s.title in last_titles]
    store.db.execute(
        f"DELETE FROM digest_deliveries WHERE story_id IN ({','.join('?' * len(ids))})", ids
    )
    store.db.execute("UPDATE digest_subscriptions SET last_digest_at = NULL")
    store.close()
    async with running_bot(double, db, clock) as bot:
        assert (await bot.get_cog("Scheduler").tick()).posted == {CHANNEL_ID: len(ids)}
    titles = embed_titles(double)
    assert set(titles) == {f"Story {n}: ISS partners weigh sanctions, round {n}" for n in range(12)}
    assert len(titles) == 12 + len(ids)  # exactly the one unrecorded message, once more
    # the channel can tell the re-post is the rest of the interrupted digest, not a new one
    first, again = double.posts(CHANNEL_ID)[0].json, double.posts(CHANNEL_ID)[-1].json
    assert first["content"].startswith("**ISS geopolitics digest**: 12 stories")
    assert again["content"].startswith(f"**ISS geopolitics digest, continued**: {len(ids)} ")


async def test_catch_up_after_an_outage_is_one_digest(double, db, caplog):
    caplog.set_level("INFO", logger="bot.cogs.scheduler")
    now = real_now()
    populate(db, [item(1, published=now - timedelta(hours=1))])
    clock = FakeClock(now)
    slot = subscribe(db, CHANNEL_ID, clock)
    clock.now = slot + timedelta(seconds=5)
    async with running_bot(double, db, clock) as bot:
        await bot.get_cog("Scheduler").tick()
    populate(db, [item(n, published=slot + timedelta(hours=n)) for n in (2, 3)])
    clock.now = slot + timedelta(days=3, hours=5)  # three missed slots
    async with running_bot(double, db, clock) as bot:
        scheduler = bot.get_cog("Scheduler")
        assert (await scheduler.tick()).posted == {CHANNEL_ID: 2}
        assert (await scheduler.tick()).posted == {}
        clock.advance(days=1)  # the next slot: nothing new, so no message at all
        assert (await scheduler.tick()).posted == {}
    assert len(double.posts(CHANNEL_ID)) == 2
    # the operator can tell from the log what went out, and that the catch-up was late
    lines = [r.getMessage() for r in caplog.records if r.name == "bot.cogs.scheduler"]
    assert any(f"digest to channel {CHANNEL_ID}" in m and ": 1 story" in m for m in lines)
    assert any("2 stories" in m and "late by 2 d 5 h" in m for m in lines), lines
    assert any("nothing new, no message" in m for m in lines), lines


def embed_chars(e: dict) -> int:
    n = len(e.get("title", "")) + len(e.get("description", ""))
    n += sum(len(f["name"]) + len(f["value"]) for f in e.get("fields", []))
    return n + len(e.get("footer", {}).get("text", "")) + len(e.get("author", {}).get("name", ""))


async def test_forty_story_digest_is_split_across_messages_within_discord_limits(double, db):
    now = real_now()
    huge = "Sanctions, seats and the station. " * 200
    stories = [
        item(
            n,
            published=now - timedelta(minutes=n),
            title=f"Story {n} " + "very long headline " * 20,
            summary=huge,
            speaker="Rogozin " * 40,
        )
        for n in range(40)
    ]
    populate(db, stories)
    clock = FakeClock(now)
    slot = subscribe(db, CHANNEL_ID, clock)
    clock.now = slot + timedelta(seconds=5)
    async with running_bot(double, db, clock) as bot:
        assert (await bot.get_cog("Scheduler").tick()).posted == {CHANNEL_ID: 40}
    posts = double.posts(CHANNEL_ID)
    assert len(posts) >= 4
    footers = []
    for post in posts:
        body = post.json
        assert len(body.get("content") or "") <= 2000
        assert 1 <= len(body["embeds"]) <= 10
        assert sum(embed_chars(e) for e in body["embeds"]) <= 6000
        for e in body["embeds"]:
            assert len(e["title"]) <= 256 and len(e.get("description", "")) <= 4096
            assert len(e.get("fields", [])) <= 25
            assert all(len(f["value"]) <= 1024 and len(f["name"]) <= 256 for f in e["fields"])
            footers.append(e["footer"]["text"].split(" ·")[0])
    assert len(footers) == len(set(footers)) == 40


async def test_feed_text_cannot_ping_and_is_escaped(double, db):
    now = real_now()
    title = "@everyone <@&123> **Roscosmos** quits _now_ @here <@456>"
    populate(db, [item(1, published=now, title=title, summary="Ping <@&123> and @everyone.")])
    clock = FakeClock(now)
    slot = subscribe(db, CHANNEL_ID, clock)
    clock.now = slot + timedelta(seconds=5)
    async with running_bot(double, db, clock) as bot:
        await bot.get_cog("Scheduler").tick()
        await double.interact("brief", options={"hours": 48})
    payloads = double.sent_payloads()
    assert len(payloads) == 2
    for body in payloads:
        assert body["allowed_mentions"] == {"parse": []}
        embed = body["embeds"][0]
        for text in (embed["title"], embed["description"]):
            assert "@everyone" not in text and "@here" not in text
            assert "<@&123>" not in text and "<@456>" not in text
        assert "\\*\\*Roscosmos\\*\\*" in embed["title"]


async def test_deleted_channel_is_recorded_and_disabled_without_stopping_other_digests(double, db):
    now = real_now()
    populate(db, [item(1, published=now - timedelta(hours=1))])
    clock = FakeClock(now)
    slot = subscribe(db, CHANNEL_ID, clock)
    subscribe(db, OTHER_CHANNEL_ID, clock)
    double.gone.add(CHANNEL_ID)
    clock.now = slot + timedelta(seconds=5)
    async with running_bot(double, db, clock) as bot:
        scheduler = bot.get_cog("Scheduler")
        report = await scheduler.tick()
        assert report.posted == {OTHER_CHANNEL_ID: 1}
        assert "not found" in report.failed[CHANNEL_ID]
        _, cb = await double.interact("digest", "status")
        status = cb["data"]["embeds"][0]["description"]
        assert "failing (1x): channel not found" in status
        # when it is tried again (five minutes on), not the slot that has just passed
        retry = (slot + timedelta(seconds=5) + timedelta(minutes=5)).strftime("%H:%M")
        assert f"next try {(slot + timedelta(minutes=5)):%Y-%m-%d} {retry} UTC" in status, status
        # once that time has passed (the bot was down), no time in the past is shown
        clock.advance(minutes=10)
        _, cb = await double.interact("digest", "status")
        late = cb["data"]["embeds"][0]["description"]
        assert "next try at the next check" in late and f"{retry} UTC" not in late, late
        clock.advance(minutes=-10)
        for _ in range(2):  # each retry after its backoff fails again
            clock.advance(hours=1)
            await scheduler.tick()
        _, cb = await double.interact("digest", "status")
        assert "disabled" in cb["data"]["embeds"][0]["description"]
        populate(db, [item(2, published=clock.now)])
        clock.advance(days=1)
        assert (await scheduler.tick()).posted == {OTHER_CHANNEL_ID: 1}
    assert double.unknown == []


async def test_alert_mode_posts_a_high_scoring_story_at_once(double, db):
    now = real_now()
    populate(
        db,
        [
            item(1, published=now - timedelta(minutes=5), score=0.95),
            item(2, published=now - timedelta(minutes=5), score=0.5),
        ],
    )
    clock = FakeClock(now)
    slot = subscribe(db, CHANNEL_ID, clock, minutes_ahead=120, alert=True)
    async with running_bot(double, db, clock) as bot:
        scheduler = bot.get_cog("Scheduler")
        assert (await scheduler.tick()).posted == {CHANNEL_ID: 1}
        assert "alert" in double.posts(CHANNEL_ID)[0].json["content"]
        clock.now = slot + timedelta(seconds=5)
        assert (await scheduler.tick()).posted == {CHANNEL_ID: 1}  # the other story only
    assert len(embed_titles(double)) == 2


async def test_a_disabled_feed_is_announced_once_to_the_guilds_digest_channels(double, db):
    now = real_now()
    clock = FakeClock(now)
    subscribe(db, CHANNEL_ID, clock, minutes_ahead=600)
    store = Store(db)
    feed = store.add_feed(
        "https://gone.example/feed.xml", "Gone Wire", trusted=False, guild_id=GUILD_ID
    )
    store.record_failure(feed.id, "HTTP 410 Gone", disable=True)
    store.close()
    async with running_bot(double, db, clock) as bot:
        scheduler = bot.get_cog("Scheduler")
        assert (await scheduler.tick()).notices == 1
        assert (await scheduler.tick()).notices == 0
    [post] = double.posts(CHANNEL_ID)
    assert "Gone Wire" in post.json["content"] and "410" in post.json["content"]
    assert post.json["allowed_mentions"] == {"parse": []}


async def test_digest_now_on_a_channel_the_bot_cannot_post_in_says_why_and_how_to_fix_it(
    double, db
):
    populate(db, [item(1, published=real_now() - timedelta(hours=1))])
    clock = FakeClock(real_now())
    subscribe(db, CHANNEL_ID, clock)
    subscribe(db, OTHER_CHANNEL_ID, clock)
    double.forbidden.add(CHANNEL_ID)
    double.gone.add(OTHER_CHANNEL_ID)
    replies = []
    async with running_bot(double, db, clock):
        for channel_id in (CHANNEL_ID, OTHER_CHANNEL_ID):
            token, _ = await double.interact("digest", "now", options={"channel": channel_id})
            await double.wait_for(lambda t=token: double.followups(t))
            replies.append(double.followups(token)[0].json)
    forbidden, gone = (r["content"] for r in replies)
    assert all(r["flags"] & 64 for r in replies)
    assert "went wrong on my side" not in forbidden + gone
    assert f"<#{CHANNEL_ID}>" in forbidden
    assert "View Channel, Send Messages and Embed Links" in forbidden
    assert f"<#{OTHER_CHANNEL_ID}>" in gone and "not found" in gone
    assert "/digest set" in gone  # the fix: pick a channel that exists


async def test_a_disabled_operator_feed_is_told_only_where_it_fed_and_points_to_the_operator(
    double, db
):
    now = real_now()
    clock = FakeClock(now)
    ids = populate(db, [item(1, published=now - timedelta(hours=1))], feed="https://op.example/a")
    subscribe(db, CHANNEL_ID, clock, minutes_ahead=600)
    subscribe(db, OTHER_CHANNEL_ID, clock, minutes_ahead=600)
    store = Store(db)
    digests.record_delivery(store, CHANNEL_ID, list(ids.values()), now)  # fed #general only
    fed = store.get_feed("https://op.example/a")
    never = store.add_feed("https://op.example/never", "Never Fed")  # no story ever
    for feed in (fed, never):
        store.record_failure(feed.id, "HTTP 410 Gone", disable=True)
    store.close()
    async with running_bot(double, db, clock) as bot:
        assert (await bot.get_cog("Scheduler").tick()).notices == 1
    [post] = double.posts(CHANNEL_ID)
    assert "Space Wire" in post.json["content"] and "410" in post.json["content"]
    assert "operator" in post.json["content"]
    assert "/feeds status" not in post.json["content"]  # moderators cannot fix it
    assert double.posts(OTHER_CHANNEL_ID) == []


async def test_digest_headers_read_well_for_one_story_and_for_a_preview_cut_short(double, db):
    now = real_now()
    populate(db, [item(n, published=now - timedelta(minutes=n), score=0.5) for n in range(1, 13)])
    populate(db, [item(20, published=now - timedelta(minutes=1), score=0.95)])
    clock = FakeClock(now)
    subscribe(db, CHANNEL_ID, clock, minutes_ahead=120, alert=True)
    async with running_bot(double, db, clock) as bot:
        _, preview = await double.interact("digest", "preview")
        await bot.get_cog("Scheduler").tick()  # the one alert
    [alert] = double.posts(CHANNEL_ID)
    assert alert.json["content"] == "**ISS geopolitics alert**: 1 story"
    shown = len(preview["data"]["embeds"])
    assert preview["data"]["content"] == (
        f"**Digest preview**: 13 stories, best first (the first {shown} shown here)"
    )
