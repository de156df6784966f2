"""Statements set apart with no quotation marks: "NASA Administrator Ray Okafor said in a
statement:" as a paragraph of its own, then the statement (a page's <blockquote>).

Kept apart from ``quotes`` so that the summarizer can tell such a paragraph is somebody's
words without running the quote extractor.
"""

from __future__ import annotations

import re

# "NASA Administrator Ray Okafor said in a statement:" as a paragraph of its own, then
# the statement set apart with no quotation marks (a <blockquote>)
BLOCK_LEAD = re.compile(
    r"(?P<who>(?:[A-Z][\w’'.-]*[ \t]+){0,5}[A-Z][\w’'.-]*|[Hh]e|[Ss]he|[Ii]t|[Tt]hey)"
    r"[ \t]+(?:said|says|wrote|writes|stated|states|added|continued)"
    r"(?:[ \t]+in[ \t]+(?:an?|the|its|his|her)[ \t]+(?:\w+[ \t]+)?"
    r"(?:statement|post|letter|email|note|release))?[ \t]*:$"
)


def block_leads(text: str, paras: list[tuple[int, int]]) -> list[int]:
    """Indexes of the paragraphs that introduce a statement set apart after them."""
    out = []
    for i, (a, e) in enumerate(paras[:-1]):
        if text[e - 1] != ":" or not BLOCK_LEAD.search(text, a, e):
            continue
        na, ne = paras[i + 1]
        body = text[na:ne]
        if 40 <= len(body) <= BLOCK_CHARS and not _QUOTE_MARK.search(body) and ":" not in body[:30]:
            out.append(i)
    return out


BLOCK_CHARS = 1500
_QUOTE_MARK = re.compile(r"[\"“”«»]")
