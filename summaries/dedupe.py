"""Deciding whether two feeds carry the same event.

Item identity (the same item seen again) is exact: guid, else canonical link, else a
title+date fingerprint. Event identity across feeds is fuzzy: two outlets rewrite the
same wire copy. We compare word 3-gram shingles of the texts. A bottom-k sketch of the
shingle hashes is stored per story so that candidates are found with one indexed query
instead of a scan; the decision itself uses the exact shingle sets.

Words alone cannot separate a rewrite from a different event written on the same
template (two Progress launches share 59% of their 3-grams; a half-rewrite shares 43%),
so the rule also asks the figures to agree: ship numbers, times, tonnages and counts
differ between distinct events and recur in coverage of one event.

The thresholds were chosen on tests/data/dedupe/ (15 same-event, 14 look-alike pairs at
first, 17 and 16 now; see benchmarks/bench_dedupe.py and benchmarks/README.md): 0 false
merges, 12 of 15 merged then (16 of 17 with the two exceptions below); 0.05 from the
nearest false merge, 0.03 from the nearest merged pair. Words-only rules merge two
distinct events at any setting that merges more than 6 of 15. Rewrites sharing under a
third of their 3-grams are missed on purpose: look-alike distinct events share as much.
A short brief of a long story is the exception (``Similarity.brief``): its Jaccard is
capped by the length ratio, so it is judged by containment and its figures.
Two outlets' own write-ups quoting the same long sentence verbatim are the other
(``Similarity.quoted``): distinct events in the fixtures never share one.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)
# Figures as written: 2.5, 1,000, 09:02, 27 (of MS-27), 2024.
_NUMBER = re.compile(r"\d+(?:[.,:]\d+)*")
_YEAR = re.compile(r"(?:19|20)\d\d")

SHINGLE_SIZE = 3
SKETCH_SIZE = 48
# A candidate must share this many sketch hashes before the exact check runs.
MIN_SHARED_SKETCH = 6
# Exact rule: containment of the shorter text in the longer, and Jaccard overall.
MIN_CONTAINMENT = 0.38
MIN_JACCARD = 0.24
# Number agreement: when both texts carry at least MIN_NUMBERS figures, at least this
# share of the smaller set must appear in the other (distinct events on one template
# differ in their figures: ship number, time, tonnage).
MIN_NUMBERS = 1
MIN_NUMBER_OVERLAP = 0.30
# A brief at most half the length of the story it shortens, most of it in that story,
# with all its figures (at least two) there too: one event whatever their Jaccard.
BRIEF_RATIO = 0.5
BRIEF_CONTAINMENT = 0.5
BRIEF_NUMBERS = 2
# Two items of one feed are one story only as near copies (a repost under a new guid).
REPOSTED_JACCARD = 0.8
# Events further apart than this are never merged, however similar the words.
MAX_DAYS_APART = 3.0
# Two outlets' own rewrites of one event share few 3-grams (a member's pair: 5%) but
# quote the same sentence verbatim; distinct events never did in the fixtures (0 of 15).
# A quotation this long, in both, and this much containment:
QUOTE_WORDS = 10
QUOTED_CONTAINMENT = 0.08
# and most figures agreeing: the next day's follow-up repeats the quotation as background
# but brings its own figures (0.33 in the fixture; rewrites 0.67 - 1.00)
QUOTED_NUMBERS = 0.6
_QUOTATION = re.compile(r"[“\"]([^“”\"\n]{40,600}?)[”\"]")


def words(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


def _h(token: str) -> int:
    # 63-bit so that it fits SQLite's signed INTEGER.
    return int.from_bytes(hashlib.blake2b(token.encode(), digest_size=8).digest()) >> 1


class Shingles(set[int]):
    """Shingle hashes that also remember the text's numbers, for the agreement check, and
    its first line's (the title's)."""

    numbers: frozenset[str] = frozenset()
    title_numbers: frozenset[str] = frozenset()
    quotes: frozenset[int] = frozenset()


def numbers(text: str) -> frozenset[str]:
    return frozenset(n.replace(",", "") for n in _NUMBER.findall(text))


def quotations(text: str) -> list[str]:
    """The long quotations of a text (QUOTE_WORDS words or more), as written."""
    return [
        m.group(1).strip(" ,.")
        for m in _QUOTATION.finditer(text)
        if len(m.group(1).split()) >= QUOTE_WORDS
    ]


def _quote_key(quotation: str) -> int:
    return _h(" ".join(words(quotation)))


def shingles(text: str, size: int = SHINGLE_SIZE) -> set[int]:
    tokens = words(text)
    if len(tokens) < size:
        out = Shingles({_h(" ".join(tokens))} if tokens else ())
    else:
        out = Shingles(_h(" ".join(tokens[i : i + size])) for i in range(len(tokens) - size + 1))
    out.numbers = numbers(text)
    out.quotes = frozenset(_quote_key(q) for q in quotations(text))
    # not a year: every event of 2026 shares it ("Status Report - June 1, 2026")
    out.title_numbers = frozenset(
        n for n in numbers(text.split("\n", 1)[0]) if not _YEAR.fullmatch(n)
    )
    return out


def sketch(shingle_set: set[int], k: int = SKETCH_SIZE) -> list[int]:
    """Bottom-k hashes: similar sets share most of their smallest hashes."""
    return sorted(shingle_set)[:k]


@dataclass(frozen=True)
class Similarity:
    jaccard: float
    containment: float
    # Share of the smaller set of numbers found in the other text; None when either
    # text has fewer than MIN_NUMBERS numbers (no evidence either way).
    number_overlap: float | None = None
    # Both titles carry figures and neither's is in the other report ("Status Report -
    # June 1" / "June 2", "launches 24 Starlink satellites" / "21"): a headline's figures
    # name its event.
    titles_disagree: bool = False
    # the shorter text's shingles over the longer's, and the figures both carry
    length_ratio: float = 1.0
    shared_numbers: int = 0
    # long quotations both texts carry verbatim
    shared_quotes: int = 0

    @property
    def reposted(self) -> bool:
        """Nearly the same words: a copy one feed carries twice (a new guid or link)."""
        return self.jaccard >= REPOSTED_JACCARD

    @property
    def same_event(self) -> bool:
        if self.titles_disagree:
            return False
        if self.number_overlap is not None and self.number_overlap < MIN_NUMBER_OVERLAP:
            return False
        if self.containment >= MIN_CONTAINMENT and self.jaccard >= MIN_JACCARD:
            return True
        return self.brief or self.quoted

    @property
    def quoted(self) -> bool:
        """Two outlets' own words around the same long quotation: "Nobody in Moscow wants
        to abandon the station, but nobody will beg either," in both, a day apart."""
        return (
            self.shared_quotes >= 1
            and self.containment >= QUOTED_CONTAINMENT
            and (self.number_overlap is None or self.number_overlap >= QUOTED_NUMBERS)
        )

    @property
    def brief(self) -> bool:
        """A short brief of a long story: Jaccard can be no more than their length ratio,
        so half the brief in the long story with every figure of it (two at least) says
        the same event ("Russia may stop Soyuz flights from 2030, Velichko says")."""
        return (
            self.length_ratio <= BRIEF_RATIO
            and self.containment >= BRIEF_CONTAINMENT
            and self.number_overlap == 1.0
            and self.shared_numbers >= BRIEF_NUMBERS
        )


def similarity(a: set[int], b: set[int]) -> Similarity:
    if not a or not b:
        return Similarity(0.0, 0.0)
    common = len(a & b)
    na, nb = getattr(a, "numbers", frozenset()), getattr(b, "numbers", frozenset())
    overlap = None
    if min(len(na), len(nb)) >= MIN_NUMBERS:
        overlap = len(na & nb) / min(len(na), len(nb))
    ta, tb = getattr(a, "title_numbers", frozenset()), getattr(b, "title_numbers", frozenset())
    # the figures of each title are nowhere in the other report ("Soyuz MS-25 lands" and
    # "… after 374 days" tell one landing: each text carries the other's figure)
    disagree = bool(ta and tb and not ta & nb and not tb & na)
    return Similarity(
        common / len(a | b),
        common / min(len(a), len(b)),
        overlap,
        disagree,
        min(len(a), len(b)) / max(len(a), len(b)),
        len(na & nb),
        len(getattr(a, "quotes", frozenset()) & getattr(b, "quotes", frozenset())),
    )


def item_key(guid: str | None, url: str | None, title: str, published: str | None) -> str:
    """The identity of an item within one feed."""
    if guid and guid.strip():
        return "guid:" + guid.strip()
    if url:
        return "url:" + url
    basis = " ".join(words(title)) + "|" + (published or "")
    return "fp:" + hashlib.sha256(basis.encode()).hexdigest()[:32]


def content_hash(title: str, text: str) -> str:
    return hashlib.sha256((title + "\n" + text).encode()).hexdigest()
