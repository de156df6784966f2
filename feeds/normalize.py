"""Turn what feeds say into what the store keeps: plain text, canonical URLs, UTC dates.

Feeds disagree about everything. Text arrives as HTML fragments, escaped HTML or plain
text; links carry newsletter tracking parameters that make one article look like many;
dates come in RFC 822 with US zone names ("Tue, 22 Jun 2021 16:52 EDT"), ISO 8601, or as
nonsense (1970, 2100). These helpers reduce each to one form.
"""

from __future__ import annotations

import calendar
import html
import re
import time
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import httpx
import lxml.etree
import lxml.html

from feeds.errors import InvalidFeedURL
from summaries.controls import has_controls, strip_controls


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Elements that end a paragraph: their content is kept, separated by a blank line.
BLOCK_TAGS = _words(
    """p div br li ul ol dl dt dd h1 h2 h3 h4 h5 h6 blockquote pre table tr thead tbody
    section article header footer aside nav main figure figcaption address hr form
    fieldset details summary center"""
)
# Elements whose content is never text a reader sees.
SKIP_TAGS = _words("script style noscript template iframe object embed svg head")

TRACKING_PARAMS = _words(
    """fbclid gclid dclid gclsrc msclkid yclid igshid mc_cid mc_eid ref ref_src ref_url
    cmpid ito _ga _gl _hsenc _hsmi mkt_tok spm sr_share wt_mc wt.mc_id ocid
    at_medium at_campaign at_custom1 at_custom2"""
)
TRACKING_PREFIXES = ("utm_", "itm_", "pk_", "mtm_", "__hs", "oly_")
DEFAULT_PORTS = {"http": 80, "https": 443}

EARLIEST_YEAR = 1990
FUTURE_SLACK = timedelta(days=1)  # time zones and sloppy clocks; beyond, a typo or a lie

_WS = re.compile(r"\s+")
_BLANK_LINE = re.compile(r"\n\s*\n")
_TAGLIKE = re.compile(r"<[A-Za-z!/]")


def one_line(text: str | None) -> str:
    """Collapse every run of whitespace (newlines included) to one space, and drop what a
    terminal would obey (escape sequences, controls, bidi overrides: summaries/controls.py).

    Every title, author, paragraph and feed title passes through here on its way to the
    store, so nothing stored carries them.
    """
    return _WS.sub(" ", strip_controls(text or "", keep_lines=False)).strip()


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment, paragraphs separated by a blank line.

    Input with no tags is treated as plain text: entities are unescaped and existing blank
    lines are kept as paragraph breaks (feeds often send text/plain descriptions).
    """
    if not fragment or not fragment.strip():
        return ""
    if not _TAGLIKE.search(fragment):
        return _join(html.unescape(p) for p in _BLANK_LINE.split(fragment))
    try:
        root = lxml.html.document_fromstring(fragment)
    except (lxml.etree.ParserError, ValueError):
        return _join(html.unescape(p) for p in _BLANK_LINE.split(fragment))
    return _join(_paragraphs(root))


def _paragraphs(root: lxml.etree._Element) -> list[str]:
    paragraphs: list[str] = []
    current: list[str] = []

    def flush() -> None:
        if current:
            paragraphs.append("".join(current))
            current.clear()

    # iterwalk does not visit comments, so their tails would be lost: merge them away first.
    lxml.etree.strip_tags(root, lxml.etree.Comment, lxml.etree.ProcessingInstruction)
    walker = lxml.etree.iterwalk(root, events=("start", "end"))
    for event, el in walker:
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if event == "start":
            if tag in SKIP_TAGS:
                walker.skip_subtree()  # its "end" event still comes, and adds the tail
                continue
            if tag in BLOCK_TAGS:
                flush()
            elif tag in ("td", "th"):
                current.append(" ")
            if el.text:
                current.append(el.text)
        else:
            if tag in BLOCK_TAGS:
                flush()
            if el.tail:
                current.append(el.tail)
    flush()
    return paragraphs


def _join(paragraphs) -> str:
    return "\n\n".join(p for p in (one_line(p) for p in paragraphs) if p)


def canonical_url(url: str) -> str:
    """One spelling per article: lower-case scheme and host, no default port, no fragment,
    no tracking parameters (``utm_*``, ``fbclid``, ``gclid``, ``mc_cid``, ``ref``…).

    Other query parameters keep their order (reordering can change what a server returns),
    and the path is left alone except that an empty path becomes "/". Non-HTTP URLs and
    strings that do not parse are returned stripped, otherwise unchanged.
    """
    url = (url or "").strip()
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return url
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS or not parts.hostname:
        return url
    host = parts.hostname.lower()
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    if port is not None and port != DEFAULT_PORTS[scheme]:
        host = f"{host}:{port}"
    if parts.username is not None:
        userinfo = parts.username + (f":{parts.password}" if parts.password is not None else "")
        host = f"{userinfo}@{host}"
    query = parts.query
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        kept = [(k, v) for k, v in pairs if not _is_tracking(k)]
        if len(kept) != len(pairs):
            query = urlencode(kept)
    return urlunsplit((scheme, host, parts.path or "/", query, ""))


def feed_url(url: str) -> str:
    """The canonical form of a feed URL someone asks to subscribe to, or InvalidFeedURL.

    Every way in (``feeds add``, ``feeds import``, the shipped lists) goes through here, so
    a URL that could only fail every poll is refused once, when it is added. Nothing is
    repaired: a space could be %20 or a typo, and a guess subscribes to the wrong thing.
    """
    text = (url or "").strip()
    shown = repr(text[:200])
    if any(c.isspace() for c in text) or has_controls(text):
        raise InvalidFeedURL(
            f"not a feed URL: it contains a space or a control character (write a space"
            f" as %20): {shown}"
        )
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018 - parsing the port is the check
        httpx.URL(text)  # what the fetcher will see
    except (ValueError, httpx.InvalidURL) as err:
        raise InvalidFeedURL(f"not a valid URL ({one_line(str(err))}): {shown}") from None
    if parts.scheme.lower() not in DEFAULT_PORTS or not parts.hostname:
        raise InvalidFeedURL(f"not an http(s) feed URL: {shown}")
    if parts.port == 0:
        raise InvalidFeedURL(f"not a valid URL (port 0): {shown}")
    return canonical_url(text)


def _is_tracking(param: str) -> bool:
    name = param.lower()
    return name in TRACKING_PARAMS or name.startswith(TRACKING_PREFIXES)


def parse_date(value: time.struct_time | str | None, *, now: datetime | None = None) -> str | None:
    """RFC 3339 UTC ('YYYY-MM-DDTHH:MM:SSZ') from feedparser's ``*_parsed`` struct (already
    UTC) or a raw date string; None when missing, unparseable or absurd (before 1990, or
    more than a day ahead of ``now``): the story's ``published`` is then null, and it sorts
    by its first-seen time.
    """
    if value is None:
        return None
    if isinstance(value, time.struct_time | tuple):
        try:
            moment = datetime.fromtimestamp(calendar.timegm(tuple(value)[:6] + (0, 0, 0)), UTC)
        except (OverflowError, ValueError, TypeError, OSError):
            return None
    else:
        moment = _parse_date_string(str(value))
        if moment is None:
            return None
    now = now or datetime.now(UTC)
    if moment.year < EARLIEST_YEAR or moment > now + FUTURE_SLACK:
        return None
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _parse_date_string(value: str) -> datetime | None:
    value = value.strip()
    if not value:
        return None
    moment: datetime | None = None
    try:
        moment = parsedate_to_datetime(value)  # RFC 822/2822, knows EST/EDT/…/PDT
    except (TypeError, ValueError, IndexError):
        try:
            moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            moment = _feedparser_date(value)
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)  # naive dates are taken as UTC, as feedparser does
    return moment.astimezone(UTC)


def _feedparser_date(value: str) -> datetime | None:
    """Last resort: feedparser's many date handlers (W3C-DTF, Korean, Greek, Hungarian…)."""
    from feedparser.datetimes import _parse_date

    parsed = _parse_date(value)
    if parsed is None:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(parsed), UTC)
    except (OverflowError, ValueError, OSError):
        return None


# "example.com/rss", "1.1.1.1/feed": an address typed without its scheme
_BARE_HOST = re.compile(
    r"(?:[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}|\d{1,3}(?:\.\d{1,3}){3})(?::\d+)?(?:[/?#]|$)", re.I
)


def missing_scheme(url: str) -> bool:
    """Is ``url`` an address typed without http:// or https:// ("example.com/rss")? Then
    the fix to suggest is the scheme, not a refusal for the scheme "none"."""
    return "://" not in url and _BARE_HOST.match(url) is not None


# A press release's trailing sections: "About ESA", "Notes to editors", "Media contact:".
# They describe the sender, not the news, and read as the story's last paragraphs
# (a summary ending "About ESA"; "ESA provides Europe's gateway to space" answering "who
# provides propulsion for the station").
_PRESS_TAIL = re.compile(
    r"(?:About|ABOUT)\s+(?:the\s+)?[A-Z][\w&.’'-]*(?:\s+[A-Z&][\w&.’'-]*){0,6}:?"
    r"|(?:Notes?|NOTES?)\s+(?:to|for)\s+(?:editors|EDITORS)\s*:?"
    r"|(?:Media|Press|MEDIA|PRESS)\s+(?:contacts?|CONTACTS?|enquiries|inquiries)\s*:?.*"
    r"|#{3}|-\s*(?:ends|ENDS)\s*-"
)


def drop_press_tail(text: str) -> str:
    """``text`` without a release's closing sections: from the first paragraph in its
    second half that is one of their headings ("About ESA", "Notes to editors", "###")."""
    paras = text.split("\n\n")
    if len(paras) < 4:
        return text
    for i in range(len(paras) // 2, len(paras)):
        if len(paras[i]) <= 80 and _PRESS_TAIL.fullmatch(paras[i].strip()):
            return "\n\n".join(paras[:i]).rstrip()
    return text
