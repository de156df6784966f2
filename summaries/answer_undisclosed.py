"""Has someone made a fact public? "Has ESA said when the class will fly", "did Abuja say
what it is paying Moscow", "has the government disclosed how much the seat costs".

A member asks whether a fact is out yet, and when it is not, newsrooms say so in a
formula of their own: "ESA has not said when …", "The financial terms were not
disclosed", "at a cost the government has not disclosed", "declined to say how much".
That sentence is the answer. It carries none of the fact asked for, so the check that
an answer gives the sum or the date asked for does not apply to it; and the question is
not one for the speaker's quotes, since the answer is that they said nothing.
"""

from __future__ import annotations

import re

from summaries.answer_sentences import _Sentence
from summaries.question import Question
from summaries.sentences import split_sentences

# "has ESA said when …", "did abuja say what its paying …", "has nasa disclosed how much":
# whether someone has told a fact, asked yes or no
_ASKS = re.compile(
    r"^(?:(?:and|so|but|ok|okay)\b[\s,]*)*(?:has|have|had|did|does|do)\s+(?:[\w'’.-]+\s+){1,8}?"
    r"(?:ever\s+|actually\s+|publicly\s+|yet\s+)?(?:say|said|disclose|disclosed|reveal|"
    r"revealed|announce|announced|confirm|confirmed|specify|specified|tell|told|"
    r"put\s+a\s+(?:figure|number|price|date)\s+on)\s+(?:\w+\s+)?"
    r"(?:how\s+much|how\s+many|how\s+long|when|what|where|who|which)\b",
    re.I,
)
# "did roscosmos respond", "has nasa commented yet": whether they answered at all, which a
# story tells as "Roscosmos did not respond to a request for comment"
_ASKS_REPLY = re.compile(
    r"^(?:(?:and|so|but|ok|okay)\b[\s,]*)*(?:has|have|did|does|do)\s+(?:[\w'’.-]+\s+){1,5}?"
    r"(?:ever\s+|actually\s+|publicly\s+|even\s+)?(?:respond|responded|reply|replied|comment|"
    r"commented|react|reacted|answer|answered)(?:\s+(?:yet|at\s+all|to\s+[^?]{1,60}))?"
    r"\s*\??\s*$",
    re.I,
)
_NO_COMMENT = re.compile(
    r"\b(?:did|does|do|has|have|had|would|could)(?:\s+not|n['’]t)\s+(?:immediately\s+)?"
    r"(?:respond|reply|comment|answer|return)\b|\b(?:declined|refused)\s+to\s+comment\b|"
    r"\bcould\s+not\s+be\s+reached\b|\bno\s+comment\b|\bhad\s+no\s+(?:immediate\s+)?comment\b",
    re.I,
)
# How newsrooms report that it has not: "has not (yet) said", "did not disclose", "would
# not say", "declined to say", "were not disclosed", "has not been made public",
# "undisclosed"
_WITHHELD = re.compile(
    r"\b(?:has|have|had|did|does|do|would|will)(?:\s+not|n['’]t)\s+(?:yet\s+)?(?:publicly\s+)?"
    r"(?:say|said|disclose|disclosed|reveal|revealed|specify|specified|announce|announced|"
    r"confirm|confirmed|give|given|set|name|named)\b|"
    r"\b(?:declined|refused)\s+to\s+(?:say|disclose|reveal|specify|give|confirm|name)\b|"
    r"\b(?:is|are|was|were|has|have|had)\s+not\s+(?:yet\s+)?(?:been\s+)?(?:disclosed|made\s+"
    r"public|released|announced|revealed)\b|\bundisclosed\b",
    re.I,
)
# "what its paying", "how much the seat costs": a sum asked; the terms or the cost withheld
_SUM_ASKED = re.compile(
    r"\bhow\s+much\b|\bwhat\b[^?]{0,40}\b(?:pay|paying|paid|cost|costs)\b", re.I
)
_SUM_WORDS = re.compile(r"\b(?:terms|cost|costs|price|amount|sum|value|fee|fees|financial)\b", re.I)


def asks_disclosed(q: Question) -> bool:
    """Does the question ask, yes or no, whether someone has told a fact?"""
    return bool(_ASKS.search(q.text) or _ASKS_REPLY.search(q.text))


def withheld(text: str) -> bool:
    """Does the sentence say a fact has not been made public, or that someone did not
    answer at all?"""
    return bool(_WITHHELD.search(text) or _NO_COMMENT.search(text))


def no_comment_line(q: Question, text: str) -> str | None:
    """For "did X respond": the answer's sentence saying they did not comment, alone."""
    if not _ASKS_REPLY.search(q.text):
        return None
    for s, e in split_sentences(text):
        if _NO_COMMENT.search(text, s, e):
            return text[s:e]
    return None


def withheld_sentence(q: Question, ranked: list[_Sentence]) -> _Sentence | None:
    """The sentence of the best story saying the fact asked about is not out: the best
    ranked one with the formula, or, for a sum asked, one saying the terms or the cost
    were not disclosed ("The financial terms were not disclosed." shares no word with
    "what is abuja paying moscow"); None when the story has none."""
    if not ranked or not asks_disclosed(q):
        return None
    story = ranked[0].story
    found = next((s for s in ranked[:40] if s.story is story and withheld(s.text)), None)
    if found is not None or not _SUM_ASKED.search(q.text):
        return found
    for pos, (s, e) in enumerate(split_sentences(story.text)):
        text = story.text[s:e]
        if withheld(text) and _SUM_WORDS.search(text):
            return _Sentence(story, s, e, pos)
    return None
