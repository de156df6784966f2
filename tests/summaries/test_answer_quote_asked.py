"""A "how much … according to X" question asks for a sum in X's words: X's quote on the
subject without one does not answer it. "What did X say about the price" asks for words."""

from __future__ import annotations

import pytest

from summaries.answers import answer
from summaries.store import Store
from tests.summaries.answer_stories import ARTICLES

ROVER = (
    "rover-survives-budget",
    "Australian space agency's budget cut as moon rover survives",
    "2024-05-15T12:00:00Z",
    True,
    [
        "The Australian Space Agency will lose about a third of its funding, falling from "
        "about 71 million Australian dollars this year to under 50 million by 2027-28.",
        "The agency's lunar rover project, which is building a small vehicle to fly on a "
        "NASA mission to the Moon, survived the cuts. Enrico Palermo, the agency's head, "
        "said the rover would keep Australia at the table with the United States. "
        "\u201cThe rover is our ticket into the biggest exploration programme on the "
        "planet,\u201d he said.",
    ],
    [("Palermo", "The rover is our ticket into the biggest exploration programme on the planet,")],
)


@pytest.fixture
def store(make_store) -> Store:
    return make_store([*ARTICLES, ROVER])


def test_a_quote_without_the_sum_asked_for_is_declined(store):
    reply = answer(store, "how much does the australian lunar rover cost according to palermo")
    assert not reply.found, reply.answer


def test_the_quote_still_answers_what_was_said(store):
    reply = answer(store, "what did palermo say about the lunar rover")
    assert reply.found
    assert "ticket into the biggest" in reply.answer


def test_a_price_they_spoke_about_is_the_topic_not_a_sum_asked(store):
    # "say about the price of the rover" asks for their words on it, whatever they were
    reply = answer(store, "what did palermo say about the price of the lunar rover")
    assert reply.found, reply.answer
    assert "ticket into the biggest" in reply.answer
