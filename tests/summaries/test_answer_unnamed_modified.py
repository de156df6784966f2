""" "Which commercial space station is the company moving its customers to" is not
answered by a story where "the station" is the ISS and the one asked about is only ever
"a commercial station once one is in orbit": the asked noun with its modifier is never
named. A story naming the commercial station answers."""

from __future__ import annotations

import pytest

from summaries.answers import answer
from summaries.store import Store
from tests.summaries.answer_stories import ARTICLES

WRITEDOWN = (
    "contractor-writes-off-russian-segment-deal",
    "Gulf Orbital writes off its Russian segment deal",
    "2026-10-28T12:00:00Z",
    True,
    [
        "Gulf Orbital wrote off its deal to host customers' experiments on the Russian "
        "segment of the International Space Station, the company said on Tuesday.",
        "It said eight of its eleven customers had agreed to move their payloads to the "
        "U.S. segment of the station or to a commercial station once one is in orbit.",
    ],
    [],
)
NAMED = (
    "lab-moves-to-haven",
    "Mesa Labs moves its station customers to Haven Two",
    "2026-11-02T12:00:00Z",
    True,
    [
        "Mesa Labs said its customers would move to Haven Two, a commercial space station "
        "due in orbit next year, after the company left the Russian segment.",
    ],
    [],
)


@pytest.fixture
def store(make_store) -> Store:
    return make_store([*ARTICLES, WRITEDOWN, NAMED])


def test_a_modified_noun_only_ever_indefinite_is_declined(store):
    question = (
        "which commercial space station is gulf orbital moving its russian segment customers to"
    )
    reply = answer(store, question)
    assert not reply.found, reply.answer


def test_a_named_one_is_answered(store):
    reply = answer(store, "which commercial space station is mesa labs moving its customers to")
    assert reply.found
    assert "Haven Two" in reply.answer


SHANNON = (
    "shannon-rescue-planes-feature",
    "Shannon weighs U.S. request to base station rescue planes",
    "2026-08-20T12:00:00Z",
    True,
    [
        "The United States has asked Ireland to base rescue planes for station crews at "
        "Shannon airport, and a neutrality group has written to every TD in Clare asking "
        "them to oppose the request.",
        "The government says the request for the rescue planes remains under consideration.",
    ],
    [],
)


def test_a_kind_only_ever_spoken_of_as_every_one_is_declined(make_store):
    store = make_store([*ARTICLES, SHANNON])
    reply = answer(store, "which clare TD came out in favour of the shannon rescue planes")
    assert not reply.found, reply.answer
