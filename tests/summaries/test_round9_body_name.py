""" "What did the UK Space Agency say": a run of capitalised words ending in a body's
word ("Agency", "Ministry") is one body's name. Read as "UK", "Space" and "Agency", the
last piece was taken for a surname, so any "... Agency" could answer for it."""

from __future__ import annotations

import pytest

from summaries import question as q_parse
from summaries.aliases import load_aliases
from summaries.answers import answer
from summaries.store import Store
from tests.summaries.answer_stories import ARTICLES

AGENCIES = (
    "european-agencies-seat-swap",
    "European space agencies split over the station seat swap",
    "2026-06-05T10:00:00Z",
    True,
    [
        "Europe's space agencies took different lines on the station seat swap on Thursday.",
        '"We will not join the seat swap while the war goes on," the '
        "European Space Agency said of the seat swap.",
        '"Italy backs the seat swap because the station needs two ways home," the Italian '
        "Space Agency said.",
    ],
    [
        (
            "European Space Agency",
            "We will not join the seat swap while the war goes on,",
        ),
        (
            "Italian Space Agency",
            "Italy backs the seat swap because the station needs two ways home,",
        ),
    ],
)


@pytest.fixture
def store(make_store) -> Store:
    return make_store([*ARTICLES, AGENCIES])


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("what did the UK Space Agency say about the seat swap", "UK Space Agency"),
        ("What did the Mexican Space Agency say about the seat swap?", "Mexican Space Agency"),
        (
            "what did Ukraine's Foreign Ministry say about the seat swap",
            "Ukraine's Foreign Ministry",
        ),
    ],
)
def test_a_capitalised_body_name_is_one_speaker(text, body):
    q = q_parse.parse(text, load_aliases(), None)
    assert body in [c.text for c in q.speaker_concepts]
    assert q.speaker_names[0] == body


def test_each_agency_answers_for_itself(store):
    reply = answer(store, "what did the Italian Space Agency say about the seat swap")
    assert reply.found and "two ways home" in reply.answer, reply.answer
    reply = answer(store, "what did the European Space Agency say about the seat swap")
    assert reply.found and "while the war goes on" in reply.answer, reply.answer
