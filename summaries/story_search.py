"""Finding the stories a question is about, in bounded time.

Questions become *concepts*: a word, or a domain entity with all its names from
``data/aliases.toml`` ("Russia's space agency" is searched as Roscosmos too). Each concept
is one FTS5 query over ``stories_fts`` (porter stemming), every term quoted, so nothing a
member types is FTS syntax, and widened to the spellings FTS5 does not fold ("andoya"
finds "Andøya", see spellings.py).

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

import heapq
import logging
import math
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

from summaries import spellings
from summaries.aliases import Concept
from summaries.generality import specificity
from summaries.store import Store

log = logging.getLogger(__name__)

WINDOW = 400
TITLE_WEIGHT = 1.5


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


# Postings already read while answering the current question: its concepts are searched
# again on the way (the quote path's fallback to sentences, a speaker found among the
# topic words), and each search reads two or three FTS queries per concept.
_QUESTION_POSTINGS: ContextVar[dict[tuple[int, str, int], list[int]] | None] = ContextVar(
    "question_postings", default=None
)


@contextmanager
def one_question() -> Iterator[None]:
    """Read each FTS query once while answering one question. Scoped to the question
    (never across questions), so a story stored since is found by the next one."""
    token = _QUESTION_POSTINGS.set({})
    try:
        yield
    finally:
        _QUESTION_POSTINGS.reset(token)


def _rowids(store: Store, query: str, window: int) -> list[int]:
    memo = _QUESTION_POSTINGS.get()
    key = (id(store), query, window)
    if memo is not None and key in memo:
        return list(memo[key])
    try:
        cur = store.db.execute(
            "SELECT rowid FROM stories_fts WHERE stories_fts MATCH ? ORDER BY rowid DESC LIMIT ?",
            [spellings.expand(store.db, query), window],
        )
        ids = [r[0] for r in cur.fetchall()]
    except sqlite3.OperationalError as err:  # a query we built badly: answer, don't crash
        log.warning("FTS query %r failed: %s", query, err)
        return []
    if memo is not None:
        memo[key] = ids
    return list(ids)


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
        if not concept.named:  # "supposed", "right": rare in news, common in questions
            idf *= specificity(concept.text)
        in_title = set(_rowids(store, "{title} : (" + query + ")", window))
        weak = min(w for _, _, w in concept.phrases)
        strong = set(ids)
        if weak < 1.0:  # synonyms matched: only the member's own words score in full
            strong = set(_rowids(store, concept.fts_at(1.0), window))
        for sid in ids:
            hit = hits.get(sid)
            if hit is None:  # not setdefault: that builds a Hit for every posting
                hit = hits[sid] = Hit(sid, 0.0)
            weight = 1.0 if sid in strong else weak
            hit.score += idf * weight * (TITLE_WEIGHT if sid in in_title else 1.0)
            hit.concepts.add(ci)
    ranked = heapq.nsmallest(limit, hits.values(), key=lambda h: (-h.score, -h.story_id))
    return SearchResult(ranked, idfs, dfs, n_docs)
