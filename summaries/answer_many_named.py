"""Does the answer name the people a "who" question asks for?

"Who are the two Nigerians going to train at Star City" is not answered by the sentence
saying two Nigerians will train there, naming only the minister who announced it: the
people asked for must be named, as many of them as the question counts. Nor is "which
Japanese astronaut is flying with them" answered by the sentence that names the others
and "a Japanese astronaut yet to be named".
"""

from __future__ import annotations

import re

from summaries.aliases import load_aliases
from summaries.answer_kinds import mentions
from summaries.answer_names import other_names
from summaries.generality import zipf
from summaries.question import Question
from summaries.sentences import split_sentences

_COUNTED_WHO = re.compile(
    r"^(?:and\s+|so\s+|ok\s+)?who\s+(?:are|were|will\s+be)\s+the\s+"
    r"(two|three|four|five|six|seven|eight|2|3|4|5|6|7|8)\b",
    re.I,
)
_WHO_Q = re.compile(r"^(?:and\s+|so\s+|ok\s+)?(?:who|which)\b", re.I)
_UNNAMED = re.compile(
    r"\b(?:yet\s+to\s+be|not\s+(?:yet\s+)?been|not\s+yet\s+been|still\s+to\s+be)\s+"
    r"(?:named|identified|chosen|selected|announced)\b",
    re.I,
)
COMMON = 4.0  # Zipf frequency of "space" and "agency", above any name's every word
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}


def too_few_named(q: Question, lead: str) -> str | None:
    """Why the lead cannot answer "who are the N …", or None when it may."""
    m = _COUNTED_WHO.search(q.text)
    if m is None:
        return None
    word = m.group(1).lower()
    wanted = int(word) if word.isdigit() else _NUMBERS[word]
    people = {n.split()[-1] for n in other_names(q, lead) if _a_person(n)}
    if len(people) < wanted:
        return f"asked for {wanted} people, {len(people)} named"
    return None


def _a_person(name: str) -> bool:
    """One the gazetteer knows as a person, or a first name and surname that is not a
    body's ("State Corporation Roscosmos") nor a place ("Abuja")."""
    aliases = load_aliases()
    if aliases.person(name):
        return True
    if aliases.is_thing(name) or len(name.split()) < 2:
        return False
    if all(zipf(w) >= COMMON for w in name.split()):
        return False  # "Space Agency", left of "Iranian Space Agency" by the asked word
    return not any(c.named and len(c.phrases) >= 2 and not c.people for c in aliases.concepts(name))


def left_unnamed(q: Question, lead: str) -> str | None:
    """Why the lead cannot answer "who/which …": it says the one asked for, by a word of
    the question, is not named yet. None when it does not."""
    if not _WHO_Q.search(q.text):
        return None
    plain = [c for c in q.topic if not c.named]
    for s, e in split_sentences(lead):
        clause = lead[s:e]
        m = _UNNAMED.search(clause)
        if m is None:
            continue
        before = clause[max(0, m.start() - 60) : m.start()]
        if mentions(tuple(plain), before) and not _someone_else(q, before):
            return "the lead says the one asked for is not named yet"
    return None


def _someone_else(q: Question, before: str) -> bool:
    """ "which cosmonaut …": "a Japanese astronaut yet to be named" is another crew member,
    described by a capitalised word ("Japanese") the question does not have."""
    phrase = re.split(r"\b(?:a|an|the|and|with)\s+", before)[-1]
    qualifiers = re.findall(r"\b[A-Z][\w’'-]+", phrase)
    return any(not mentions(tuple(q.topic), w) for w in qualifiers)
