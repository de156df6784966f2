"""Does the answer name as many people as a "who are the two …" question asks for?

"Who are the two Nigerians going to train at Star City" is not answered by the sentence
saying two Nigerians will train there, naming only the minister who announced it: the
people asked for must be named, as many of them as the question counts.
"""

from __future__ import annotations

import re

from summaries.aliases import load_aliases
from summaries.answer_types import _other_names
from summaries.question import Question

_COUNTED_WHO = re.compile(
    r"^(?:and\s+|so\s+|ok\s+)?who\s+(?:are|were|will\s+be)\s+the\s+"
    r"(two|three|four|five|six|seven|eight|2|3|4|5|6|7|8)\b",
    re.I,
)
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}


def too_few_named(q: Question, lead: str) -> str | None:
    """Why the lead cannot answer "who are the N …", or None when it may."""
    m = _COUNTED_WHO.search(q.text)
    if m is None:
        return None
    word = m.group(1).lower()
    wanted = int(word) if word.isdigit() else _NUMBERS[word]
    aliases = load_aliases()
    # a person by first name and surname, or one the gazetteer knows; not "Abuja"
    people = {
        n.split()[-1]
        for n in _other_names(q, lead)
        if not aliases.is_thing(n) and (len(n.split()) >= 2 or aliases.person(n))
    }
    if len(people) < wanted:
        return f"asked for {wanted} people, {len(people)} named"
    return None
