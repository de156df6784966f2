""" "Did the think tank find …": "think" in "think tank" names a body, not what someone
said; the question asks yes or no what the think tank found, which the story's sentence
on its finding answers ("found no evidence that …"), not one of its quotes."""

from __future__ import annotations

import pytest

from summaries.aliases import load_aliases
from summaries.answers import answer
from summaries.question import parse
from summaries.store import Store
from tests.summaries.answer_stories import ARTICLES

STATION = (
    "think-tank-patagonia-ground-station",
    "Think tank report on Chinese-built ground station in Patagonia",
    "2026-05-18T12:00:00Z",
    True,
    [
        "A Brussels think tank, the Centre for Orbital Policy, has published a report on "
        "the Chinese-built ground station in Patagonia that tracks the Tiangong station.",
        "“An antenna for science does not need a fence patrolled by soldiers,” the "
        "report's author, Ines Varga, said.",
        "The report said it found no evidence that the Patagonia station was part of the "
        "Beidou navigation network.",
    ],
    [],
)


@pytest.fixture
def store(make_store) -> Store:
    return make_store([*ARTICLES, STATION])


def test_did_the_think_tank_find_is_answered_by_its_finding(store):
    reply = answer(
        store, "did the brussels think tank find the patagonia station is part of beidou"
    )
    assert reply.found, reply.answer
    assert "no evidence" in reply.answer, reply.answer


def test_think_as_a_verb_still_asks_for_words():
    q = parse("what did varga think about the patagonia station", load_aliases())
    assert q.kind == "quote"
