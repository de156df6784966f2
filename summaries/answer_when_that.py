""" "when was that?" after an answer: the date of the report it led with, and the story's
own sentence that dates it.

The report's date is the one that is certain, so it comes first. But the member asked
when *that* happened, and the story usually says it in its own words: the sentence shown
("… Zubov said on Tuesday"), or the dateline its lead opens with ("MOSCOW, Sept. 9 —").
That sentence follows, verbatim, so the member sees the day as the reporter wrote it.
"""

from __future__ import annotations

import re

from summaries import text_patterns as tp
from summaries.answer_text import _date
from summaries.models import Answer, Citation, Story
from summaries.quotes import cached_quotes
from summaries.sentences import split_sentences
from summaries.store import Store

# "when was that?", "and when did she say it?": the date of what was just answered
WHEN_THAT = re.compile(
    r"(?:and\s+|so\s+)?when\s+(?:was|is|did)\s+(?:that|this|it)"
    r"(?:\s+(?:said|announced|reported|published|happen|happening))?\s*\??"
    r"|(?:and\s+|so\s+)?when\s+did\s+(?:he|she|they|it|you)\s+(?:say|announce|report)"
    r"(?:\s+(?:that|this|it))?\s*\??",
    re.I,
)

_LONGEST = 400  # characters: a dating sentence longer than this is left out
_FRAGMENT = 40  # a lead "VLADIVOSTOK, 5 September." alone: the sentence after it belongs


def when_that(store: Store, story_id: int, shown: str) -> Answer | None:
    """The date of the story the last answer led with, then the sentence dating what it
    showed; None when that story is gone."""
    story = next(iter(store.stories_by_ids([story_id])), None)
    if story is None:
        return None
    text = f"That was reported on {_date(story)}, in “{story.title}”."
    dating = dating_sentence(story, shown)
    if dating:
        text = text[:-1] + f": “{dating}”"
    return Answer(text, (Citation(story.id, story.title, story.url),), found=True)


def dating_sentence(story: Story, shown: str) -> str | None:
    """The sentence of ``story`` that dates what ``shown`` quoted or said: a sentence
    shown that carries a date or a weekday, else the lead when it does (a dateline
    counts). None when neither does."""
    body = story.text
    spans = list(split_sentences(body))
    if not spans:
        return None
    quoted = [q for q in cached_quotes(body) if q.text[:60] in shown]
    for n, (start, end) in enumerate(spans):
        sentence = body[start:end]
        was_shown = sentence[:60] in shown or any(start <= q.start < end for q in quoted)
        if was_shown and _dated(sentence):
            return _whole(body, spans, n)
    if _dated(body[spans[0][0] : spans[0][1]]):
        return _whole(body, spans, 0)
    return None


def _dated(sentence: str) -> bool:
    return bool(tp.EXPLICIT_DATE.search(sentence) or tp.WEEKDAY_DATE.search(sentence))


def _whole(body: str, spans: list[tuple[int, int]], n: int) -> str | None:
    start, end = spans[n]
    sentence = " ".join(body[start:end].split())
    if len(sentence) < _FRAGMENT and n + 1 < len(spans):
        joined = " ".join(body[start : spans[n + 1][1]].split())
        return joined if len(joined) <= _LONGEST else sentence
    return sentence if len(sentence) <= _LONGEST else None
