"""Does a sentence carry the kind of fact a question asks for: a date for "when", an
amount for "how much", a cause for "why", a reply for yes/no, a new name for "who"?

The lead asks it of each sentence it might open with; kept apart from ``answer_lead``,
which chooses the sentences.
"""

from __future__ import annotations

import re

from summaries import answer_dates, answer_names
from summaries import text_patterns as tp
from summaries.answer_counts import counts, measures
from summaries.question import Question


def has_type(q: Question, text: str) -> bool:
    """Does the sentence carry the kind of fact the question asks for?"""
    if q.kind == "when":
        if _TIME_Q.search(q.text):  # "what time did they land": the clock time
            return bool(_CLOCK.search(text))
        if answer_dates.future_when(q):
            # "could take place in December" answers "when's it likely"; "was supposed to
            # begin on May 18" or "complained on Wednesday" is a date gone by
            return answer_dates.has_future_date(text)
        return explicit(text)
    if q.kind == "quantity":
        measured = measures(q, text)  # "how much water": an amount of water, if it is named
        if measured is not None:
            return measured
        units = tp.measure(q.text)
        if units is None:
            return bool(tp.AMOUNT.search(text) or tp.COUNT_WORDS.search(text) or counts(q, text))
        return any(not _OFFSET.match(text, m.end()) for m in units.finditer(text))
    if q.kind == "where":
        if _POSTED_Q.search(q.text):  # "where did roscosmos post the video": on Telegram
            return bool(_VENUE.search(text))  # not PLACE's "from the", a city or a room
        return bool(tp.PLACE.search(text))
    if q.kind == "who":  # "Russia supplies the propulsion" answers "who provides …"
        if answer_names.asks_person(q):  # … but "which senator" wants the senator's name
            return answer_names.new_person(q, text)
        return answer_names.new_name(q, text, things=True)
    if q.kind == "why":  # "sanctions" or "amid" alone names the topic, not a reason
        return any(not _WEAK_CAUSE.fullmatch(m.group(0)) for m in tp.CAUSE.finditer(text))
    if q.kind == "yesno":  # the reply: "were never in danger", "found no evidence"
        return bool(_POLARITY.search(text))
    return True


# where something was put out: a channel, a site, an account, a broadcast
_POSTED_Q = re.compile(
    r"\bwhere\b.*\b(?:post(?:ed|s)?|publish(?:ed|es)?|share[sd]?|upload(?:ed|s)?|release[sd]?|"
    r"announce[sd]?|write|wrote|written|tweet(?:ed|s)?|aired|broadcast)\b",
    re.I,
)
_VENUE = re.compile(
    r"\b(?:on|in|via|through)\s+(?:(?:its|his|her|their|the|a|an)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:Telegram|channel|website|web\s+site|site|blog|account|page|feed|podcast|newsletter|"
    r"X|Twitter|VK|VKontakte|Facebook|Instagram|YouTube|Substack|broadcast|television|TV|"
    r"radio|interview|statement|column|op-ed|editorial|newspaper|paper|journal|magazine|daily)\b"
)


# CAUSE words that name a topic or a backdrop ("amid sanctions", "over the war") rather
# than the reason itself; they rank a sentence for "why" but do not stop the lead looking
_WEAK_CAUSE = re.compile(r"sanctions?|amid|over\s+the|waiting\s+for", re.I)
# a yes/no question's reply is said with a negation or a plain confirmation; the
# sentence restating the topic ("The station moved out of the path …") carries neither
_POLARITY = re.compile(
    r"\b(?:not|no|never|nor|none|nothing|nowhere|neither|unrelated|denied|denies|rejected|"
    r"refused|ruled\s+out|confirmed|agreed|yes|" + tp.REFUSAL + r")\b|"
    # "declined to sign" replies; "declined to say" does not
    r"\bdeclin(?:ed|es)\s+to\s+(?!(?:say|comment|disclose|specify|confirm|elaborate|discuss|"
    r"answer|give|provide|name|reveal|identify)\b)|"
    r"n[’']t\b",
    re.I,
)


_TIME_Q = re.compile(r"\bwhat\s+time\b|\bat\s+what\s+hour\b", re.I)
_CLOCK = re.compile(
    r"\b\d{1,2}(?::\d\d)?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|\b\d{1,2}:\d\d\b|\b(?:noon|midnight)\b",
    re.I,
)
# "about twenty minutes behind schedule", "two days late", "an hour into the spacewalk":
# how far off a plan or a start something was, not how long it lasted or how far it went
_OFFSET = re.compile(r"\s+(?:behind|late|later|early|earlier|ahead|ago|into)\b", re.I)


def explicit(text: str) -> bool:
    return bool(tp.EXPLICIT_DATE.search(tp.DATELINE.sub("", text)))
