"""Words as FTS5 splits them, and the light stems we compare them by.

Matching in Python must agree with what FTS5 found ("Wörner" finds "Worner"; "U.S." is
"U", "S"), and sentences are matched many times per answer, so stemming and a text's
stems are cached.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from functools import lru_cache

import snowballstemmer

_TOKEN = re.compile(r"[^\W_]+")


def fold(text: str) -> str:
    """Diacritics off, as FTS5's unicode61 tokenizer does ("Wörner" finds "Worner")."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def tokens(text: str) -> list[str]:
    """Word tokens as FTS5 splits them (letters and digits; "U.S." is "U", "S")."""
    return _TOKEN.findall(fold(text))


_local = threading.local()  # a Snowball stemmer keeps state while it works: one per thread


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Snowball (Porter2) English stems for matching sentences in Python: "provides",
    "providing" and "provide" agree, as do "commanding" and "commander". Short words and
    tokens with digits stay as they are ("ISS", "2030"). Only used on both sides of a
    comparison, never to build an FTS query (FTS5 stems those itself)."""
    w = word.lower()
    if len(w) <= 3 or not w.isalpha():
        return w
    snowball = getattr(_local, "snowball", None)
    if snowball is None:
        snowball = _local.snowball = snowballstemmer.stemmer("english")
    return snowball.stemWord(w)


def stems(text: str) -> list[str]:
    return [stem(t) for t in tokens(text)]


@lru_cache(maxsize=256)
def indexed(text: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """Stems of a text and their set, cached: a story is matched many times per answer."""
    st = tuple(stems(text))
    return st, frozenset(st)
