"""parse_feed: bytes and headers in, clean entries or a one-line FeedParseError out."""

from __future__ import annotations

import random
from pathlib import Path

import feedparser
import pytest

import feeds.parse
from feeds.errors import FeedParseError
from feeds.parse import MAX_ENTRIES, MAX_TEXT_CHARS, MAX_TITLE_CHARS, parse_feed

DATA = Path(__file__).parent / "data" / "parse"
REAL_FEEDS = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "real-feeds"
XML = {"Content-Type": "application/xml"}


def parse_fixture(name: str, url: str = "https://fixture.example/feed.xml"):
    return parse_feed((DATA / name).read_bytes(), XML, url)


def rss(items: str, encoding: str = "UTF-8") -> str:
    return (
        f'<?xml version="1.0" encoding="{encoding}"?><rss version="2.0"><channel>'
        f"<title>T</title><link>https://t.example/</link>{items}</channel></rss>"
    )


# --- formats ------------------------------------------------------------------------


def test_rss20_entries_are_normalised():
    feed = parse_fixture("rss20.xml")
    assert feed.title == "Fixture & Co"
    assert feed.link == "https://fixture.example/"
    assert feed.bozo is None
    first = feed.entries[0]
    assert first.guid == "fixture-1"
    assert first.url == "https://fixture.example/news/crew-returns?id=4"
    assert first.title == "Crew returns safely"
    assert first.text == "First paragraph with a link.\n\nSecond paragraph."  # longest text wins
    assert first.published == "2026-01-05T14:00:00Z"
    assert first.author == "A. Writer"


def test_rss20_relative_link_resolves_against_the_feed_url():
    entry = parse_fixture("rss20.xml").entries[1]
    assert entry.url == "https://fixture.example/news/relative"


def test_items_missing_link_title_or_date_are_kept_with_what_they_have():
    entries = {e.guid: e for e in parse_fixture("rss20.xml").entries}
    assert entries["fixture-3"].url is None
    untitled = entries["fixture-4"]
    assert (
        untitled.title == "The station's crew completed a spacewalk on Tuesday to replace a pump…"
    )
    undated = next(e for e in entries.values() if e.title == "No date")
    assert undated.published is None and undated.guid is None


def test_a_title_is_kept_to_300_characters_cut_at_a_word_with_an_ellipsis():
    """A feed that puts a whole article in <title> (12,000 characters) gives a headline
    every listing, embed and answer can show; a real headline is never touched."""
    words = " ".join(f"word{i}" for i in range(2000))
    exact = "x" * 290 + " 123456789"  # 300 characters
    doc = rss(
        f"<item><guid>long</guid><title>{words}</title><description>Text.</description></item>"
        f"<item><guid>exact</guid><title>{exact}</title><description>Text.</description></item>"
    )
    entries = {e.guid: e for e in parse_feed(doc.encode(), XML, "https://t.example/f").entries}
    long = entries["long"]
    assert len(long.title) <= MAX_TITLE_CHARS and long.title.endswith("…")
    assert words.startswith(long.title[:-1]) and words[len(long.title) - 1] == " "
    assert long.has_title
    assert entries["exact"].title == exact


def test_dates_in_1970_and_2100_become_none():
    entries = {e.guid: e for e in parse_fixture("rss20.xml").entries}
    assert entries["fixture-2"].published is None
    assert entries["fixture-3"].published is None


def test_empty_item_is_skipped_not_the_feed():
    assert len(parse_fixture("rss20.xml").entries) == 5


def test_rss10_rdf():
    feed = parse_fixture("rss10.rdf")
    assert feed.title == "RDF Fixture"
    assert [e.url for e in feed.entries] == ["https://rdf.example/a", "https://rdf.example/b"]
    assert feed.entries[0].text == "One.\n\nTwo."
    assert feed.entries[0].published == "2026-05-12T15:00:00Z"
    assert feed.entries[0].author == "Desk"


def test_atom_prefers_alternate_link_and_longest_content():
    feed = parse_fixture("atom.xml")
    first, second = feed.entries
    assert first.url == "https://atom.example/posts/1"
    assert first.title == "Cygnus & friends"
    assert first.text == "Longer body, para one.\n\nPara two."
    assert first.published == "2026-04-22T12:30:00Z"
    assert first.author == "Station Desk"
    assert second.text == "X one.\n\nX two."
    assert second.published == "2026-04-20T14:00:00Z"  # updated, when published is absent


def test_valid_feed_with_zero_items_is_not_an_error():
    feed = parse_feed(rss("").encode(), XML, "https://t.example/feed")
    assert feed.entries == () and feed.title == "T"
    atom = b'<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title></feed>'
    assert parse_feed(atom, {}, "https://t.example/atom").entries == ()


# --- broken documents ---------------------------------------------------------------


def test_bozo_feed_with_usable_entries_is_returned_with_its_complaint():
    feed = parse_fixture("bozo_with_entries.xml")
    assert [e.url for e in feed.entries] == ["https://broken.example/1", "https://broken.example/2"]
    assert feed.bozo and "not well-formed" in feed.bozo and "\n" not in feed.bozo


@pytest.mark.parametrize(
    "body,reason",
    [
        (b"", "empty response"),
        (b" \r\n\t ", "empty response"),
        ((DATA / "html_page.html").read_bytes(), "not a feed: looks like an HTML page"),
        (b"<html><body><p>moved</p></body></html>", "not a feed: looks like an HTML page"),
        (random.Random(7).randbytes(4096), "malformed XML: "),
        (b'{"items": []}', "malformed XML: "),
        (
            b"<?xml version='1.0'?><rss version='2.0'><channel><title>x</title><item><title>Ha",
            "malformed XML: ",
        ),
        (b"<?xml version='1.0'?><nothing-here/>", "not a feed: "),
    ],
    ids=[
        "empty",
        "blank",
        "html-page",
        "html-bare",
        "random-bytes",
        "json",
        "truncated",
        "other-xml",
    ],
)
def test_documents_with_no_usable_entries_raise_a_one_line_reason(body, reason):
    with pytest.raises(FeedParseError) as err:
        parse_feed(body, XML, "https://t.example/feed")
    message = str(err.value)
    assert message.startswith(reason)
    assert "\n" not in message and len(message) < 300


def test_truncated_after_a_complete_item_keeps_that_item():
    body = rss(
        "<item><title>Whole</title><link>https://t.example/1</link></item><item><title>Cut"
    ).encode()
    body = body[: body.index(b"<item><title>Cut") + 16]
    feed = parse_feed(body, XML, "https://t.example/feed")
    assert [e.title for e in feed.entries] == ["Whole"]
    assert feed.bozo


def test_a_url_given_as_body_is_never_fetched():
    with pytest.raises(FeedParseError):
        parse_feed(b"http://127.0.0.1:9/feed.xml", {}, "http://127.0.0.1:9/feed.xml")


# --- hostile and odd input ----------------------------------------------------------

BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY a "spacespacespacespacespacespacespacespacespacespace">
 <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
 <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
 <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
 <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
 <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
 <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
 <!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">
 <!ENTITY i "&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;">
]>
<rss version="2.0"><channel><title>&i;</title><item><title>&i;</title>
<link>https://bomb.example/1</link><description>&i;</description></item></channel></rss>"""


def test_entity_bomb_is_refused_before_parsing():
    with pytest.raises(FeedParseError, match="entity"):
        parse_feed(BOMB, XML, "https://bomb.example/feed")


def test_entity_bomb_on_one_line_or_in_utf16_is_refused_too():
    one_line = BOMB.replace(b"\n ", b"")
    with pytest.raises(FeedParseError, match="entity"):
        parse_feed(one_line, XML, "https://bomb.example/feed")
    utf16 = BOMB.decode().replace('version="1.0"', 'version="1.0" encoding="UTF-16"')
    with pytest.raises(FeedParseError, match="entity"):
        parse_feed(utf16.encode("utf-16"), {}, "https://bomb.example/feed")


def test_feedparser_itself_does_not_expand_nested_entities():
    """Why the up-front refusal is a second line of defence, not the only one."""
    result = feedparser.parse(BOMB)
    assert all(len(e.get("title", "")) < 100 for e in result.entries)


def test_plain_string_entity_declarations_are_allowed():
    body = (
        b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY agency "Roscosmos">]>'
        b'<rss version="2.0"><channel><title>E</title><item><title>&agency; statement</title>'
        b"<link>https://e.example/1</link></item></channel></rss>"
    )
    assert parse_feed(body, XML, "https://e.example/").entries[0].title == "Roscosmos statement"


def test_windows_1252_bytes_declared_utf8_do_not_crash():
    body = rss(
        "<item><title>Caf\xe9 \u201cquotes\u201d</title><link>https://t.example/1</link>"
        "<description>Na\xefve \u2014 text</description></item>",
        encoding="utf-8",
    ).encode("cp1252")
    feed = parse_feed(body, {"Content-Type": "application/rss+xml; charset=utf-8"}, "https://t/")
    assert feed.entries[0].title == "Café “quotes”"
    assert feed.entries[0].text == "Naïve — text"
    assert feed.bozo and "windows-1252" in feed.bozo


def test_feed_served_as_text_html_with_a_good_body_is_parsed():
    body = rss("<item><title>A</title><link>https://t.example/1</link></item>").encode()
    feed = parse_feed(body, {"content-type": "text/html; charset=utf-8"}, "https://t/")
    assert [e.title for e in feed.entries] == ["A"]


def test_entries_are_capped_keeping_the_newest():
    items = "".join(
        f"<item><title>n{i}</title><link>https://t.example/{i}</link>"
        f"<pubDate>{(i % 28) + 1:02d} Jan 2025 {i // 28 % 24:02d}:{i // 672:02d}:00 GMT</pubDate></item>"
        for i in range(MAX_ENTRIES + 100)
    )
    feed = parse_feed(rss(items).encode(), XML, "https://t.example/feed")
    assert len(feed.entries) == MAX_ENTRIES
    kept = {e.title for e in feed.entries}
    assert "n0" not in kept  # 1 Jan 00:00, the oldest of all
    assert "n587" in kept  # 28 Jan 20:00, the newest


def test_text_is_capped_per_entry():
    para = "<p>" + "word " * 2000 + "</p>"
    body = rss(
        f"<item><title>Long</title><link>https://t.example/1</link>"
        f"<description><![CDATA[{para * 40}]]></description></item>"
    ).encode()
    text = parse_feed(body, XML, "https://t/").entries[0].text
    assert MAX_TEXT_CHARS // 2 < len(text) <= MAX_TEXT_CHARS


def test_an_entry_that_fails_to_normalise_is_skipped(monkeypatch):
    real = feeds.parse.html_to_text

    def explode_on_marker(value: str) -> str:
        if "EXPLODE" in value:
            raise RuntimeError("odd entry")
        return real(value)

    monkeypatch.setattr(feeds.parse, "html_to_text", explode_on_marker)
    body = rss(
        "<item><title>Bad</title><link>https://t.example/1</link>"
        "<description>&lt;p&gt;EXPLODE&lt;/p&gt;</description></item>"
        "<item><title>Good</title><link>https://t.example/2</link>"
        "<description>&lt;p&gt;fine&lt;/p&gt;</description></item>"
    ).encode()
    assert [e.title for e in parse_feed(body, XML, "https://t/").entries] == ["Good"]


def test_non_http_links_are_dropped():
    body = rss(
        "<item><title>JS</title><link>javascript:alert(1)</link>"
        '<guid isPermaLink="false">g1</guid></item>'
    ).encode()
    entry = parse_feed(body, XML, "https://t/").entries[0]
    assert entry.url is None and entry.guid == "g1"


# --- the real NASA feed -------------------------------------------------------------


@pytest.fixture
def nasa_feed():
    path = REAL_FEEDS / "nasa_breaking_news_2021-06-22.rss.xml"
    if not path.is_file():
        pytest.skip(f"real feed snapshots not found at {REAL_FEEDS.resolve()} (../shared/data)")
    headers = {"Content-Type": "application/rss+xml"}
    return parse_feed(path.read_bytes(), headers, "http://www.nasa.gov/rss/dyn/breaking_news.rss")


def test_real_nasa_feed_has_ten_items_with_edt_dates_in_utc(nasa_feed):
    assert nasa_feed.title == "NASA Breaking News"
    assert nasa_feed.bozo is None
    assert len(nasa_feed.entries) == 10
    first = nasa_feed.entries[0]
    assert first.title == "NASA Extends Cyclone Global Navigation Satellite System Mission"
    assert first.published == "2021-06-22T20:52:00Z"  # "Tue, 22 Jun 2021 16:52 EDT"
    assert nasa_feed.entries[-1].published == "2021-06-15T19:15:00Z"  # 15:15 EDT
    assert all(
        e.url and e.url.startswith("http://www.nasa.gov/press-release/") for e in nasa_feed.entries
    )
    assert all(e.guid == e.url for e in nasa_feed.entries)


def test_real_nasa_feed_keeps_the_spanish_item(nasa_feed):
    spanish = [e for e in nasa_feed.entries if e.title.startswith("La NASA lanza")]
    assert len(spanish) == 1
    assert "misión Equity" in spanish[0].title
    assert spanish[0].text.startswith("La NASA lanza la Misión Equity")


def test_terminal_controls_in_feed_text_never_reach_the_entry():
    """An ESC recolours the operator's terminal, U+202E reverses what follows, a zero-width
    space hides in a word: none of them is stored, whether escaped or raw, title or body."""
    body = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire&#8238;</title>'
        b"<item><title>Evil &#27;[31mRED&#27;[0m title&#8238;txt.exe&#8203;</title>"
        b"<link>https://news.example/evil</link><author>Bad&#27;[2J Desk&#7;</author>"
        b"<description>Roscosmos&#8203; said &#27;]0;pwned&#7;the&#27;station&#8294; is"
        b" safe.\x01</description></item></channel></rss>"
    )
    parsed = parse_feed(body, {}, "https://news.example/feed")
    [entry] = parsed.entries
    assert entry.title == "Evil RED titletxt.exe"
    assert entry.author == "Bad Desk"
    assert entry.text == "Roscosmos said the station is safe."
    assert parsed.title == "Wire"
