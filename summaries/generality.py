"""How ordinary a question word is in English, so it does not steer an answer.

Idf over the store says "supposed", "right" or "went" are rare, because news copy seldom
uses them, and a member's "what is crew-6 supposed to …" then weighs "supposed" above the
mission. A word's frequency in general English (wordfreq's Zipf scale: 7 for "the", 3
for "radiator", 0 for "Tianzhou") says how little it tells: the commoner the word, the
less it counts. Names the member typed or the gazetteer knows are never discounted.

The large English list is used (about 36 MB once loaded, 0.3 s, on first use): the small
one stops at Zipf 3 and would call "lopsided" or "congresswoman" unknown words, while a
word English has never seen is how answers.py spots a name typed in lower case.
"""

from __future__ import annotations

from functools import lru_cache

from wordfreq import zipf_frequency

COMMON = 6.5  # Zipf at which a word counts for FLOOR only ("right", "two")
SPAN = 2.5  # Zipf below COMMON at which a word counts fully (4.0: "predicted", "analyst")
FLOOR = 0.25


@lru_cache(maxsize=16384)
def zipf(word: str) -> float:
    """Frequency of ``word`` in English on the Zipf scale (0: never seen)."""
    return zipf_frequency(word, "en")


def specificity(word: str) -> float:
    """How much a plain question word counts, in FLOOR..1, by how rare it is in English."""
    return min(1.0, max(FLOOR, (COMMON - zipf(word)) / SPAN))
