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
from summaries.gazetteer import speech_vocab
from summaries.generality import zipf
from summaries.terms import stems

# A lower-case word this common in English is a word, not initials ("vs", "ep"); typed in
# capitals ("EP", "FO") it is initials whatever its frequency.
ACRONYM_ZIPF = 4.0
# the small words a name's initials leave out ("Department of Foreign Affairs": DFA,
# "University of Alabama in Huntsville": UAH)
_LINKS = frozenset(
    {"of", "for", "and", "the", "on", "in", "at", "de", "du", "des", "la", "del", "&"}
)
_WORD = re.compile(r"[A-Za-z][\w'’&-]*|&")


def wanted(topic: tuple[Concept, ...], df: list[float]) -> bool:
    """Whether a word asked about may be written another way: one no story has, or
    initials the gazetteer does not know."""
    return any(d == 0 or _unknown_initials(c) for c, d in zip(topic, df, strict=True))


def _initials(word: str) -> bool:
    return len(word) <= 6 and (word.isupper() or zipf(word.lower()) < ACRONYM_ZIPF)


def _unknown_initials(c: Concept) -> bool:
    """Initials the gazetteer gives no other form ("ISS" is never the Institute for
    Security Studies)."""
    return c.text.isalpha() and len(c.phrases) == 1 and _initials(c.text)


def _one_spelled(word: str, texts: list[str]) -> list[str]:
    """The one name ``texts`` spell out with the initials ``word``; none when two do."""
    spelled = {n.lower(): n for text in texts for n in _spelled(word.lower(), text)}
    return list(spelled.values()) if len(spelled) == 1 else []


def expand(topic: tuple[Concept, ...], df: list[float], texts: list[str]) -> dict[int, Concept]:
    """Index → the concept widened by the names it stands for in ``texts`` (the texts of
    the stories read for the question): for each word of ``topic`` that no story has
    (``df`` 0) and reads as a name without its number, a clipped word or initials, and for
    initials the gazetteer does not know, whatever ``df``."""
    out: dict[int, Concept] = {}
    for i, (c, d) in enumerate(zip(topic, df, strict=True)):
        word = c.text
        if not word.isalpha():
            continue
        if d:
            # "why did bolivia bail on ilrs": other stories write the initials, the one
            # asked about only "International Lunar Research Station"
            names = _one_spelled(word, texts) if _unknown_initials(c) else []
        else:
            # every number the stories give it: "canadarm" is Canadarm2 and Canadarm3 alike
            names = sorted({n.lower(): n for t in texts for n in _numbered(word, t)}.values())
            if not names:
                # "gyros", "chocs": a word cut short, written whole in the stories
                names = sorted({n.lower(): n for t in texts for n in _clipped(word, t)}.values())
            if not names and _initials(word):
                names = _one_spelled(word, texts)
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


def _clipped(word: str, text: str) -> set[str]:
    """The longer words ``text`` writes that start with ``word`` cut short ("gyros":
    gyroscopes, "chocs": chocolates): a member clips a long word the story spells out.
    Words only, written in lower case: "petro" is no clipped "Petrovsky"."""
    cut = word[:-1] if word[-1:] in "sS" else word
    if len(cut) < 4:
        return set()
    found = re.finditer(r"\b" + re.escape(cut.lower()) + r"[a-z]{3,}\b", text)
    return {m.group(0) for m in found}


def _spelled(initials: str, text: str) -> set[str]:
    """The runs of capitalised words in ``text`` whose initials are ``initials``."""
    found: set[str] = set()
    words = [(m.group(0), m.start(), m.end()) for m in _WORD.finditer(text)]
    run: list[tuple[str, int, int]] = []
    for w in [*words, ("", 0, 0)]:
        # "NASA and ESA" are initials already, not a name spelled out
        capital = w[0][:1].isupper() and not (len(w[0]) > 1 and w[0].isupper())
        if capital or (run and w[0].lower() in _LINKS and text[run[-1][2] : w[1]].strip() == ""):
            # "Foreign, Commonwealth and Development Office" (FCDO) runs on over a comma
            if run and text[run[-1][2] : w[1]].strip() not in ("", ","):
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
                    name = text[run[a][1] : run[b][2]]
                    # over a comma only a body's name ("… and Development Office"), not a
                    # list ("States, China, India")
                    if "," not in name or word.lower() in speech_vocab()["body_words"]:
                        found.add(name)
