"""Where a sentence ends inside an attribution window, titles and initials skipped.

The windows around a quote are short and often cut mid-sentence, so they are scanned
with a regular expression rather than split with ``sentences``; a period after "Prof."
or "V." does not end the sentence, or the name after it would be lost.
"""

from __future__ import annotations

import re

from summaries.gazetteer import speech_vocab

SENT_END = re.compile(r"[.!?][\"”’)]*\s+(?=[\"“A-Z])")
_WORD_END = re.compile(r"[A-Za-z]+$")
_TAIL = 256


def end_before(text: str, i: int) -> int:
    """``len(text[:i].rstrip())`` without copying ``text[:i]``: asked once per quote, that
    copy made a 1 MB article of quotes quadratic. ``text[end_before(text, i) - 1]`` is the
    last character before ``i`` that is not white space."""
    while i > 0:
        chunk = text[max(0, i - _TAIL) : i]
        kept = chunk.rstrip()
        if kept:
            return i - len(chunk) + len(kept)
        i -= len(chunk)
    return 0


def _abbreviation(text: str, i: int) -> bool:
    """The period at ``i`` closes a title or an initial ("Prof.", "Sen.", "V."), so the
    name goes on after it."""
    if text[i] != ".":
        return False
    m = _WORD_END.search(text, max(0, i - 12), i)
    if not m:
        return False
    w = m.group()
    if len(w) == 1 and w.isupper():
        # an initial goes on with a name; "a plan B." before a quote ends its sentence
        return text[i + 1 : i + 3].lstrip()[:1] not in ('"', "“")
    return w.lower() in speech_vocab()["abbreviations"]


def ends(pattern: re.Pattern[str], text: str, start: int, end: int):
    """Sentence ends found by ``pattern`` in text[start:end], abbreviations skipped."""
    return (m for m in pattern.finditer(text, start, end) if not _abbreviation(text, m.start()))
