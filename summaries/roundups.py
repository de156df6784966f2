"""A roundup (a newsletter's "three things today", a week's best lines) tells several
stories in one text. Its ISS item and its politics item are different stories: the
spacewalk in item 3 and the Artemis Accords in item 1 make no ISS-geopolitical story,
so a roundup is judged item by item."""

from __future__ import annotations

import re
from itertools import pairwise

from summaries.sentences import paragraph_spans

# a numbered run-in head in capitals opening a paragraph: "1. THE ACCORDS CLUB KEEPS
# GROWING." (unnumbered ones, "THE PATIENCE PRIZE.", also open a live blog's or a
# feature's sections, and splitting at them lost a blind positive)
_RUN_IN_HEAD = re.compile(
    r"\d{1,2}[.)][ \t]+[A-Z][A-Z0-9'’!?-]*(?:[ \t,]+[A-Z0-9][A-Z0-9'’!?-]*){1,8}[.:][ \t]"
)
MIN_ITEMS = 3


def roundup_sections(text: str) -> list[tuple[int, int]]:
    """The items of a roundup as spans of ``text`` (what comes before the first head is
    one more), or [] when the text is one story: fewer than MIN_ITEMS heads."""
    paras = paragraph_spans(text)
    heads = [s for s, _ in paras if _RUN_IN_HEAD.match(text, s)]
    if len(heads) < MIN_ITEMS:
        return []
    bounds = ([0] if heads[0] > 0 else []) + heads + [len(text)]
    return [(a, b) for a, b in pairwise(bounds) if text[a:b].strip()]
