"""Sentence and paragraph spans for news text.

Hand-written rather than pysbd: on the abbreviation cases news copy needs ("U.S.",
"Mar. 14", "Dr.", "No. 2", initials, '…," he said.') both split our test sentences
equally well, but pysbd costs ~10 ms per article where this costs ~0.1 ms, and the whole
analysis must stay within a few milliseconds (benchmarks/bench_intelligence.py measures
both). The scanner is linear: one regex pass over candidate boundaries, with fixed-width
look-behind decisions, so hostile input (a 1 MB paragraph) cannot backtrack.

A sentence never crosses a paragraph break (a blank line).
"""

from __future__ import annotations

import re
from functools import lru_cache

# An answer splits each of its 13-40 candidate stories several times (scoring, the lead,
# quotes), and the next question often reads the same stories; analyse() splits one
# article at a time.
SPANS_CACHE = 256

_PARA_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")
# Terminal punctuation (from the first mark of a run), any closing quotes/brackets, then
# whitespace. The pattern opens with the mark itself, not with the look-behind, so that
# the regex engine skips to the next mark in C instead of trying every position.
_CANDIDATE = re.compile(r"[.!?…](?<![.!?…]{2})[.!?…]*[\"”’'»)\]]*\s+")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]{0,11})$")

# Abbreviations after which a period never ends a sentence.
_TITLES = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "sen",
        "rep",
        "gen",
        "lt",
        "col",
        "capt",
        "cmdr",
        "sgt",
        "gov",
        "st",
        "mt",
        "ft",
        "rev",
        "hon",
        "pres",
        "supt",
        "adm",
        "maj",
        "cpl",
        "sr",
        "vs",
        "v",
        "cf",
        "fig",
        "figs",
        "no",
        "nos",
        "art",
        "vol",
        "vols",
        "pp",
        "approx",
        "dept",
        "est",
        "ca",
    ]
)
# Abbreviations that end a sentence unless a number follows ("Mar. 14", "No. 2").
_BEFORE_NUMBER = frozenset(
    [
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "p",
        "op",
        "ch",
        "sec",
    ]
)
# Words that start a new sentence after an ambiguous initialism such as "U.S." or "a.m.".
_STARTERS = frozenset(
    [
        "the",
        "a",
        "an",
        "it",
        "its",
        "he",
        "she",
        "they",
        "we",
        "i",
        "you",
        "his",
        "her",
        "their",
        "our",
        "this",
        "that",
        "these",
        "those",
        "there",
        "but",
        "and",
        "or",
        "so",
        "yet",
        "however",
        "meanwhile",
        "in",
        "on",
        "at",
        "after",
        "before",
        "while",
        "when",
        "if",
        "as",
        "for",
        "some",
        "many",
        "most",
        "officials",
    ]
)


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Spans of non-empty paragraphs (blank-line separated), trimmed of whitespace."""
    return list(_paragraph_spans(text))


@lru_cache(maxsize=SPANS_CACHE)
def _paragraph_spans(text: str) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _PARA_BREAK.finditer(text):
        _add_trimmed(text, start, m.start(), spans)
        start = m.end()
    _add_trimmed(text, start, len(text), spans)
    return tuple(spans)


def _add_trimmed(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append((start, end))


_AGENCY_DASH = re.compile(r"\([A-Z][A-Za-z&. ]{0,20}\)\s*[-–—]\s")


def _is_boundary(text: str, punct_start: int, next_pos: int) -> bool:
    nxt = text[next_pos]
    if nxt.islower():
        return False
    if nxt in "-–—" and text[next_pos + 1 : next_pos + 2].isspace():
        # "LONGUEUIL, Que. - The arm…", "MADRID, April 22 (IPA). - Spanish…": a dateline
        return False
    if nxt == "(" and _AGENCY_DASH.match(text, next_pos):
        return False  # "CAPE CANAVERAL, Fla. (ASP) - A cargo ship…": a dateline too
    if text[punct_start] != ".":
        return True  # "!", "?" and "…" followed by a non-lower-case word end a sentence
    if (
        punct_start + 1 < len(text)
        and text[punct_start + 1] == "."
        and text[punct_start - 1] != "."
    ):
        return True  # "..": treat as an end
    m = _WORD_BEFORE.search(text, max(0, punct_start - 12), punct_start)
    if not m:
        return True
    word = m.group(1)
    if "." in word or (len(word) == 1 and word.isupper()):
        # "U.S." / "a.m." / an initial ("Mark J. Vande Hei"): ends only before a starter.
        if len(word) == 1:
            return False
        nm = re.match(r"\w+", text[next_pos : next_pos + 20])
        return bool(nm) and nm.group(0).lower() in _STARTERS
    low = word.lower()
    if low in _TITLES:
        return False
    if low in _BEFORE_NUMBER:
        return not nxt.isdigit()
    return True


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of ``text``, in order, never crossing paragraphs."""
    if not isinstance(text, str) or not text:
        return []
    return list(_split(text))


def covering(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the sentences that ``text[start:end]`` (a quote) runs through, with the
    words around it that attribute it; None when it lies outside every sentence."""
    spans = [(s, e) for s, e in split_sentences(text) if s < end and e > start]
    return (spans[0][0], spans[-1][1]) if spans else None


@lru_cache(maxsize=SPANS_CACHE)
def _split(text: str) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    for ps, pe in paragraph_spans(text):
        start = ps
        for m in _CANDIDATE.finditer(text, ps, pe):
            if m.end() >= pe:
                break
            ws = m.end()
            end = m.start() + len(m.group(0).rstrip())
            if _is_boundary(text, m.start(), ws):
                spans.append((start, end))
                start = ws
        if start < pe:
            spans.append((start, pe))
    return tuple(spans)


def sentences(text: str) -> list[str]:
    """The sentences of ``text`` as strings (verbatim slices)."""
    return [text[s:e] for s, e in split_sentences(text)]


def paragraphs(text: str) -> list[str]:
    """The paragraphs of ``text`` as strings (verbatim slices, trimmed)."""
    return [text[s:e] for s, e in paragraph_spans(text)]
