"""A question opened by its source without a comma ("according to the lisbon economist
why did …") still asks "why": the source does not make it a plain "what"."""

from __future__ import annotations

from summaries import question
from summaries.aliases import load_aliases


def test_according_to_someone_without_a_comma_still_asks_why():
    q = question.parse(
        "according to the lisbon economist why did portugal drop the russian antenna deal",
        load_aliases(),
    )
    assert q.kind == "why"


def test_according_to_someone_without_a_comma_still_asks_how():
    q = question.parse(
        "according to that oslo researcher how did the team get its samples back",
        load_aliases(),
    )
    assert q.kind == "how"


def test_a_plural_owners_open_letter_speaks_for_them():
    from summaries.aliases import load_aliases
    from summaries.question import parse

    q = parse("what did the cosmonauts' open letter say?", load_aliases())
    assert q.kind == "quote" and q.speaker == "cosmonauts", (q.kind, q.speaker)
    assert [c.text for c in q.speaker_concepts] == ["cosmonauts"]
