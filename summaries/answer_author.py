"""Who wrote an opinion piece: the author line it ends with ("Agnieszka Wróblewska
teaches international law at the University of Warsaw."), which shares no word with a
question asking "who wrote that op-ed", so no search finds it."""

from __future__ import annotations

import re

from summaries.answer_sentences import _Sentence
from summaries.models import Story
from summaries.question import Question
from summaries.sentences import split_sentences

_WHO_WROTE = re.compile(r"\bwho\s+(?:wrote|penned|authored|is\s+behind)\b|\bauthor\s+of\b", re.I)
# a full name, then what the author is or does: "Henrik Aasland is a senior fellow …"
_AUTHOR_LINE = re.compile(
    r"((?:[A-Z][\w’'.-]+\s+){1,3}[A-Z][\w’'-]+)\s+"
    r"(?:is|was|teaches|writes|has\s+been|served|heads|leads|directs|works)\b"
)
AUTHOR_WORDS = 45  # an author line is one or two short sentences


def author_sentence(q: Question, story: Story) -> _Sentence | None:
    """The sentence naming the author, when the question asks who wrote the piece and the
    story ends with an author line; None otherwise."""
    if q.kind != "who" or not _WHO_WROTE.search(q.text):
        return None
    text = story.text.rstrip()
    start = text.rfind("\n") + 1
    last = text[start:]
    if len(last.split()) > AUTHOR_WORDS or not _AUTHOR_LINE.match(last):
        return None
    for pos, (s, e) in enumerate(split_sentences(story.text)):
        if s >= start:
            return _Sentence(story, s, e, pos)
    return None
