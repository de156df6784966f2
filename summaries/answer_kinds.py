"""Does the story speak of the kind of thing a question asks for, and ever name one?

"Which university built …" cannot be answered by a story that never mentions a
university, nor "which Chinese company …" by one that only ever says "a Chinese company":
whatever name the answer gives, the story does not say it is the one asked for. Nor can
"what was the verdict" be answered by a story that never mentions a verdict.
"""

from __future__ import annotations

import re

from summaries.gazetteer import speech_vocab
from summaries.generality import zipf
from summaries.question import Question
from summaries.retrieval import Concept, indexed, stems

# "what was the verdict in …", "what's the outcome of …": the thing asked for
_ATTRIBUTE_Q = re.compile(
    r"^(?:so\s+|and\s+|ok\s+)?what(?:(?:['’]s|\s+is|\s+was|\s+were|\s+are)\s+the\s+([a-z]+)\b"
    # "what verdict did the jury reach", not "what phrase did he use" (the words are the answer)
    r"|\s+(?!(?:phrase|line|words?|term|else|kind|sort|type|role|part|impact|effect|reason|"
    r"message|point|argument|difference|exactly)\b)([a-z]+)\s+(?:did|does|do|has|have|had)\b)",
    re.I,
)


def asked_attribute(q: Question) -> Concept | None:
    """The noun a "what was the X of/in …" question asks for, as a concept of the question."""
    m = _ATTRIBUTE_Q.search(q.text)
    if m is None or q.kind != "what":
        return None
    return concept_of(q, m.group(1) or m.group(2))


def concept_of(q: Question, word: str) -> Concept | None:
    """The question's concept written as ``word`` (by stem), if any."""
    key = tuple(stems(word))
    return next((c for c in q.topic if any(w[:1] == key for w, _, _ in c.phrases)), None)


def mentions(concepts: tuple[Concept, ...], text: str) -> bool:
    """Does the text mention any of the concepts?"""
    st, st_set = indexed(text)
    return any(c.weight_in(st, st_set) for c in concepts)


# "which Chinese company made …", "who was the Roscosmos deputy who told …", "which
# Bengaluru institute developed …": the noun naming the one asked for, before the clause
# that says what they did
_ASKED_ONE = re.compile(
    r"^(?:and\s+|so\s+)?(?:which|who\s+(?:was|is|were|are)\s+the)\s+"
    r"(?:(?!(?:on|of|in|at|with|from|for|the|a|an|to|and)\b)[\w’'-]+\s+){0,3}?"
    r"([a-z]+)\s+(?:who|that|which|whose|did|does|do|was|is|were|had|has|made|makes|built|"
    r"told|said|wrote|sold|supplied|ran|runs|led|came|went|got|took|gave|spoke|won|lost|"
    r"sent|brought|broke|"
    # "the Turkish researcher chosen for the visit": the one picked, not the one picking
    r"(?:chosen|picked|selected|tapped)\s+(?:for|to|as)|(?P<done>[a-z]{3,}ed))\b",
    re.I,
)
_INTRO = re.compile(r"^(?:and\s+|so\s+)?(?:which|who\s+(?:was|is|were|are)\s+the)\s+", re.I)
# "a Chinese company", "every TD in Clare": one or all of a kind, never which
_INDEFINITE = re.compile(
    r"\b(?:a|an|one|another|some|every|each|any)\s+(?:[\w’'-]+\s+){0,2}$", re.I
)
# an office's holder by the office alone: "the Russian Foreign Ministry's spokeswoman said"
# ("the ministry's spokesman Kamil Zaremba" names him: the name after counts)
_OFFICE_OF = re.compile(r"\b[\w-]+['’]s\s+$")


def unnamed_kind(q: Question, story_text: str) -> str | None:
    """The noun asked for when the story only ever speaks of "a Chinese company" or "a
    Roscosmos deputy": it never says which one, so no name in the answer can be it."""
    if q.kind not in ("who", "what"):
        return None
    m = _ASKED_ONE.search(q.text)
    if m is None:
        # "whats the name of the antonov test pilot ukraine wants to fly": any of its words
        named = _NAME_OF.search(q.text)
        words = named.group(1).lower().split() if named else []
        return next(
            (w for w in reversed(words) if w.isalpha() and _never_named(w, story_text)), None
        )
    noun = m.group(1).lower()
    if m.group("done") and noun in speech_vocab()["roles"]:
        return None  # "which senator wanted …": people are named as "Sen. Hastings" too
    if _never_named(noun, story_text):
        return noun
    # "which commercial space station …" of a story where "the station" is the ISS and the
    # one asked about is only ever "a commercial station": the noun with its first modifier
    filler = _INTRO.sub("", q.text[m.start() : m.start(1)]).split()
    lead = filler[0] if filler else None
    if lead and lead.isalpha() and not _named_after(noun, story_text):
        phrase = re.escape(lead) + r"\s+(?:[\w-]+\s+)?" + re.escape(noun)
        if _never_named(noun, story_text, phrase):
            return f"{lead.lower()} {noun}"
    return None


_NAME_OF = re.compile(
    r"\bname\s+of\s+(?:the|that|this|their|its)\s+((?:[\w’'-]+\s+){0,3}[\w’'-]+)", re.I
)


def _named_after(noun: str, story_text: str) -> bool:
    """Is ``noun`` ever followed by a name ("JAXA astronaut Ren Takahara")? Then the one
    asked about may be named under another modifier than the question's."""
    return any(
        _NAME_AFTER.match(story_text, f.end())
        for f in re.finditer(r"\b" + re.escape(noun) + r"\b", story_text, re.I)
    )


def _never_named(noun: str, story_text: str, phrase: str | None = None) -> bool:
    """Does the story speak of ``noun`` (or the ``phrase`` pattern ending in it) only as
    "a …" with no name beside it?"""
    if noun in {"one", "ones", "of"} or zipf(noun) > 6.0:
        return False
    pattern = phrase or re.escape(noun)
    found = list(re.finditer(r"\b" + pattern + r"(?:s|es)?\b", story_text, re.I))
    if not found:
        return False
    for f in found:
        before = story_text[max(0, f.start() - 60) : f.start()]
        indefinite = _INDEFINITE.search(before)
        office = indefinite is None and _OFFICE_OF.search(before) is not None
        if not office and (not indefinite or _NAMED_BESIDE.search(before[: indefinite.start()])):
            return False  # "the company", or "Canadarm3, a robotic arm"
        if _NAME_AFTER.match(story_text, f.end()) or _NAMED_NEXT.match(story_text, f.end()):
            return False  # "a Moscow consultancy analyst, Ivan Kholodov"
    return True


_NAMED_BESIDE = re.compile(r"[A-Z][\w’'-]*,?\s+(?:(?:is|was|as)\s+)?$")
# "a member of Russia's parliament tied … . Viktor Sedykh, deputy chair of …, told": the
# next sentence opens by naming the one just introduced
_NAMED_NEXT = re.compile(r"[^.!?\n]*[.!?]\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+,")
_NAME_AFTER = re.compile(r"(?:s|es)?(?:,\s+[A-Z]|\s+(?:called|named|known\s+as)\b|\s+[A-Z][a-z])")


# "which university built …", "what's the name of Lebedev's backup": the kind of thing
# or person asked for must appear in the story, or the story cannot say which one
_WHICH = re.compile(r"\bwhich\s+([a-z]+)\b|\bname\s+of\s+(?:[\w’'-]+['’]s\s+)?([a-z]+)\b", re.I)


# "who's the backup for the russian cosmonaut …": the one holding that place
_WHO_THE = re.compile(
    r"^(?:and\s+|so\s+)?who(?:['’]s|\s+is|\s+was|\s+will\s+be|\s+would\s+be)\s+the\s+"
    r"([a-z]+)\s+(?:for|of|to|on|behind|in)\b",
    re.I,
)
# places a crew or an office keeps for someone else
_POSITIONS = frozenset(["backup", "successor", "replacement", "understudy"])


def absent_kind(q: Question, story_text: str) -> str | None:
    m = _WHICH.search(q.text)
    who = _WHO_THE.search(q.text) if m is None else None
    if (m is None and who is None) or q.kind not in ("who", "what"):
        return None
    typed = (m.group(1) or m.group(2)).lower() if m else who.group(1).lower()
    kind = typed.rstrip("s")
    if who is not None and kind not in _POSITIONS:
        return None  # "who is the head of …": a story may say "chief"
    if who is None and kind not in _KINDS | speech_vocab()["roles"] and typed not in _KINDS:
        return None  # "which capital": the story names the city without the word
    c = concept_of(q, typed)
    if c is None or c.named or mentions((c,), story_text):
        return None
    return c.text


# Organisations a "which …" may ask for; people go by speech.toml's roles ("senator").
_KINDS = frozenset(
    [
        "university",
        "company",
        "firm",
        "institute",
        "agency",
        "lab",
        "laboratory",
        "contractor",
        "bank",
        "ministry",
        "department",
        "committee",
        "court",
        "backup",
    ]
)
