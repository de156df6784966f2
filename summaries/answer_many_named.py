"""Does the answer name the people a "who" question asks for?

"Who are the two Nigerians going to train at Star City" (or "names of the two
Nigerians …") is not answered by the sentence
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
from summaries.lead_withheld import named_in
from summaries.question import Question
from summaries.sentences import split_sentences

_COUNTED_WHO = re.compile(
    r"^(?:and\s+|so\s+|ok\s+)?(?:who\s+(?:are|were|will\s+be)|"
    # "names of the two nigerians going to star city", "what were the names of the 3 …"
    r"(?:what\s+(?:are|were)\s+)?(?:the\s+)?names\s+of)\s+the\s+"
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


# "which bank did …", "which russian ground station in the far east …": the words after
# "which" up to a verb or a preposition; the last of them is the thing asked to be named
_WHICH_THING = re.compile(
    r"\bwhich\s+((?:[\w’'-]+\s+){0,3}?[a-z][\w-]*)\s+"
    r"(?:did|does|do|is|are|was|were|will|has|have|had|can|could|would|in|on|of|at|from|"
    r"for|that|with|to|got|gets)\b",
    re.I,
)
# "a lender, Promsvyazbank,", "a broker, the Houston-based OrbitHub,": a name after it
_NAMED_AFTER = re.compile(
    r"\s*(?:,\s*(?:the\s+|its\s+)?(?:[\w’'-]+\s+){0,3}?)?(?!(?:In|On|At|The|A|An)\b)[A-Z][\w’'-]+"
)
# "a bank in a third country", "a Chinese taikonaut", "an unnamed lender"
_INDEFINITE = re.compile(r"\b(?:a|an|one\s+of|another|some|unnamed)\b", re.I)
# a verb among the words read as the thing's modifiers: the thing asked ended before it
_VERB = re.compile(
    r"[a-z]+ed|told|said|says|wants|made|gave|got|took|put|sent|won|lost|left|ran|led|hit|"
    r"kept|built|paid|sold|bought|signed|flew|went|came|saw|chose|picked"
)
# words after "which" that name no thing to be named: "which of …", "which way …"
_NOT_THINGS = frozenset(["one", "ones", "way", "side", "year", "day", "month", "time", "part"])


def which_unnamed(q: Question, lead: str) -> str | None:
    """Why the lead cannot answer "which bank …": it speaks of the thing asked for only as
    "a bank in a third country" or "a Chinese taikonaut", never by a name, though the
    story may name another one elsewhere. None when the lead names one, or does not speak
    of it at all (another word may name it)."""
    m = _WHICH_THING.search(q.text)
    if m is None:
        return None
    *modifiers, noun = m.group(1).lower().split()
    if noun in _NOT_THINGS or len(noun) < 3 or any(_VERB.fullmatch(w) for w in modifiers):
        return None  # "which senator told nasa to …": "told" ends the thing asked
    # the singular only: "sanctions on Russian banks" speaks of banks in general
    found = list(re.finditer(rf"\b{re.escape(noun)}\b", lead, re.I))
    if not found:
        return None
    for f in found:
        phrase = re.split(r"[,.;:“”\"()]", lead[max(0, f.start() - 60) : f.start()])[-1]
        if not _INDEFINITE.search(" ".join(phrase.split()[-4:])):
            return None  # "the bank", "Sberbank", "Gazprombank's": it may be named
        if re.search(r"[A-Z][\w’'-]*[”\"]?,\s*$", lead[: f.start() - len(phrase)]):
            return None  # "Canadarm3, a robotic arm": named before the description
        if _NAMED_AFTER.match(lead, f.end()) or named_in(lead, f.start()):
            return None  # "a small lender, Caspian Trust Bank", or named further on
    return f"the lead speaks of a {noun} but never names it"
