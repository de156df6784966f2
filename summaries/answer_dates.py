"""When is the date a question asks for, and does an answer state it as still to come?

"When will the module launch" is not answered by a sentence that dates the launch of
something else, or dates it in the past: a date must be said as ahead ("is due in 2028",
"next month"), of the event asked about, and later than the story's own year. The answer
checks (``answer_types``) and the lead picker (``answer_lead``) both ask this.
"""

from __future__ import annotations

import re
from functools import lru_cache

from summaries import text_patterns as tp
from summaries.answer_kinds import mentions
from summaries.models import Story
from summaries.question import Question
from summaries.retrieval import Concept
from summaries.sentences import split_sentences

FUTURE_Q = re.compile(
    r"\b(?:will|would|shall|going\s+to|gonna|plan(?:s|ned)?\s+to|expected\s+to|"
    r"scheduled|due\s+to|set\s+to|upcoming|next)\b"
    # "what date does the Dragon splash down": a date asked of an event in the present
    # tense is still to come ("when does …" is as often said of a past one)
    r"|\bwhat\s+(?:date|day)\s+(?:does|do)\b"
    # "when is the first launch from Duqm", "when are the experiments coming back": the
    # present tense of "be" asks when something is to happen
    r"|^(?:and\s+|so\s+)?when(?:['’]s|\s+is|\s+are)\b"
    # "when does russia start cutting off the oxygen": a start asked in the present tense
    # is still to come (a past one is "when did … start")
    r"|\bwhen\s+(?:does|do)\b[^?]{0,60}?\b(?:start|begin|kick\s+in|take\s+effect)\b",
    re.I,
)
# A date stated as still to come: "will launch on Feb. 20", "is due in 2028",
# "by the end of the decade", "next month", "later this year".
_FUTURE_MARK = re.compile(
    r"\b(?:will|would|shall|could|may|might|likely|plans?|planned|planning|scheduled|due|"
    r"set\s+(?:to|for)|(?:pencil+ed\s+in|fixed|booked)\s+for|expects?|"
    r"expected|aims?|intends?|targets?|targeting|slated|to\s+launch|to\s+fly|to\s+be|"
    # a schedule in the present tense: "The rule takes effect Feb. 4", "The ministerial
    # council meets in November"
    r"takes?\s+effect|(?:comes?|enters?)\s+into\s+force|meets|convenes|expires)\b",
    re.I,
)
_AHEAD = re.compile(
    r"\b(?:next\s+(?:week|month|year|spring|summer|autumn|fall|winter|decade)|later\s+this\s+"
    r"(?:week|month|year)|(?:by|until|before|through|after)\s+(?:the\s+end\s+of\s+)?(?:the\s+)?"
    r"(?:(?:19|20)\d\d|decade|" + tp._MONTH + r")|end\s+of\s+the\s+decade|"
    r"(?:in|from)\s+(?:early\s+|late\s+|mid-?)?(?:19|20)\d\d|(?:no\s+earlier|not\s+earlier|"
    r"no\s+later|not\s+before|as\s+early\s+as)\s+(?:than\s+)?(?:the\s+end\s+of\s+)?(?:(?:19|20)\d\d|"
    + tp._MONTH
    + r"))\b",
    re.I,
)
_DATE_WORDS = re.compile(
    r"\b(?:decade|end\s+of\s+the\s+(?:year|month)|(?:early|late|mid)[- ](?:19|20)\d\d|"
    r"spring|summer|autumn|winter|weeks?\s+(?:ago|later)|days?\s+(?:ago|later)|soon)\b",
    re.I,
)


def has_date(text: str) -> bool:
    """A date or time expression, the story's dateline aside."""
    body = tp.DATELINE.sub("", text)
    return bool(tp.DATE.search(body) or _DATE_WORDS.search(body) or _AHEAD.search(body))


def future_when(q: Question) -> bool:
    """ "When will …", "when's it likely to happen": a date still to come is asked for."""
    return q.kind == "when" and bool(FUTURE_Q.search(q.text) or _LIKELY.search(q.text))


_LIKELY = re.compile(r"\b(?:likely|expected|supposed|due)\b", re.I)


def has_future_date(text: str, event: tuple[Concept, ...] = (), since: int | None = None) -> bool:
    """A date stated as still to come: an "ahead" phrase, or a date with a future marker
    (will, due, scheduled …) shortly before it in the same sentence ("docked on Thursday,
    … that will include" is a past date). With ``event`` (what the question asks the date
    of), the sentence or the one just before it must mention one of them: "the ISS
    retires by 2030" does not date the launch of a Tiangong module, but "… one of whom
    will fly on a Soyuz. We are talking about the period after 2027" dates the flight.
    A lead's parts are joined by " … "; "from Jan. 1 next year" is one sentence. With
    ``since`` (the year the story was written), "cut from the syllabus in 2023" in a 2025
    story is past, not ahead."""
    for part in re.split(r"\s…\s", tp.DATELINE.sub("", text)):
        previous = ""
        for start, end in split_sentences(part):
            sentence = part[start:end]
            about = not event or mentions(event, sentence) or mentions(event, previous)
            previous = sentence
            if about and _dated_ahead(sentence, since):
                return True
    return False


def _dated_ahead(sentence: str, since: int | None = None) -> bool:
    for m in _AHEAD.finditer(sentence):
        if not _before(m.group(0), since):
            return True
    for m in _dates(sentence):
        before = sentence[max(0, m.start() - 80) : m.start()]
        if _FUTURE_MARK.search(before) and not _before(m.group(0), since):
            return True
    return False


def _dates(sentence: str) -> list[re.Match[str]]:
    """The dates of a sentence, with a part of a month ("a final vote expected in late
    November"): a time still to come, though too loose a date to answer "how long"."""
    return [*tp.DATE.finditer(sentence), *_PART_OF_MONTH.finditer(sentence)]


_PART_OF_MONTH = re.compile(r"\b(?:[Ee]arly|[Ll]ate|[Mm]id)[\s-]+" + tp._MONTH + r"\b")


def _before(date: str, since: int | None) -> bool:
    """A year earlier than the story's own ("in 2023" written in 2025)."""
    years = tp.YEAR_IN.findall(date)
    return since is not None and bool(years) and all(int(y) < since for y in years)


def story_year(story: Story) -> int | None:
    """The year the story was published, when known."""
    m = tp.YEAR_IN.match(story.published or story.first_seen or "")
    return int(m.group(1)) if m else None


def event(q: Question) -> tuple[Concept, ...]:
    """The question's plain words ("launch", "expansion module"): what happens, as
    opposed to who or where, which the whole story may be about; and a numbered mission
    ("Crew-6", "MS-27"), which is one event however the story words it ("return to
    Earth" for "splash down")."""
    return tuple(c for c in q.topic if not c.named or _NUMBERED.search(c.text)) or q.topic


_NUMBERED = re.compile(r"[a-z][- ]?\d", re.I)


# "back in 2015", "in 2019", "during 2022": when it was said or done (not "the 2022 threat",
# a name for the event, nor "till 2028", a date asked about)
_IN_YEAR = re.compile(
    r"\b(?:in|during|around|circa)\s+(?:early\s+|late\s+|mid-?)?((?:19|20)\d\d)\b", re.I
)
YEARS_APART = 2  # a story written this many years from the year asked about is another time


def another_time(q: Question, text: str, story: Story) -> str | None:
    """ "What did NASA say back in 2015 about the alarm" is not answered by a 2027 story's
    words on this year's alarm, however well they match: when the question names a year
    the story was written years away from, the answering text itself must carry it (a
    2027 story recalling "the 2015 alarm, when …" does)."""
    asked = asked_years(q.text)
    if not asked:  # most questions: no year to check, whatever the story
        return None
    written = story_year(story)
    # a year to come ("left in 2030") is what was asked about, not when it was said
    if written is None or any(y > written - YEARS_APART for y in asked):
        return None
    if any(str(y) in text for y in asked):
        return None
    return "the question's year is not the story's, nor in the answer"


@lru_cache(maxsize=64)
def asked_years(question: str) -> frozenset[int]:
    """The years a question says something was said or done in ("back in 2015"): read
    once per question, though the quote answer checks each of up to 40 quotes."""
    return frozenset(int(y) for y in _IN_YEAR.findall(question))
