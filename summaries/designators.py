"""Designators and numbered names in a question: "MS-22", "RD-180s", "Ax-4",
"Expedition 72". Each is one concept matched side by side, never its number anywhere
("72 hours" is not Expedition 72), with the ways a story may write it."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from summaries.terms import _TOKEN, fold, stems

# "72 hours", "6 percent": a number with its unit is an amount, not part of a name
UNITS = frozenset(
    {
        "hours",
        "hour",
        "days",
        "day",
        "weeks",
        "week",
        "months",
        "month",
        "years",
        "year",
        "minutes",
        "minute",
        "seconds",
        "percent",
        "per",
        "km",
        "kilometres",
        "kilometers",
        "miles",
        "tonnes",
        "tons",
        "kg",
        "metres",
        "meters",
        "metre",
        "meter",
        "m",
        "cm",
        "mm",
        "kilometre",
        "kilometer",
        "ft",
        "kilograms",
        "kilogram",
        "degrees",
        "mph",
        "feet",
        "million",
        "billion",
        "people",
        "times",
    }
)
_TOKEN_OR_DASH = re.compile(r"[^\W_]+(?:-[^\W_]+)+")


def numbered(raw: Sequence[str], i: int, stopwords: frozenset[str]) -> bool:
    """A word and a small number after it name one thing ("Expedition 72", "Shenzhou 17"),
    unless a unit follows the number ("diplomat 72 hours")."""
    if i + 1 >= len(raw):
        return False
    word, num = raw[i], raw[i + 1]
    after = raw[i + 2].lower() if i + 2 < len(raw) else ""
    return (
        after not in UNITS
        and word.isalpha()
        and len(word) > 2
        and word.lower() not in stopwords
        and num.isdigit()
        and len(num) <= 3
    )


def compounds(text: str) -> dict[int, int]:
    """Token index → end index for hyphenated names with a digit ("MS-22", "RD-180")."""
    out = {}
    for m in _TOKEN_OR_DASH.finditer(fold(text)):
        if any(c.isdigit() for c in m.group(0)) and "-" in m.group(0):
            start = len(_TOKEN.findall(fold(text)[: m.start()]))
            out[start] = start + len(_TOKEN.findall(m.group(0)))
    return out


def variants(
    phrase: str, keys: Sequence[str], prefixes: Mapping[str, Sequence[str]]
) -> dict[tuple[str, ...], str]:
    """Stemmed token sequences → written form, for every way a story may write the
    designator: "RD-180s" is "RD-180"; "Ax-4" is "Axiom Mission 4" (data/aliases.toml,
    designator_prefixes)."""
    found: dict[tuple[str, ...], str] = {tuple(keys): phrase}
    last = keys[-1]
    if len(last) > 1 and last[-1] == "s" and last[:-1].isdigit() and len(last) != 5:
        found[(*keys[:-1], last[:-1])] = " ".join([*keys[:-1], last[:-1]])
    for key in list(found):
        for long in prefixes.get(key[0], ()) if len(key) > 1 else ():
            found.setdefault((*stems(long), *key[1:]), " ".join([long, *key[1:]]))
    return found
