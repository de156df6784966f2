"""Finding the stories, sentences and quotes a question is about, in bounded time.

Questions become *concepts*: a word, or a domain entity with all its names from
``data/aliases.toml`` ("Russia's space agency" is searched as Roscosmos too). Each concept
is one FTS5 query over ``stories_fts`` (porter stemming), every term quoted, so nothing a
member types is FTS syntax.

Why not ``ORDER BY bm25()``: FTS5 ranks every matching row, so a question containing
"station" costs O(stories) — 100 ms at 100k stories against 1 ms at 1k. Instead each
concept reads at most ``WINDOW`` postings, newest first (``ORDER BY rowid DESC LIMIT``
walks the doclist lazily), and a BM25-style score is summed in Python: idf per concept
(exact when the doclist fits the window, extrapolated from its density when it does not)
times a column weight (title matches count ``TITLE_WEIGHT`` times more). Rare concepts are
therefore searched completely; a concept too common to fit the window carries little idf
and only its newest stories are candidates — the bias a news bot wants anyway.
"""

from __future__ import annotations

import logging
import math
import re
import sqlite3
import tomllib
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from summaries.models import Quote, Story
from summaries.store import Store

log = logging.getLogger(__name__)

WINDOW = 400
TITLE_WEIGHT = 1.5
ALIASES_FILE = Path(__file__).with_name("data") / "aliases.toml"

_TOKEN = re.compile(r"[^\W_]+")
# FTS5 operators in capitals: query syntax, never content (lower-case ones are stopwords).
_QUERY_SYNTAX = frozenset({"AND", "OR", "NOT", "NEAR"})


def fold(text: str) -> str:
    """Diacritics off, as FTS5's unicode61 tokenizer does ("Wörner" finds "Worner")."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def tokens(text: str) -> list[str]:
    """Word tokens as FTS5 splits them (letters and digits; "U.S." is "U", "S")."""
    return _TOKEN.findall(fold(text))


_SUFFIXES = ("ingly", "edly", "ings", "ing", "ies", "ied", "ed", "es", "s", "e", "y")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light stemmer for matching sentences in Python: "provides", "provided",
    "providing" and "provide" agree, as do "sanction(s|ed)". Not porter; only used on
    both sides of a comparison, never to build an FTS query (FTS5 stems those itself)."""
    w = word.lower()
    if len(w) <= 3 or not w.isalpha():
        return w
    for suf in _SUFFIXES:
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            w = w[: -len(suf)] + ("i" if suf in ("ies", "ied", "y") else "")
            break
    if len(w) > 3 and w[-1] == "y":  # "supplying" → "supply" → "suppli", as "supplies"
        w = w[:-1] + "i"
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "ls":
        w = w[:-1]
    return w


def stems(text: str) -> list[str]:
    return [stem(t) for t in tokens(text)]


@lru_cache(maxsize=256)
def indexed(text: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """Stems of a text and their set, cached: a story is matched many times per answer."""
    st = tuple(stems(text))
    return st, frozenset(st)


# -- aliases and concepts -------------------------------------------------------


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
            for i in range(len(sentence_stems) - n + 1):
                if sentence_stems[i] == words[0] and tuple(sentence_stems[i : i + n]) == words:
                    out.append((i, i + n))
        return out


def _contains(seq: Sequence[str], sub: tuple[str, ...]) -> bool:
    n = len(sub)
    return any(tuple(seq[i : i + n]) == sub for i in range(len(seq) - n + 1))


@dataclass(frozen=True)
class _Entry:
    names: tuple[str, ...]
    weight: float
    person: Person | None = None
    people: tuple[Person, ...] = ()


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
        for person in self.people:
            for role in person.roles:
                roles.setdefault(role.lower(), []).append(person)
        for role, holders in roles.items():
            names = tuple(n for p in holders for n in p.names) + (role,)
            self._add((role,), _Entry(names, 1.0, people=tuple(holders)))
        for group in data.get("group", []):
            self._add(group["names"], _Entry(tuple(group["names"]), 1.0))
        for syn in data.get("synonyms", []):
            for words in syn["groups"]:
                self._add(words, _Entry(tuple(words), float(syn.get("weight", 0.8))))
        self._longest = max((len(k) for k in self._index), default=1)
        self.stopwords = frozenset(data.get("stopwords", "").split())

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

    def concepts(self, text: str) -> list[Concept]:
        """The question's concepts, longest alias first; stopwords dropped."""
        raw = tokens(text)
        keys = [stem(t) for t in raw]
        joined = _compounds(text)
        out: list[Concept] = []
        i = 0
        while i < len(raw):
            if i in joined:  # "MS-22", "NG-19": one phrase, not two loose tokens
                end = joined[i]
                # "Soyuz MS-28" is not "Progress MS-28": the vehicle named before a
                # designator is part of it
                start = i - 1 if i and self._is_vehicle(raw[i - 1]) else i
                phrase = " ".join(raw[start:end])
                out.append(Concept(phrase, ((tuple(keys[start:end]), phrase, 1.0),), named=True))
                i = end
                continue
            if raw[i] in _QUERY_SYNTAX:  # "sanctions OR": typed at the search, not a name
                i += 1
                continue
            for length in range(min(self._longest, len(raw) - i), 0, -1):
                span = tuple(keys[i : i + length])
                typed = raw[i : i + length]
                matches = [(n, e) for n, e in self._index.get(span, []) if _case_ok(n, typed)]
                hits = [e for _, e in matches]
                exact = any(_case_sensitive(n) for n, _ in matches)
                if hits and (length > 1 or exact or span[0] not in self.stopwords):
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
                named = (word[:1].isupper() and i > 0 and len(word) > 1) or word.isdigit()
                if (named or word.lower() not in self.stopwords) and (
                    len(word) > 1 or word.isdigit()
                ):
                    out.append(Concept(word, (((keys[i],), word, 1.0),), named=named))
                i += 1
        return _dedupe(out)


def _compounds(text: str) -> dict[int, int]:
    """Token index → end index for hyphenated names with a digit ("MS-22", "RD-180")."""
    out = {}
    for m in _TOKEN_OR_DASH.finditer(fold(text)):
        if any(c.isdigit() for c in m.group(0)) and "-" in m.group(0):
            start = len(_TOKEN.findall(fold(text)[: m.start()]))
            out[start] = start + len(_TOKEN.findall(m.group(0)))
    return out


_TOKEN_OR_DASH = re.compile(r"[^\W_]+(?:-[^\W_]+)+")
_COMMON = frozenset({"us", "progress", "dragon", "ros", "unity", "destiny", "harmony", "it"})


def _case_sensitive(alias: str) -> bool:
    """One-word names that are also common words ("US", "Progress") match only as written."""
    return alias.lower() in _COMMON


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


# -- story search ----------------------------------------------------------------


@dataclass
class Hit:
    story_id: int
    score: float
    concepts: set[int] = field(default_factory=set)  # indexes of matched concepts


@dataclass
class SearchResult:
    hits: list[Hit]
    idf: list[float]  # per concept
    df: list[float]  # per concept; 0: the store never mentions it
    n_docs: int


def idf_of(df: float, n_docs: int) -> float:
    return math.log(1.0 + (n_docs - df + 0.5) / (df + 0.5))


def _rowids(store: Store, query: str, window: int) -> list[int]:
    try:
        cur = store.db.execute(
            "SELECT rowid FROM stories_fts WHERE stories_fts MATCH ? ORDER BY rowid DESC LIMIT ?",
            [query, window],
        )
        return [r[0] for r in cur.fetchall()]
    except sqlite3.OperationalError as err:  # a query we built badly: answer, don't crash
        log.warning("FTS query %r failed: %s", query, err)
        return []


def max_story_id(store: Store) -> int:
    return store.db.execute("SELECT coalesce(max(id), 0) FROM stories").fetchone()[0]


def search(
    store: Store, concepts: Sequence[Concept], *, limit: int = 12, window: int = WINDOW
) -> SearchResult:
    """Stories scored by the concepts they mention (idf × column weight), best first."""
    n_docs = max_story_id(store)
    hits: dict[int, Hit] = {}
    idfs: list[float] = []
    dfs: list[float] = []
    for ci, concept in enumerate(concepts):
        query = concept.fts
        ids = _rowids(store, query, window) if query and n_docs else []
        if len(ids) < window:
            df = float(len(ids))
        else:  # extrapolate from how densely the newest postings are packed
            df = min(float(n_docs), window * n_docs / max(1, n_docs - ids[-1] + 1))
        idf = idf_of(df, n_docs) if ids else 0.0
        idfs.append(idf)
        dfs.append(df)
        if not ids:
            continue
        in_title = set(_rowids(store, "{title} : (" + query + ")", window))
        weak = min(w for _, _, w in concept.phrases)
        strong = set(ids)
        if weak < 1.0:  # synonyms matched: only the member's own words score in full
            strong = set(_rowids(store, concept.fts_at(1.0), window))
        for sid in ids:
            hit = hits.setdefault(sid, Hit(sid, 0.0))
            weight = 1.0 if sid in strong else weak
            hit.score += idf * weight * (TITLE_WEIGHT if sid in in_title else 1.0)
            hit.concepts.add(ci)
    ranked = sorted(hits.values(), key=lambda h: (-h.score, -h.story_id))
    return SearchResult(ranked[:limit], idfs, dfs, n_docs)


# -- quotes, speakers, titles (for /quotes, /story and their autocomplete) ----------


def _speaker_variants(speaker: str) -> list[str]:
    aliases = load_aliases()
    person = aliases.person(speaker)
    names = list(person.names) if person else [speaker.strip()]
    out: dict[str, None] = {}
    for name in names:
        for v in (name, name.title(), name[:1].upper() + name[1:], name.lower(), name.upper()):
            out.setdefault(v, None)
    return list(out)


def _quote_rows(store: Store, where: str, params: list, limit: int) -> list[tuple[int, Quote]]:
    cur = store.db.execute(
        f"SELECT id, story_id, text, speaker, start, end, score FROM quotes WHERE {where}"
        " ORDER BY id DESC LIMIT ?",
        [*params, limit],
    )
    return [(r[1], Quote(r[2], r[3], r[4], r[5], r[6] or 0.0)) for r in cur.fetchall()]


def quotes_by_speaker(store: Store, speaker: str, limit: int = 200) -> list[tuple[int, Quote]]:
    """(story id, quote) of everyone the name may denote, newest stored first; indexed."""
    rows: list[tuple[int, Quote]] = []
    for variant in _speaker_variants(speaker):
        rows.extend(_quote_rows(store, "speaker = ?", [variant], limit))
    return rows


def recent_quotes(
    store: Store,
    *,
    speaker: str | None = None,
    topic: str | None = None,
    limit: int = 10,
) -> list[tuple[Story, Quote]]:
    """Newest quotes, optionally by one speaker (any of their names) and/or on a topic."""
    limit = max(1, min(int(limit), 100))
    speaker = (speaker or "").strip()[:100] or None
    topic = (topic or "").strip()[:300] or None
    topic_ids: set[int] | None = None
    if topic:
        concepts = load_aliases().concepts(topic)
        found = search(store, concepts, limit=WINDOW).hits if concepts else []
        need = len(concepts)
        topic_ids = {h.story_id for h in found if len(h.concepts) == need}
    if speaker:
        pairs = quotes_by_speaker(store, speaker, limit=WINDOW)
    elif topic_ids is not None:
        ids = sorted(topic_ids, reverse=True)[:WINDOW]
        marks = ",".join("?" * len(ids)) or "NULL"
        pairs = _quote_rows(store, f"story_id IN ({marks})", ids, WINDOW)
    else:
        recent = store.db.execute(
            "SELECT id FROM stories ORDER BY sort_time DESC, id DESC LIMIT ?", [limit * 3]
        ).fetchall()
        ids = [r[0] for r in recent]
        marks = ",".join("?" * len(ids)) or "NULL"
        pairs = _quote_rows(store, f"story_id IN ({marks})", ids, limit * 10)
    if topic_ids is not None:
        pairs = [(sid, q) for sid, q in pairs if sid in topic_ids]
    stories = {s.id: s for s in store.stories_by_ids(dict.fromkeys(sid for sid, _ in pairs))}
    out = [(stories[sid], q) for sid, q in pairs if sid in stories]
    out.sort(key=lambda sq: (sq[0].published or sq[0].first_seen, sq[0].id), reverse=True)
    return out[:limit]


def _next_speaker(store: Store, op: str, value: str) -> str | None:
    row = store.db.execute(f"SELECT min(speaker) FROM quotes WHERE speaker {op} ?", [value])
    return row.fetchone()[0]


def speakers(store: Store, prefix: str = "", limit: int = 25) -> list[str]:
    """Distinct quote speakers starting with ``prefix`` (any case), alphabetical.

    Walks the ``quotes(speaker)`` index one distinct value at a time, so it costs
    O(limit · log n) whatever the number of quotes."""
    prefix = prefix.strip()[:60]
    limit = max(1, min(int(limit), 100))
    found: set[str] = set()
    for start in {prefix, prefix.lower(), prefix.upper(), prefix[:1].upper() + prefix[1:]}:
        value, n = _next_speaker(store, ">=", start), 0
        while value is not None and value.startswith(start) and n < limit:
            found.add(value)
            value, n = _next_speaker(store, ">", value), n + 1
    want = prefix.casefold()
    hits = [s for s in found if s.strip() and s.casefold().startswith(want)]
    return sorted(hits, key=str.casefold)[:limit]


def story_titles(store: Store, prefix: str = "", limit: int = 25) -> list[tuple[int, str]]:
    """(id, title) of stories whose title has words starting as typed; newest first."""
    limit = max(1, min(int(limit), 100))
    words = tokens(prefix)[:8]
    if not words:
        rows = store.db.execute(
            "SELECT id, title FROM stories ORDER BY sort_time DESC, id DESC LIMIT ?", [limit]
        ).fetchall()
        return [(r[0], r[1]) for r in rows]
    out: list[tuple[int, str]] = []
    if words[0].isdigit() and len(words) == 1:
        row = store.db.execute(
            "SELECT id, title FROM stories WHERE id = ?", [int(words[0][:18])]
        ).fetchone()
        if row:
            out.append((row[0], row[1]))
    query = "{title} : (" + " ".join(f'"{w}"' for w in words[:-1])
    query += f' "{words[-1]}"*)'
    try:
        rows = store.db.execute(
            "SELECT rowid, title FROM stories_fts WHERE stories_fts MATCH ?"
            " ORDER BY rowid DESC LIMIT ?",
            [query, limit],
        ).fetchall()
    except sqlite3.OperationalError as err:
        log.warning("title query %r failed: %s", query, err)
        rows = []
    out.extend((r[0], r[1]) for r in rows if (r[0], r[1]) not in out)
    return out[:limit]
