"""Is a story ISS-geopolitical? Two questions, both required (PRODUCT.md).

1. Is the ISS a *subject*? Explicit mentions ("ISS", "International Space Station",
   "space station") weighted by position (title, lead) and frequency, supported by its
   modules, segments, crews and visiting vehicles. "ISS" only counts with space context
   and without a competing meaning (proxy adviser, facility services, security
   institute); "space station" preceded by "Chinese", "own", "commercial"… is another
   station; a mention inside an enumeration of programmes is a passing one.
2. Do relations between states drive it? Interstate vocabulary (sanctions, withdrawal,
   seat swaps…) weighted by strength, position, by being in the same sentence as the
   station, and by being said in a quote by an official; plus distinct states and
   political officials.

The score is the product of the two evidences mapped to 0..1, so neither can carry a
story alone. All vocabulary is data: ``summaries/data/actors.toml``.
"""

from __future__ import annotations

import math
import re
import tomllib
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

from summaries.models import Quote
from summaries.sentences import paragraph_spans, split_sentences

DEFAULT_THRESHOLD = 0.45

# Words; a possessive "'s" is left out of the word ("Russia's" -> "Russia", "s").
_TOKEN = re.compile(r"\w+(?:['’](?![sS]\b)\w+)*")


class Hit(NamedTuple):
    """One gazetteer match: ``text[start:end]`` is ``name`` of category ``cat``."""

    start: int
    end: int
    cat: str
    name: str
    weight: float
    token: int  # index of the first token


@dataclass(frozen=True)
class Decision:
    iss_geopolitical: bool
    score: float
    reasons: tuple[str, ...]
    tags: tuple[str, ...]
    iss_score: float = 0.0
    geo_score: float = 0.0


def _key(tok: str) -> str:
    if len(tok) > 2 and tok[-2] in "'’" and tok[-1] in "sS":
        return tok[:-2]
    return tok


class _Entry(NamedTuple):
    rest: list[str]
    cs: bool
    cat: str
    name: str
    weight: float


@lru_cache(maxsize=1)
def load_data(name: str = "actors.toml") -> dict:
    """The parsed TOML file from summaries/data (cached)."""
    with resources.files("summaries").joinpath("data", name).open("rb") as fh:
        return tomllib.load(fh)


@lru_cache(maxsize=1)
def lexicon() -> tuple[dict[str, list[_Entry]], dict[str, list[_Entry]]]:
    """Every alias indexed by its first token: (case-sensitive index, case-folded index).

    An alias with an upper-case letter ("ISS", "Progress") matches only as written; an
    all-lower-case alias ("sanctions") matches in any case.
    """
    d = load_data()
    iss = d["iss"]
    entries: list[tuple[str, str, str, float]] = []
    entries += [(a, "iss", "ISS", 1.0) for a in iss["explicit"]]
    entries += [(a, "anaphora", "ISS", 0.5) for a in iss["anaphora"]]
    entries += [(a, "iss_other", a, 0.0) for a in iss["iss_other"]]
    entries += [(a, "space", a, 0.0) for a in iss["space_context"]]
    entries += [(a, "programme", a, 0.0) for a in iss["programmes"]]
    entries += [(a, "modifier", a, 0.0) for a in iss["other_station"]]
    for name, aliases in iss["parts"].items():
        entries += [(a, "part", name, 0.7) for a in aliases]
    for name, aliases in iss["craft"].items():
        entries += [(a, "craft", name, 0.4) for a in aliases]
    entries += [(a, "crew", "crew", 0.2) for a in iss["crew"]["words"]]
    entries += [(a, "descr", a, 0.0) for a in iss["descriptors"]["words"]]
    for name, org in d["orgs"].items():
        entries += [(a, "org", name, 0.0) for a in org["aliases"]]
    for name, person in d["people"].items():
        w = 0.4 if person.get("political") else 0.1
        entries += [(a, "person", name, w) for a in person["aliases"]]
    for name, aliases in d["states"].items():
        entries += [(a, "state", name, 0.0) for a in aliases]
    for name, topic in d["topics"].items():
        entries += [(a, "topic", name, float(topic["weight"])) for a in topic["aliases"]]
    cs_index: dict[str, list[_Entry]] = {}
    ci_index: dict[str, list[_Entry]] = {}
    for alias, cat, name, weight in entries:
        toks = _TOKEN.findall(alias)
        if not toks:
            continue
        cs = any(c.isupper() for c in alias)
        if not cs:
            toks = [t.lower() for t in toks]
        target = cs_index if cs else ci_index
        target.setdefault(toks[0], []).append(_Entry(list(toks[1:]), cs, cat, name, weight))
    for index in (cs_index, ci_index):
        for lst in index.values():
            lst.sort(key=lambda e: -len(e.rest))
    return cs_index, ci_index


@lru_cache(maxsize=16)
def scan(text: str) -> tuple[tuple[Hit, ...], int]:
    """All gazetteer hits in ``text`` (sorted by start) and its token count.

    One tokenisation and two dict look-ups per token: linear in the text. Within a
    category the longest match wins and contained matches are skipped.
    """
    cs_index, ci_index = lexicon()
    matches = list(_TOKEN.finditer(text))
    keys = _TOKEN.findall(text)
    lows = [k.lower() for k in keys]
    hits: list[Hit] = []
    last_end: dict[str, int] = {}
    n = len(keys)
    cs_get, ci_get = cs_index.get, ci_index.get
    for i, key in enumerate(keys):
        c1 = cs_get(key)
        c2 = ci_get(lows[i])
        if c1 is None and c2 is None:
            continue
        for seq, cand in ((keys, c1), (lows, c2)):
            if not cand:
                continue
            for e in cand:
                k = len(e.rest)
                if k and (i + k >= n or seq[i + 1 : i + 1 + k] != e.rest):
                    continue
                end = matches[i + k].end()
                if last_end.get(e.cat, -1) >= end:
                    continue
                last_end[e.cat] = end
                hits.append(Hit(matches[i].start(), end, e.cat, e.name, e.weight, i))
    return tuple(hits), n


_UNTIED = 0.15  # share of a needs_actor word's weight when no actor is in its sentence


def _descriptor_starts(hits: tuple[Hit, ...] | list[Hit]) -> set[tuple[int, int]]:
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


def _shadowed_people(hits: tuple[Hit, ...], text: str) -> set[str]:
    """Officials whose bare surname is, in this story, someone else's ("astronaut Frank
    Rubio", "cosmonaut Konstantin Borisov"): a capitalised first name that is not one of
    the official's aliases stands right before it."""
    titles = _titles()
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


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    return frozenset(t.lower() for t in load_data("speech.toml")["titles"])


def _actors(
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


def _speaker_strength(speaker: str) -> float:
    d = load_data()
    if d["people"].get(speaker, {}).get("political"):
        return 1.0
    kind = d["orgs"].get(speaker, {}).get("kind")
    return 1.0 if kind == "government" else 0.5 if kind == "agency" else 0.0


def _valid_iss(hits: tuple[Hit, ...], text: str, context: tuple[Hit, ...] = ()) -> list[Hit]:
    """Explicit station mentions that really mean the ISS (see module docstring).

    ``context`` adds the hits of the rest of the story (the body, for the title).
    """
    both = hits + context
    spelled = any(h.cat == "iss" and h.name == "ISS" and h.end - h.start > 20 for h in both)
    other = any(h.cat == "iss_other" for h in both)
    space = sum(1 for h in both if h.cat == "space")
    out: list[Hit] = []
    prev: Hit | None = None
    for h in hits:
        if h.cat == "iss":
            word = text[h.start : h.end]
            if word == "ISS" and ((other and not spelled) or space == 0):
                pass
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


# Between another station's name and "space station": an apposition, a few modifiers.
_APPOSED = re.compile(
    r"[ \t]*,?[ \t]*(?:(?:the|a|an|its|their|[A-Z]\w*['’]s)[ \t]+)?(?:[a-z\-]+[ \t]+){0,2}"
)


def _in_list(text: str, h: Hit, programmes: list[Hit]) -> bool:
    """A mention inside an enumeration of programmes ('the Moon, Mars and the ISS')."""
    near = [p for p in programmes if abs(p.start - h.start) < 80]
    if not near:
        return False
    before = text[max(0, h.start - 6) : h.start]
    after = text[h.end : h.end + 6]
    return "," in before or " and " in before or " or " in before or "," in after or " and" in after


def _squash(x: float, scale: float) -> float:
    return 1.0 - math.exp(-max(0.0, x) / scale)


def classify(
    title: str, text: str, *, threshold: float | None = None, quotes: list[Quote] | None = None
) -> Decision:
    """Decide whether a story is ISS-geopolitical; never raises on str input."""
    threshold = DEFAULT_THRESHOLD if threshold is None else threshold
    title = title if isinstance(title, str) else ""
    text = text if isinstance(text, str) else ""
    thits, _ = scan(title)
    hits, _ = scan(text)
    paras = paragraph_spans(text)
    lead_end = paras[1][1] if len(paras) > 1 else (paras[0][1] if paras else 0)
    sents = split_sentences(text)
    sent_starts = [s for s, _ in sents]

    def sent_of(pos: int) -> int:
        return bisect_right(sent_starts, pos) - 1

    # 1. Is the ISS a subject?
    t_iss = _valid_iss(thits, title, hits)
    b_iss = _valid_iss(hits, text, thits)
    programmes = [h for h in hits if h.cat == "programme"]
    iss_raw = 3.0 * min(len(t_iss), 1)
    anaphora = [h for h in hits if h.cat == "anaphora"]
    parts = [h for h in hits if h.cat == "part"] + [h for h in thits if h.cat == "part"]
    craft = [h for h in hits if h.cat == "craft"] + [h for h in thits if h.cat == "craft"]
    crew = [h for h in hits if h.cat == "crew"]
    passing = 0
    for h in b_iss:
        w = 1.5 if h.start < lead_end else 1.0
        if _in_list(text, h, programmes):
            w *= 0.3
            passing += 1
        iss_raw += w
    # Unnamed but unmistakable: an ISS module or segment plus a crew vehicle and its crew.
    has_iss = bool(t_iss or b_iss) or (bool(parts) and bool(craft) and len(crew) >= 2)
    if has_iss:
        iss_raw += 0.5 * min(len(anaphora), 4) + 0.2 * min(len(crew), 5) + 0.3 * min(len(craft), 4)
    iss_raw += 0.7 * min(len(parts), 4)
    iss_sents = {sent_of(h.start) for h in b_iss + anaphora + [h for h in hits if h.cat == "part"]}
    iss_score = _squash(iss_raw, 2.0) if has_iss or len(parts) >= 2 else 0.0

    # 2. Do relations between states drive it? Relational vocabulary is the evidence;
    # states, officials and partnership words only support it (capped by it), so an
    # engineering story full of agencies and nations stays low.
    qspans = sorted((q.start, q.end, q.speaker) for q in (quotes or []))
    qstarts = [qs for qs, _, _ in qspans]
    topics = load_data()["topics"]
    shadowed = _shadowed_people(hits, text) | _shadowed_people(thits, title)
    t_descr = _descriptor_starts(thits)
    b_descr = _descriptor_starts(hits)
    t_actor = max((st for _, st in _actors(thits, shadowed, t_descr)), default=0.0)
    b_actors = _actors(hits, shadowed, b_descr)
    a_starts = [p for p, _ in b_actors]
    n_sents = len(sent_starts)

    def sent_actor(si: int) -> float:
        """The strongest actor in sentence ``si`` (asked only for needs_actor words)."""
        lo = sent_starts[si] if si >= 0 else 0
        hi = sent_starts[si + 1] if si + 1 < n_sents else len(text) + 1
        k = bisect_left(a_starts, lo)
        best = 0.0
        while k < len(a_starts) and a_starts[k] < hi:
            best = max(best, b_actors[k][1])
            k += 1
        return best

    strong = support = 0.0
    topic_count: Counter[str] = Counter()
    said_by: dict[str, str] = {}
    for h in thits:
        if h.cat == "topic" and h.weight > 0:
            w = 2.0 * h.weight
            if topics[h.name].get("needs_actor"):
                w *= max(t_actor, _UNTIED)
            if topics[h.name].get("support"):
                support += w
            else:
                strong += w
            topic_count[h.name] += 1
    for h in hits:
        if h.cat != "topic" or h.weight <= 0:
            continue
        w = h.weight
        si = sent_of(h.start)
        if si in iss_sents:
            w *= 1.6
        # Quotes never overlap: the only one that can hold a hit is the last starting at
        # or before it (a bisect, so an article full of quotes is not quadratic).
        qi = bisect_right(qstarts, h.start) - 1
        quoted = qi >= 0 and h.start < qspans[qi][1] and qspans[qi][2]
        if quoted:
            w *= 1.2
            said_by.setdefault(h.name, qspans[qi][2])
        if topics[h.name].get("needs_actor"):
            tie = sent_actor(si)
            if quoted:
                tie = max(tie, _speaker_strength(qspans[qi][2]))
            w *= max(tie, _UNTIED)
        # diminishing returns per topic
        w /= 1 + 0.5 * topic_count[h.name]
        topic_count[h.name] += 1
        if topics[h.name].get("support"):
            support += w
        else:
            strong += w
    actor_states = {h.name for h in hits if h.cat == "state" and (h.start, h.end) not in b_descr}
    actor_states |= {h.name for h in thits if h.cat == "state" and (h.start, h.end) not in t_descr}
    people = [h for h in hits + thits if h.cat == "person" and h.name not in shadowed]
    political = {h.name for h in people if h.weight >= 0.4}
    support += 0.3 * max(0, min(len(actor_states), 4) - 1) + 0.3 * min(len(political), 3)
    geo_raw = strong + min(support, 0.3 + 0.8 * strong)
    geo_score = _squash(geo_raw, 2.5)

    score = iss_score * geo_score
    decision = score >= threshold
    reasons = _reasons(
        title,
        t_iss,
        b_iss,
        passing,
        topic_count,
        said_by,
        iss_score,
        geo_score,
        actor_states,
        political,
    )
    tags = _tags(hits, thits, topic_count)
    return Decision(
        decision, round(score, 4), reasons, tags, round(iss_score, 4), round(geo_score, 4)
    )


def _reasons(
    title, t_iss, b_iss, passing, topic_count, said_by, iss_score, geo_score, states, political
) -> tuple[str, ...]:
    people = load_data()["people"]
    out: list[str] = []
    if t_iss or b_iss:
        term = (title[t_iss[0].start : t_iss[0].end] if t_iss else "") or "ISS"
        where = f"'{term}' in title and " if t_iss else ""
        kind = "the subject" if iss_score >= 0.6 else "mentioned only in passing"
        extra = f" ({passing} in a list)" if passing else ""
        out.append(f"ISS is {kind}: {where}{len(b_iss)}× in text{extra}")
    else:
        out.append("ISS not mentioned")
    if topic_count:
        weights = {n: t["weight"] for n, t in load_data()["topics"].items()}
        ranked = sorted(topic_count, key=lambda n: (-weights.get(n, 0) * topic_count[n], n))
        for name in ranked[:3]:
            n = topic_count[name]
            who = said_by.get(name)
            if who:
                org = people.get(who, {}).get("org")
                who = f"{who} ({org})" if org else who
                out.append(f"interstate: '{name}' said by {who}")
            else:
                out.append(f"interstate: '{name}' {n}×")
    else:
        out.append("no interstate vocabulary")
    if len(states) > 1:
        out.append("states: " + ", ".join(sorted(states)))
    if political:
        out.append("officials: " + ", ".join(sorted(political)))
    out.append(f"subject {iss_score:.2f} × interstate {geo_score:.2f}")
    return tuple(out)


def _tags(hits, thits, topic_count) -> tuple[str, ...]:
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for i, h in enumerate(thits + hits):
        if h.cat in ("org", "person", "state", "craft", "part") or (
            h.cat == "topic" and h.weight >= 0.5
        ):
            counts[h.name] += 1
            first.setdefault(h.name, i)
    ranked = sorted(counts, key=lambda n: (-counts[n], first[n]))
    return tuple(ranked[:12])
