"""Did the story say which way a choice went? "so which did bangladesh end up choosing,
iss or tiangong" is not answered by a story in which Dhaka is still weighing both
offers: members ask how a pending choice ended, and the story written before it ended
says only what was on the table.
"""

from __future__ import annotations

import re

from summaries import text_patterns as tp
from summaries.answer_kinds import mentions
from summaries.question import Question
from summaries.sentences import split_sentences

# "end up choosing", "pick in the end", "finally go with", "settle on": a choice asked
# about, with its options after it ("…, soyuz or the dragon seat")
_CHOICE_Q = re.compile(
    r"\b(?:end(?:ed)?\s+up|in\s+the\s+end|finally|eventually|settle[ds]?\s+on)\b"
    r".*\bor\b",
    re.I,
)
_OPTIONS = re.compile(
    r"(?:,|\bchoos\w*|\bpick\w*|\btaking|\bfor\b)\s+([^,?]{2,60}?\s+or\s+[^,?]{2,60})\s*\??$", re.I
)
# the choice made, in the past: "opted for a Crew Dragon seat", "chose the station"
_DECIDED = re.compile(
    r"\b(?:chose|chosen|picked|selected|opted|decided|went\s+with|gone\s+with|settled\s+on|"
    r"accepted|signed|turned\s+down|rejected|declined|dropped|plumped)\b",
    re.I,
)
# "has not yet decided", "no decision has been taken", "is weighing both offers"
_STILL_OPEN = re.compile(
    r"\b(?:not|yet\s+to|no\s+decision|undecided|weighing|considering|will\s+decide|"
    r"expected\s+to\s+decide|has\s+until)\b",
    re.I,
)


def undecided(q: Question, story_text: str) -> str | None:
    """Why the story cannot say which option was chosen, or None when it may."""
    if not _CHOICE_Q.search(q.text):
        return None
    m = _OPTIONS.search(q.text)
    if m is None:
        return None
    options = m.group(1).lower()
    named = tuple(c for c in q.topic if c.text.lower() in options)
    if not named:
        return None
    for s, e in split_sentences(story_text):
        sentence = tp.QUOTED.sub(" ", story_text[s:e])
        if (
            _DECIDED.search(sentence)
            and not _STILL_OPEN.search(sentence)
            and mentions(named, sentence)
        ):
            return None
    return "the story never says which option was chosen"
