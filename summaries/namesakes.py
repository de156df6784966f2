"""Who bears a surname where a story writes it in full: quotes keep only the surname
("Lavrov", "Harlow"), so a namesake (the cosmonaut Gennady Lavrov, Senator Tom Harlow
beside NASA's Diane Harlow) is told apart by the given names and titles written before it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from summaries.aliases import Person
from summaries.gazetteer import speech_vocab


def full_mentions(text: str, surname: str) -> list[tuple[int, frozenset[str]]]:
    """Where ``text`` writes ``surname`` after a given name: (position, the one to three
    words before it, lower case: {"senator", "tom"})."""
    given = given_lower()
    found = [
        (m.start(), frozenset(w.strip(".,").lower() for w in m.group(1).split()))
        for m in re.finditer(rf"((?:[A-Z][\w.’'-]*\s+){{1,3}}){re.escape(surname)}\b", text)
    ]
    return [(p, words) for p, words in found if words & given]


def bearer_at(text: str, surname: str, pos: int) -> frozenset[str]:
    """The words before ``surname`` where the story last wrote it in full before ``pos``
    (else where it first did): "senator tom", "diane". Empty when it never does."""
    mentions = full_mentions(text, surname)
    before = [words for p, words in mentions if p < pos]
    return before[-1] if before else (mentions[0][1] if mentions else frozenset())


def someone_else_named(person: Person, text: str) -> bool:
    """The story's bearer of a known surname has another given name ("the cosmonaut
    Gennady Lavrov" is not Sergei Lavrov of the Foreign Ministry): their office is not his."""
    full = [n for n in person.names if " " in n]
    if any(n in text for n in full):
        return False
    theirs = {w.lower() for n in full for w in n.split()[:-1]}
    return any(not words & theirs for _p, words in full_mentions(text, person.surname))


@lru_cache(maxsize=1)
def given_lower() -> frozenset[str]:
    return frozenset(g.lower() for g in speech_vocab()["given"])
