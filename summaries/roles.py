"""How members name the head of an organisation: "the russian space boss", "the head of
the european agency", "Japan's space chief" — every title with every name of the agency,
so the gazetteer lists each head once, with the one role "head of <agency>"."""

from __future__ import annotations

import re
from collections.abc import Sequence

HEAD_WORDS = ("head", "chief", "boss", "director general", "director", "leader")
_ORG_TAILS = re.compile(r"\s+(?:space\s+)?(?:agency|corporation|administration)$", re.I)


def head_roles(
    org: str | None, roles: Sequence[str], groups: Sequence[tuple[str, ...]]
) -> set[str]:
    """Role phrases for a person who heads ``org`` (one of ``roles`` is "head of …" one
    of its names), made from every name of the organisation's group: with and without
    "agency" or "space agency", before or after the title ("Roscosmos boss", "boss of
    Roscosmos", "head of the European agency")."""
    if not org:
        return set()
    names = next((g for g in groups if org in g), (org,))
    heads = {f"head of {n}".lower() for n in names}
    if not any(r.lower() in heads for r in roles):
        return set()
    forms = set()
    for name in names:
        forms.add(name)
        short = _ORG_TAILS.sub("", name)
        if short != name:
            forms.add(short + " space")
            forms.add(short + " agency")
    out = set()
    for form in forms:
        for head in HEAD_WORDS:
            out |= {f"{head} of {form}", f"{head} of the {form}", f"{form} {head}"}
    return out
