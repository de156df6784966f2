"""Does a story give something a name, when "what's the name of X" finds no word "name"?

Newsrooms seldom write "its name is …": they name a thing by a naming verb ("bloggers
dubbed the idea the 'cosmic rouble'", "a detector called Pyl-2") or by setting the name
beside its kind ("Orbital Vespers, a video installation shot aboard …", "the installation,
Orbital Vespers,"), and a bill or treaty by its title ("the Station Integrity Act").
A story with neither (only "a Russian subcontractor") names nothing
asked for, however well it matches. "What's the payload called" asks the same of the
lead: ``unnamed_thing``, whose looser test also takes a designator ("HANSOL-1") or a
hyphenated name ("Bantay-Dagat").
"""

from __future__ import annotations

import re
from functools import lru_cache

from summaries.gazetteer import countries
from summaries.question import Question

# the question's words that ask for a name rather than for a thing the story must mention
NAMING_HEADS = frozenset({"name", "nickname", "title"})

_NAME = r"[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|the|for|and|de))*\s*[A-Z0-9][\w’'-]*|[A-Z][\w’'-]+"
# a naming verb, up to three words of what is named, then a quoted short name or a
# capitalised one: "dubbed the idea the “cosmic rouble”", "called Filiz-2"; not the
# phrasal verbs "called on Congress", "called for NASA to act", "called off"
_VERB_NAME = re.compile(
    r"\b(?:called|named|dubbed|nicknamed|known\s+as|titled|entitled|christened|branded)\s+"
    r"(?!(?:on|upon|for|off|in|up|out|back)\b)"
    r"(?:(?:it|them|him|her|this|that|the|a|an|[a-z][\w-]*)\s+){0,3}?"
    r"(?:[\"“‘']\s*(?!(?:a|an|the)\s)[\w’'-]+(?:\s+[\w’'-]+){0,3}[.,]?\s*[\"”’']"
    r"|(?-i:[A-Z][\w’'-]*(?:[-\s][A-Z0-9][\w’'-]*)*)(?!['’]s))",
    re.I,
)
# "name of the russian iss video installation at venice": the kind named ("installation")
_ASKED_KIND = re.compile(
    r"\b(?:name|nickname|title)\s+(?:of|for)\s+(?:the\s+|a\s+|an\s+|this\s+|that\s+|their\s+|its\s+)?"
    r"((?:(?!(?:at|in|on|for|of|from|with|by|that|which|who|the|a|an|to|and)\b)[\w-]+\s*){1,5})",
    re.I,
)
# a bill, treaty or programme carries its kind in its name: "the Station Integrity Act"
_TITLED_KINDS = frozenset(
    [
        "bill",
        "law",
        "act",
        "legislation",
        "measure",
        "treaty",
        "agreement",
        "accord",
        "accords",
        "pact",
        "deal",
        "protocol",
        "programme",
        "program",
        "project",
        "plan",
        "initiative",
        "charter",
        "declaration",
    ]
)
_TITLED = re.compile(
    r"(?:[A-Z][\w’'-]+\s+){1,4}(?:Act|Bill|Law|Treaty|Agreement|Accords?|Pact|Protocol|"
    r"Programme|Program|Project|Plan|Initiative|Charter|Declaration)\b"
)
# where the kind's words end and the question's clause begins: "sculpture made from …"
_STOP = re.compile(
    r"^(?:made|built|shot|run|held|sent|brought|given|taken|known|won|set|put|"
    r"got|paid|sold|led|done|seen|shown|written|drawn|grown|flown|launched)$"
)
# a participle ends the kind only where it opens a clause after it ("the module docked
# at", "the company supplying the valves"); before the kind's noun it describes it ("the
# new training module", "the proposed crewed capsule")
_PARTICIPLE = re.compile(r"(?:ed|ing)$")


def asked_kind(q: Question) -> str | None:
    """The noun naming the kind of thing whose name is asked for, if the question says."""
    m = _ASKED_KIND.search(q.text)
    if m is None:
        return None
    found = m.group(1).split()
    words = []
    for i, w in enumerate(found):
        last = i == len(found) - 1
        if words and (_STOP.search(w) or (last and _PARTICIPLE.search(w))):
            break
        words.append(w)
    return words[-1].lower() if words else None


def titled(kind: str | None, text: str) -> bool:
    """Does ``text`` name a ``kind`` ("bill", "treaty") by a title carrying its kind?"""
    return kind in _TITLED_KINDS and _TITLED.search(text) is not None


def names_something(q: Question, text: str) -> bool:
    """Does ``text`` give a name by a naming verb, or beside the kind ``q`` asks about?"""
    if _VERB_NAME.search(text):
        return True
    kind = asked_kind(q)
    if kind is None:
        return False
    if titled(kind, text):
        return True
    k = re.escape(kind)
    beside = (
        rf"(?-i:{_NAME}),\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){{0,5}}?{k}s?\b"
        rf"|\b{k}s?,\s+(?-i:(?:[A-Z][\w’'-]*\s+){{0,3}}[A-Z][\w’'-]*)\s*[,.(]"
    )
    return re.search(beside, text, re.I) is not None


# "whats the saudi furnace payload actually called": the thing's own name is asked
# (the clause ends at "called": "when the spacewalk was called off" asks no name)
_CALLED_THING = re.compile(
    r"\bwhat(?:['’]?s|\s+is|\s+was|\s+are|\s+were)\b[^?]*\bcalled\s*(?:[?,.!;:—-]|$)", re.I
)
# how a story gives a thing its name: "called Orage-3", "named Bantay-Dagat", "dubbed the
# “cosmic rouble”", a designator ("HANSOL-1", "Mlima-1"; not "mid-2026" or "G7"), a
# hyphenated name ("Bantay-Dagat"; not "Franco-German"), or a title-case name of a
# bill, mission or experiment ("the Orbital Accountability Act")
_NAMING = re.compile(
    r"\b(?:called|named|dubbed|nicknamed|christened|known\s+as|titled|codenamed)\s+"
    r"(?:the\s+|an?\s+)?[“\"'‘A-Z0-9]|"
    r"\b[A-Z][A-Za-z]+[-‑]?\d{1,3}[A-Za-z]?\b|"
    r"(?:[A-Z][\w-]+\s+){1,5}(?:Act|Bill|Mission|Experiment|Project|Programme|Program|"
    r"Initiative|Payload|Satellite|Module|Furnace|Camera|Instrument)\b"
)
_HYPHENATED = re.compile(r"\b([A-Z][A-Za-z]*)-([A-Z][A-Za-z]+)\b")
# peoples and places the countries list leaves out, as newsrooms pair them ("US-Russian")
_MORE_PEOPLES = frozenset(
    {"us", "uk", "eu", "usa", "american", "british", "soviet", "european", "emirati", "saudi"}
)


@lru_cache(maxsize=1)
def _peoples() -> frozenset[str]:
    """Countries and their peoples' words: "Franco-German", "Russian-American" and
    "US-Russian" pair nations, they do not name a thing."""
    return _MORE_PEOPLES | countries()


def _names_a_thing(text: str) -> bool:
    """Does the text give something its own name?"""
    if _NAMING.search(text):
        return True
    return any(
        not {m[1].lower(), m[2].lower()} & _peoples() and not _GIVEN_NAME.search(text, 0, m.start())
        for m in _HYPHENATED.finditer(text)
    )


# "CNES president Philippe Lacombe-Saint-Aubin": a hyphenated surname after a given name
# is a person's, not the name of the thing asked about
_GIVEN_NAME = re.compile(r"(?<![.!?:]\s)(?<!^)\b[A-Z][a-z]+\s+$")


def asks_a_name(text: str) -> bool:
    """Does the question ask for a thing's own name ("what was the cubesat called")?"""
    return bool(_CALLED_THING.search(text))


def unnamed_thing(q: Question, lead: str) -> str | None:
    """Why the lead does not give the name of the thing asked ("what's the payload
    called" of a story that only describes it: "a materials-science furnace developed
    with …"), or None. A name of someone or somewhere else in the lead is not its name."""
    if q.kind == "who" or not asks_a_name(q.text):
        return None
    return None if _names_a_thing(lead) else "the thing asked about is never named"
