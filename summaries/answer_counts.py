"""Does the story count the thing a "how many" question asks about?

"How many drones hit Samara" is not answered by a story that says drones "set fire to at
least two buildings": it has a number, but not of drones. The count asked for is a number
written just before the noun ("17 countries", "two Ukrainian drones", "a dozen cosmonauts"),
or a tally closing a sentence ("It came to twenty-six.").
"""

from __future__ import annotations

import re

from summaries.aliases import Concept
from summaries.question import Question
from summaries.retrieval import indexed, stems
from summaries.sentences import split_sentences

_HOW_MANY = re.compile(r"\bhow\s+many\s+([a-z][\w-]*)", re.I)
# the sums of money and spans of time a "how many" may ask for are checked elsewhere
_NOT_COUNTED = frozenset(
    stems(
        "dollars euros rubles roubles yen rupees francs pounds years months weeks days hours "
        "minutes seconds times people kilometres kilometers miles metres meters"
    )
)
_COUNT_STEMS = frozenset(
    stems(
        "one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
        "eighty ninety hundred hundreds thousand thousands dozen dozens several both"
    )
)
_YEAR = re.compile(r"(?:19|20)\d\d$")
_BEFORE = 3  # words between the number and its noun: "two Ukrainian attack drones"


def uncounted(q: Question, story_text: str) -> str | None:
    """Why the story cannot answer "how many <noun>", or None when it may."""
    m = _HOW_MANY.search(q.text)
    if m is None or set(stems(m.group(1))) & _NOT_COUNTED:
        return None
    noun = _concept(q, m.group(1))
    if noun is None:
        return None
    # the story may count the thing by another of the question's words ("how many
    # station hardware export requests": "two requests")
    plain = [c for c in q.topic if not c.named]
    for s, e in split_sentences(story_text):
        words, _ = indexed(story_text[s:e])
        if words and _is_count(words[-1]) and not _YEAR.match(words[-1]):
            return None  # a tally given on its own: "It came to twenty-six."
        for c in plain:
            for start, _end in c.positions(words):
                if any(_is_count(w) for w in words[max(0, start - _BEFORE) : start]):
                    return None
    return f"story never counts the {noun.text} asked about"


def _concept(q: Question, word: str) -> Concept | None:
    stem = word.lower().rstrip("s")
    return next((c for c in q.topic if c.text.lower().rstrip("s") == stem), None)


def _is_count(word: str) -> bool:
    return word.isdigit() or word in _COUNT_STEMS
