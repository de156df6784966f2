"""OPML import/export and the shipped default feed list."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import lxml.etree
import pytest

from feeds.defaults import load_default_feeds
from feeds.opml import OPMLError, export_opml, parse_opml

DATA = Path(__file__).parent / "data" / "opml"


def test_nested_outlines_are_flattened_in_document_order():
    # the repeat is kept: the importer names it as skipped rather than drop it unseen
    assert parse_opml((DATA / "nested.opml").read_bytes()) == [
        ("https://spacenews.com/feed/", "SpaceNews"),
        ("https://www.esa.int/rssfeed/Our_Activities/Space_News", "ESA & friends"),
        ("https://example.org/lower.xml", "Lower-case attribute"),
        ("https://example.org/untitled.xml", None),
        ("https://spacenews.com/feed/", "Again"),
    ]


def test_round_trip_keeps_urls_names_and_order():
    feeds = [
        ("https://spacenews.com/feed/", "SpaceNews"),
        ("https://example.org/feed?a=1&b=2", 'Quotes "and" <angles> & ampersands'),
        ("https://example.org/unnamed.xml", None),
        ("https://example.org/ünïcode", "Ünïcode — name"),
    ]
    assert parse_opml(export_opml(feeds).encode("utf-8")) == feeds


def test_export_is_opml_2_with_title_and_date_created():
    now = datetime(2026, 3, 13, 14, 20, tzinfo=UTC)
    root = lxml.etree.fromstring(export_opml([("https://a/", "A")], title="Mine", now=now).encode())
    assert root.tag == "opml" and root.get("version") == "2.0"
    assert root.findtext("head/title") == "Mine"
    assert root.findtext("head/dateCreated") == "Fri, 13 Mar 2026 14:20:00 GMT"
    outline = root.find("body/outline")
    assert outline.attrib == {"type": "rss", "text": "A", "title": "A", "xmlUrl": "https://a/"}


def test_export_of_no_feeds_is_still_valid():
    assert parse_opml(export_opml([]).encode()) == []


@pytest.mark.parametrize(
    "data,reason",
    [
        (b"", "empty"),
        (b"<opml><body><outline xmlUrl='x'>", "malformed XML"),
        (b"<rss version='2.0'><channel/></rss>", "root element is <rss>"),
        (b"\xff\xfe\x00garbage", "malformed XML"),
        (
            b'<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY a "aaaaaaaaaa">'
            b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
            b'<opml version="2.0"><body><outline text="&b;" xmlUrl="https://x/"/></body></opml>',
            "entity declarations",
        ),
    ],
    ids=["empty", "truncated", "not-opml", "binary", "entity-bomb"],
)
def test_bad_input_raises_one_line_opml_error(data, reason):
    with pytest.raises(OPMLError) as err:
        parse_opml(data)
    assert reason in str(err.value)
    assert "\n" not in str(err.value)


def test_external_entities_and_dtds_are_not_fetched(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET")
    data = (
        f'<?xml version="1.0"?><!DOCTYPE opml SYSTEM "{secret.as_uri()}">'
        '<opml version="2.0"><body><outline text="t" xmlUrl="https://x/"/></body></opml>'
    ).encode()
    assert parse_opml(data) == [("https://x/", "t")]
    xxe = (
        f'<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY s SYSTEM "{secret.as_uri()}">]>'
        '<opml version="2.0"><body><outline text="&s;" xmlUrl="https://x/"/></body></opml>'
    ).encode()
    with pytest.raises(OPMLError):
        parse_opml(xxe)


# --- the shipped default feeds ------------------------------------------------------


def test_default_feeds_are_named_unique_https_urls():
    feeds = load_default_feeds()
    assert len(feeds) >= 10
    urls = [url for url, _ in feeds]
    assert len(set(urls)) == len(urls)
    assert all(url.startswith("https://") for url in urls)
    assert all(name and name.strip() == name for _, name in feeds)


def test_default_feeds_cover_the_sources_the_product_names():
    names = " ".join(name for _, name in load_default_feeds())
    for source in (
        "SpaceNews",
        "Space.com",
        "NASA",
        "ESA",
        "SpacePolicyOnline",
        "NASASpaceflight",
        "Spaceflight Now",
        "Ars Technica",
        "TASS",
    ):
        assert source in names


def test_default_feeds_survive_an_opml_round_trip():
    feeds = load_default_feeds()
    assert parse_opml(export_opml(feeds).encode()) == feeds
