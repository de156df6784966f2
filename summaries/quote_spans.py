"""Where the quotes are: quote marks paired into verbatim spans, paragraph by paragraph.

One linear scan per paragraph (a straight mark is opening or closing by what touches it),
so 10,000 unbalanced marks cost nothing special. A quote left open at the end of a
paragraph continues when the next paragraph reopens it (the news convention): each
paragraph's part is its own span, and the parts share a ``group``, hence one speaker.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from summaries.sentences import paragraph_spans

_MARKS = re.compile(r"[\"“”„«»]")
_OPEN_ONLY = "“„«"
_CLOSE_ONLY = "”»"
_OPENERS_BEFORE = " \t\n([{—–-/:"
_MAX_QUOTE = 1500


class Part(NamedTuple):
    start: int  # first character inside the marks
    end: int
    open_mark: int
    close_mark: int | None  # None: continues into the next paragraph
    para: int
    group: int


def _mark_kind(text: str, i: int, ps: int, pe: int) -> str:
    ch = text[i]
    if ch in _OPEN_ONLY:
        return "o"
    if ch in _CLOSE_ONLY:
        return "c"
    prev = text[i - 1] if i > ps else " "
    nxt = text[i + 1] if i + 1 < pe else " "
    if prev in _OPENERS_BEFORE or i == ps:
        return "c" if nxt.isspace() else "o"
    return "c"


def find_parts(text: str) -> list[Part]:
    marks = [m.start() for m in _MARKS.finditer(text)]
    paras = paragraph_spans(text)
    parts: list[Part] = []
    mi = 0
    group = 0
    carry = False  # the previous paragraph left a quote open
    for pi, (ps, pe) in enumerate(paras):
        while mi < len(marks) and marks[mi] < ps:
            mi += 1
        opened: int | None = None
        first = True
        while mi < len(marks) and marks[mi] < pe:
            i = marks[mi]
            mi += 1
            kind = _mark_kind(text, i, ps, pe)
            if kind == "o":
                if not (first and carry):
                    group += 1
                opened = i
            elif opened is not None:
                _add_part(text, opened, i, i, pi, group, parts)
                opened = None
            first = False
        carry = False
        if opened is not None:
            nxt = paras[pi + 1][0] if pi + 1 < len(paras) else None
            if nxt is not None and text[nxt] in '"“„«':
                _add_part(text, opened, pe, None, pi, group, parts)
                carry = True
    return parts


def _add_part(text, opened, end, close, pi, group, out) -> None:
    s, e = opened + 1, end
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    # '"…we stay," he said': the comma belongs to the attribution, not the words shown
    while e > s and (text[e - 1] in ",;" or text[e - 1].isspace()):
        e -= 1
    if e > s and e - s <= _MAX_QUOTE:
        out.append(Part(s, e, opened, close, pi, group))
