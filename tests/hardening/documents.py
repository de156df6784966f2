"""Feed documents for the hostile site, written for these tests.

Good items carry full text (at least three sentences and 60 words) so the poller keeps
the feed's text; teaser items are short and link to an article page on the site.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from html import escape

from tests.feeds.feedgen import Item, atom, filler_sentences, rss

BASE_DATE = datetime(2024, 4, 2, 8, 0, tzinfo=UTC)


def rfc822(when: datetime) -> str:
    return format_datetime(when, usegmt=True)


def full_text(seed: str, sentences: int = 5) -> str:
    """Several sentences of filler, a quote and a named speaker: never a teaser."""
    body = filler_sentences(seed, sentences)
    body.append(f'"Statement {seed} stands as written," Minister Halvard said.')
    return "\n\n".join(" ".join(body[i : i + 2]) for i in range(0, len(body), 2))


def good_items(feed: str, n: int, base: str) -> list[Item]:
    return [
        Item(
            guid=f"{feed}-{i}",
            title=f"Desk {feed} report {i} on station partners",
            link=f"{base}/news/{feed}/{i}",
            text=full_text(f"{feed}-{i}"),
            date=rfc822(BASE_DATE + timedelta(hours=i)),
        )
        for i in range(n)
    ]


def good_rss(feed: str, n: int, base: str) -> bytes:
    return rss(good_items(feed, n, base), title=f"Good feed {feed}")


def good_atom(feed: str, n: int, base: str) -> bytes:
    return atom(good_items(feed, n, base), title=f"Good feed {feed}")


def teaser_items(feed: str, n: int, article_url) -> list[Item]:
    return [
        Item(
            guid=f"{feed}-{i}",
            title=f"Teaser {feed} {i}: envoys meet on station future",
            link=article_url(i),
            text=f"Envoys met on Tuesday to discuss item {i}. Read more…",
            date=rfc822(BASE_DATE + timedelta(hours=i)),
        )
        for i in range(n)
    ]


def article_page(feed: str, i: int) -> bytes:
    paragraphs = "".join(f"<p>{escape(p)}</p>" for p in full_text(f"page-{feed}-{i}").split("\n\n"))
    return (
        "<!doctype html><html><head><title>Article</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        f"<article><h1>Teaser {feed} {i}</h1>{paragraphs}</article>"
        "<footer>Subscribe to our newsletter. Cookie settings.</footer></body></html>"
    ).encode()


def huge_rss(n: int, base: str) -> bytes:
    """``n`` small items with distinct dates (item ``i`` is ``i`` minutes after the base).

    No links: these items test the size of one write, not the teaser page budget (teasers
    over the budget wait for later polls, see ``feeds/poll.py``).
    """
    parts = [
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Huge</title>'
    ]
    for i in range(n):
        when = rfc822(BASE_DATE + timedelta(minutes=i))
        parts.append(
            f"<item><guid>huge-{i}</guid><title>Huge item {i}</title>"
            f"<pubDate>{when}</pubDate>"
            f"<description>Short note {i}.</description></item>"
        )
    parts.append("</channel></rss>")
    return "\n".join(parts).encode()


def same_guid_rss(n: int, base: str) -> bytes:
    items = [
        Item(
            guid="the-same-guid",
            title=f"Same guid item {i}",
            link=f"{base}/same/{i}",
            text=full_text(f"same-{i}"),
            date=rfc822(BASE_DATE + timedelta(hours=i)),
        )
        for i in range(n)
    ]
    return rss(items, title="Same guid")


# Odd items: each is (what it tests, raw <item> XML). Texts are full so no article fetch.
def odd_rss(base: str) -> tuple[bytes, dict[str, str]]:
    """An RSS document of odd items and, per item, the guid it was given."""

    def text(seed: str) -> str:
        return escape("".join(f"<p>{escape(p)}</p>" for p in full_text(seed).split("\n\n")))

    date = rfc822(BASE_DATE)
    items = {
        "no-link": f"<guid>odd-no-link</guid><title>No link here</title>"
        f"<pubDate>{date}</pubDate><description>{text('a')}</description>",
        "no-title": f"<guid>odd-no-title</guid><link>{base}/odd/no-title</link>"
        f"<pubDate>{date}</pubDate><description>{text('b')}</description>",
        "no-date": f"<guid>odd-no-date</guid><title>No date here</title>"
        f"<link>{base}/odd/no-date</link><description>{text('c')}</description>",
        "1970": "<guid>odd-1970</guid><title>Dated 1970</title>"
        f"<link>{base}/odd/1970</link><pubDate>Thu, 01 Jan 1970 00:00:00 GMT</pubDate>"
        f"<description>{text('d')}</description>",
        "2100": "<guid>odd-2100</guid><title>Dated 2100</title>"
        f"<link>{base}/odd/2100</link><pubDate>Fri, 01 Jan 2100 00:00:00 GMT</pubDate>"
        f"<description>{text('e')}</description>",
        "everyone": "<guid>odd-everyone</guid><title>@everyone @here the station is falling</title>"
        f"<link>{base}/odd/everyone</link><pubDate>{date}</pubDate>"
        f"<description>{text('f')}</description>",
        "role": "<guid>odd-role</guid><title>&lt;@&amp;123&gt; and &lt;@456&gt; read this</title>"
        f"<link>{base}/odd/role</link><pubDate>{date}</pubDate>"
        f"<description>{text('g')}</description>",
        "markdown": "<guid>odd-markdown</guid>"
        "<title>**Bold** __under__ [click](http://evil.example/) `code` ||spoiler||</title>"
        f"<link>{base}/odd/markdown</link><pubDate>{date}</pubDate>"
        f"<description>{text('h')}</description>",
        "script": "<guid>odd-script</guid>"
        "<title>&lt;script&gt;alert(1)&lt;/script&gt;Station news</title>"
        f"<link>{base}/odd/script</link><pubDate>{date}</pubDate>"
        f"<description>{escape('<script>alert(2)</script>')}{text('i')}</description>",
    }
    body = "".join(f"<item>{v}</item>" for v in items.values())
    doc = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Odd items</title>{body}</channel></rss>"
    )
    return doc.encode(), {k: f"odd-{k}" for k in items}


def cyrillic_rss(declared: str, actual: str) -> bytes:
    """A Russian-language item encoded as ``actual`` but declared as ``declared``."""
    title = "Роскосмос и станция: заявление"
    body = " ".join(["Глава агентства сказал, что сотрудничество по станции продолжится."] * 6)
    doc = (
        f'<?xml version="1.0" encoding="{declared}"?><rss version="2.0"><channel>'
        f"<title>Кодировка</title><item><guid>enc-{declared}-{actual}</guid>"
        f"<title>{title}</title><link>http://example.test/enc/{actual}</link>"
        f"<pubDate>{rfc822(BASE_DATE)}</pubDate><description>{body}</description></item>"
        "</channel></rss>"
    )
    return doc.encode(actual, errors="replace")


def billion_laughs() -> bytes:
    entities = ['<!ENTITY lol "lol">']
    for level in range(1, 10):
        prev = "lol" if level == 1 else f"lol{level - 1}"
        entities.append(f'<!ENTITY lol{level} "{f"&{prev};" * 10}">')
    return (
        '<?xml version="1.0"?><!DOCTYPE rss [' + "".join(entities) + "]>"
        '<rss version="2.0"><channel><title>&lol9;</title>'
        "<item><guid>lol</guid><title>&lol9;</title><description>&lol9;</description></item>"
        "</channel></rss>"
    ).encode()


HTML_PAGE = (
    b"<!DOCTYPE html><html><head><title>Welcome</title></head>"
    b"<body><h1>Our homepage</h1><p>This is not a feed.</p></body></html>"
)
RANDOM_BYTES = random.Random(20240402).randbytes(8192)
