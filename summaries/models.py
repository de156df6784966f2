"""Typed results shared by the pipeline, the store, the CLI and the bot.

Frozen dataclasses rather than dicts so that a field rename is a type error, not a
silently missing key in a Discord embed.
"""

from __future__ import annotations

from dataclasses import dataclass, field


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

    def to_json(self) -> dict:
        """The CLI/JSON contract of PRODUCT.md; add fields freely, never rename."""
        return {
            "id": self.id,
            "title": self.title,
            "url": self.url,
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

    def to_json(self) -> dict:
        return {
            "answer": self.answer,
            "citations": [{"id": c.id, "title": c.title, "url": c.url} for c in self.citations],
        }
