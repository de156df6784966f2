"""Slash commands end to end: synced as the contract names them, invoked by interaction."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from summaries import digests
from summaries.models import Analysis, IncomingItem, Quote
from summaries.store import Store
from summaries.timeutil import to_rfc3339
from tests.bot.discord_double import ADMIN_ID, CHANNEL_ID, GUILD_ID, MEMBER_ID, MEMBER_PERMS
from tests.bot.helpers import FakeClock, item, populate, quoted_story, real_now, running_bot

MANAGE_GUILD = str(1 << 5)


def leaving_story(now) -> IncomingItem:
    title = "Roscosmos says Russia will leave the ISS after 2024 over sanctions"
    quote = "The decision to leave the station after 2024 has been made"
    text = (
        f"{title}.\n\nRussia's space agency Roscosmos said it will withdraw from the "
        f'International Space Station partnership because of Western sanctions. "{quote}," '
        "Roscosmos chief Yuri Borisov said at a meeting in Moscow."
    )
    start = text.index(quote)
    return IncomingItem(
        guid="leave-1",
        url="https://news.example/roscosmos-leave",
        title=title,
        text=text,
        published=to_rfc3339(now - timedelta(hours=2)),
        analysis=Analysis(
            iss_geopolitical=True,
            score=0.93,
            reasons=("ISS partnership is the subject", "sanctions drive the withdrawal"),
            tags=("ISS", "Roscosmos", "sanctions"),
            summary="Roscosmos said Russia will leave the ISS after 2024, citing sanctions.",
            quotes=(Quote(quote, "Borisov", start, start + len(quote), 0.9),),
        ),
    )


def option_names(options: list[dict]) -> list[str]:
    return [o["name"] for o in options]


async def test_commands_are_synced_with_the_contract_names_and_help_everywhere(double, db):
    async with running_bot(double, db):
        pass
    [put] = [r for r in double.requests if r.method == "PUT"]
    commands = {c["name"]: c for c in put.json}
    assert set(commands) == {"brief", "ask", "story", "quotes", "feeds", "digest", "help"}
    assert option_names(commands["brief"]["options"]) == ["hours"]
    assert option_names(commands["ask"]["options"]) == ["question"]
    assert option_names(commands["story"]["options"]) == ["id"]
    assert commands["story"]["options"][0]["autocomplete"] is True
    assert option_names(commands["quotes"]["options"]) == ["speaker", "topic"]
    assert commands["quotes"]["options"][0]["autocomplete"] is True
    feeds = {o["name"]: o for o in commands["feeds"]["options"]}
    assert set(feeds) == {"list", "add", "remove", "rename", "status"}
    assert option_names(feeds["rename"]["options"]) == ["feed", "name"]
    digest = {o["name"]: o for o in commands["digest"]["options"]}
    assert set(digest) == {"set", "off", "preview", "now", "status"}
    assert option_names(digest["set"]["options"]) == [
        "channel",
        "time",
        "timezone",
        "min_score",
        "alert",
    ]
    for admin in ("feeds", "digest"):
        assert str(commands[admin]["default_member_permissions"]) == MANAGE_GUILD
        assert commands[admin]["contexts"] == [0] or commands[admin].get("dm_permission") is False

    def described(opts):
        for o in opts:
            assert o["description"] and o["description"] != "…", o
            described(o.get("options", []))

    for c in put.json:
        assert c["description"] and c["description"] != "…"
        described(c.get("options", []))
    assert double.unknown == []


async def test_brief_lists_the_top_stories_and_says_so_when_there_are_none(double, db):
    now = real_now()
    populate(db, [leaving_story(now), item(2, published=now - timedelta(hours=30), score=0.99)])
    async with running_bot(double, db, FakeClock(now + timedelta(minutes=30))):
        _, cb = await double.interact("brief")
        _, empty = await double.interact("brief", options={"hours": 1})
    embeds = cb["data"]["embeds"]
    assert [e["url"] for e in embeds] == ["https://news.example/roscosmos-leave"]
    assert "Borisov" in embeds[0]["fields"][0]["value"]
    # leaving_story is 2.5 hours old: the reply says which window holds it
    assert empty["data"]["content"] == (
        "Nothing new on ISS geopolitics in the last 1 h. The newest story is 2 hours old:"
        " try `/brief hours:3`."
    )


async def test_an_empty_brief_names_the_newest_story_when_it_is_older_than_a_week(double, db):
    now = real_now()
    ids = populate(db, [item(7, published=now - timedelta(days=29, hours=1))])
    async with running_bot(double, db):
        _, empty = await double.interact("brief")
    sid = next(iter(ids.values()))
    assert empty["data"]["content"] == (
        "Nothing new on ISS geopolitics in the last 24 h. The newest story is 29 days old:"
        f" `/story {sid}` shows it."
    )


async def test_story_shows_quotes_sources_and_reasons_with_title_autocomplete(double, db):
    ids = populate(db, [leaving_story(real_now())])
    sid = next(iter(ids.values()))
    async with running_bot(double, db):
        _, ac = await double.interact("story", options={"id": "Roscosmos"}, focused="id")
        _, cb = await double.interact("story", options={"id": str(sid)})
        _, missing = await double.interact("story", options={"id": "99999"})
    assert ac["type"] == 8
    assert ac["data"]["choices"][0]["value"] == str(sid)
    fields = {f["name"]: f["value"] for f in cb["data"]["embeds"][0]["fields"]}
    assert "Borisov" in fields["Quote 1"]
    assert "https://news.example/roscosmos-leave" in fields["Sources"]
    assert "sanctions drive the withdrawal" in fields["Why it is here"]
    assert missing["data"]["flags"] & 64 and "No story" in missing["data"]["content"]


async def test_a_story_opened_with_story_is_the_context_of_the_next_follow_up(double, db):
    ids = populate(db, [leaving_story(real_now())])
    sid = next(iter(ids.values()))
    async with running_bot(double, db) as bot:
        await double.interact("story", options={"id": str(sid)})
        context = bot.get_cog("Ask").conversations.get(CHANNEL_ID, ADMIN_ID)  # who asked
    assert context.story_ids == (sid,)


async def test_quotes_filters_by_speaker_with_speaker_autocomplete(double, db):
    populate(db, [leaving_story(real_now())])
    async with running_bot(double, db):
        _, ac = await double.interact("quotes", options={"speaker": "Bor"}, focused="speaker")
        _, cb = await double.interact("quotes", options={"speaker": "Borisov"})
    assert [c["value"] for c in ac["data"]["choices"]] == ["Borisov"]
    field = cb["data"]["embeds"][0]["fields"][0]
    assert field["name"] == "Borisov" and "leave the station" in field["value"]


async def test_ask_defers_then_answers_with_citation_links(double, db):
    populate(db, [leaving_story(real_now())])
    async with running_bot(double, db):
        token, cb = await double.interact(
            "ask", options={"question": "What did Roscosmos say about leaving the station?"}
        )
        await double.wait_for(lambda: double.followups(token))
    assert cb["type"] == 5  # deferred: the answer may take longer than 3 seconds
    [followup] = double.followups(token)
    embed = followup.json["embeds"][0]
    assert "https://news.example/roscosmos-leave" in embed["fields"][0]["value"]
    assert followup.json["allowed_mentions"] == {"parse": []}


async def test_admin_commands_are_refused_to_a_member_without_manage_server(double, db):
    async with running_bot(double, db):
        for path, options in (
            (("digest", "status"), None),
            (("feeds", "list"), None),
            (("feeds", "add"), {"url": "https://example.org/feed.xml"}),
            (("digest", "set"), {"channel": CHANNEL_ID, "time": "08:00", "timezone": "UTC"}),
        ):
            _, cb = await double.interact(
                *path, options=options, user_id=MEMBER_ID, permissions=MEMBER_PERMS
            )
            assert cb["data"]["flags"] & 64
            assert "Manage Server" in cb["data"]["content"]
    store = Store(db)
    assert store.list_feeds() == [] and digests.list_subscriptions(store) == []
    store.close()


async def test_feeds_add_refuses_private_addresses_and_manages_the_guilds_own_feeds(double, db):
    async with running_bot(double, db):
        token, _ = await double.interact("feeds", "add", options={"url": "http://127.0.0.1/x"})
        await double.wait_for(lambda: double.followups(token))
        refused = double.followups(token)[0].json["content"]
        token, _ = await double.interact("feeds", "add", options={"url": "file:///etc/passwd"})
        await double.wait_for(lambda: double.followups(token))
        store = Store(db)
        feed = store.add_feed(
            "https://wire.example/feed.xml", "Wire", trusted=False, guild_id=GUILD_ID
        )
        store.add_feed("https://operator.example/feed.xml", "Operator Wire")
        store.record_failure(feed.id, "HTTP 500 from wire.example")
        store.close()
        _, listed = await double.interact("feeds", "list")
        _, status = await double.interact("feeds", "status")
        _, not_ours = await double.interact("feeds", "remove", options={"feed": "Operator Wire"})
        _, not_ours_name = await double.interact(
            "feeds", "rename", options={"feed": "Operator Wire", "name": "Mine"}
        )
        _, renamed = await double.interact(
            "feeds", "rename", options={"feed": str(feed.id), "name": "Wire (Berlin)"}
        )
        _, relisted = await double.interact("feeds", "list")
        _, removed = await double.interact("feeds", "remove", options={"feed": str(feed.id)})
    assert "127.0.0.1" in refused or "private" in refused or "loopback" in refused
    listing = listed["data"]["embeds"][0]["description"]
    assert "Wire" in listing and "Operator Wire" in listing
    assert "HTTP 500" in status["data"]["embeds"][0]["description"]
    assert "only the operator" in not_ours["data"]["content"]
    assert "only the operator can rename" in not_ours_name["data"]["content"]
    assert renamed["data"]["content"] == "Renamed **Wire** to **Wire (Berlin)**."
    assert "Wire (Berlin)" in relisted["data"]["embeds"][0]["description"]
    assert "Removed **Wire (Berlin)**" in removed["data"]["content"]
    store = Store(db)
    assert [f.name for f in store.list_feeds()] == ["Operator Wire"]
    store.close()
    assert double.unknown == []


async def test_digest_commands_validate_input_preview_post_now_and_stop(double, db):
    populate(db, [leaving_story(real_now())])
    async with running_bot(double, db):
        _, bad_zone = await double.interact(
            "digest",
            "set",
            options={"channel": CHANNEL_ID, "time": "08:30", "timezone": "Mars/Base"},
        )
        _, bad_time = await double.interact(
            "digest", "set", options={"channel": CHANNEL_ID, "time": "25:99", "timezone": "UTC"}
        )
        _, ok = await double.interact(
            "digest",
            "set",
            options={"channel": CHANNEL_ID, "time": "8:30", "timezone": "Europe/Paris"},
        )
        _, ac = await double.interact(
            "digest",
            "set",
            options={"channel": CHANNEL_ID, "time": "8:30", "timezone": "Europe/Par"},
            focused="timezone",
        )
        _, preview = await double.interact("digest", "preview")
        token, _ = await double.interact("digest", "now")
        await double.wait_for(lambda: double.followups(token))
        posted = double.followups(token)[0].json["content"]
        _, again = await double.interact("digest", "preview")
        _, status = await double.interact("digest", "status")
        _, off = await double.interact("digest", "off")
        _, gone = await double.interact("digest", "status")
    assert "Unknown time zone" in bad_zone["data"]["content"]
    assert "Not a time of day" in bad_time["data"]["content"]
    assert "08:30 Europe/Paris" in ok["data"]["content"]
    assert "Europe/Paris" in [c["value"] for c in ac["data"]["choices"]]
    assert preview["data"]["flags"] & 64 and preview["data"]["embeds"]
    assert posted == "Posted 1 story."
    assert "Nothing new" in again["data"]["content"]
    assert "08:30 Europe/Paris" in status["data"]["embeds"][0]["description"]
    # the last digest's time is in the schedule's zone, and says which
    assert re.search(
        r"; last \d{4}-\d\d-\d\d \d\d:\d\d Europe/Paris", status["data"]["embeds"][0]["description"]
    )
    assert "stopped" in off["data"]["content"]
    assert "No digests" in gone["data"]["embeds"][0]["description"]
    assert len(double.posts(CHANNEL_ID)) == 1


async def test_help_fits_one_screen_and_is_private(double, db):
    async with running_bot(double, db):
        _, cb = await double.interact("help", user_id=MEMBER_ID, permissions=MEMBER_PERMS)
    assert cb["data"]["flags"] & 64
    assert len(cb["data"]["embeds"][0]["description"]) < 2000
    assert "/digest set" in cb["data"]["embeds"][0]["description"]


async def test_quotes_finds_a_speaker_by_full_name(double, db):
    """Quotes are stored under the surname; a member types the full name."""
    populate(db, [quoted_story(1, "Elena Marchetti", "We are studying the letter with care")])
    async with running_bot(double, db):
        _, cb = await double.interact("quotes", options={"speaker": "Elena Marchetti"})
    field = cb["data"]["embeds"][0]["fields"][0]
    assert field["name"] == "Marchetti" and "studying the letter" in field["value"]


def shareholder_decoy(now) -> IncomingItem:
    """'ISS' the proxy adviser: sanctions and a quote, but not ISS geopolitics."""
    return item(
        7,
        published=now - timedelta(hours=1),  # newer than the ISS story
        title="ISS proxy adviser backs board over sanctions compliance costs",
        iss=False,
        score=0.0,
        speaker="Halvorsen",
    )


async def test_quotes_and_speaker_autocomplete_leave_out_stories_that_are_not_iss_geopolitics(
    double, db
):
    """Unless the member names the speaker: then all their quotes."""
    now = real_now()
    populate(db, [leaving_story(now), shareholder_decoy(now)])
    async with running_bot(double, db):
        _, recent = await double.interact("quotes")
        _, topic = await double.interact("quotes", options={"topic": "sanctions"})
        _, by_decoy = await double.interact("quotes", options={"speaker": "Halvorsen"})
        _, ac = await double.interact("quotes", options={"speaker": ""}, focused="speaker")
        _, ac_h = await double.interact("quotes", options={"speaker": "Hal"}, focused="speaker")
    for cb in (recent, topic):
        text = str(cb["data"]["embeds"][0])
        assert "Borisov" in text
        assert "Halvorsen" not in text and "proxy adviser" not in text
    assert "Halvorsen" in str(by_decoy["data"]["embeds"][0]), by_decoy
    assert [c["value"] for c in ac["data"]["choices"]] == ["Borisov"]
    assert ac_h["data"]["choices"] == []


async def test_digest_preview_before_any_digest_is_set_shows_what_a_first_one_would_post(
    double, db
):
    populate(db, [leaving_story(real_now())])
    async with running_bot(double, db):
        _, preview = await double.interact("digest", "preview")
    data = preview["data"]
    assert data["flags"] & 64
    assert [e["url"] for e in data["embeds"]] == ["https://news.example/roscosmos-leave"]
    assert "/digest set" in data["content"]
    store = Store(db)
    assert digests.list_subscriptions(store) == []  # a preview sets nothing up
    store.close()


async def test_story_of_a_story_not_picked_says_so_and_autocomplete_offers_picked_ones_first(
    double, db
):
    now = real_now()
    ids = populate(db, [leaving_story(now), shareholder_decoy(now)])  # the decoy is newer
    picked = ids["Roscosmos says Russia will leave the ISS after 2024 over sanctions"]
    decoy = ids["ISS proxy adviser backs board over sanctions compliance costs"]
    async with running_bot(double, db):
        _, empty = await double.interact("story", options={"id": ""}, focused="id")
        _, typed = await double.interact("story", options={"id": "sanc"}, focused="id")
        _, cb = await double.interact("story", options={"id": str(decoy)})
    for ac in (empty, typed):
        assert [c["value"] for c in ac["data"]["choices"]] == [str(picked), str(decoy)]
    names = [f["name"] for f in cb["data"]["embeds"][0]["fields"]]
    assert "Why it is here" not in names
    assert any("not ISS geopolitics" in n for n in names)


async def test_story_and_quotes_embeds_say_each_thing_once(double, db):
    now = real_now()
    ids = populate(
        db,
        [
            leaving_story(now),
            item(3, published=now - timedelta(hours=3), speaker="Borisov"),
            item(4, published=now - timedelta(hours=4), speaker="Borisov"),
        ],
    )
    sid = ids["Roscosmos says Russia will leave the ISS after 2024 over sanctions"]
    async with running_bot(double, db):
        _, story = await double.interact("story", options={"id": str(sid)})
        _, quotes = await double.interact("quotes", options={"speaker": "Borisov"})
    names = [f["name"] for f in story["data"]["embeds"][0]["fields"]]
    assert "Sources" in names and "Source" not in names
    [field] = quotes["data"]["embeds"][0]["fields"]  # three quotes, one speaker heading
    assert field["name"] == "Borisov" and "— Borisov" not in field["value"]
    assert field["value"].count("https://news.example/") == 3


async def test_admin_and_story_errors_are_full_sentences_that_say_what_to_do(double, db):
    ids = populate(db, [leaving_story(real_now())])
    sid = next(iter(ids.values()))
    async with running_bot(double, db):
        replies = {}
        for key, path, options in (
            ("no_scheme", ("feeds", "add"), {"url": "example.com/rss"}),
            ("space", ("feeds", "add"), {"url": "https://exa mple.com/rss"}),
            ("no_feed", ("feeds", "remove"), {"feed": "nonexistent"}),
            ("no_digest", ("digest", "off"), None),
            (
                "bad_time",
                ("digest", "set"),
                {"channel": CHANNEL_ID, "time": "25:00", "timezone": "UTC"},
            ),
            ("no_story", ("story",), {"id": "999"}),
            ("huge_id", ("story",), {"id": "99999999999999999999999999"}),
            ("by_title", ("story",), {"id": "Russia leave"}),
            # a channel the bot cannot see (another server's, or deleted since)
            ("foreign_channel", ("digest", "off"), {"channel": 555000111}),
        ):
            token, cb = await double.interact(*path, options=options)
            if cb["type"] == 5:  # deferred: the reply is the follow-up
                await double.wait_for(lambda t=token: double.followups(t))
                cb = {"data": double.followups(token)[0].json}
            replies[key] = cb["data"]
    text = {k: v.get("content") or "" for k, v in replies.items()}
    assert "https://example.com/rss" in text["no_scheme"]
    assert "space" in text["space"] and "DNS" not in text["space"]
    assert text["no_feed"] == "No such feed: nonexistent."
    assert text["no_digest"] == "No digest is set up for that channel."
    assert text["bad_time"].startswith("Not a time of day") and text["bad_time"].endswith(".")
    assert text["no_story"] == "No story with id 999."
    assert text["huge_id"].startswith("No story with id 9999")
    assert replies["by_title"]["embeds"][0]["footer"]["text"].startswith(f"story {sid} ")
    assert text["foreign_channel"] == (
        "I can't see that channel: pick a text channel of this server that I can read."
    )
    for key in ("no_scheme", "space"):
        assert text[key][0].isupper(), text[key]


async def test_feeds_status_does_not_list_a_feed_that_was_never_polled_as_failing(double, db):
    store = Store(db)
    store.add_feed("https://wire.example/feed.xml", "Fresh Wire", trusted=False, guild_id=GUILD_ID)
    store.close()
    async with running_bot(double, db):
        _, status = await double.interact("feeds", "status")
        _, listed = await double.interact("feeds", "list")
    assert status["data"]["embeds"][0]["description"] == "All feeds are polling fine."
    assert "Fresh Wire" in listed["data"]["embeds"][0]["description"]  # still listed there


async def test_feeds_status_names_a_feed_with_nothing_new_for_two_weeks(double, db):
    """A feed answering "not modified" for weeks read "All feeds are polling fine": a dead
    feed looked healthy."""
    store = Store(db)
    feed = store.add_feed("https://wire.example/feed.xml", "Quiet Wire", guild_id=GUILD_ID)
    store.ingest(feed.id, [IncomingItem("g1", "https://wire.example/1", "A story", "Text.", None)])
    store.record_not_modified(feed.id)
    store.close()
    async with running_bot(double, db, FakeClock(real_now() + timedelta(days=3))):
        _, fresh = await double.interact("feeds", "status")
    async with running_bot(double, db, FakeClock(real_now() + timedelta(days=20))):
        _, quiet = await double.interact("feeds", "status")
    assert fresh["data"]["embeds"][0]["description"] == "All feeds are polling fine."
    text = quiet["data"]["embeds"][0]["description"]
    assert "Quiet Wire" in text and f"quiet: nothing new since {real_now():%Y-%m-%d}" in text


async def test_digest_set_shows_the_next_run_in_the_channels_zone_and_warns_about_est(double, db):
    async with running_bot(double, db):
        _, ny = await double.interact(
            "digest",
            "set",
            options={"channel": CHANNEL_ID, "time": "09:15", "timezone": "America/New_York"},
        )
        _, est = await double.interact(
            "digest", "set", options={"channel": CHANNEL_ID, "time": "08:30", "timezone": "EST"}
        )
        _, utc = await double.interact(
            "digest", "set", options={"channel": CHANNEL_ID, "time": "08:30", "timezone": "UTC"}
        )
    ny, est, utc = (cb["data"]["content"] for cb in (ny, est, utc))
    assert re.search(r"next \d{4}-\d\d-\d\d 09:15 America/New_York \(<t:\d+:R>\)", ny), ny
    assert "Note" not in ny
    assert "daylight saving" in est and "America/New_York" in est
    assert "Note" not in utc


async def test_digest_set_on_a_time_skipped_by_spring_forward_says_when_it_comes_instead(
    double, db
):
    # the evening before clocks go forward in London (01:00 GMT becomes 02:00 BST)
    clock = FakeClock(datetime(2026, 3, 28, 20, 0, tzinfo=UTC))
    async with running_bot(double, db, clock):
        _, gap = await double.interact(
            "digest",
            "set",
            options={"channel": CHANNEL_ID, "time": "01:30", "timezone": "Europe/London"},
        )
        clock.advance(days=1)  # a day later the slot exists again: no note
        _, ordinary = await double.interact(
            "digest",
            "set",
            options={"channel": CHANNEL_ID, "time": "01:30", "timezone": "Europe/London"},
        )
    gap, ordinary = gap["data"]["content"], ordinary["data"]["content"]
    assert "next 2026-03-29 02:30 Europe/London" in gap, gap
    assert gap.endswith(":R>; 01:30 does not exist that day: clocks go forward)"), gap
    assert "next 2026-03-30 01:30 Europe/London" in ordinary, ordinary
    assert "does not exist" not in ordinary
