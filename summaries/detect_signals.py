"""The evidence ``classify`` weighs: which mentions count, and who the parties are.

Most of it is about mentions that look like evidence but are not: "ISS" the proxy adviser,
"Chinese space station", "Russian cosmonaut" (a descriptor, not a state acting), "Rubio"
when the story's Rubio is astronaut Frank Rubio. See ``summaries.detect`` for the scoring.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from summaries.gazetteer import Hit, load_data, speech_vocab


def descriptor_starts(hits: tuple[Hit, ...] | list[Hit]) -> set[tuple[int, int]]:
    """Spans of state/agency mentions that only describe a crew member, a vehicle or a
    team ("Russian cosmonaut", "NASA engineers", "Japanese module")."""
    nouns = [h.start for h in hits if h.cat in ("crew", "craft", "part", "descr")]
    out: set[tuple[int, int]] = set()
    for h in hits:
        if h.cat in ("state", "org"):
            i = bisect_left(nouns, h.start)
            if i < len(nouns) and nouns[i] <= h.end + 2:
                out.add((h.start, h.end))
    return out


def shadowed_people(hits: tuple[Hit, ...], text: str) -> set[str]:
    """Officials whose bare surname is, in this story, someone else's ("astronaut Frank
    Rubio", "cosmonaut Konstantin Borisov"): a capitalised first name that is not one of
    the official's aliases stands right before it."""
    titles = speech_vocab()["titles"]
    out: set[str] = set()
    for h in hits:
        if h.cat != "person" or " " in text[h.start : h.end]:
            continue
        m = _PREV_WORD.search(text, max(0, h.start - 30), h.start)
        if m and m.group(1).lower() not in titles and m.group(1) not in _NOT_FIRST:
            out.add(h.name)
    return out


_PREV_WORD = re.compile(r"\b([A-Z][a-z]+)[ \t]+$")
_NOT_FIRST = frozenset(["The", "A", "An", "But", "And", "When", "If", "As", "Then", "Mr", "Ms"])


def actors(
    hits: tuple[Hit, ...], shadowed: set[str], descr: set[tuple[int, int]]
) -> list[tuple[int, float]]:
    """(position, strength) of the parties of interstate relations: a state (not as a
    descriptor), a government body or a political official count 1; an agency 0.5."""
    orgs = load_data()["orgs"]
    out: list[tuple[int, float]] = []
    for h in hits:
        if h.cat == "state" and (h.start, h.end) not in descr:
            out.append((h.start, 1.0))
        elif h.cat == "org" and (h.start, h.end) not in descr:
            kind = orgs[h.name].get("kind")
            if kind == "government":
                out.append((h.start, 1.0))
            elif kind == "agency":
                out.append((h.start, 0.5))
        elif h.cat == "person" and h.weight >= 0.4 and h.name not in shadowed:
            out.append((h.start, 1.0))
    return out


def speaker_strength(speaker: str) -> float:
    d = load_data()
    if d["people"].get(speaker, {}).get("political"):
        return 1.0
    kind = d["orgs"].get(speaker, {}).get("kind")
    return 1.0 if kind == "government" else 0.5 if kind == "agency" else 0.0


def valid_iss(hits: tuple[Hit, ...], text: str, context: tuple[Hit, ...] = ()) -> list[Hit]:
    """Explicit station mentions that really mean the ISS (rules: ``summaries.detect``).

    ``context`` adds the hits of the rest of the story (the body, for the title).
    """
    if not any(h.cat == "iss" for h in hits):
        return []
    both = hits + context
    cats = [h.cat for h in both]
    spelled = any(h.cat == "iss" and h.name == "ISS" and h.end - h.start > 20 for h in both)
    other = "iss_other" in cats
    space = cats.count("space")
    out: list[Hit] = []
    prev: Hit | None = None
    for h in hits:
        if h.cat == "iss":
            word = text[h.start : h.end]
            if word == "ISS" and ((other and not spelled) or space == 0):
                pass
            elif word == "International Space Station":
                out.append(h)  # the full name is never another station
            elif word.lower().endswith("station") and prev is not None and prev.end >= h.start - 2:
                pass  # "Chinese space station", "its own space station"
            elif (
                word.lower().endswith("station")
                and prev is not None
                and h.start - prev.end <= 30
                and _APPOSED.fullmatch(text, prev.end, h.start)
            ):
                pass  # "Gateway, the small space station", "Tiangong, China's space station"
            else:
                out.append(h)
        if h.cat == "modifier":
            prev = h
    return out


# Between another station's name and "space station": an apposition, a few modifiers,
# but no preposition ("research aboard the space station" is about that station).
_APPOSED = re.compile(
    r"[ \t]*,?[ \t]*(?:(?:the|a|an|its|their|[A-Z]\w*['’]s)[ \t]+)?"
    r"(?:(?!(?:aboard|on|onboard|to|at|in|inside|from|for|of|with|into|onto)[ \t])"
    r"[a-z\-]+[ \t]+){0,2}"
)


def in_list(text: str, h: Hit, programmes: list[Hit]) -> bool:
    """A mention inside an enumeration of programmes ('the Moon, Mars and the ISS')."""
    near = [p for p in programmes if abs(p.start - h.start) < 80]
    if not near:
        return False
    before = text[max(0, h.start - 6) : h.start]
    after = text[h.end : h.end + 6]
    return "," in before or " and " in before or " or " in before or "," in after or " and" in after


# Between a relation word and the state that is its object: "relations with Washington",
# "relying on Russian thrusters", "ties with the Kremlin".
_OBJECT = re.compile(r"[ \t]+(?:(?:with|on|upon|to)[ \t]+)?(?:the[ \t]+)?")


def party_starts(hits: tuple[Hit, ...]) -> list[tuple[int, int]]:
    """(start, end) of every state and government body, sorted. Adjectives count ("Russian
    thrusters"), except in the name of a segment or an agency: "the U.S. segment" is part
    of the station, "the European Space Agency" is no state."""
    orgs = load_data()["orgs"]
    in_part = {h.start for h in hits if h.cat in ("part", "org")}
    return [
        (h.start, h.end)
        for h in hits
        if (h.cat == "state" and h.start not in in_part)
        or (h.cat == "org" and orgs[h.name].get("kind") == "government")
    ]


def state_follows(text: str, h: Hit, parties: list[tuple[int, int]]) -> bool:
    """Is a state or a government the object of the relation word ``h``?"""
    i = bisect_left(parties, (h.end, -1))
    return i < len(parties) and bool(_OBJECT.fullmatch(text, h.end, parties[i][0]))
