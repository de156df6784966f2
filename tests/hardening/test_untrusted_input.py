"""Untrusted input from Discord, end to end: the real bot against the Discord double, the
real poller against loopback servers, the real CLI for the operator's side.

- `/feeds add` refuses every non-public destination in every spelling, a name whose DNS
  answer is 127.0.0.1, and non-http(s) or userinfo URLs; nothing is stored.
- A feed stored untrusted is checked again at poll time: a loopback URL is refused before
  any connection, and a public feed redirecting to loopback is refused at the hop; the
  loopback server never sees a request. Operator (CLI) feeds on loopback still work.
- Questions, story ids, time zones and times: control characters, FTS5 syntax and
  oversize input get an ordinary reply, never an error; "sanctions OR" cites what
  "sanctions" cites.
- Per-guild feed cap and per-user question cooldown hold.
"""

from __future__ import annotations

import socket

import pytest

from bot.limits import MAX_FEEDS_PER_GUILD
from feeds.fetch import Fetcher, FetchLimits
from feeds.poll import Poller
from summaries.answers import FAILED, answer
from summaries.store import AsyncStore, Store
from tests.bot.discord_double import CHANNEL_ID, GUILD_ID, MEMBER_ID, MEMBER_PERMS, DiscordDouble
from tests.bot.helpers import running_bot
from tests.feeds.test_netguard import PUBLIC, FakeDNS, InternetStandIn
from tests.hardening import documents as docs
from tests.hardening.conftest import feeds_json, spacebrief
from tests.hardening.site import redirect, static
from tests.summaries.answer_stories import make_store

LOOPBACK_NAME = "intranet.spacebrief.test"  # answered by the patched resolver below

REFUSED_URLS = [
    "http://127.0.0.1/feed",
    "http://2130706433/feed",  # decimal
    "http://0177.0.0.1/feed",  # octal
    "http://0x7f.1/feed",  # hex, short form
    "http://127.1/feed",
    "http://[::1]/feed",
    "http://[::ffff:127.0.0.1]/feed",
    "http://[::ffff:7f00:1]/feed",
    "http://localhost/feed",
    "http://localhost./feed",
    "http://LOCALHOST:8080/feed",
    "http://sub.localhost/feed",
    "http://0.0.0.0/feed",
    "http://10.0.0.1/feed",
    "http://172.16.0.1/feed",
    "http://192.168.1.1/feed",
    "http://100.64.0.1/feed",  # shared address space
    "http://169.254.169.254/latest/meta-data/",  # cloud metadata, link-local
    "http://[fe80::1]/feed",
    "http://[fc00::1]/feed",
    "http://224.0.0.1/feed",  # multicast
    "http://[ff02::1]/feed",
    "http://240.0.0.1/feed",  # reserved
    "http://255.255.255.255/feed",
    "http://[64:ff9b::7f00:1]/feed",  # NAT64 of 127.0.0.1
    "http://[2002:7f00:1::]/feed",  # 6to4 of 127.0.0.1
    f"http://{LOOPBACK_NAME}/feed",
    f"http://{LOOPBACK_NAME}./feed",
    "file:///etc/passwd",
    "ftp://example.com/feed.xml",
    "gopher://example.com/feed",
    "javascript:alert(1)",
    "http://user:pass@93.184.216.34/feed.xml",
    "http:///feed",
]


@pytest.fixture
def loopback_dns(monkeypatch):
    """The system resolver, plus one name whose A record is 127.0.0.1 (as /etc/hosts or a
    hostile zone could make any name)."""
    real = socket.getaddrinfo

    def getaddrinfo(host, port, *args, **kwargs):
        if isinstance(host, str) and host.rstrip(".").lower() == LOOPBACK_NAME:
            return real("127.0.0.1", port, *args, **kwargs)
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)


@pytest.fixture
async def double():
    d = await DiscordDouble().start()
    yield d
    await d.close()


async def _message(double: DiscordDouble, *path: str, **kwargs) -> dict:
    """The bot's answer to a slash command: the callback's message or, when it deferred,
    its first follow-up."""
    token, cb = await double.interact(*path, **kwargs)
    if cb.get("type") == 5:
        await double.wait_for(lambda: double.followups(token))
        return double.followups(token)[0].json
    return cb.get("data") or {}


async def _followup(double: DiscordDouble, *path: str, **kwargs) -> str:
    """The text of the bot's answer (content, else the embeds' descriptions)."""
    message = await _message(double, *path, **kwargs)
    embeds = " ".join(e.get("description") or "" for e in message.get("embeds", []))
    return message.get("content") or embeds


# -- /feeds add --------------------------------------------------------------------


async def test_feeds_add_refuses_every_private_spelling_and_stores_nothing(
    double, tmp_path, loopback_dns
):
    db = tmp_path / "bot.db"
    replies = {}
    async with running_bot(double, db):
        for url in REFUSED_URLS:
            replies[url] = await _followup(double, "feeds", "add", options={"url": url})
    for url, reply in replies.items():
        assert reply.startswith("Blocked:") or "not" in reply.lower(), (url, reply)
        assert "Added" not in reply, (url, reply)
    assert "loopback" in replies[f"http://{LOOPBACK_NAME}/feed"]
    assert "169.254.169.254" in replies["http://169.254.169.254/latest/meta-data/"]
    store = Store(db)
    assert store.list_feeds() == []
    store.close()
    assert double.unknown == []


async def test_per_guild_feed_cap_holds(double, tmp_path):
    db = tmp_path / "bot.db"
    async with running_bot(double, db):
        for i in range(MAX_FEEDS_PER_GUILD):
            reply = await _followup(
                double, "feeds", "add", options={"url": f"http://{PUBLIC}/feed{i}.xml"}
            )
            assert reply.startswith("Added"), reply
        over = await _followup(double, "feeds", "add", options={"url": f"http://{PUBLIC}/x.xml"})
    assert f"already has {MAX_FEEDS_PER_GUILD} feeds" in over
    store = Store(db)
    feeds = store.list_feeds(guild_id=GUILD_ID)
    store.close()
    assert len(feeds) == MAX_FEEDS_PER_GUILD
    assert not any(f.trusted for f in feeds)


# -- poll time: untrusted feeds are checked again, operator feeds stay trusted ---------


def test_poll_refuses_untrusted_loopback_and_serves_operator_loopback(tmp_path, site):
    base = site.url("")
    operator = site.route("/operator.xml", static(docs.good_rss("O", 3, base)))
    guild = site.route("/guild.xml", static(docs.good_rss("G", 3, base)))
    db = tmp_path / "poll.db"
    assert spacebrief(db, "feeds", "add", operator).returncode == 0
    store = Store(db)
    store.add_feed(guild, "Guild feed", trusted=False, guild_id=GUILD_ID)
    store.close()
    site.reset_counts()
    run = spacebrief(db, "poll")
    assert run.returncode == 0, run.stderr
    feeds = feeds_json(db)
    assert feeds[operator]["status"] == "ok"
    assert feeds[guild]["status"] == "error"
    assert feeds[guild]["error"].startswith("blocked:") and "loopback" in feeds[guild]["error"]
    assert site.count(operator) == 1
    assert site.count(guild) == 0  # refused before any connection


async def test_untrusted_feed_redirecting_to_loopback_is_refused_at_the_hop(tmp_path, site):
    """A public-looking host (DNS says 93.184.216.34; the stand-in dialer carries the
    connection to the loopback site) redirects to http://127.0.0.1/…: the hop is checked
    and refused, the loopback target never sees a request, and the feed records why."""
    secret = site.route("/secret.xml", static(docs.good_rss("S", 2, site.url(""))))
    port = secret.split(":")[2].split("/")[0]
    site.route("/public.xml", redirect(secret))
    site.route("/public-ok.xml", static(docs.good_rss("P", 2, f"http://wire.example:{port}")))
    dns = FakeDNS({"wire.example": [PUBLIC]})
    astore = await AsyncStore(tmp_path / "guard.db").open()
    try:
        hop = await astore.call(
            Store.add_feed, f"http://wire.example:{port}/public.xml", trusted=False
        )
        ok = await astore.call(
            Store.add_feed, f"http://wire.example:{port}/public-ok.xml", trusted=False
        )
        site.reset_counts()
        async with Fetcher(FetchLimits(deadline=5.0), resolve=dns, dialer=InternetStandIn()) as f:
            result = await Poller(astore, f).poll_due()
        by_id = {r.feed.id: r for r in result.reports}
        assert by_id[ok.id].outcome == "ok"
        assert by_id[hop.id].outcome == "failed"
        assert by_id[hop.id].error == "blocked: 127.0.0.1 is a loopback address"
        stored = await astore.call(Store.get_feed, hop.id)
        assert stored.status == "error" and stored.error.startswith("blocked:")
    finally:
        await astore.close()
    assert site.count("/public.xml") == 1
    assert site.count(secret) == 0


# -- questions, story ids, time zones, times ----------------------------------------

FTS_SYNTAX = [
    "sanctions OR",
    "OR sanctions",
    '"sanctions',
    'sanctions"',
    "sanctions*",
    "*sanctions",
    "sanctions NEAR",
    "NEAR(sanctions",
    "sanctions AND",
    "sanctions NOT",
    "(sanctions",
    "sanctions)",
    "((sanctions",
    "sanctions ^",
    "title:sanctions",
    "sanctions -",
    "sanctions {",
    "sanctions \\",
    "sanctions\x00",
    "\x1bsanctions\x07",
    "sanctions\u202e",
    "sanctions\r\n",
]


@pytest.fixture
def answer_db(tmp_path):
    db = tmp_path / "answers.db"
    make_store(db).close()
    return db


def test_fts_syntax_in_questions_changes_nothing(answer_db):
    store = Store(answer_db)
    try:
        base = answer(store, "sanctions")
        assert base.found and base.citations
        for question in FTS_SYNTAX:
            got = answer(store, question)
            assert got.answer != FAILED, question
            assert [c.id for c in got.citations] == [c.id for c in base.citations], question
        for question in ["what did Rogozin say about sanctions OR (", 'who "provides* NEAR(']:
            assert answer(store, question).answer != FAILED
    finally:
        store.close()


async def test_hostile_discord_input_gets_ordinary_replies(double, answer_db):
    async with running_bot(double, answer_db) as bot:
        plain = await _message(double, "ask", options={"question": "sanctions"}, user_id=1)
        injected = await _message(double, "ask", options={"question": "sanctions OR"}, user_id=2)
        replies = {}
        for n, question in enumerate(["x" * 5000, "\x00\x07\x1b", "NEAR(((", '"*"']):
            replies[question] = await _followup(
                double, "ask", options={"question": question}, user_id=10 + n
            )
        for story_id in ["1 OR 1=1", "-1", "9" * 40, "'; DROP TABLE stories;--", "\x00", "#"]:
            replies[story_id] = await _followup(double, "story", options={"id": story_id})
        for tz in ["../../etc/passwd", "UTC\x00", "Europe/Nowhere", "A" * 1000, "'; --"]:
            replies[tz] = await _followup(
                double,
                "digest",
                "set",
                options={"channel": CHANNEL_ID, "time": "08:00", "timezone": tz},
            )
        for time in ["25:00", "12:60", "-1:00", "８:００", "12:00; DROP", "9" * 500]:
            replies[time] = await _followup(
                double,
                "digest",
                "set",
                options={"channel": CHANNEL_ID, "time": time, "timezone": "UTC"},
            )
        assert bot.is_ready()
    assert _citations(plain) == _citations(injected) != []
    for value, reply in replies.items():
        assert reply, value
        assert "Something went wrong" not in reply, (value, reply)
    for story_id in ["1 OR 1=1", "-1", "'; DROP TABLE stories;--", "\x00", "#"]:
        assert replies[story_id].startswith("Give a story number"), story_id
    for tz in ["../../etc/passwd", "Europe/Nowhere", "A" * 1000, "'; --"]:
        assert replies[tz].startswith("Unknown time zone"), tz
    for time in ["25:00", "12:60", "-1:00", "12:00; DROP", "9" * 500]:
        assert replies[time].startswith("Not a time of day"), time
    assert replies["UTC\x00"].startswith("Digest set") and " UTC" in replies["UTC\x00"]
    assert double.unknown == []


def _citations(message: dict) -> list[str]:
    """Every link in the answer embed (its sources)."""
    import re

    return re.findall(r"\(<?(https?://[^)>\s]+)", str(message.get("embeds")))


async def test_one_member_asking_too_fast_is_slowed_down(double, answer_db):
    async with running_bot(double, answer_db):
        replies = [
            await _followup(
                double,
                "ask",
                options={"question": f"sanctions {n}"},
                user_id=MEMBER_ID,
                permissions=MEMBER_PERMS,
            )
            for n in range(6)
        ]
        other = await _followup(double, "ask", options={"question": "sanctions"}, user_id=7)
    slowed = [r for r in replies if "faster than I can read" in r]
    assert len(slowed) == 2  # 4 per minute per member
    assert "faster" not in other  # a cooldown is per member, not per channel
