"""Spellings FTS5 does not fold, and the query widening that finds them anyway.

The stories index uses unicode61 with ``remove_diacritics 1``: it folds "Wörner" to
"worner", but keeps ø, ł, đ and ² ("Andøya", "Łódź", "Đorđević", "IRIS²"), so a member
typing "andoya" would never find them. Python's ``sqlite3`` cannot register an FTS5
tokenizer, and a second index over folded copies would double the index for a few
hundred names. So the store keeps a small table of the words it holds whose
``terms.fold`` differs from their own spelling (``spellings``: folded form → the word as
written), filled on ingest, and each quoted phrase of an FTS query is OR'ed with the
stored spellings of its words. The query side then finds what ``terms.fold`` matches in
Python, and nothing stored is rewritten: replies quote the story's own spelling. A row
left behind by an edited story only widens a query to a word no story holds.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable

from sqlite_utils import Database

from summaries.terms import _TOKEN, fold

# A quoted FTS5 phrase, with the prefix star after it if any ("lod"*).
_PHRASE = re.compile(r'"([^"]*)"(\*?)')
MAX_VARIANTS = 16  # spellings of one phrase; a name has one or two, this bounds the query
MAX_PREFIX = 8  # spellings one typed prefix may stand for (autocomplete)
_Found = dict[tuple[str, bool], list[str]]  # (folded word or prefix, is prefix) → as written


def unfolded(title: str, text: str) -> set[tuple[str, str]]:
    """(folded, as written) for each word of a story that ``fold`` changes."""
    whole = title + "\n" + text
    if whole.isascii():
        return set()
    out = set()
    for word in _TOKEN.findall(unicodedata.normalize("NFC", whole)):
        if not word.isascii():
            key = fold(word).lower()
            if key != word.lower():
                out.add((key, word))
    return out


def record(db: Database, title: str, text: str) -> None:
    """Remember a stored story's spellings (in the caller's transaction)."""
    pairs = unfolded(title, text)
    if pairs:
        db.conn.executemany(
            "INSERT OR IGNORE INTO spellings (folded, written) VALUES (?, ?)", sorted(pairs)
        )


def record_all(db: Database, rows: Iterable[tuple[str, str]]) -> None:
    """Backfill from (title, text) rows: an existing store learns its spellings."""
    for title, text in rows:
        record(db, title or "", text or "")


def _written(db: Database, words: set[str], prefixes: set[str]) -> _Found:
    """Stored spellings per folded word (exact) and per typed prefix (``prefix=True``)."""
    out: dict[tuple[str, bool], list[str]] = {}
    if words:
        marks = ",".join("?" * len(words))
        rows = db.execute(
            f"SELECT folded, written FROM spellings WHERE folded IN ({marks})", sorted(words)
        ).fetchall()
        for folded, written in rows:
            out.setdefault((folded, False), []).append(written)
    for prefix in prefixes:
        if not prefix or ord(prefix[-1]) >= 0x10FFFF:
            continue
        high = prefix[:-1] + chr(ord(prefix[-1]) + 1)
        rows = db.execute(
            "SELECT DISTINCT written FROM spellings WHERE folded >= ? AND folded < ? LIMIT ?",
            [prefix, high, MAX_PREFIX],
        ).fetchall()
        out[(prefix, True)] = [r[0] for r in rows]
    return out


def _spelled(found: dict[tuple[str, bool], list[str]], words: list[str], prefix: bool) -> list[str]:
    """The words in each combination of their spellings, as written first (bounded)."""
    options = []
    for i, word in enumerate(words):
        last = prefix and i == len(words) - 1
        options.append([word, *found.get((fold(word).lower(), last), ())])
    spelled = itertools.islice(itertools.product(*options), MAX_VARIANTS)
    return [" ".join(p) for p in spelled]


def _lookup(db: Database, phrases: list[tuple[list[str], bool]]) -> _Found:
    words: set[str] = set()
    prefixes: set[str] = set()
    for parts, prefix in phrases:
        keys = [fold(w).lower() for w in parts]
        if prefix and keys:
            prefixes.add(keys.pop())
        words.update(keys)
    return _written(db, words, prefixes)


def expand(db: Database, query: str) -> str:
    """The FTS5 query with each quoted phrase OR'ed with the spellings the store holds:
    ``"andoya"`` becomes ``("andoya" OR "Andøya")``. Unchanged when none apply.

    Phrases must be joined by explicit operators: FTS5 has no implicit AND next to a
    parenthesised group (``"rocket" ("a" OR "b")`` is a syntax error)."""
    phrases = [(m[0].split(), bool(m[1])) for m in _PHRASE.findall(query)]
    found = _lookup(db, phrases) if phrases else {}
    if not found:
        return query

    def widen(m: re.Match[str]) -> str:
        spelled = _spelled(found, m.group(1).split(), bool(m.group(2)))
        if len(spelled) == 1:
            return m.group(0)
        return "(" + " OR ".join(f'"{p}"{m.group(2)}' for p in spelled) + ")"

    return _PHRASE.sub(widen, query)


def respelled(db: Database, text: str, *, prefix: bool = False) -> list[str]:
    """``text`` in every spelling the store holds, as typed first: "Dordevic" is also
    "Đorđević". With ``prefix`` its last word is a prefix being typed (autocomplete)."""
    words = text.split()
    if not words:
        return [text]
    found = _lookup(db, [(words, prefix)])
    return _spelled(found, words, prefix) if found else [text]
