"""The single entry point of story intelligence: decision, summary and key quotes.

Called by the poller (in a worker thread) and by ``spacebrief reclassify``. It never
raises: whatever goes wrong inside becomes a not-ISS-geopolitical analysis whose reason
says so, because one odd article must not stop a poll.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from summaries.detect import Decision, classify
from summaries.models import Analysis, Quote
from summaries.quotes import extract_quotes, key_quotes
from summaries.roundups import roundup_sections
from summaries.summarize import summarize
from summaries.transcripts import interview_answers

log = logging.getLogger(__name__)

KEY_QUOTES = 3
# As much text as a feed entry or an article page keeps (feeds.parse.MAX_TEXT_CHARS):
# fifteen long news articles. A story stored before that cap (up to 2 MB from a page)
# is analysed on its first 100,000 characters on reclassify, in about a second rather
# than ten; offsets stay those of the stored text, of which this is the start.
ANALYSED_CHARS = 100_000


def analyse(title: str, text: str, *, threshold: float | None = None) -> Analysis:
    """Classify, summarise and pick the key quotes of one story."""
    title = title if isinstance(title, str) else ""
    text = _analysed_part(text if isinstance(text, str) else "")
    try:
        quotes = extract_quotes(text)
        decision = _judged(title, text, quotes, threshold)
        return Analysis(
            iss_geopolitical=decision.iss_geopolitical,
            score=decision.score,
            reasons=decision.reasons,
            tags=decision.tags,
            summary=summarize(title, text, station=decision.iss_geopolitical),
            quotes=tuple(key_quotes(title, text, _with_answers(text, quotes), k=KEY_QUOTES)),
        )
    except Exception as exc:  # noqa: BLE001 - the contract is "never raises"
        log.exception("analysis failed for %r", title[:80])
        return Analysis(False, 0.0, (f"analysis failed: {type(exc).__name__}",), (), "", ())


def _with_answers(text: str, quotes: list[Quote]) -> list[Quote]:
    """The quotes, and a Q&A's answers ("Raghunathan: We do not accept that …") by anyone
    the story never puts in quotation marks: an interview printed without them would
    otherwise keep only the words of the people it mentions in passing."""
    quoted = {q.speaker for q in quotes if q.speaker}
    answers = [q for q in interview_answers(text) if q.speaker not in quoted]
    if not answers:
        return quotes
    taken = [(q.start, q.end) for q in quotes]
    fresh = [a for a in answers if not any(s < a.end and a.start < e for s, e in taken)]
    return sorted([*quotes, *fresh], key=lambda q: q.start)


def _judged(title: str, text: str, quotes, threshold: float | None) -> Decision:
    """The story's decision; a roundup's is that of its most ISS-geopolitical item
    (``roundups``), with the whole text's tags."""
    whole = classify(title, text, threshold=threshold, quotes=quotes)
    sections = roundup_sections(text)
    if not sections:
        return whole
    best = max(
        (
            classify(title, text[s:e], threshold=threshold, quotes=_within(quotes, s, e))
            for s, e in sections
        ),
        key=lambda d: d.score,  # the first of equals, as the items come
    )
    reasons = (*best.reasons, f"a roundup of {len(sections)} items: judged by its best one")
    return replace(best, reasons=reasons, tags=whole.tags)


def _within(quotes, start: int, end: int) -> list:
    """The quotes inside ``text[start:end]``, with offsets into that slice."""
    return [
        replace(q, start=q.start - start, end=q.end - start)
        for q in quotes
        if start <= q.start and q.end <= end
    ]


def _analysed_part(text: str) -> str:
    """The start of ``text`` analysed: all of it up to ANALYSED_CHARS, else up to the last
    paragraph break before that (or the cap itself when there is none near)."""
    if len(text) <= ANALYSED_CHARS:
        return text
    cut = text.rfind("\n\n", 0, ANALYSED_CHARS)
    return text[: cut if cut > ANALYSED_CHARS // 2 else ANALYSED_CHARS]
