"""Teasers whose article page failed: tried again on later polls, bounded, never forever.

A real loopback feed and article server, a real SQLite file. "Time passing" is the
retry row's ``next_attempt`` moved into the past, as the clock would.
"""

from __future__ import annotations

import asyncio
from dataclasses import replace

import pytest
from werkzeug import Response

from feeds.fetch import Fetcher
from feeds.poll import Poller
from summaries import _store_articles
from summaries.store import AsyncStore, Store
from tests.feeds.conftest import RawServer, Starter, _head
from tests.feeds.feedgen import ROSCOSMOS, rss
from tests.feeds.test_poll import ARTICLE_PAGE, LIMITS, serve_feed

TEASER_TEXT = "Read the full story."


@pytest.fixture
async def engine(tmp_path):
    astore = await AsyncStore(tmp_path / "poll.db").open()
    async with Fetcher(LIMITS) as fetcher:
        yield astore, Poller(astore, fetcher)
    await astore.close()


def teaser(link: str, n: int = 0):
    return replace(
        ROSCOSMOS,
        guid=f"t{n}",
        title=f"Volkov ties station to sanctions ({n})",
        link=link,
        text=TEASER_TEXT,
    )


class Page:
    """An article page that fails with ``status`` until ``ready`` is set."""

    def __init__(self, status: int = 404) -> None:
        self.status, self.ready, self.requests = status, False, 0

    def __call__(self, request):
        self.requests += 1
        if not self.ready:
            return Response("not here yet", status=self.status, content_type="text/html")
        return Response(ARTICLE_PAGE, content_type="text/html")


async def retry_rows(astore):
    return await astore.call(
        lambda s: s._all("SELECT * FROM article_retries ORDER BY item_key", [])
    )


async def time_passes(astore):
    """Every retry's backoff window ends, as it would after enough minutes."""
    await astore.call(
        lambda s: s.db.execute(
            "UPDATE article_retries SET next_attempt = '2000-01-01T00:00:00Z'"
            " WHERE next_attempt IS NOT NULL"
        )
    )


async def test_a_teaser_whose_page_404ed_is_completed_when_the_page_comes(httpserver, engine):
    astore, poller = engine
    page = Page(404)
    httpserver.expect_request("/articles/volkov").respond_with_handler(page)
    serve_feed(httpserver, "/feed", rss([teaser(httpserver.url_for("/articles/volkov"))]), '"v1"')
    await astore.call(Store.add_feed, httpserver.url_for("/feed"), "Wire")
    await poller.poll_due()
    [story] = await astore.call(Store.stories, iss_only=False)
    assert story.text == TEASER_TEXT and not story.iss_geopolitical and not story.quotes
    [row] = await retry_rows(astore)
    assert (row["attempts"], row["error"]) == (1, "HTTP 404 Not Found")

    page.ready = True
    soon = await poller.poll_due()  # inside the backoff window: the page is left alone
    assert soon.reports[0].articles_retried == 0 and page.requests == 1

    await time_passes(astore)
    later = await poller.poll_due()  # the feed answers 304: the retry still happens
    report = later.reports[0]
    assert report.outcome == "not modified"
    assert (report.articles_retried, report.articles_recovered) == (1, 1)
    assert report.counts.updated == 1
    [story] = await astore.call(Store.stories, iss_only=False)
    assert "Dmitry Volkov told reporters" in story.text
    assert story.iss_geopolitical
    assert any(q.speaker == "Volkov" for q in story.quotes)
    assert "Volkov" in story.summary or "sanctions" in story.summary
    assert [s.feed for s in story.sources] == ["Wire"]
    assert await retry_rows(astore) == []

    again = await poller.poll(await astore.call(Store.list_feeds), force=True)
    assert again.reports[0].articles_retried == 0 and page.requests == 2
    assert len(await astore.call(Store.stories, iss_only=False)) == 1


async def test_poll_force_retries_a_failed_page_at_once(httpserver, engine):
    astore, poller = engine
    page = Page(500)
    httpserver.expect_request("/articles/volkov").respond_with_handler(page)
    serve_feed(httpserver, "/feed", rss([teaser(httpserver.url_for("/articles/volkov"))]))
    await astore.call(Store.add_feed, httpserver.url_for("/feed"))
    await poller.poll_due()
    page.ready = True
    forced = await poller.poll(await astore.call(Store.list_feeds), force=True)
    assert forced.reports[0].outcome == "unchanged body"
    assert forced.reports[0].articles_recovered == 1
    [story] = await astore.call(Store.stories, iss_only=False)
    assert story.iss_geopolitical and "Dmitry Volkov told reporters" in story.text


async def test_a_page_that_never_comes_is_given_up_after_max_attempts(
    httpserver, engine, monkeypatch
):
    astore, poller = engine
    monkeypatch.setattr(_store_articles, "MAX_ATTEMPTS", 3)
    page = Page(404)
    httpserver.expect_request("/articles/volkov").respond_with_handler(page)
    serve_feed(httpserver, "/feed", rss([teaser(httpserver.url_for("/articles/volkov"))]))
    await astore.call(Store.add_feed, httpserver.url_for("/feed"))
    await poller.poll_due()
    for _ in range(5):
        await time_passes(astore)
        await poller.poll(await astore.call(Store.list_feeds), force=True)
    assert page.requests == 3
    [row] = await retry_rows(astore)
    assert row["attempts"] == 3 and row["next_attempt"] is None
    assert row["error"] == "HTTP 404 Not Found"


async def test_the_backoff_doubles_between_attempts(httpserver, engine):
    astore, poller = engine
    httpserver.expect_request("/articles/volkov").respond_with_handler(Page(404))
    serve_feed(httpserver, "/feed", rss([teaser(httpserver.url_for("/articles/volkov"))]))
    await astore.call(Store.add_feed, httpserver.url_for("/feed"))
    waits = []
    for _ in range(3):
        await time_passes(astore)
        await poller.poll_due()
        [row] = await retry_rows(astore)
        waits.append(
            (
                _store_articles.from_rfc3339(row["next_attempt"])
                - _store_articles.from_rfc3339(row["last_attempt"])
            ).total_seconds()
        )
    assert waits == [600, 1200, 2400]


async def test_a_gone_page_is_not_tried_again(httpserver, engine):
    astore, poller = engine
    page = Page(410)
    httpserver.expect_request("/articles/volkov").respond_with_handler(page)
    serve_feed(httpserver, "/feed", rss([teaser(httpserver.url_for("/articles/volkov"))]))
    await astore.call(Store.add_feed, httpserver.url_for("/feed"))
    await poller.poll_due()
    await poller.poll(await astore.call(Store.list_feeds), force=True)
    assert page.requests == 1
    [row] = await retry_rows(astore)
    assert row["next_attempt"] is None and row["error"].startswith("HTTP 410")


async def test_a_page_that_came_with_no_more_text_than_the_feed_is_not_asked_again(
    httpserver, engine
):
    """A short full-text entry looks like a teaser; its page (200) holds nothing longer.
    That is an answer, not a failure: no page request on every later poll, and no
    'article pages that had failed' line for days."""
    astore, poller = engine
    requests = []

    def empty_page(request):
        requests.append(request.path)
        return Response("<html><body><nav>Home</nav></body></html>", content_type="text/html")

    httpserver.expect_request("/articles/short").respond_with_handler(empty_page)
    serve_feed(httpserver, "/feed", rss([teaser(httpserver.url_for("/articles/short"))]))
    await astore.call(Store.add_feed, httpserver.url_for("/feed"))
    await poller.poll_due()
    again = await poller.poll(await astore.call(Store.list_feeds), force=True)
    assert requests == ["/articles/short"]
    assert again.reports[0].articles_retried == 0
    assert [s.text for s in await astore.call(Store.stories, iss_only=False)] == [TEASER_TEXT]


async def test_retries_per_feed_and_poll_are_capped(httpserver, engine, monkeypatch):
    astore, poller = engine
    monkeypatch.setattr("feeds.poll.MAX_ARTICLE_RETRIES_PER_FEED", 2)
    pages = [Page(404) for _ in range(5)]
    for n, page in enumerate(pages):
        httpserver.expect_request(f"/articles/{n}").respond_with_handler(page)
    items = [teaser(httpserver.url_for(f"/articles/{n}"), n) for n in range(5)]
    serve_feed(httpserver, "/feed", rss(items))
    await astore.call(Store.add_feed, httpserver.url_for("/feed"))
    await poller.poll_due()
    assert sum(p.requests for p in pages) == 5
    for page in pages:
        page.ready = True
    await time_passes(astore)
    result = await poller.poll_due()
    assert result.reports[0].articles_retried == 2
    assert sum(p.requests for p in pages) == 7
    assert len(await retry_rows(astore)) == 3
    for _ in range(2):
        await poller.poll(await astore.call(Store.list_feeds), force=True)
    assert await retry_rows(astore) == []
    rows = await astore.call(Store.stories, iss_only=False)
    assert len(rows) == 5 and all("Dmitry Volkov told reporters" in s.text for s in rows)


async def test_a_hanging_page_costs_one_bounded_fetch_and_is_retried(
    httpserver, engine, raw_server: Starter
):
    astore, poller = engine
    served: list[int] = []

    async def hang_then_serve(head: bytes, writer: asyncio.StreamWriter) -> None:
        served.append(1)
        if len(served) == 1:
            await asyncio.Event().wait()
        body = ARTICLE_PAGE.encode()
        writer.write(_head(Content_Type="text/html", Content_Length=str(len(body))) + body)
        await writer.drain()

    article: RawServer = await raw_server(hang_then_serve)
    serve_feed(httpserver, "/feed", rss([teaser(article.url("/articles/volkov"))]))
    await astore.call(Store.add_feed, httpserver.url_for("/feed"))
    loop = asyncio.get_running_loop()
    started = loop.time()
    first = await poller.poll_due()
    assert loop.time() - started < LIMITS.deadline + 1.5
    assert first.reports[0].outcome == "ok" and first.reports[0].error is None
    [row] = await retry_rows(astore)
    assert "timed out" in row["error"]
    await time_passes(astore)
    await poller.poll_due()
    [story] = await astore.call(Store.stories, iss_only=False)
    assert story.iss_geopolitical and "Dmitry Volkov told reporters" in story.text


async def test_a_teaser_completed_by_another_feeds_full_copy_is_not_fetched_again(
    httpserver, engine
):
    astore, poller = engine
    page = Page(404)
    httpserver.expect_request("/articles/volkov").respond_with_handler(page)
    link = httpserver.url_for("/articles/volkov")
    serve_feed(httpserver, "/teasers", rss([teaser(link)]))
    serve_feed(httpserver, "/full", rss([replace(ROSCOSMOS, link=link)]))
    teasers = await astore.call(Store.add_feed, httpserver.url_for("/teasers"), "Teasers")
    await poller.poll([teasers])
    full = await astore.call(Store.add_feed, httpserver.url_for("/full"), "Full")
    await poller.poll([full])
    await time_passes(astore)
    await poller.poll([await astore.call(Store.get_feed, teasers.id)])
    assert page.requests == 1
    assert await retry_rows(astore) == []
    [story] = await astore.call(Store.stories, iss_only=False)
    assert {s.feed for s in story.sources} == {"Teasers", "Full"}


class Changing:
    """A feed whose body the test changes between polls (no validators)."""

    def __init__(self, body: str) -> None:
        self.body = body

    def __call__(self, request):
        return Response(self.body, content_type="application/rss+xml")


async def _stored_article(httpserver, astore, poller):
    """A teaser item whose page is up, polled once: (page, feed, item, story)."""
    page = Page()
    page.ready = True
    httpserver.expect_request("/articles/volkov").respond_with_handler(page)
    old = teaser(httpserver.url_for("/articles/volkov"))
    feed = Changing(rss([old]))
    httpserver.expect_request("/feed").respond_with_handler(feed)
    await astore.call(Store.add_feed, httpserver.url_for("/feed"), "Wire")
    await poller.poll_due()
    [story] = await astore.call(Store.stories, iss_only=False)
    return page, feed, old, story


RETITLED = "Volkov: Russia could leave the station in 2027"


async def test_a_repeated_item_with_an_updated_headline_keeps_the_article(httpserver, engine):
    # the updated headline listed above the stale copy of the same item: before, the stale
    # copy won, the story's text became the teaser and its decision and quotes were lost
    astore, poller = engine
    _page, feed, old, before = await _stored_article(httpserver, astore, poller)
    assert before.iss_geopolitical and before.quotes
    feed.body = rss([replace(old, title=RETITLED), old])
    await poller.poll(await astore.call(Store.list_feeds))
    [after] = await astore.call(Store.stories, iss_only=False)
    assert after.title == RETITLED
    assert after.text == before.text
    assert after.iss_geopolitical
    assert [(q.text, q.speaker) for q in after.quotes] == [
        (q.text, q.speaker) for q in before.quotes
    ]


async def test_a_retitled_item_whose_page_fails_keeps_the_article(httpserver, engine):
    astore, poller = engine
    page, feed, old, before = await _stored_article(httpserver, astore, poller)
    page.ready = False  # the page is down when the headline changes
    feed.body = rss([replace(old, title=RETITLED)])
    await poller.poll(await astore.call(Store.list_feeds))
    [after] = await astore.call(Store.stories, iss_only=False)
    assert after.title == RETITLED
    assert after.text == before.text and after.text != TEASER_TEXT
    assert after.iss_geopolitical and after.quotes
