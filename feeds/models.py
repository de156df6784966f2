"""Typed values passed between fetch, parse and poll."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Entry:
    """One feed item after normalisation (clean text, UTC date, canonical URL)."""

    guid: str | None
    url: str | None  # canonical link
    title: str
    text: str  # plain text, paragraphs separated by a blank line
    published: str | None  # RFC 3339 UTC, or None when missing or absurd
    author: str | None = None
    # False when the feed gave no title and ``title`` stands in from the text's first
    # words: another feed's real headline for the same story should replace it.
    has_title: bool = True


@dataclass(frozen=True)
class ParsedFeed:
    title: str | None
    link: str | None
    entries: tuple[Entry, ...]
    bozo: str | None = None  # the parser's complaint, when it had one
    malformed: bool = False  # the complaint is broken XML, not a harmless quirk


@dataclass(frozen=True)
class FetchResult:
    """A completed HTTP exchange: ``body`` is None on 304 Not Modified."""

    url: str  # final URL after redirects
    status: int
    body: bytes | None
    headers: dict[str, str]
    etag: str | None
    last_modified: str | None
    # where a chain of permanent redirects (301/308 only) led: the feed has moved there
    moved_to: str | None = None
