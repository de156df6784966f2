"""Deciding whether two feeds carry the same event.

Item identity (the same item seen again) is exact: guid, else canonical link, else a
title+date fingerprint. Event identity across feeds is fuzzy: two outlets rewrite the
same wire copy. We compare word 3-gram shingles of the texts. A bottom-k sketch of the
shingle hashes is stored per story so that candidates are found with one indexed query
instead of a scan; the decision itself uses the exact shingle sets.

The thresholds were chosen on tests/data/dedupe/ (see tests/summaries/test_dedupe.py and
benchmarks/bench_dedupe.py): false merges of distinct events are avoided first.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)

SHINGLE_SIZE = 3
SKETCH_SIZE = 48
# A candidate must share this many sketch hashes before the exact check runs.
MIN_SHARED_SKETCH = 6
# Exact rule: containment of the shorter text in the longer, and Jaccard overall.
MIN_CONTAINMENT = 0.45
MIN_JACCARD = 0.25
# Events further apart than this are never merged, however similar the words.
MAX_DAYS_APART = 3.0


def words(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


def _h(token: str) -> int:
    # 63-bit so that it fits SQLite's signed INTEGER.
    return int.from_bytes(hashlib.blake2b(token.encode(), digest_size=8).digest()) >> 1


def shingles(text: str, size: int = SHINGLE_SIZE) -> set[int]:
    tokens = words(text)
    if len(tokens) < size:
        return {_h(" ".join(tokens))} if tokens else set()
    return {_h(" ".join(tokens[i : i + size])) for i in range(len(tokens) - size + 1)}


def sketch(shingle_set: set[int], k: int = SKETCH_SIZE) -> list[int]:
    """Bottom-k hashes: similar sets share most of their smallest hashes."""
    return sorted(shingle_set)[:k]


@dataclass(frozen=True)
class Similarity:
    jaccard: float
    containment: float

    @property
    def same_event(self) -> bool:
        return self.containment >= MIN_CONTAINMENT and self.jaccard >= MIN_JACCARD


def similarity(a: set[int], b: set[int]) -> Similarity:
    if not a or not b:
        return Similarity(0.0, 0.0)
    common = len(a & b)
    return Similarity(common / len(a | b), common / min(len(a), len(b)))


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
