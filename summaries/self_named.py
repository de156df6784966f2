"""A pronoun's speaker who is talked about in the quote is not its speaker.

'"Kevin learned to report like an engineer," he says' after a paragraph about Kevin
Rourke: people rarely speak of themselves by their own name, so a "he"/"she" that
resolved to the person the quote names is the other person of that gender nearby.
"""

from __future__ import annotations

import re

from summaries.mentions import Mentions
from summaries.names import surname_gender
from summaries.speakers import Who

# '," he says' / '," she added' right after the closing mark.
_PRONOUN_TAIL = re.compile(r"[,.!?]?[ \t]*[”\"]?[ \t]*(he|she)[ \t]+[a-z]+", re.IGNORECASE)


def other_than_named(
    text: str, start: int, end: int, close: int | None, who: Who, ctx: Mentions
) -> Who:
    """``who`` unless a pronoun attributed the quote text[start:end] to someone the quote
    itself names; then the most recent other named subject of that gender."""
    if not who.is_person or not who.speaker or close is None:
        return who
    m = _PRONOUN_TAIL.match(text, close + 1)
    if m is None:
        return who
    body = text[start:end]
    if re.search(r"\bI\b|\bmy\b|\bme\b", body) is None:
        return who  # no first person: nothing says the speaker is someone else
    if re.search(r"\b[Oo]ur[ \t]+[A-Z]", body):
        return who  # "our Kiera": a relative, who may share the speaker's surname
    names = {who.speaker} | _given_names(text, who.speaker)
    if not any(re.search(rf"\b{re.escape(n)}\b", body) for n in names):
        return who
    clash = {"he": "f", "she": "m"}[m.group(1).lower()]
    for _p, name, subj in reversed([x for x in ctx.people if x[0] < start][-12:]):
        if not name or not subj or name == who.speaker:
            continue
        if ctx.gender.get(name, surname_gender(name)) != clash:
            return Who(name, True)
    return who


def _given_names(text: str, surname: str) -> set[str]:
    """The capitalised word written right before the surname ("Kevin Rourke")."""
    found = re.findall(rf"\b([A-Z][a-z]+)[ \t]+{re.escape(surname)}\b", text)
    return set(found)
