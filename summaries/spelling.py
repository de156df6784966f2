"""A mistyped question word read as the word meant: "experimnets", "festval", "plannin".

A word the store never has and English hardly knows is taken for a name the stories lack
(answers.py), so one typo makes the engine decline a question the stories answer. Before
that, such a word is replaced by the commonest English word one edit away (a letter
dropped, added, changed or two swapped) that the store does use. Names stay names: a word
with no common English neighbour the store has ("tianzhou", "starlab") is left alone.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Iterator

from summaries.aliases import Concept, load_aliases
from summaries.generality import zipf
from summaries.terms import stems

# Only words English hardly knows are corrected, to words it knows well.
TYPO_ZIPF = 2.5
WORD_ZIPF = 3.0
MIN_LENGTH = 5  # "sary", "ep": too short to guess what was meant


def corrections(
    topic: tuple[Concept, ...], df: list[float], stored: Callable[[Concept], bool]
) -> dict[int, Concept | None]:
    """Index → concept of the corrected word, for each unknown plain word of ``topic``
    (``df`` 0) one edit away from a common word the store has (``stored``). None when the
    word meant is one a question carries no topic in ("actualy", "realy"): it is dropped,
    not read as the next likeliest word ("actual")."""
    aliases = load_aliases()
    out: dict[int, Concept] = {}
    for i, (c, d) in enumerate(zip(topic, df, strict=True)):
        word = c.text.lower()
        if d or c.named or not word.isalpha():
            continue
        if len(word) < MIN_LENGTH:
            # "abot", "teh": too short to guess a topic word from, but one edit from a
            # word every question has is that word, and carries no topic
            if len(word) >= 3 and zipf(word) < TYPO_ZIPF and _function_word_typo(word):
                out[i] = None
            elif len(word) == 4 and zipf(word) < TYPO_ZIPF:
                # "swpa": two letters swapped, and the word meant is a common one
                swapped = _swapped_common(word, stored)
                if swapped is not None:
                    out[i] = swapped
            continue
        if zipf(word) < TYPO_ZIPF:
            for candidate in sorted(set(one_edit(word)), key=lambda w: (-zipf(w), w)):
                if zipf(candidate) < WORD_ZIPF:
                    break
                if candidate in aliases.stopwords:
                    out[i] = None
                    break
                found = aliases.concepts(candidate)
                if len(found) == 1 and stored(found[0]):
                    out[i] = found[0]
                    break
        if i not in out:  # "roscomos": one edit from a name the gazetteer knows
            name = respelt_name(word, stored)
            if name is not None:
                out[i] = name[1]
        if i not in out:  # no typo of a word the store has: two words run together?
            split = _split(word, stored)
            if split is not None:
                out[i] = split
    return out


NAME_TYPO_LENGTH = 6  # "roscomos", "zvezdda": long enough that one edit is a typo
NAME_TYPO_MAX = 24  # no name is longer
SWAP_ZIPF = 3.5  # "swpa" is "swap" only because "swap" is that common


def respelt_name(word: str, stored: Callable[[Concept], bool]) -> tuple[str, Concept] | None:
    """(the name as spelt, its concept) of the one gazetteer name (an agency, a module, a
    person) one edit from ``word`` that the store has; None when there is none or more
    than one. Topics are corrected with it, and so are speakers ("what did roscomos say"),
    which the answers engine respells before parsing."""
    if not NAME_TYPO_LENGTH <= len(word) <= NAME_TYPO_MAX or zipf(word) >= TYPO_ZIPF:
        return None  # (one_edit of a 5,000-letter "word" is a quarter million strings)
    aliases = load_aliases()
    found: dict[str, Concept] = {}
    for candidate in set(one_edit(word.lower())):
        concepts = aliases.concepts(candidate)
        if len(concepts) == 1 and concepts[0].named and stored(concepts[0]):
            found[candidate] = concepts[0]
    return next(iter(found.items())) if len(found) == 1 else None


def _swapped_common(word: str, stored: Callable[[Concept], bool]) -> Concept | None:
    for k in range(len(word) - 1):
        candidate = word[:k] + word[k + 1] + word[k] + word[k + 2 :]
        if zipf(candidate) >= SWAP_ZIPF and candidate not in load_aliases().stopwords:
            found = load_aliases().concepts(candidate)
            if len(found) == 1 and stored(found[0]):
                return found[0]
    return None


FUNCTION_ZIPF = 6.0  # "about", "the", "with": among the commonest words of English


def _function_word_typo(word: str) -> bool:
    stop = load_aliases().stopwords
    return any(w in stop and zipf(w) >= FUNCTION_ZIPF for w in one_edit(word))


_LETTERS = string.ascii_lowercase
PART_ZIPF = 3.5  # each half of a run-together word is a common word ("air", "show")


def _split(word: str, stored: Callable[[Concept], bool]) -> Concept | None:
    """ "airshow" as "air show": a run-together word the store never has, read as the two
    common words the stories write apart (searched as one phrase). Not "anymore": a
    half that carries no topic leaves the word as it is."""
    stop = load_aliases().stopwords
    for k in range(3, len(word) - 2):
        head, tail = word[:k], word[k:]
        if zipf(head) < PART_ZIPF or zipf(tail) < PART_ZIPF or {head, tail} & stop:
            continue
        phrase = f"{head} {tail}"
        concept = Concept(word, ((tuple(stems(phrase)), phrase, 1.0),))
        if stored(concept):
            return concept
    return None


def one_edit(word: str) -> Iterator[str]:
    """Every string one deletion, transposition, replacement or insertion away."""
    for i in range(len(word) + 1):
        head, tail = word[:i], word[i:]
        if tail:
            yield head + tail[1:]
        if len(tail) > 1:
            yield head + tail[1] + tail[0] + tail[2:]
        for letter in _LETTERS:
            if tail:
                yield head + letter + tail[1:]
            yield head + letter + tail
