"""Bytes and headers from a fetch → a ParsedFeed of clean entries, or FeedParseError.

feedparser gets the body as a stream and the response headers, never a URL: given a URL
it would fetch synchronously and block the event loop. It copes with RSS 0.9x/1.0/2.0 and
Atom, wrong encodings and broken XML (its "bozo" flag); the policy here decides what
counts as a feed:

- a bozo document with usable entries is kept, with the complaint in ``ParsedFeed.bozo``;
- a document with no usable entries that is not a well-formed feed (an HTML page, random
  bytes, an empty or truncated body) raises FeedParseError with a one-line reason;
- a well-formed feed with zero items is a feed with zero entries, not an error;
- one entry that cannot be normalised is skipped, not the feed.

Entity bombs: feedparser strips every ``<!ENTITY`` declaration that is not a plain string
or a single character reference before expat sees the document, and expat ≥ 2.4 bounds
amplification on its own. Nested declarations have no use in a feed, so they are refused
up front as well rather than trusting both of those to stay true.
"""

from __future__ import annotations

import io
import logging
import re
import xml.sax
from collections.abc import Mapping
from typing import Any
from urllib.parse import urljoin

import feedparser

from feeds.errors import FeedParseError
from feeds.models import Entry, ParsedFeed
from feeds.normalize import canonical_url, drop_press_tail, html_to_text, one_line, parse_date

log = logging.getLogger(__name__)

MAX_ENTRIES = 500  # per document, newest first
MAX_TEXT_CHARS = 100_000  # per entry or article page, after conversion to text
MAX_HTML_CHARS = 1_000_000  # per content block, before conversion (bounds lxml's work)
MAX_TITLE_CHARS = 300  # a headline, not an article put in <title>; see _given_title
UNTITLED = "(untitled)"
TITLE_FALLBACK_WORDS = 12

# Complaints that do not make a document unusable: it was still parsed as XML.
_HARMLESS_BOZO = (
    feedparser.CharacterEncodingOverride,
    feedparser.NonXMLContentType,
)
_NESTED_ENTITY = re.compile(rb"<!ENTITY[^>]*&(?!#)[\w.:-]+;", re.IGNORECASE)
_HTML_SNIFF = re.compile(rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.IGNORECASE)


def parse_feed(body: bytes, headers: Mapping[str, str], url: str) -> ParsedFeed:
    """Parse one fetched document; ``url`` (the final URL) resolves relative links."""
    if not body or not body.strip():
        raise FeedParseError("empty response")
    _refuse_entity_bombs(body)

    # No Content-Location: feedparser would resolve a non-URL guid ("abc-123") against
    # it and invent a link on the feed's host. Relative links are joined in _item_link.
    response_headers = {k.lower(): v for k, v in headers.items() if k.lower() != "content-location"}
    # Without a Content-Type feedparser flags every document as bozo; XML rules (BOM, then
    # the encoding declaration) are what applies to bytes of unknown type anyway.
    response_headers.setdefault("content-type", "application/xml")
    try:
        result = feedparser.parse(io.BytesIO(body), response_headers=response_headers)
    except Exception as exc:  # feedparser's own bugs, e.g. chr() of "&#x110000;" in loose mode
        log.info("feedparser failed on %s", url, exc_info=True)
        raise FeedParseError(f"malformed feed: the parser gave up ({_describe(exc)})") from exc

    exc = result.get("bozo_exception") if result.get("bozo") else None
    malformed = exc is not None and not isinstance(exc, _HARMLESS_BOZO)
    entries = _entries(result.entries, strict=malformed, feed_url=url)

    if not entries and (malformed or not result.get("version")):
        raise FeedParseError(_why_not_a_feed(body, exc, malformed))

    feed = result.get("feed", {})
    return ParsedFeed(
        title=one_line(feed.get("title")) or None,
        link=_http_link(urljoin(url, feed["link"])) if feed.get("link") else None,
        entries=tuple(entries),
        bozo=_describe(exc) if exc is not None else None,
        malformed=malformed,
    )


def _refuse_entity_bombs(body: bytes) -> None:
    head = body[:65536]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or head[:4] in (b"<\x00?\x00", b"\x00<\x00?"):
        head = head.decode("utf-16", "ignore").encode("utf-8")
    if _NESTED_ENTITY.search(head):
        raise FeedParseError("refused: nested entity declarations (an entity expansion bomb)")


def _why_not_a_feed(body: bytes, exc: BaseException | None, malformed: bool) -> str:
    if _HTML_SNIFF.search(body[:2048]):
        return "not a feed: looks like an HTML page"
    if malformed and exc is not None:
        return f"malformed XML: {_describe(exc)}"
    return "not a feed: no RSS or Atom root element"


def _describe(exc: BaseException) -> str:
    if isinstance(exc, xml.sax.SAXParseException):
        return f"{exc.getMessage()} at line {exc.getLineNumber()}, column {exc.getColumnNumber()}"
    return one_line(str(exc)) or type(exc).__name__


def _entries(raw_entries: list[Any], *, strict: bool, feed_url: str) -> list[Entry]:
    if len(raw_entries) > MAX_ENTRIES:
        raw_entries = sorted(raw_entries, key=_sort_key, reverse=True)[:MAX_ENTRIES]
    entries = []
    for position, raw in enumerate(raw_entries):
        try:
            entry = _entry(raw, feed_url)
        except Exception:  # one odd item must not cost the whole feed
            log.warning("skipped entry %d of %s", position, feed_url, exc_info=True)
            continue
        if entry is not None and _usable(entry, strict=strict):
            entries.append(entry)
    return entries


def _sort_key(raw: Any) -> tuple[int, tuple]:
    when = raw.get("published_parsed") or raw.get("updated_parsed")
    return (1, tuple(when)) if when else (0, ())


def _usable(entry: Entry, *, strict: bool) -> bool:
    """In a broken document an entry needs an identity and some content to be believed."""
    has_content = entry.title != UNTITLED or bool(entry.text)
    if strict:
        return bool(entry.url or entry.guid) and has_content
    return has_content or bool(entry.url)


def _entry(raw: Any, base: str) -> Entry | None:
    text = _best_text(raw)
    published = None
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        if raw.get(key):
            published = parse_date(raw[key])
            break
    title = _given_title(raw)
    return Entry(
        guid=one_line(raw.get("id")) or None,
        url=_item_link(raw, base),
        title=title or _stand_in_title(text),
        text=text,
        published=published,
        author=_author(raw),
        has_title=bool(title),
    )


def _author(raw: Any) -> str | None:
    """The name alone where the feed gives one ("desk@example.com (Desk)" → "Desk")."""
    detail = raw.get("author_detail") or {}
    return one_line(detail.get("name") or raw.get("author")) or None


def _best_text(raw: Any) -> str:
    """The longest of content:encoded / content / summary, as plain text."""
    candidates = [(c.get("value"), c.get("type")) for c in raw.get("content") or []]
    if raw.get("summary"):
        detail = raw.get("summary_detail") or {}
        candidates.append((raw["summary"], detail.get("type")))
    best = ""
    for value, mime in candidates:
        if not value:
            continue
        text = _to_text(value[:MAX_HTML_CHARS], mime)
        if len(text) > len(best):
            best = text
    return cap_text(drop_press_tail(best))


def _to_text(value: str, mime: str | None) -> str:
    if mime and "html" not in mime:  # text/plain: feedparser has already unescaped it
        return "\n\n".join(p for p in (one_line(p) for p in re.split(r"\n\s*\n", value)) if p)
    return html_to_text(value)


def cap_text(text: str) -> str:
    """At most MAX_TEXT_CHARS, cut at a paragraph break where one is near: fifteen times a
    long news article. Every stored character is analysed again on each reclassify, and a
    1 MB text of quotes takes seconds of CPU where an article takes milliseconds."""
    if len(text) <= MAX_TEXT_CHARS:
        return text
    cut = text.rfind("\n\n", 0, MAX_TEXT_CHARS)
    return text[: cut if cut > MAX_TEXT_CHARS // 2 else MAX_TEXT_CHARS].rstrip()


def _given_title(raw: Any) -> str:
    """The headline in one line, at most MAX_TITLE_CHARS: cut at a word, with "…".

    Real headlines stay far below 300 characters. A feed that puts the article in
    <title> (12,000 characters seen) would otherwise fill every listing line, embed
    title (Discord allows 256) and answer citation with it; the text keeps it all."""
    value = raw.get("title") or ""
    mime = (raw.get("title_detail") or {}).get("type") or ""
    title = one_line(html_to_text(value[:MAX_HTML_CHARS]) if "html" in mime else value)
    if len(title) <= MAX_TITLE_CHARS:
        return title
    head = title[: MAX_TITLE_CHARS - 1]
    cut = head.rfind(" ")
    return (head[:cut] if cut > MAX_TITLE_CHARS // 2 else head).rstrip() + "…"


def _stand_in_title(text: str) -> str:
    """The first words of the text, for an item the feed gave no title."""
    words = text.split()
    if not words:
        return UNTITLED
    head = " ".join(words[:TITLE_FALLBACK_WORDS])
    return head + "…" if len(words) > TITLE_FALLBACK_WORDS else head


def _item_link(raw: Any, base: str) -> str | None:
    """The item's own link; a guid stands in only when it is itself an absolute URL."""
    if raw.get("guidislink") and not raw.get("links"):
        guid = raw.get("id") or ""
        return _http_link(guid) if guid.lower().startswith(("http://", "https://")) else None
    link = raw.get("link")
    return _http_link(urljoin(base, link)) if link else None


def _http_link(link: str | None) -> str | None:
    """Canonical http(s) link, or None: a javascript: or mailto: link is not an article."""
    if not link:
        return None
    url = canonical_url(link)
    return url if url.lower().startswith(("http://", "https://")) else None
