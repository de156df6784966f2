"""A story gathers its link, headline and sources from every feed that carries it.

Feeds are uneven: one outlet's item has no <link>, another's no <title>. Whichever copy
is polled first, the story ends with a link and a real headline when any feed gave them,
is classified under that headline, and names each feed once among its sources.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from werkzeug import Response

from feeds.fetch import Fetcher, FetchLimits
from feeds.poll import Poller
from summaries.answers import answer
from summaries.store import AsyncStore, Store
from tests.feeds.feedgen import Item, atom, filler_sentences, rss

LIMITS = FetchLimits(connect_timeout=1.0, read_timeout=1.0, deadline=2.0, max_bytes=256 * 1024)

# The headline is what makes this an ISS story: the text only says "the outpost".
WIRE = Item(
    guid="wire-1",
    title="Russia threatens to quit the ISS over sanctions",
    link="http://wire.test/2024/russia-quit-iss",
    text=(
        "Russia said on Monday that its crews would stop flying to the outpost after 2025 "
        "unless the United States lifted sanctions on its space industry.\n\n"
        '"Cooperation cannot continue under sanctions," the deputy prime minister, Yuri '
        "Belov, told reporters in Moscow.\n\n"
        "Washington declined to comment."
    ),
)
BARE = replace(WIRE, guid="bare-1", title="", link=None)


@pytest.fixture
async def engine(tmp_path):
    astore = await AsyncStore(tmp_path / "sources.db").open()
    async with Fetcher(LIMITS) as fetcher:
        yield astore, Poller(astore, fetcher, fetch_articles=False)
    await astore.close()


def serve(httpserver, path: str, body: bytes) -> str:
    httpserver.expect_request(path).respond_with_handler(
        lambda r: Response(body, content_type="application/rss+xml")
    )
    return httpserver.url_for(path)


async def poll_one_more_feed(astore, poller, url: str, name: str) -> list:
    await astore.call(Store.add_feed, url, name)
    await poller.poll_due()
    return await astore.call(Store.stories, iss_only=False)


async def test_a_story_first_seen_bare_takes_link_and_headline_from_a_later_feed(
    httpserver, engine
):
    astore, poller = engine
    [bare] = await poll_one_more_feed(
        astore, poller, serve(httpserver, "/bare", rss([BARE])), "NoLink"
    )
    assert not bare.iss_geopolitical  # "the outpost" alone does not name the station

    [story] = await poll_one_more_feed(
        astore, poller, serve(httpserver, "/wire", rss([WIRE])), "Wire"
    )
    assert story.id == bare.id
    assert story.title == WIRE.title
    assert story.url == WIRE.link
    assert story.iss_geopolitical  # re-analysed under its real headline
    assert [s.feed for s in story.sources] == ["NoLink", "Wire"]

    reply = await astore.call(answer, "what did Belov say about sanctions?")
    assert reply.to_json()["citations"][0]["url"] == WIRE.link


async def test_a_bare_copy_seen_later_keeps_the_headline_and_link(httpserver, engine):
    astore, poller = engine
    await poll_one_more_feed(astore, poller, serve(httpserver, "/wire", rss([WIRE])), "Wire")
    # A fuller copy (its text becomes the story's) with no title and no link.
    fuller = replace(BARE, text=WIRE.text + "\n\n" + "\n\n".join(filler_sentences("more", 6)))
    [story] = await poll_one_more_feed(
        astore, poller, serve(httpserver, "/bare", rss([fuller])), "NoLink"
    )
    assert story.text.startswith(WIRE.text) and len(story.text) > len(WIRE.text)
    assert story.title == WIRE.title
    assert story.url == WIRE.link
    assert story.iss_geopolitical


async def test_the_source_named_is_the_feed_whose_link_is_cited(httpserver, engine):
    """`stories --json` and every display show "source · url": the link a later feed
    brought is named with that feed, and every feed that carried it stays in sources."""
    astore, poller = engine
    await poll_one_more_feed(astore, poller, serve(httpserver, "/bare", rss([BARE])), "NoLink")
    [story] = await poll_one_more_feed(
        astore, poller, serve(httpserver, "/wire", rss([WIRE])), "Wire"
    )
    data = story.to_json()
    assert (data["source"], data["url"]) == ("Wire", WIRE.link)
    assert data["sources"] == [{"feed": "NoLink", "url": ""}, {"feed": "Wire", "url": WIRE.link}]


async def test_a_fuller_copy_with_no_link_leaves_the_link_and_its_source(httpserver, engine):
    astore, poller = engine
    await poll_one_more_feed(astore, poller, serve(httpserver, "/wire", rss([WIRE])), "Wire")
    fuller = replace(BARE, text=WIRE.text + "\n\n" + "\n\n".join(filler_sentences("more", 6)))
    [story] = await poll_one_more_feed(
        astore, poller, serve(httpserver, "/bare", rss([fuller])), "NoLink"
    )
    assert len(story.text) > len(WIRE.text)  # NoLink's text, Wire's link
    assert (story.source, story.url) == ("Wire", WIRE.link)
    assert [s.feed for s in story.sources] == ["Wire", "NoLink"]


async def test_a_feed_carrying_two_copies_of_a_story_is_one_source(httpserver, engine):
    astore, poller = engine
    twice = [WIRE, replace(WIRE, guid="wire-1-repost", link="http://wire.test/2024/repost")]
    [story] = await poll_one_more_feed(
        astore, poller, serve(httpserver, "/wire", rss(twice)), "Wire"
    )
    assert [s.feed for s in story.sources] == ["Wire"]
    assert story.to_json()["sources"] == [{"feed": "Wire", "url": WIRE.link}]


async def test_a_second_headline_does_not_replace_the_first(httpserver, engine):
    astore, poller = engine
    await poll_one_more_feed(astore, poller, serve(httpserver, "/wire", rss([WIRE])), "Wire")
    other = replace(WIRE, guid="o-1", title="Moscow sets terms for staying on the station")
    [story] = await poll_one_more_feed(
        astore, poller, serve(httpserver, "/other", rss([replace(other, link=None)])), "Other"
    )
    assert (story.title, story.url) == (WIRE.title, WIRE.link)


async def sources_json(astore) -> list[list[dict]]:
    return [s.to_json()["sources"] for s in await astore.call(Store.stories, iss_only=False)]


async def test_a_removed_feed_keeps_its_name_and_re_adding_it_repeats_no_source(httpserver, engine):
    astore, poller = engine
    url = serve(httpserver, "/wire", rss([WIRE]))
    await poll_one_more_feed(astore, poller, url, "Wire")
    await astore.call(Store.remove_feed, "Wire")
    [story] = await astore.call(Store.stories, iss_only=False)
    assert story.source == "Wire"  # `source` stays one of `sources`
    assert await sources_json(astore) == [[{"feed": "Wire", "url": WIRE.link}]]

    await astore.call(Store.add_feed, url, "Wire again")
    result = await poller.poll_due()
    assert (result.total("new"), result.total("merged"), result.total("unchanged")) == (0, 0, 1)
    assert await sources_json(astore) == [[{"feed": "Wire again", "url": WIRE.link}]]
    assert (await poller.poll_due()).total("new") == 0  # its items are its own again


async def test_a_new_feed_given_a_removed_feeds_id_does_not_take_its_items(httpserver, engine):
    """SQLite gives the next feed the id of a removed feed that had the highest one; the
    new feed (another URL carrying the same item) is a source of its own."""
    astore, poller = engine
    await poll_one_more_feed(astore, poller, serve(httpserver, "/wire", rss([WIRE])), "Wire")
    await astore.call(Store.remove_feed, "Wire")
    mirror = serve(httpserver, "/mirror", rss([WIRE]))
    await poll_one_more_feed(astore, poller, mirror, "Mirror")
    both = [{"feed": "Wire", "url": WIRE.link}, {"feed": "Mirror", "url": WIRE.link}]
    assert await sources_json(astore) == [both]
    await astore.call(Store.remove_feed, "Mirror")
    await poll_one_more_feed(astore, poller, serve(httpserver, "/third", rss([WIRE])), "Third")
    assert await sources_json(astore) == [[*both, {"feed": "Third", "url": WIRE.link}]]


async def test_a_feed_turned_atom_at_the_same_address_counts_its_own_items_unchanged(
    httpserver, engine
):
    """The operator's month (s20 D6): the site moved from RSS to Atom, every item took a
    new id, and the poll reported "merged 2" as though another feed had them."""
    astore, poller = engine
    other = replace(WIRE, guid="wire-2", title="Crew swaps seats", link="http://wire.test/b")
    other = replace(other, text=" ".join(filler_sentences("seats", 6)))
    body = {"doc": rss([WIRE, other])}
    httpserver.expect_request("/feed").respond_with_handler(
        lambda r: Response(body["doc"], content_type="application/xml")
    )
    await poll_one_more_feed(astore, poller, httpserver.url_for("/feed"), "Wire")
    body["doc"] = atom([replace(WIRE, guid="urn:a:1"), replace(other, guid="urn:a:2")])
    result = await poller.poll_due()
    counts = [result.total(k) for k in ("new", "updated", "unchanged", "merged")]
    assert counts == [0, 0, 2, 0]
    assert [[s["feed"] for s in srcs] for srcs in await sources_json(astore)] == [["Wire"]] * 2
    again = await poller.poll_due()
    assert [again.total(k) for k in ("new", "merged")] == [0, 0]
