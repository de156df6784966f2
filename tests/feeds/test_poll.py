"""A poll over real loopback feeds into a real SQLite file."""

from __future__ import annotations

import asyncio
import json
from dataclasses import replace

import pytest
from werkzeug import Response

from feeds.fetch import Fetcher, FetchLimits
from feeds.parse import MAX_TEXT_CHARS
from feeds.poll import Poller
from summaries.store import AsyncStore, DatabaseReadOnly, DatabaseWriteFailed, Store
from summaries.timeutil import now_rfc3339
from tests.feeds.feedgen import (
    PROGRESS_MARCH,
    PROGRESS_MAY,
    ROSCOSMOS,
    SPACEWALK,
    Item,
    atom,
    filler_sentences,
    rss,
)

LIMITS = FetchLimits(connect_timeout=1.0, read_timeout=1.0, deadline=2.0, max_bytes=256 * 1024)

REWRITE = replace(
    ROSCOSMOS,
    guid="other-outlet-77",
    link="http://other.test/2024/04/russia-station-sanctions",
    title="Russia links ISS cooperation to lifting of sanctions",
    text=(
        "Russia will reconsider its role on the International Space Station unless Western "
        "sanctions on its space industry are lifted, the head of Roscosmos said on Saturday.\n\n"
        '"Normal relations between the station partners can only return once the sanctions '
        'are gone," Dmitry Volkov told reporters in Moscow.\n\n'
        "NASA said it had not received any formal notice and that joint operations aboard the "
        "orbiting laboratory continued as planned."
    ),
)


@pytest.fixture
async def engine(tmp_path):
    astore = await AsyncStore(tmp_path / "poll.db").open()
    async with Fetcher(LIMITS) as fetcher:
        yield astore, Poller(astore, fetcher)
    await astore.close()


async def add(astore, url, name=None):
    return await astore.call(Store.add_feed, url, name)


async def stories(astore):
    return await astore.call(Store.stories, iss_only=False)


def serve_feed(httpserver, path, body, etag=None, content_type="application/rss+xml"):
    """Serve body at path, answering 304 when the client sends the current ETag."""

    def handler(request):
        if etag and request.headers.get("If-None-Match") == etag:
            return Response(status=304, headers={"ETag": etag})
        headers = {"ETag": etag} if etag else {}
        return Response(body, status=200, headers=headers, content_type=content_type)

    httpserver.expect_request(path).respond_with_handler(handler)


async def test_second_poll_is_a_conditional_get_that_costs_nothing(httpserver, engine):
    astore, poller = engine
    serve_feed(httpserver, "/feed", rss([ROSCOSMOS, SPACEWALK]), etag='"v1"')
    feed = await add(astore, httpserver.url_for("/feed"))
    first = await poller.poll_due()
    assert first.reports[0].counts.new == 2
    second = await poller.poll_due()
    assert second.reports[0].outcome == "not modified"
    assert second.total("new") == 0
    assert httpserver.log[-1][0].headers["If-None-Match"] == '"v1"'
    assert len(await stories(astore)) == 2
    assert (await astore.call(Store.get_feed, feed.id)).status == "ok"


async def test_new_etag_with_the_same_items_adds_nothing(httpserver, engine):
    astore, poller = engine
    versions = iter(['"v1"', '"v2"'])
    body = rss([ROSCOSMOS, SPACEWALK])
    httpserver.expect_request("/feed").respond_with_handler(
        lambda r: Response(body, headers={"ETag": next(versions)}, content_type="text/xml")
    )
    await add(astore, httpserver.url_for("/feed"))
    await poller.poll_due()
    result = await poller.poll_due()
    assert result.reports[0].outcome in {"ok", "unchanged body"}
    assert result.total("new") == 0
    assert len(await stories(astore)) == 2


async def test_changed_item_text_updates_the_story(httpserver, engine):
    astore, poller = engine
    bodies = iter(
        [
            rss([SPACEWALK]),
            rss([replace(SPACEWALK, text=SPACEWALK.text + "\n\nNASA later extended the walk.")]),
        ]
    )
    httpserver.expect_request("/feed").respond_with_handler(
        lambda r: Response(next(bodies), content_type="text/xml")
    )
    await add(astore, httpserver.url_for("/feed"))
    await poller.poll_due()
    result = await poller.poll_due()
    assert result.total("updated") == 1 and result.total("new") == 0
    [story] = await stories(astore)
    assert story.text.endswith("NASA later extended the walk.")


async def test_bad_feeds_are_recorded_and_the_good_one_is_ingested(httpserver, engine):
    astore, poller = engine
    serve_feed(httpserver, "/good", atom([ROSCOSMOS, SPACEWALK]))
    httpserver.expect_request("/500").respond_with_data("oops", status=500)
    httpserver.expect_request("/big").respond_with_data(b"<rss>" + b" " * (512 * 1024))
    httpserver.expect_request("/html").respond_with_data(
        "<html><body><h1>Welcome</h1></body></html>", content_type="text/html"
    )
    httpserver.expect_request("/loop").respond_with_data(
        "", status=302, headers={"Location": "/loop"}
    )
    httpserver.expect_request("/slow").respond_with_handler(_slow)
    for path in ["/good", "/500", "/big", "/html", "/loop", "/slow"]:
        await add(astore, httpserver.url_for(path), path)
    result = await poller.poll_due()
    by_name = {r.feed.name: r for r in result.reports}
    assert by_name["/good"].counts.new == 2
    feeds = {f["name"]: f for f in [f.to_json() for f in await astore.call(Store.list_feeds)]}
    assert feeds["/good"]["status"] == "ok"
    for name in ["/500", "/big", "/html", "/loop", "/slow"]:
        assert feeds[name]["status"] == "error", name
        assert feeds[name]["error"] and "\n" not in feeds[name]["error"]
        assert feeds[name]["next_poll"] > feeds[name]["last_polled"]  # backing off
    assert "500" in feeds["/500"]["error"]
    assert "redirect" in feeds["/loop"]["error"].lower()
    # Inside their backoff window the bad feeds are not fetched again.
    again = await poller.poll_due()
    assert [r.feed.name for r in again.reports] == ["/good"]


def _slow(request):
    def drip():
        yield b"<rss>"
        import time

        for _ in range(10):
            time.sleep(0.5)
            yield b" "

    return Response(drip(), content_type="text/xml")


ARTICLE_PAGE = """<!doctype html><html><head><title>Volkov ties station to sanctions</title></head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/launches">Launches</a></li>
<li><a href="/policy">Policy</a></li></ul></nav>
<div class="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
<article><h1>Volkov ties station to sanctions</h1>
<p>The head of Roscosmos said on Saturday that Russia would reconsider its role on the
International Space Station unless Western sanctions on its space industry were lifted.</p>
<p>"Normal relations between the station partners can only return once the sanctions are
gone," Dmitry Volkov told reporters in Moscow, in remarks aimed squarely at Washington.</p>
<p>NASA said it had not received any formal notice and that joint operations aboard the
orbiting laboratory continued as planned, with a crew rotation still set for next month.</p>
<p>The Russian segment supplies the station's propulsion, while the U.S. segment supplies most
of its power, which makes any unilateral departure technically difficult.</p>
</article>
<aside><h2>Related stories</h2><ul><li><a href="/a">Mars rover finds clay</a></li>
<li><a href="/b">New telescope mirror polished</a></li></ul></aside>
<footer>Copyright 2024 Example News. All rights reserved. Privacy policy.</footer>
</body></html>"""


async def test_teaser_item_gets_the_article_main_text(httpserver, engine):
    astore, poller = engine
    link = httpserver.url_for("/articles/volkov")
    teaser = replace(
        ROSCOSMOS, link=link, text="Russia's space chief links the station to sanctions."
    )
    serve_feed(httpserver, "/feed", rss([teaser]))
    httpserver.expect_request("/articles/volkov").respond_with_data(
        ARTICLE_PAGE, content_type="text/html"
    )
    await add(astore, httpserver.url_for("/feed"))
    result = await poller.poll_due()
    assert result.reports[0].articles_fetched == 1
    [story] = await stories(astore)
    assert "Dmitry Volkov told reporters" in story.text
    assert "technically difficult" in story.text
    # the page's <h1> headline is not the text, nor its summary
    assert story.text.startswith("The head of Roscosmos said on Saturday")
    assert story.title not in story.summary
    for boilerplate in ["cookies", "Related stories", "Mars rover", "Copyright", "Launches"]:
        assert boilerplate not in story.text
    # The next poll sees the same teaser and neither refetches the page nor updates.
    again = await poller.poll(await astore.call(Store.list_feeds))
    assert again.reports[0].articles_fetched == 0 and again.total("updated") == 0


async def test_a_huge_article_page_is_kept_to_the_length_of_a_feed_entry(httpserver, engine):
    """A 1 MB article page of quotes (a transcript, a page that never ends) is stored and
    analysed up to MAX_TEXT_CHARS, like a feed entry, cut at a paragraph break: the story
    opens as the page does, and analysing it (again at every reclassify) costs what a long
    article does, not the seconds 1 MB of quotes would."""
    astore, poller = engine
    link = httpserver.url_for("/articles/endless")
    teaser = replace(
        ROSCOSMOS, link=link, text="Russia's space chief links the station to sanctions."
    )
    said = "".join(
        f'<p>"The partners must talk about module {n} and the sanctions again," he said.</p>'
        for n in range(13_000)  # numbered: trafilatura drops repeated paragraphs
    )
    page = ARTICLE_PAGE.replace("</article>", said + "</article>")
    assert len(page) > 1_000_000
    serve_feed(httpserver, "/feed", rss([teaser]))
    httpserver.expect_request("/articles/endless").respond_with_data(page, content_type="text/html")
    await add(astore, httpserver.url_for("/feed"))
    result = await poller.poll_due()
    assert result.reports[0].articles_fetched == 1
    [story] = await stories(astore)
    assert len(story.text) <= MAX_TEXT_CHARS
    assert "The head of Roscosmos said on Saturday" in story.text[:100]  # as the page opens
    assert story.text.endswith('and the sanctions again," he said.')
    assert any(q.speaker == "Volkov" for q in story.quotes)


async def test_one_event_in_two_feeds_is_one_story_with_two_sources(httpserver, engine):
    astore, poller = engine
    serve_feed(httpserver, "/a", rss([ROSCOSMOS]))
    serve_feed(httpserver, "/b", atom([REWRITE, SPACEWALK]))
    await add(astore, httpserver.url_for("/a"), "Outlet A")
    await add(astore, httpserver.url_for("/b"), "Outlet B")
    await poller.poll_due()
    rows = await stories(astore)
    assert len(rows) == 2
    merged = next(s for s in rows if "sanction" in s.title.lower())
    assert {s.feed for s in merged.sources} == {"Outlet A", "Outlet B"}
    assert json.loads(json.dumps(merged.to_json()))["sources"][1]["url"]


async def test_two_events_with_the_same_title_stay_two_stories(httpserver, engine):
    astore, poller = engine
    serve_feed(httpserver, "/a", rss([PROGRESS_MARCH]))
    serve_feed(httpserver, "/b", rss([PROGRESS_MAY]))
    await add(astore, httpserver.url_for("/a"), "A")
    await add(astore, httpserver.url_for("/b"), "B")
    await poller.poll_due()
    assert len(await stories(astore)) == 2


async def test_one_failing_feed_does_not_delay_the_others(httpserver, engine):
    astore, poller = engine
    serve_feed(httpserver, "/good", rss([SPACEWALK]))
    httpserver.expect_request("/slow").respond_with_handler(_slow)
    await add(astore, httpserver.url_for("/slow"), "slow")
    await add(astore, httpserver.url_for("/good"), "good")
    order = []
    await poller.poll_due(on_report=lambda r: order.append(r.feed.name))
    assert order == ["good", "slow"]


async def test_a_read_only_database_stops_the_poll_once_and_changes_nothing(
    httpserver, engine, caplog
):
    astore, poller = engine
    serve_feed(httpserver, "/good", rss([SPACEWALK]))
    httpserver.expect_request("/slow").respond_with_handler(_slow)
    httpserver.expect_request("/500").respond_with_data("oops", status=500)
    for path in ["/good", "/slow", "/500"]:
        await add(astore, httpserver.url_for(path))
    await astore.call(lambda s: s.db.conn.execute("PRAGMA query_only = ON"))
    loop = asyncio.get_running_loop()
    started = loop.time()
    with pytest.raises(DatabaseReadOnly, match="is read-only"):
        await poller.poll_due()
    # Not a failure of each feed: the feeds still in flight are stopped, not left to
    # fail on a closed client, and nothing is logged as a traceback.
    assert loop.time() - started < 3
    assert [t for t in asyncio.all_tasks() if t is not asyncio.current_task()] == []
    assert [r for r in caplog.records if r.exc_info] == []
    assert {f.status for f in await astore.call(Store.list_feeds)} == {"new"}
    assert await stories(astore) == []


async def test_a_full_disk_stops_the_poll_and_puts_no_feed_into_backoff(httpserver, engine):
    """A full disk (SQLITE_FULL; an operator met "disk I/O error") was reported as each
    feed's failure, so healthy feeds backed off and, after eight polls, were disabled."""
    astore, poller = engine
    long = replace(SPACEWALK, text=SPACEWALK.text + " The crew rested." * 3000)
    serve_feed(httpserver, "/good", rss([long, ROSCOSMOS]))
    await add(astore, httpserver.url_for("/good"), "good")

    def fill(store: Store) -> None:  # no page may be added: the next story cannot fit
        pages = store.db.conn.execute("PRAGMA page_count").fetchone()[0]
        store.db.conn.execute(f"PRAGMA max_page_count = {pages}")

    await astore.call(fill)
    with pytest.raises(DatabaseWriteFailed, match="could not be written"):
        await poller.poll_due()
    [feed] = await astore.call(Store.list_feeds)
    assert (feed.status, feed.consecutive_failures, feed.next_poll) == ("new", 0, None)
    assert await stories(astore) == []


async def test_poll_can_be_cancelled_without_corrupting_the_store(httpserver, engine):
    astore, poller = engine
    httpserver.expect_request("/slow").respond_with_handler(_slow)
    await add(astore, httpserver.url_for("/slow"), "slow")
    task = asyncio.create_task(poller.poll_due())
    await asyncio.sleep(0.2)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert (await astore.call(Store.get_feed, 1)).status == "new"


async def test_teasers_over_the_page_budget_wait_for_the_next_poll(httpserver, engine, monkeypatch):
    astore, poller = engine
    monkeypatch.setattr("feeds.poll.MAX_ARTICLE_FETCHES_PER_FEED", 2)
    teasers = [
        replace(
            ROSCOSMOS,
            guid=f"t{n}",
            title=f"Teaser {n}: Volkov ties station to sanctions",
            link=httpserver.url_for(f"/articles/{n}"),
            text="Russia's space chief links the station to sanctions.",
        )
        for n in range(3)
    ]
    serve_feed(httpserver, "/feed", rss(teasers), etag='"same"')
    for n in range(3):
        httpserver.expect_request(f"/articles/{n}").respond_with_data(
            ARTICLE_PAGE.replace("Volkov ties", f"Teaser {n}: Volkov ties"),
            content_type="text/html",
        )
    await add(astore, httpserver.url_for("/feed"))
    first = await poller.poll_due()
    assert (first.reports[0].articles_fetched, first.reports[0].deferred) == (2, 1)
    assert len(await stories(astore)) == 2
    second = await poller.poll_due()  # same body, same ETag: still parsed for the leftover
    assert second.reports[0].counts.new == 1 and second.reports[0].articles_fetched == 1
    rows = await stories(astore)
    assert len(rows) == 3 and all("Dmitry Volkov told reporters" in s.text for s in rows)
    third = await poller.poll_due()
    assert third.reports[0].outcome == "not modified"


async def test_an_item_with_no_usable_date_is_published_null_and_sorts_by_first_seen(
    httpserver, engine
):
    """No date, an unreadable one, or one years ahead: ``published`` is null, never the
    poll time (which shows an old undated item as today's news). "Since" and "newest
    first" then go by when the story was first seen."""
    astore, poller = engine
    dated = [
        (None, "no date"),
        ("6th of June, 2026 at noonish", "unreadable date"),
        ("Mon, 01 Jan 2035 00:00:00 GMT", "date in 2035"),
        ("Tue, 02 Apr 2024 10:00:00 GMT", "real date"),
    ]
    items = [
        Item(
            guid=f"d{n}",
            title=f"Station log with a {what}",
            link=f"http://example.test/log/{n}",
            date=date,
            text="\n\n".join(filler_sentences(what, 4)),
        )
        for n, (date, what) in enumerate(dated)
    ]
    serve_feed(httpserver, "/feed", rss(items))
    await add(astore, httpserver.url_for("/feed"))
    before = now_rfc3339()
    await poller.poll_due()
    rows = await stories(astore)
    published = {s.title.removeprefix("Station log with a "): s.published for s in rows}
    assert published == {
        "no date": None,
        "unreadable date": None,
        "date in 2035": None,
        "real date": "2024-04-02T10:00:00Z",
    }
    assert all(s.to_json()["published"] is None for s in rows if s.published is None)
    assert all(s.first_seen >= before for s in rows)
    assert rows[-1].published == "2024-04-02T10:00:00Z"  # newest first: by first-seen time
    recent = await astore.call(Store.stories, iss_only=False, since=before)
    assert sorted(s.title for s in recent) == sorted(s.title for s in rows[:3])
    again = await poller.poll(await astore.call(Store.list_feeds), force=True)
    assert again.total("new") == 0 and len(await stories(astore)) == 4


async def test_two_items_given_one_guid_are_both_kept_and_a_re_poll_repeats_neither(
    httpserver, engine
):
    """A feed that gives one guid to two items (different link, different title) has
    two items: the second used to replace the first, which was lost without a word."""
    astore, poller = engine
    other = replace(SPACEWALK, guid=ROSCOSMOS.guid)
    versions = iter(
        [[ROSCOSMOS, other], [ROSCOSMOS, other], [replace(other, text=other.text + "\n\nMore.")]]
    )

    def handler(request):
        # a new channel title each time: the body changes, so every item is looked at
        body = rss(next(versions), title=f"Feed {len(httpserver.log)}")
        return Response(body, content_type="application/rss+xml")

    httpserver.expect_request("/feed").respond_with_handler(handler)
    await add(astore, httpserver.url_for("/feed"))
    first = (await poller.poll_due()).reports[0].counts
    assert (first.new, first.unchanged) == (2, 0)
    titles = sorted(s.title for s in await stories(astore))
    assert titles == sorted([ROSCOSMOS.title, SPACEWALK.title])
    assert (await poller.poll_due()).reports[0].counts.unchanged == 2
    # The first item gone, the second updated: it is still the second item's story.
    third = (await poller.poll_due()).reports[0].counts
    assert (third.new, third.updated) == (0, 1)
    rows = {s.title: s for s in await stories(astore)}
    assert len(rows) == 2 and rows[SPACEWALK.title].text.endswith("More.")
    assert "Dmitry Volkov" in rows[ROSCOSMOS.title].text


async def test_the_bots_poll_loop_logs_a_read_only_database_in_one_line(httpserver, engine, caplog):
    """The bot's background pass (bot/cogs/polling.py) on a read-only database: one error
    line a pass, no traceback, and the loop goes on (the pass is counted)."""
    from types import SimpleNamespace

    from bot.cogs.polling import Polling

    astore, poller = engine
    serve_feed(httpserver, "/good", rss([SPACEWALK]))
    await add(astore, httpserver.url_for("/good"))
    await astore.call(lambda s: s.db.conn.execute("PRAGMA query_only = ON"))
    cog = Polling(SimpleNamespace(poller=poller, get_cog=lambda name: None))
    await cog.poll_once()
    errors = [r for r in caplog.records if r.name == "bot.cogs.polling"]
    assert [r.exc_info for r in errors] == [None]
    assert "read-only" in errors[0].getMessage()
    assert cog.passes == 1


async def test_a_feed_gone_for_good_is_disabled_and_the_log_says_so(httpserver, engine, caplog):
    # the operator, who alone can re-enable it, saw only an ordinary "failed" warning
    astore, poller = engine
    httpserver.expect_request("/gone").respond_with_data("gone", status=410)
    feed = await add(astore, httpserver.url_for("/gone"), "Late Wire")
    await poller.poll([feed])
    assert (await astore.call(Store.get_feed, feed.id)).status == "disabled"
    assert any(
        "now disabled" in r.getMessage() and "feeds enable" in r.getMessage()
        for r in caplog.records
        if r.levelname == "WARNING"
    ), [r.getMessage() for r in caplog.records]


async def test_a_feed_moved_permanently_is_followed_to_its_new_address(httpserver, engine):
    """A 301 (or 308) chain moves the subscription: later polls go to the new address, and
    the old one can be retired (410) without the feed failing. A temporary redirect (302)
    moves nothing."""
    astore, poller = engine
    serve_feed(httpserver, "/monitor/rss.xml", rss([ROSCOSMOS]), etag='"m1"')
    retired = iter([False, True])

    def old(request):
        if next(retired, True):
            return Response("gone", status=410)
        return Response("", status=301, headers={"Location": "/monitor/rss.xml"})

    httpserver.expect_request("/kremlinwatch/rss.xml").respond_with_handler(old)
    httpserver.expect_request("/temp").respond_with_data(
        "", status=302, headers={"Location": "/elsewhere"}
    )
    serve_feed(httpserver, "/elsewhere", rss([SPACEWALK]))
    moved = await add(astore, httpserver.url_for("/kremlinwatch/rss.xml"), "Moscow Monitor")
    temp = await add(astore, httpserver.url_for("/temp"), "Temp")
    first = await poller.poll_due()
    by_name = {r.feed.name: r for r in first.reports}
    assert by_name["Moscow Monitor"].counts.new == 1
    assert by_name["Moscow Monitor"].moved_to == httpserver.url_for("/monitor/rss.xml")
    assert by_name["Temp"].moved_to is None
    now = await astore.call(Store.get_feed, moved.id)
    assert now.url == httpserver.url_for("/monitor/rss.xml") and now.name == "Moscow Monitor"
    assert (await astore.call(Store.get_feed, temp.id)).url == httpserver.url_for("/temp")
    second = await poller.poll_due()  # the old address now answers 410 Gone
    again = {r.feed.name: r for r in second.reports}["Moscow Monitor"]
    assert again.outcome == "not modified" and again.moved_to is None
    assert (await astore.call(Store.get_feed, moved.id)).status == "ok"
    paths = [request.path for request, _response in httpserver.log]
    assert paths.count("/kremlinwatch/rss.xml") == 1  # never asked again after the move


async def test_a_truncated_feed_is_read_in_part_said_so_and_changes_no_stored_story(
    httpserver, engine
):
    astore, poller = engine
    whole = rss([ROSCOSMOS, SPACEWALK])
    cut = whole[: whole.index(SPACEWALK.text[:40].encode()) + 20]  # mid-way through item 2
    bodies = iter([whole, cut, whole])
    httpserver.expect_request("/feed").respond_with_handler(
        lambda r: Response(next(bodies), content_type="application/rss+xml")
    )
    feed = await add(astore, httpserver.url_for("/feed"))
    await poller.poll_due()
    before = {s.title: s.text for s in await stories(astore)}
    broken = (await poller.poll_due()).reports[0]
    assert broken.outcome == "ok" and broken.error.startswith("malformed XML, "), broken.error
    assert broken.counts.updated == 0
    assert {s.title: s.text for s in await stories(astore)} == before  # nothing cut short
    listed = await astore.call(Store.get_feed, feed.id)
    assert listed.status == "ok" and listed.error == broken.error  # feeds list shows it
    mended = (await poller.poll_due()).reports[0]
    assert mended.error is None and mended.counts.updated == 0
    assert (await astore.call(Store.get_feed, feed.id)).error is None
