"""Teaser detection and main-text extraction from article pages.

Many feeds carry a sentence or two and a "Read more" link; the quotes the product lives on
are on the article page, wrapped in navigation, cookie banners, newsletter boxes and
"related stories" lists. trafilatura (favor_precision) separates the article from that
boilerplate; see tests/feeds/test_article.py for how it compares with scraping every <p>.

Extraction is CPU work (a few milliseconds a page): the poller runs it in a thread.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator

import lxml.etree
import lxml.html
import trafilatura

from feeds.normalize import drop_press_tail, html_to_text, one_line
from feeds.parse import cap_text

log = logging.getLogger(__name__)

TEASER_MAX_WORDS = 60
TEASER_MAX_SENTENCES = 2
MIN_ARTICLE_WORDS = 15  # less than this is a stub, an error page or a paywall notice
MAX_PAGE_CHARS = 5_000_000

_TRUNCATION_MARKS = re.compile(
    r"(…|\.\.\.|\[…\]|\[\.\.\.\]|\bread more\b\W*|\bcontinue reading\b\W*)\s*$",
    re.IGNORECASE,
)
# WordPress appends this to every excerpt; it says nothing about the article's length.
_WORDPRESS_FOOTER = re.compile(r"\s*The post .{1,300}? appeared first on .{1,120}?\.?\s*$", re.S)
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")
# trafilatura's XML output: elements that make a paragraph of their own.
_BLOCKS = frozenset({"p", "head", "item", "quote", "row", "code", "list", "table"})


def is_teaser(text: str) -> bool:
    """True when the feed text is a teaser rather than the article: empty, at most two
    sentences or under ~60 words, or cut off ("…", "[…]", "Read more")."""
    text = _WORDPRESS_FOOTER.sub("", text or "").strip()
    if not text:
        return True
    if _TRUNCATION_MARKS.search(text):
        return True
    if len(text.split()) < TEASER_MAX_WORDS:
        return True
    sentences = [s for s in _SENTENCE_END.split(one_line(text)) if s.strip()]
    return len(sentences) <= TEASER_MAX_SENTENCES


def extract_main_text(
    html: bytes | str, url: str | None = None, title: str | None = None
) -> str | None:
    """The article's text without the page's boilerplate, paragraphs separated by a blank
    line, at most MAX_TEXT_CHARS like a feed entry's; None when the page holds nothing
    that reads like an article.

    The headline is not the text: most article pages put an ``<h1>`` inside
    ``<article>``, and kept as the first paragraph it became the story's summary and the
    lead every answer quoted. So ``<h1>`` headings go, and so does a first paragraph
    repeating ``title`` (the feed item's) however it is marked up."""
    if not html:
        return None
    if len(html) > MAX_PAGE_CHARS:
        html = html[:MAX_PAGE_CHARS]
    try:
        xml = trafilatura.extract(
            html,
            url=url,
            output_format="xml",
            favor_precision=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            include_links=False,
            with_metadata=False,
        )
    except Exception:  # a library bug on one odd page must not stop the poll
        log.warning("main-text extraction failed for %s", url, exc_info=True)
        return None
    paragraphs = _xml_paragraphs(xml) if xml else []
    body = _ld_article_body(html)
    if len(" ".join(body).split()) > LD_FULLER * len(" ".join(paragraphs).split()):
        # "Continue reading in the app": the visible page is a teaser, and the whole
        # article sits in its schema.org data (NewsArticle's articleBody)
        paragraphs = body
    if paragraphs and title and _same_words(paragraphs[0], title):
        paragraphs = paragraphs[1:]
    text = cap_text(
        drop_press_tail("\n\n".join(paragraphs))
    )  # the same bound as a feed entry's text
    return text if len(text.split()) >= MIN_ARTICLE_WORDS else None


LD_FULLER = 1.5  # articleBody with this many times the visible words replaces them


def _ld_article_body(html: bytes | str) -> list[str]:
    """The paragraphs of the longest ``articleBody`` in the page's JSON-LD, [] when it
    has none. The cheap byte test keeps the second parse off every other page."""
    marker = "articleBody" if isinstance(html, str) else b"articleBody"
    if marker not in html:  # type: ignore[operator]
        return []
    try:
        doc = lxml.html.fromstring(html)
    except (lxml.etree.LxmlError, ValueError):
        return []
    best = ""
    for script in doc.xpath('//script[contains(@type, "ld+json")]'):
        try:
            data = json.loads(script.text or "")
        except (ValueError, RecursionError):
            continue
        for body in _bodies(data):
            if len(body) > len(best):
                best = body
    lines = (one_line(html_to_text(p)) for p in _PARAGRAPH.split(best) if p.strip())
    return [line for line in lines if line]


def _bodies(data: object, depth: int = 0) -> Iterator[str]:
    """Every ``articleBody`` string in parsed JSON-LD (a list, an ``@graph``, nested)."""
    if depth > 6:
        return
    if isinstance(data, list):
        for item in data:
            yield from _bodies(item, depth + 1)
    elif isinstance(data, dict):
        body = data.get("articleBody")
        if isinstance(body, str):
            yield body
        for value in data.values():
            if isinstance(value, (list, dict)):
                yield from _bodies(value, depth + 1)


_PARAGRAPH = re.compile(r"\s*\n\s*|</?p(?:\s[^>]*)?>|<br\s*/?>", re.I)


def _same_words(a: str, b: str) -> bool:
    return _WORDS.findall(a.casefold()) == _WORDS.findall(b.casefold())


_WORDS = re.compile(r"\w+")


def _xml_paragraphs(xml: str) -> list[str]:
    root = lxml.etree.fromstring(xml.encode("utf-8"))
    main = root.find("main")
    paragraphs: list[str] = []
    current: list[str] = []

    def flush() -> None:
        line = one_line("".join(current))
        if line:
            paragraphs.append(line)
        current.clear()

    for event, el in lxml.etree.iterwalk(main if main is not None else root, ("start", "end")):
        if el.tag == "head" and el.get("rend") == "h1":  # the headline, not the text
            if event == "start":
                flush()
            else:
                current.clear()
                if el.tail:
                    current.append(el.tail)
            continue
        if event == "start":
            if el.tag in _BLOCKS or el.tag == "lb":
                flush()
            if el.text:
                current.append(el.text)
        else:
            if el.tag in _BLOCKS:
                flush()
            elif el.tag == "cell":
                current.append(" ")
            if el.tail:
                current.append(el.tail)
    flush()
    return paragraphs
