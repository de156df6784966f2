"""Is the person an answer names the kind of person the question asks for?

"Which Indian astronaut would take the seat" is not answered by "Foreign Secretary Arvind
Kashyap said …", nor "who are the cosmonauts flying with Navarro" by "NASA's press
secretary, Lena Ashford": the lead names someone new, but the story describes them by
another role. A name the lead gives without any role may still be the one asked for.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from summaries import answer_kinds, answer_names
from summaries.answer_described import _description
from summaries.answer_speakers import _places, titles
from summaries.question import Question
from summaries.retrieval import Concept, stems
from summaries.sentences import split_sentences

# "which indian astronaut would …", "who are the cosmonauts flying …": the one asked for
# is described by the role word among the first few words after the opener
_ASKED = re.compile(
    r"^(?:and\s+|so\s+)?(?:which|who(?:['’]s|\s+(?:is|was|are|were|will\s+be))\s+the)\s+"
    r"((?:[\w’'-]+\s+){0,3}[\w’'-]+)",
    re.I,
)


def asked_role(q: Question) -> Concept | None:
    """The question's concept for the role of the person asked for, if it names one."""
    m = _ASKED.search(q.text)
    if m is None or q.kind != "who":
        return None
    for word in m.group(1).lower().split():
        if re.sub(r"s$", "", word) in _CREW:
            return answer_kinds.concept_of(q, word)
    return None


# Crew are described as crew (or by rank); politicians go by many titles ("Rep." for a
# congresswoman, "deputy chair of the Duma" for a member), so only crew roles are checked.
_CREW = frozenset({"astronaut", "cosmonaut", "taikonaut"})
_CREW_WORDS = frozenset(
    stems(
        "astronaut astronauts cosmonaut cosmonauts taikonaut crew crewmate commander cmdr "
        "engineer pilot colonel col captain capt lieutenant lt major maj general gen "
        "participant tourist researcher"
    )
)


def other_role(q: Question, lead: str) -> str | None:
    """Why the lead does not answer: every new person it names is described by another
    role than the crew role asked for. None when it may name the one asked for."""
    role = asked_role(q)
    if role is None:
        return None
    wanted = set(stems(role.text))
    described = False
    for beside in _people_beside(q, lead):
        if (wanted | _CREW_WORDS) & beside:
            return None
        if not beside & _title_stems():
            return None  # a name with no role beside it may be the one asked for
        described = True
    return f"everyone named is described as other than a {role.text}" if described else None


def names_role(q: Question, text: str) -> bool:
    """Does the text name someone new described by the crew role asked for ("The astronaut
    in question, Cmdr. Eli Navarro", for "who was the astronaut …")?"""
    role = asked_role(q)
    if role is None:
        return False
    wanted = {w for words, _, _ in role.phrases for w in words}
    # "Oleg Strelnikov, a former cosmonaut" is not one of "the cosmonauts on that
    # spacewalk", unless a former one is asked for
    past = set() if _PAST & set(stems(q.text)) else _PAST
    return any(wanted & beside and not past & beside for beside in _people_beside(q, text))


_PAST = frozenset(stems("former retired veteran ex"))


def _people_beside(q: Question, text: str) -> Iterator[set[str]]:
    """For each new person the text names, the stems of the words beside the name: a
    title before it ("Foreign Secretary X") or an apposition after it ("X, the …")."""
    for name in answer_names.other_names(q, text):
        if " " not in name or answer_names.a_thing(name) or _a_place(name):
            continue
        for start, end in split_sentences(text):
            at = text.find(name, start, end)
            if at < 0:
                continue
            described_as = _description(text, start, end, at, at + len(name))
            before, _, after = described_as.partition(name)
            # "Foreign Secretary Arvind Kashyap" is found as one name: its title is beside it
            yield set(stems(before)[-4:] + _title_in(name) + stems(after)[:4])


def _title_in(name: str) -> list[str]:
    """The stems of a name's leading title words ("Foreign Secretary" of "Foreign
    Secretary Arvind Kashyap"), up to the last title word before the person's own name."""
    words = name.split()
    last = max((i for i, w in enumerate(words[:-1]) if w.lower() in titles()), default=-1)
    return stems(" ".join(words[: last + 1]))


def _a_place(name: str) -> bool:
    """ "New Delhi", "Abu Dhabi": a place the gazetteer knows, not a person."""
    return all(w.lower() in _places() for w in name.split())


@lru_cache(maxsize=1)
def _title_stems() -> frozenset[str]:
    return frozenset(s for t in titles() for s in stems(t))
