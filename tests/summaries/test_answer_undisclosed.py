""" "Has the agency said when …", "did the ministry say what it is paying …": whether a
fact is out yet, asked yes or no. Newsrooms answer it in a formula of their own ("has not
said when", "the financial terms were not disclosed"), and that sentence is the reply,
though it gives no date or sum. A story that does not say so leaves the question to the
speaker's quotes, as any "did X say"."""

from __future__ import annotations

import pytest

from summaries.answers import answer
from summaries.store import Store
from tests.summaries.answer_stories import ARTICLES

FREIGHTER = (
    "kenya-signs-cargo-pact-roscosmos",
    "Kenya signs station cargo pact with Roscosmos",
    "2026-07-14T12:00:00Z",
    True,
    [
        "Kenya and Roscosmos signed an agreement in Nairobi on Tuesday to fly a Kenyan "
        "soil experiment to the International Space Station on a Progress freighter.",
        "The financial terms were not disclosed.",
        "Science Minister Wanjiru Kamau told reporters that two Kenyan researchers would "
        "train in Moscow next spring.",
    ],
    [],
)
GRADUATES = (
    "jaxa-candidates-graduate-tsukuba",
    "JAXA's two new astronaut candidates finish basic training in Tsukuba",
    "2026-08-20T12:00:00Z",
    True,
    [
        "Two Japanese astronaut candidates completed basic training at the Tsukuba Space "
        "Center on Friday and were certified for station missions.",
        "JAXA has not said when the first of the pair will fly to the station.",
    ],
    [],
)
SEAT = (
    "chile-books-station-seat",
    "Chile books a station seat for its first astronaut",
    "2026-09-02T12:00:00Z",
    True,
    [
        "Chile will send its first astronaut to the International Space Station in 2028 "
        "under an agreement signed in Santiago on Monday.",
        "In exchange, Chile will supply telescope time to the partner agencies, at a cost "
        "the government has not disclosed.",
    ],
    [],
)


@pytest.fixture
def store(make_store) -> Store:
    return make_store([*ARTICLES, FREIGHTER, GRADUATES, SEAT])


def test_did_they_say_what_it_costs_is_answered_by_terms_not_disclosed(store):
    reply = answer(store, "did nairobi say what its paying roscosmos for the soil experiment")
    assert reply.found, reply.answer
    assert reply.answer.startswith("The financial terms were not disclosed."), reply.answer


def test_has_the_agency_said_when_is_answered_by_has_not_said(store):
    reply = answer(store, "has jaxa said when its newly certified candidates will fly")
    assert reply.found, reply.answer
    assert "JAXA has not said when" in reply.answer, reply.answer


def test_has_the_government_said_how_much_is_answered_by_has_not_disclosed(store):
    reply = answer(store, "has the chilean government said how much the station seat costs")
    assert reply.found, reply.answer
    assert "has not disclosed" in reply.answer, reply.answer
