"""The domain gazetteer (data/aliases.toml) and the concepts a question is made of.

A concept is one thing asked about with every way a story may write it: "Russia's space
agency" is searched as Roscosmos too, a role ("head of Roscosmos") as the people who held
it, and a designator ("Soyuz MS-28") as one phrase including its vehicle, so "Progress
MS-28" is not a match. Synonyms weigh less than the member's own words.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from summaries.designators import compounds, numbered, variants
from summaries.gazetteer import load_data, speech_vocab
from summaries.roles import head_roles
from summaries.terms import forms, stem, stems, tokens

ALIASES_FILE = Path(__file__).with_name("data") / "aliases.toml"

# FTS5 operators in capitals: query syntax, never content (lower-case ones are stopwords).
_QUERY_SYNTAX = frozenset({"AND", "OR", "NOT", "NEAR"})


@dataclass(frozen=True)
class Person:
    names: tuple[str, ...]
    org: str | None
    roles: tuple[str, ...]

    @property
    def surname(self) -> str:
        return self.names[0]


@dataclass(frozen=True)
class Concept:
    """One thing the question asks about, with every way a story may write it."""

    text: str
    # (stemmed tokens for matching sentences, the words as written for FTS5, weight)
    phrases: tuple[tuple[tuple[str, ...], str, float], ...]
    people: tuple[Person, ...] = ()
    named: bool = False  # a proper name the member typed (capitalised or an alias)

    @property
    def fts(self) -> str:
        """FTS5 query: each phrase double-quoted, so member input is never syntax."""
        return self.fts_at(0.0)

    def fts_at(self, min_weight: float) -> str:
        seen: dict[str, None] = {}
        for _, written, weight in self.phrases:
            if weight >= min_weight:
                seen.setdefault('"' + " ".join(tokens(written)) + '"', None)
        return " OR ".join(seen)

    def weight_in(self, sentence_stems: Sequence[str], stem_set: frozenset[str]) -> float:
        """The best weight of a phrase of this concept found in the sentence, else 0."""
        best = 0.0
        for words, _, weight in self.phrases:
            if weight <= best:
                continue
            if len(words) == 1:
                if words[0] in stem_set:
                    best = weight
            elif words[0] in stem_set and _contains(sentence_stems, words):
                best = weight
        return best

    def positions(self, sentence_stems: Sequence[str]) -> list[tuple[int, int]]:
        """(start, end) token spans where a phrase of this concept occurs."""
        out = []
        for words, _, _ in self.phrases:
            n = len(words)
            for i in _starts(sentence_stems, words[0]):
                if tuple(sentence_stems[i : i + n]) == words:
                    out.append((i, i + n))
        return out


def _contains(seq: Sequence[str], sub: tuple[str, ...]) -> bool:
    n = len(sub)
    return any(tuple(seq[i : i + n]) == sub for i in _starts(seq, sub[0]))


def _starts(seq: Sequence[str], first: str) -> Iterator[int]:
    """Where ``first`` occurs in ``seq``: ``index`` skips the other words in C, and a
    sentence is matched against every phrase of every concept of the question."""
    i = -1
    while True:
        try:
            i = seq.index(first, i + 1)
        except ValueError:
            return
        yield i


@dataclass(frozen=True)
class _Entry:
    names: tuple[str, ...]
    weight: float
    person: Person | None = None
    people: tuple[Person, ...] = ()


def _offices(roles: tuple[str, ...]) -> set[str]:
    """A holder's titles in lower case, an acting or interim holder's with the office's
    own title as well."""
    out = {r.lower() for r in roles}
    return out | {r.split(" ", 1)[1] for r in out if r.startswith(("acting ", "interim "))}


class Aliases:
    """The domain gazetteer: phrase (stemmed tokens) → entries that phrase names."""

    def __init__(self, data: dict) -> None:
        self.people = [
            Person(tuple(p["names"]), p.get("org"), tuple(p.get("roles", ())))
            for p in data.get("person", [])
        ]
        self._index: dict[tuple[str, ...], list[tuple[str, _Entry]]] = {}
        for person in self.people:
            self._add(person.names, _Entry(person.names, 1.0, person=person))
        roles: dict[str, list[Person]] = {}
        groups = [tuple(g["names"]) for g in data.get("group", [])]
        for person in self.people:
            for role in {*person.roles, *head_roles(person.org, person.roles, groups)}:
                roles.setdefault(role.lower(), []).append(person)
        for role, holders in roles.items():
            # the office's other titles every holder shares ("director general of
            # Roscosmos" for "head of roscosmos"): a holder the gazetteer does not know
            # is found by them, as stories name a new one by the office
            # ("acting NASA administrator" holds the office's title too)
            same = set.intersection(*(_offices(p.roles) for p in holders)) - {role}
            names = tuple(n for p in holders for n in p.names) + (role, *sorted(same))
            self._add((role,), _Entry(names, 1.0, people=tuple(holders)))
        for group in data.get("group", []):
            names = (*group["names"], *_party_labels(group["names"], data))
            self._add(group["names"], _Entry(names, 1.0))
        for state, labels in data.get("state_labels", {}).items():
            written = tuple(f"{party}-{label}" for label in labels for party in "DRI")
            # a hair under a name's weight: "the texas company" must not require "Texas"
            self._add((state,), _Entry((state, *written), 0.99))
        for syn in data.get("synonyms", []):
            for words in syn["groups"]:
                self._add(words, _Entry(tuple(words), float(syn.get("weight", 0.8))))
        for one_way in data.get("one_way", []):
            for word in one_way["from"]:
                entry = _Entry((word, *one_way["to"]), float(one_way.get("weight", 0.8)))
                self._add((word,), entry)
        # "EP" is the European Parliament; "that podcast ep" is an episode
        self._typed_only = frozenset(k.lower() for k in data.get("abbreviations", {}))
        for short, written in data.get("abbreviations", {}).items():
            self._add((short,), _Entry((short, *written), 1.0))
        self._longest = max((len(k) for k in self._index), default=1)
        self.stopwords = frozenset(data.get("stopwords", "").split())
        casual = {k.lower(): v for k, v in data.get("casual", {}).items()}
        self._casual = casual
        self._casual_re = (
            re.compile(
                r"(?<![\w/.'’-])(?:"
                + "|".join(re.escape(k) for k in sorted(casual, key=len, reverse=True))
                + r")(?![\w/.-])(?!['’](?!s\b))",
                re.I,
            )
            if casual
            else None
        )
        self._ranked = {k.lower(): v for k, v in data.get("ranked", {}).items()}
        self._ranked_re = (
            re.compile(
                r"(?<![\w/.'’-])(?:"
                + "|".join(re.escape(k) for k in sorted(self._ranked, key=len, reverse=True))
                + r")(?![\w/.-])",
                re.I,
            )
            if self._ranked
            else None
        )
        self._prefixes = {
            k.lower(): tuple(v) for k, v in data.get("designator_prefixes", {}).items()
        }

    def uncasual(self, text: str) -> str:
        """Chat shorthand read as the words it stands for ("whos" → "who is", "w/" →
        "with"), so question patterns and concepts see what the member meant."""
        if self._ranked_re is not None:
            text = self._ranked_re.sub(self._rank, text)
        if self._casual_re is None:
            return text
        return self._casual_re.sub(lambda m: self._casual[m.group(0).lower()], text)

    def _rank(self, m: re.Match) -> str:
        """ "roscosmos's no. 2", "the no. 2 at NASA": a rank is someone's, so it follows an
        owner; after a thing ("launch pad no. 2", "engine no. 2") it numbers the thing."""
        before = m.string[: m.start()].split()
        if before and not self._owner(before[-1]):
            return m.group(0)
        return self._ranked[m.group(0).lower()]

    def _owner(self, word: str) -> bool:
        """An article or possessive, or a body: a gazetteer name (not a synonym) or a word
        for an organisation ("agency", "ministry")."""
        w = word.lower().strip(',;:("“”')
        if w in _OWNERS or re.search(r"['’]s?$", w):
            return True
        entries = self._index.get(tuple(stems(w)), [])
        named = any(e.weight >= 1.0 and e.person is None and not e.people for _, e in entries)
        return named or w in speech_vocab()["org_nouns"]

    def _designator(self, phrase: str, keys: Sequence[str]) -> Concept:
        """A designator, named, with every way a story may write it (designators.py)."""
        found = variants(phrase, keys, self._prefixes)
        return Concept(phrase, tuple((k, w, 1.0) for k, w in found.items()), named=True)

    def _add(self, names: Iterable[str], entry: _Entry) -> None:
        for name in names:
            key = tuple(stems(name))
            if key:
                self._index.setdefault(key, []).append((name, entry))

    def person(self, name: str) -> Person | None:
        key = tuple(stems(name))
        for _, entry in self._index.get(key, []):
            if entry.person is not None:
                return entry.person
        return None

    def is_thing(self, name: str) -> bool:
        """Is this name an organisation, place or vehicle of the gazetteer (not a person)?"""
        entries = self._index.get(tuple(stems(name)), [])
        return any(e.person is None and not e.people for _, e in entries)

    def _is_vehicle(self, word: str) -> bool:
        key = (stem(word),)
        return word.isalpha() and key[0] not in self.stopwords and self.is_thing(word)

    def _counted_one(self, raw: Sequence[str], i: int) -> bool:
        """ "to one cosmonaut", "not one dollar": "one" counting the noun after it, not
        "the one training in Houston" (a pronoun) or "one of the"."""
        if raw[i].lower() != "one" or i + 1 >= len(raw):
            return False
        after = raw[i + 1]
        before = raw[i - 1].lower() if i else ""
        return (
            after.isalpha()
            and after.lower() not in self.stopwords
            and not re.search(r"(?:ing|ed)$", after.lower())
            and before not in _NOT_COUNTING
        )

    def concepts(self, text: str) -> list[Concept]:
        """The question's concepts, longest alias first; stopwords dropped."""
        raw = tokens(text)
        keys = [stem(t) for t in raw]
        joined = compounds(text)
        out: list[Concept] = []
        i = 0
        while i < len(raw):
            if i in joined:  # "MS-22", "NG-19": one phrase, not two loose tokens
                end = joined[i]
                # "Soyuz MS-28" is not "Progress MS-28": the vehicle named before a
                # designator is part of it
                start = i - 1 if i and self._is_vehicle(raw[i - 1]) else i
                concept = self._designator(" ".join(raw[start:end]), keys[start:end])
                words = raw[start:end]
                if (
                    len(words) == 3
                    and words[0].isdigit()
                    and keys[start + 1 : end] == ["year", "old"]
                ):
                    # "the 39-year-old": stories give ages as "Bakanov, 39,"
                    concept = replace(
                        concept, phrases=(*concept.phrases, ((words[0],), words[0], 1.0))
                    )
                out.append(concept)
                i = end
                continue
            if numbered(raw, i, self.stopwords):  # "Expedition 72", "crew 6": one name
                out.append(self._designator(" ".join(raw[i : i + 2]), keys[i : i + 2]))
                i += 2
                continue
            if raw[i] in _QUERY_SYNTAX:  # "sanctions OR": typed at the search, not a name
                i += 1
                continue
            if self._counted_one(raw, i):
                # "going down to one cosmonaut": the count is what was asked about
                out.append(
                    Concept(
                        f"{raw[i]} {raw[i + 1]}",
                        tuple(
                            ((n, keys[i + 1]), f"{w} {raw[i + 1]}", 1.0)
                            for n, w in (("one", "one"), ("1", "1"), ("singl", "single"))
                        ),
                    )
                )
            for length in range(min(self._longest, len(raw) - i), 0, -1):
                span = tuple(keys[i : i + length])
                typed = raw[i : i + length]
                matches = [
                    (n, e)
                    for n, e in self._index.get(span, [])
                    if _case_ok(n, typed)
                    and (n.lower() not in self._typed_only or tokens(n) == list(typed))
                ]
                hits = [e for _, e in matches]
                exact = any(_case_sensitive(n) for n, _ in matches)
                plain = span[0] not in self.stopwords and typed[0].lower() not in self.stopwords
                if (
                    hits
                    and (length > 1 or exact or plain)
                    and not _describes_person(raw, i, length)
                ):
                    # "MPs", "Congress": a capitalised word typed mid-question is a name
                    # even when the gazetteer lists it among synonyms
                    capital = i > 0 and raw[i][:1].isupper()
                    concept = _alias_concept(" ".join(raw[i : i + length]), span, hits)
                    if capital and not concept.named:
                        concept = replace(concept, named=True)
                    out.append(concept)
                    i += length
                    break
            else:
                word = raw[i]
                # "Long Orbit" blog; numbers ("Expedition 80", "in 2019") are as distinctive
                # "$118m": "$118 million" (with its currency sign: "\x1b[31m" is no sum)
                amount = _SHORT_AMOUNT.fullmatch(word)
                if amount and not re.search(r"[$€£¥₽]\s?" + re.escape(word) + r"\b", text):
                    amount = None
                # "… at the Houston event? What were her words?": a capitalised question
                # word opens a sentence; it names nothing
                capital = word[:1].isupper() and i > 0 and len(word) > 1
                named = (capital and word.lower() not in _QUESTION_WORDS) or word.isdigit()
                named = named or amount is not None
                if (named or word.lower() not in self.stopwords) and (
                    len(word) > 1 or word.isdigit()
                ):
                    written = forms(word) if not named else (word,)
                    phrases = tuple(((keys[i],), w, 1.0) for w in dict.fromkeys((word, *written)))
                    spelled = _SPELLED.get(word.lower())  # "3 trainers", "three instructors"
                    if spelled:
                        phrases += (((stems(spelled)[0],), spelled, 1.0),)
                    country = demonyms().get(word.lower())  # "kenyan": "Kenya" too
                    if country:
                        phrases += (((stem(country),), country, 1.0),)
                    if amount:
                        written_out = f"{amount.group(1)} {_SCALE[amount.group(2).lower()]}"
                        phrases += ((tuple(stems(written_out)), written_out, 1.0),)
                    out.append(Concept(word, phrases, named=named))
                i += 1
        return _dedupe(out)


def _party_labels(names: Sequence[str], data: dict) -> tuple[str, ...]:
    """ "R-Ala.", "D-N.M." for a party's group: stories give a lawmaker's party that way,
    so "the alabama republican" is found in "Curtis Vane (R-Ala.)"."""
    letters = data.get("party_letters", {})
    letter = next((letters[n] for n in names if n in letters), None)
    if letter is None:
        return ()
    return tuple(f"{letter}-{state}" for state in letters.get("states", "").split())


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """A people's word and its country's, both ways ("kenyan" ↔ "kenya", "chinese" ↔
    "china"), paired from data/countries.toml: the story about "Kenya's first student
    satellite" answers "the kenyan cubesat". A people's word ends as one does (-n, -ese,
    -i, -ish, -ic) and starts with all of its country's but the last letter."""
    names = load_data("countries.toml")["names"]
    out: dict[str, str] = {}
    for people in names:
        if not _PEOPLE_END.search(people):
            continue
        found = [
            (_common(c, people), c)
            for c in names
            if len(c) < len(people) and _common(c, people) >= max(4, len(c) - 1)
        ]
        if found:
            country = max(found)[1]
            out[people] = country
            out.setdefault(country, people)
    return out


_PEOPLE_END = re.compile(r"(?:n|ese|i|ish|ic|ch)$")


def _common(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


_NOT_COUNTING = frozenset(
    {"the", "that", "this", "which", "each", "every", "any", "no", "newest", "latest", "last"}
    | {"new", "old", "other", "another", "first", "next", "same", "right", "wrong", "big"}
)

_QUESTION_WORDS = frozenset(
    {"what", "who", "whom", "whose", "which", "when", "where", "why", "how", "did", "does"}
    | {"do", "is", "are", "was", "were", "has", "have", "had", "can", "could", "will"}
    | {"would", "and", "but", "so", "or", "any", "anything", "also"}
)

_NUMBER_WORDS = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
]
# a small number typed as digits is often spelled out in the story, and the other way round
_SPELLED = {
    **{str(n): w for n, w in enumerate(_NUMBER_WORDS, 1)},
    **{w: str(n) for n, w in enumerate(_NUMBER_WORDS, 1) if n > 1},
}

_COMMON = frozenset({"us", "progress", "dragon", "ros", "unity", "destiny", "harmony", "it"})


def _case_sensitive(alias: str) -> bool:
    """One-word names that are also common words ("US", "Progress") match only as written."""
    return alias.lower() in _COMMON


_SHORT_AMOUNT = re.compile(r"(\d+)(m|mn|bn|b|k)", re.I)
_SCALE = {"m": "million", "mn": "million", "bn": "billion", "b": "billion", "k": "thousand"}


def _describes_person(raw: Sequence[str], i: int, length: int) -> bool:
    """ "the retired cosmonaut", "a sanctioned engineer", "which retired nasa astronaut": a
    participle before a person's role (one qualifier may stand between, not "the") says
    something of the person, not of the gazetteer's thing (retiring the station,
    sanctions)."""
    if length != 1 or not raw[i].lower().endswith("ed"):
        return False
    after = [w.lower() for w in raw[i + 1 : i + 3]]
    if after and re.sub(r"s$", "", after[0]) in _roles():
        return True
    return (
        len(after) == 2
        and after[0] not in _FUNCTION_WORDS
        and re.sub(r"s$", "", after[1]) in _roles()
    )


_OWNERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "whose", "your"})

_FUNCTION_WORDS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "to", "of"})


@lru_cache(maxsize=1)
def _roles() -> frozenset[str]:
    return frozenset(speech_vocab()["roles"])


def _case_ok(alias: str, typed: Sequence[str]) -> bool:
    return not _case_sensitive(alias) or tokens(alias) == list(typed)


def _alias_concept(text: str, typed: tuple[str, ...], entries: list[_Entry]) -> Concept:
    phrases: dict[tuple[str, ...], tuple[str, float]] = {typed: (text, 1.0)}
    people: list[Person] = []
    named = False
    for entry in entries:
        named = named or entry.weight >= 1.0
        for name in entry.names:
            key = tuple(stems(name))
            if phrases.get(key, ("", 0.0))[1] < entry.weight:
                phrases[key] = (name, entry.weight)
        if entry.person:
            people.append(entry.person)
        people.extend(entry.people)
    return Concept(
        text,
        tuple((k, name, w) for k, (name, w) in phrases.items()),
        tuple(dict.fromkeys(people)),
        named=named,
    )


def _dedupe(concepts: list[Concept]) -> list[Concept]:
    seen: set[tuple] = set()
    out = []
    for c in concepts:
        key = tuple(sorted(p for p, _, _ in c.phrases))
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


@lru_cache(maxsize=4)
def load_aliases(path: str | None = None) -> Aliases:
    with open(path or ALIASES_FILE, "rb") as fh:
        return Aliases(tomllib.load(fh))
