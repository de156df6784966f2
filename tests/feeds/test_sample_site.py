"""The bundled sample site, as the poller sees it: a real httpx.AsyncClient with the
transport mounted on SAMPLE_BASE, no network."""

from __future__ import annotations

import re

import httpx
import pytest

from feeds.article import extract_main_text, is_teaser
from feeds.opml import parse_opml
from feeds.parse import parse_feed
from feeds.sample_site import SAMPLE_BASE, SampleSiteTransport, sample_feed_urls, sample_root


@pytest.fixture
async def client():
    transport = SampleSiteTransport()
    async with httpx.AsyncClient(mounts={SAMPLE_BASE: transport}) as client:
        client.transport_under_test = transport
        yield client


def test_sample_feed_urls_are_four_named_feeds_under_the_sample_base():
    feeds = sample_feed_urls()
    assert [name for _, name in feeds] == [
        "Orbit & State",
        "Station Log",
        "Policy Orbit",
        "Markets & More",
    ]
    assert all(url.startswith(SAMPLE_BASE + "/feeds/") for url, _ in feeds)


async def test_feed_is_served_with_its_content_type_and_a_content_hash_etag(client):
    response = await client.get(f"{SAMPLE_BASE}/feeds/station-log.atom")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/atom+xml")
    assert re.fullmatch(r'"[0-9a-f]{20}"', response.headers["etag"])
    assert response.content.startswith(b"<?xml")


async def test_matching_if_none_match_gets_304_with_no_body(client):
    url = f"{SAMPLE_BASE}/feeds/orbit-and-state.xml"
    etag = (await client.get(url)).headers["etag"]
    again = await client.get(url, headers={"If-None-Match": etag})
    assert again.status_code == 304
    assert again.content == b""
    assert again.headers["etag"] == etag


async def test_stale_etag_gets_the_full_document(client):
    url = f"{SAMPLE_BASE}/feeds/orbit-and-state.xml"
    response = await client.get(url, headers={"If-None-Match": '"not-the-current-one"'})
    assert response.status_code == 200
    assert response.content


async def test_unknown_path_is_404(client):
    assert (await client.get(f"{SAMPLE_BASE}/feeds/nope.xml")).status_code == 404
    assert (await client.get(f"{SAMPLE_BASE}/../../etc/passwd")).status_code == 404
    assert (await client.get(f"{SAMPLE_BASE}/README.md")).status_code == 404


async def test_post_is_refused(client):
    assert (await client.post(f"{SAMPLE_BASE}/feeds/station-log.atom")).status_code == 405


async def test_transport_records_requests_and_never_touches_the_network(client):
    await client.get(f"{SAMPLE_BASE}/articles/os-cosmonaut-banner.html")
    seen = client.transport_under_test.requests
    assert [str(r.url) for r in seen] == [f"{SAMPLE_BASE}/articles/os-cosmonaut-banner.html"]


@pytest.mark.parametrize("url,name", sample_feed_urls())
async def test_every_sample_feed_parses_with_at_least_four_dated_entries(client, url, name):
    response = await client.get(url)
    feed = parse_feed(response.content, dict(response.headers), url)
    assert feed.title == name
    assert feed.bozo is None
    assert len(feed.entries) >= 4
    for entry in feed.entries:
        assert entry.guid and entry.url and entry.title
        assert entry.published and "2025-" <= entry.published[:5] <= "2026-"


async def test_every_teaser_links_to_an_article_page_with_the_full_text(client):
    teasers = 0
    for url, _ in sample_feed_urls():
        response = await client.get(url)
        for entry in parse_feed(response.content, dict(response.headers), url).entries:
            if not is_teaser(entry.text):
                assert len(entry.text.split()) >= 200
                continue
            teasers += 1
            page = await client.get(entry.url)
            assert page.status_code == 200, entry.url
            assert page.headers["content-type"].startswith("text/html")
            text = extract_main_text(page.content, entry.url)
            assert text and len(text.split()) >= 200
    assert teasers >= 4


async def test_near_duplicate_pair_shares_quotes_under_different_urls(client):
    texts = {}
    for url, _ in sample_feed_urls()[:2]:
        response = await client.get(url)
        for entry in parse_feed(response.content, dict(response.headers), url).entries:
            texts[entry.url.rsplit("/", 1)[-1]] = entry.text
    first = texts["os-voronov-sanctions.html"]
    second = texts["sl-russia-station-sanctions.html"]
    assert first != second
    quotes = re.findall(r"“([^”]+)”", first)
    assert len(quotes) >= 6 and all(q in second for q in quotes)


async def test_sample_opml_lists_the_sample_feeds(client):
    response = await client.get(f"{SAMPLE_BASE}/sample-feeds.opml")
    assert response.status_code == 200
    assert parse_opml(response.content) == sample_feed_urls()


def test_sample_files_ship_inside_the_package():
    root = sample_root()
    assert (root / "feeds" / "orbit-and-state.xml").is_file()
    assert len([p for p in (root / "articles").iterdir() if p.name.endswith(".html")]) >= 4
