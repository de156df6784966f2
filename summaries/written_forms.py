"""Words a member types for a name the stories write another way: initials ("the manila
dfa spox" for the Department of Foreign Affairs, "the jsc trajectory officer" for Johnson
Space Center) and a name without its number ("canadarm" for Canadarm2).

A word no stored story has cannot match anything, so the question would be answered from
its other words or not at all. When the stories read for the question write exactly one
name that the word stands for, the word also stands for that name. Kept apart from the
gazetteer's aliases, which know the common ones (NASA, ESA) ahead of time.
"""

from __future__ import annotations

import re
from dataclasses import replace

from summaries.aliases import Concept
from summaries.generality import zipf
from summaries.terms import stems

# A lower-case word this common in English is a word, not initials ("vs", "ep"); typed in
# capitals ("EP", "FO") it is initials whatever its frequency.
ACRONYM_ZIPF = 4.0
# the small words a name's initials leave out ("Department of Foreign Affairs": DFA)
_LINKS = frozenset({"of", "for", "and", "the", "on", "de", "du", "des", "la", "del", "&"})
_WORD = re.compile(r"[A-Za-z][\w'’&-]*|&")


def expand(topic: tuple[Concept, ...], df: list[float], texts: list[str]) -> dict[int, Concept]:
    """Index → the concept widened by the one name it stands for in ``texts``,
    for each word of ``topic`` that no story has (``df`` 0) and that reads as initials, from
    the texts of the stories read for the question."""
    out: dict[int, Concept] = {}
    for i, (c, d) in enumerate(zip(topic, df, strict=True)):
        word = c.text
        if d or not word.isalpha():
            continue
        # every number the stories give it: "canadarm" is Canadarm2 and Canadarm3 alike
        names = sorted({n.lower(): n for text in texts for n in _numbered(word, text)}.values())
        initials = len(word) <= 6 and (word.isupper() or zipf(word.lower()) < ACRONYM_ZIPF)
        if not names and initials:
            spelled = {n.lower(): n for text in texts for n in _spelled(word.lower(), text)}
            # two names with those initials: nothing to choose between
            names = list(spelled.values()) if len(spelled) == 1 else []
        if names:
            phrases = tuple((tuple(stems(n)), n, 1.0) for n in names)
            out[i] = replace(c, phrases=(*c.phrases, *phrases), named=True)
    return out


def _numbered(word: str, text: str) -> set[str]:
    """The word with a number the story writes after it ("Canadarm2", "Dextre-2"): a
    member leaves the number off a name they know."""
    if len(word) < 4:
        return set()  # "ms" is no name of its own
    return {m.group(0) for m in re.finditer(r"\b" + re.escape(word) + r"-?\d+\b", text, re.I)}


def _spelled(initials: str, text: str) -> set[str]:
    """The runs of capitalised words in ``text`` whose initials are ``initials``."""
    found: set[str] = set()
    words = [(m.group(0), m.start(), m.end()) for m in _WORD.finditer(text)]
    run: list[tuple[str, int, int]] = []
    for w in [*words, ("", 0, 0)]:
        # "NASA and ESA" are initials already, not a name spelled out
        capital = w[0][:1].isupper() and not (len(w[0]) > 1 and w[0].isupper())
        if capital or (run and w[0].lower() in _LINKS and text[run[-1][2] : w[1]].strip() == ""):
            if run and text[run[-1][2] : w[1]].strip():
                _collect(run, initials, text, found)
                run = []
            run.append(w)
            continue
        _collect(run, initials, text, found)
        run = []
    return found


def _collect(run: list[tuple[str, int, int]], initials: str, text: str, found: set[str]) -> None:
    """Every stretch of ``run`` that starts and ends on a capitalised word and spells the
    initials with its capitalised words ("Foreign Office" inside "Pakistan Foreign Office")."""
    for a in range(len(run)):
        if not run[a][0][:1].isupper() or run[a][0].lower() in _LINKS:
            continue
        letters = ""
        for b in range(a, len(run)):
            word = run[b][0]
            if word[:1].isupper() and word.lower() not in _LINKS:
                letters += word[0].lower()
                if len(letters) > len(initials) or not initials.startswith(letters):
                    break
                if letters == initials and b > a:
                    found.add(text[run[a][1] : run[b][2]])
