"""Words as FTS5 splits them, and the light stems we compare them by.

Matching in Python must agree with what FTS5 found ("Wörner" finds "Worner"; "U.S." is
"U", "S"), and sentences are matched many times per answer, so stemming and a text's
stems are cached.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

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
