"""The gazetteer in ``summaries/data``: its files parsed, its aliases found in a text.

``scan`` is the one tokenisation detection, quotes and summaries share; its small cache
means a story scanned for detection is not scanned again for its quotes. ``load_data``
keeps only the last file it read, so callers cache what they derive from it.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from importlib import resources
from itertools import compress
from typing import NamedTuple

# Words; a possessive "'s" is left out of the word ("Russia's" -> "Russia", "s").
# "l'ISS", "d'ESA", "qu'Artemis": a French elision before a capital is not part of the name
# (a name's own apostrophe, "O'Brien", "D'Souza", still joins)
_TOKEN = re.compile(
    r"\w+(?:['’](?![sS]\b)(?!(?:(?<=\b[ldjnsctmL]['’])|(?<=\bqu['’]))[A-ZÀ-Þ])\w+)*"
)


class Hit(NamedTuple):
    """One gazetteer match: ``text[start:end]`` is ``name`` of category ``cat``."""

    start: int
    end: int
    cat: str
    name: str
    weight: float
    token: int  # index of the first token


class _Entry(NamedTuple):
    rest: list[str]
    cs: bool
    cat: str
    name: str
    weight: float


@lru_cache(maxsize=8)
def load_data(name: str = "actors.toml") -> dict:
    """The parsed TOML file from summaries/data (cached per file: with one slot, a call
    for countries.toml between two for actors.toml would parse actors.toml again)."""
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


_Bucket = tuple[list[_Entry], dict[str, list[_Entry]]]


@lru_cache(maxsize=1)
def _buckets() -> tuple[dict[str, _Bucket], dict[str, _Bucket], frozenset[str]]:
    """``lexicon()`` narrowed by the token after the first, and every first token folded.

    A common first token ("the") opens many aliases; looking up the next token picks the
    few that can match, in the lexicon's order, instead of trying each. A token whose
    lower-case form is no first token is skipped before any look-up.
    """
    out = []
    for index in lexicon():
        buckets: dict[str, _Bucket] = {}
        for first, entries in index.items():
            nexts = dict.fromkeys(e.rest[0] for e in entries if e.rest)
            by_next = {nxt: [e for e in entries if not e.rest or e.rest[0] == nxt] for nxt in nexts}
            buckets[first] = ([e for e in entries if not e.rest], by_next)
        out.append(buckets)
    cs_index, ci_index = lexicon()
    firsts = frozenset(k.lower() for k in cs_index) | frozenset(ci_index)
    return out[0], out[1], firsts


@lru_cache(maxsize=16)
def scan(text: str) -> tuple[tuple[Hit, ...], int]:
    """All gazetteer hits in ``text`` (sorted by start) and its token count.

    One tokenisation and, for the tokens that open an alias, two dict look-ups: linear
    in the text. Within a category the longest match wins and contained matches are
    skipped.
    """
    cs_index, ci_index, firsts = _buckets()
    matches = list(_TOKEN.finditer(text))
    keys = [m[0] for m in matches]  # a third of the cost of a second regex pass
    lows = [k.lower() for k in keys]
    hits: list[Hit] = []
    last_end: dict[str, int] = {}
    n = len(keys)
    both = ((keys, cs_index), (lows, ci_index))
    for i in compress(range(n), map(firsts.__contains__, lows)):
        for seq, index in both:
            bucket = index.get(seq[i])
            if bucket is None:
                continue
            cand, by_next = bucket
            if i + 1 < n:
                cand = by_next.get(seq[i + 1], cand)
            for e in cand:
                k = len(e.rest)
                if k > 1 and (i + k >= n or seq[i + 1 : i + 1 + k] != e.rest):
                    continue
                end = matches[i + k].end()
                if last_end.get(e.cat, -1) >= end:
                    continue
                if e.cat == "person" and _in_double_barrel(text, matches[i].start(), end):
                    continue  # "Zakharova-Ilyina" is not Maria Zakharova
                last_end[e.cat] = end
                hits.append(_new_hit(Hit, (matches[i].start(), end, e.cat, e.name, e.weight, i)))
    return tuple(hits), n


def _in_double_barrel(text: str, start: int, end: int) -> bool:
    """A known surname joined by a hyphen to another capitalised one, after a given name,
    is part of somebody else's double-barrelled surname ("Valentina Zakharova-Ilyina",
    "Anna Ilyina-Zakharova"); not "the Putin-Xi summit", two people."""
    if text[end : end + 1] == "-" and text[end + 1 : end + 2].isupper():
        first = start
    elif text[start - 1 : start] == "-" and start >= 2 and text[start - 2].isalpha():
        m = _BARREL_BEFORE.search(text, max(0, start - 40), start)
        if m is None:
            return False
        first = m.start()
    else:
        return False
    given = _GIVEN_BEFORE.search(text, max(0, first - 30), first)
    return given is not None


_BARREL_BEFORE = re.compile(r"[A-Z][\w’']+-$")
_GIVEN_BEFORE = re.compile(r"\b[A-Z][a-z]+ $")


# ``Hit(...)`` goes through a generated Python ``__new__``; a long story makes a few
# hundred hits, so they are built as the tuples they are, in C.
_new_hit = tuple.__new__


@lru_cache(maxsize=1)
def given_gender() -> dict[str, str | None]:
    """'m'/'f' for a given name; None where it is used for both ("Andrea")."""
    d = load_data("speech.toml")
    out: dict[str, str | None] = {}
    for g, names in (
        ("m", d["given_m"] + d["japanese_given_m"]),
        ("f", d["given_f"] + d["japanese_given_f"]),
    ):
        for n in names:
            out[n] = None if n in out and out[n] != g else g
    for n, g in census_given().items():
        out.setdefault(n, g)
    return out


def state_of(word: str, *, any_case: bool = False) -> str | None:
    """The state a word is written for ("US", "Turkish"): the gazetteer's first state with
    that alias, or None. ``any_case`` for a member's typing ("russia", "the us")."""
    forms = (word, word + ".")  # "U.S": the word splitter drops the dot of "U.S."
    if any_case:
        forms = tuple(f.casefold() for f in forms)
    for state, aliases in load_data()["states"].items():
        names = {a.casefold() for a in aliases} if any_case else aliases
        if any(f in names for f in forms):
            return state
    return None


@lru_cache(maxsize=1)
def census_given() -> dict[str, str | None]:
    """The census given names (data/given_census.txt) that no other word list of
    speech.toml claims: "Marcus Reyes", "Nadia Kessler" are people wherever they are
    written, not only beside a speech verb. The hand lists keep their own genders."""
    d = load_data("speech.toml")
    taken = {
        w.lower()
        for key, words in d.items()
        if isinstance(words, list) and not key.startswith(("given_", "japanese_given_"))
        for w in words
        if isinstance(w, str)
    }
    taken |= {w.lower() for w in load_data("countries.toml")["names"]}
    out: dict[str, str | None] = {}
    with resources.files("summaries").joinpath("data", "given_census.txt").open() as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            name, g = line.split()
            if name.lower() not in taken:
                out[name] = None if g == "-" else g
    return out


@lru_cache(maxsize=1)
def countries() -> frozenset[str]:
    """Countries and peoples as members type them, in lower case ("latvia", "estonian"):
    names, though a member never capitalises them."""
    return frozenset(load_data("countries.toml")["names"])


@lru_cache(maxsize=1)
def speech_vocab() -> dict[str, frozenset[str]]:
    """Every word list of speech.toml as a set, plus the sets quotes derive from both files
    (``roles``, ``given``, ``people``, ``state_names``, ``place``) and unions of them."""
    countries = load_data("countries.toml")["names"]
    d = load_data("speech.toml")
    out = {k: frozenset(v) for k, v in d.items() if isinstance(v, list)}
    out["titles"] = frozenset(t.lower() for t in d["titles"])
    out["roles"] = out["person_nouns"] | frozenset(d["roles"])
    out["japanese_given"] = out["japanese_given_m"] | out["japanese_given_f"]
    census = census_given()
    out["given_m"] |= frozenset(n for n, g in census.items() if g != "f")
    out["given_f"] |= frozenset(n for n, g in census.items() if g != "m")
    out["given"] = out["given_m"] | out["given_f"] | out["japanese_given"]
    # "who grew up in Kumasi, Ghana,": a country alone is never a person ("Jordan",
    # "Chad", "Georgia" are given names too, and stay open)
    out["countries"] = frozenset(n.capitalize() for n in countries) - out["given"]
    out["people"] = frozenset(load_data()["people"])
    out["state_names"] = frozenset(load_data()["states"])
    out["place"] = frozenset(d["places"]) | frozenset(
        w for aliases in load_data()["states"].values() for a in aliases for w in a.split()
    )
    # unions asked for on every story: built here once, not per call
    out["titled"] = out["titles"] | out["roles"]
    out["unnamed_place"] = out["place"] - out["people"]
    out["speech_verbs"] = out["verbs"] | out["paraphrase_verbs"]
    out["said"] = out["speech_verbs"] | out["participles"]
    # the words a body's name ends in or is called by ("Commission", "agency"), lower-cased
    out["body_words"] = frozenset(w.lower() for w in out["org_nouns"] | out["org_words"])
    return out
