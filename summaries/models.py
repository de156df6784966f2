"""Typed results shared by the pipeline, the store, the CLI and the bot.

Frozen dataclasses rather than dicts so that a field rename is a type error, not a
silently missing key in a Discord embed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from summaries.quote_rank import ShownQuote


@dataclass(frozen=True)
class Quote:
    """A direct quote, verbatim: ``text == story_text[start:end]``."""

    text: str
    speaker: str | None
    start: int
    end: int
    score: float = 0.0


@dataclass(frozen=True)
class Analysis:
    """What the intelligence layer decides about one article."""

    iss_geopolitical: bool
    score: float
    reasons: tuple[str, ...]
    tags: tuple[str, ...]
    summary: str
    quotes: tuple[Quote, ...]


@dataclass(frozen=True)
class Source:
    feed: str
    url: str


@dataclass(frozen=True)
class Story:
    id: int
    title: str
    url: str
    source: str
    published: str | None
    first_seen: str
    updated: str
    text: str
    iss_geopolitical: bool
    score: float
    reasons: tuple[str, ...]
    tags: tuple[str, ...]
    summary: str
    quotes: tuple[Quote, ...]
    sources: tuple[Source, ...] = field(default_factory=tuple)

    @property
    def when(self) -> tuple[str, bool]:
        """The moment to show, and whether it is only when the bot first saw the story:
        a feed that gave no usable date must not have a poll time passed off as its
        publication date, on any surface."""
        return self.published or self.first_seen or "", not self.published

    def carried_by(self, limit: int = 8) -> tuple[Source, ...]:
        """The feeds a full story lists (Discord and the console alike): every one, in
        the order they carried it. The first need not be ``source``, the feed whose link
        the story cites: a later copy may have brought the link, or a fuller text with
        its own."""
        return self.sources[:limit]

    def shown_quotes(self) -> list[ShownQuote]:
        """The key quotes as every surface shows them: a split quote's halves as one."""
        from summaries.quote_rank import shown_quotes

        return shown_quotes(self.text, self.quotes)

    def to_json(self) -> dict:
        """The CLI/JSON contract of PRODUCT.md; add fields freely, never rename."""
        return {
            "id": self.id,
            "title": self.title,
            "url": self.url or None,  # an item with no link has none, never a made-up one
            "source": self.source,
            "published": self.published,
            "first_seen": self.first_seen,
            "iss_geopolitical": self.iss_geopolitical,
            "score": round(self.score, 4),
            "reasons": list(self.reasons),
            "tags": list(self.tags),
            "summary": self.summary,
            "quotes": [
                {"text": q.text, "speaker": q.speaker, "start": q.start, "end": q.end}
                for q in self.quotes
            ],
            "sources": [{"feed": s.feed, "url": s.url} for s in self.sources],
        }


@dataclass(frozen=True)
class Citation:
    id: int
    title: str
    url: str


@dataclass(frozen=True)
class Answer:
    answer: str
    citations: tuple[Citation, ...]
    found: bool = True
    # whose quote the answer gives ("Calder" for the State Department's words): the "she"
    # of the member's next question
    speaker: str | None = field(default=None, compare=False)

    def to_json(self) -> dict:
        return {
            "answer": self.answer,
            "citations": [
                {"id": c.id, "title": c.title, "url": c.url or None} for c in self.citations
            ],
        }


@dataclass(frozen=True)
class Feed:
    id: int
    url: str
    name: str
    status: str  # new | ok | error | disabled
    error: str | None
    last_polled: str | None
    trusted: bool = True
    guild_id: int | None = None
    etag: str | None = None
    last_modified: str | None = None
    body_hash: str | None = None
    consecutive_failures: int = 0
    next_poll: str | None = None
    disabled_reason: str | None = None
    last_success: str | None = None

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "url": self.url,
            "name": self.name,
            "status": self.status,
            "error": self.error,
            "last_polled": self.last_polled,
            "last_success": self.last_success,
            "consecutive_failures": self.consecutive_failures,
            "next_poll": self.next_poll,
            "disabled_reason": self.disabled_reason,
            "trusted": self.trusted,
        }


@dataclass(frozen=True)
class IncomingItem:
    """A feed entry ready to store: normalised, and analysed when it is new or changed."""

    guid: str | None
    url: str | None
    title: str
    text: str
    published: str | None
    analysis: Analysis | None = None
    # Hash of the item as the feed carried it (before any article-page fetch), so a
    # teaser whose text we replaced still compares equal on the next poll.
    source_hash: str | None = None
    has_title: bool = True  # False: ``title`` is a stand-in made from the text
    # Its identity within the feed, from ``Store.item_keys`` (the poller's own use; the
    # store resolves it again inside the transaction that writes it).
    key: str | None = None


@dataclass(frozen=True)
class IngestCounts:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    merged: int = 0  # new items attached to a story another feed already carried


@dataclass(frozen=True)
class ArticleFailure:
    """Why a teaser's article page gave no text this time; ``final`` when trying again
    cannot help (the address is refused, or the page is gone: HTTP 410)."""

    url: str
    error: str
    final: bool = False


@dataclass(frozen=True)
class ArticleRetry:
    """A teaser item whose article page is due to be tried again, with its story as it
    stands now (another feed's fuller copy may have completed it meanwhile)."""

    item_key: str
    url: str
    attempts: int
    story_id: int
    title: str
    story_text: str
