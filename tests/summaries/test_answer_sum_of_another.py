""" "How much is Argentina paying Russia for the Soyuz flight" is not answered by what an
American capsule would cost: a sum whose sentence (and the one before it) names none of
the parties or craft asked about is another thing's price."""

from __future__ import annotations

from summaries.answers import answer
from tests.summaries.answer_stories import ARTICLES

OFFER = (
    "russia-offers-argentina-soyuz-seat",
    "Russia offers Argentina's first astronaut a Soyuz seat",
    "2026-06-10T12:00:00Z",
    True,
    [
        "Russia has offered to fly Argentina's first astronaut, Romina Salvatierra, to the "
        "International Space Station on a Soyuz, the Russian ambassador said on Tuesday.",
        "Neither government has said what the flight would cost.",
        "The space commission's director told reporters that her preference remained a "
        "flight on a commercial capsule, which would cost an estimated 65 million dollars.",
    ],
    [],
)
PRICED = (
    "uruguay-pays-russia-soyuz-seat",
    "Uruguay to pay Russia for a Soyuz seat",
    "2026-07-01T12:00:00Z",
    True,
    [
        "Uruguay will pay Russia 40 million dollars to fly its first astronaut to the "
        "International Space Station on a Soyuz in 2028, the government said on Monday.",
    ],
    [],
)


def test_another_crafts_price_does_not_answer(make_store):
    store = make_store([*ARTICLES, OFFER, PRICED])
    reply = answer(store, "how much is argentina paying russia for salvatierra's soyuz flight")
    assert "65 million" not in reply.answer, reply.answer


def test_the_price_named_with_its_parties_answers(make_store):
    store = make_store([*ARTICLES, OFFER, PRICED])
    reply = answer(store, "how much is uruguay paying russia for the soyuz seat")
    assert reply.found and "40 million dollars" in reply.answer, reply.answer
