""" "Did Rubio say he wants to fly on a Soyuz again?" is not answered by his "It's good to
be home" because the story mentions a Soyuz elsewhere: a quote picked only for who said
it, with nothing asked about in its paragraph, is declined. His words on what was asked
still answer."""

from __future__ import annotations

import pytest

from summaries.answers import answer
from summaries.store import Store
from tests.summaries.answer_stories import ARTICLES

LANDING = (
    "astronaut-lands-after-long-flight",
    "Astronaut Tom Reyes back on Earth after a year in orbit",
    "2023-09-27T12:00:00Z",
    True,
    [
        "NASA astronaut Tom Reyes and two cosmonauts landed on the steppe on Wednesday after "
        "371 days aboard the International Space Station, a record for an American.",
        "\u201cIt is good to be home,\u201d Reyes said, smiling, as a medical worker handed "
        "him an apple.",
        "Reyes had launched on a Soyuz in September 2022; his original capsule was "
        "damaged by a coolant leak, and an empty replacement Soyuz brought the crew home.",
        "\u201cThe food on the station was better than I expected,\u201d Reyes told "
        "reporters later about the meals aboard.",
    ],
    [
        ("Reyes", "It is good to be home,"),
        ("Reyes", "The food on the station was better than I expected,"),
    ],
)


@pytest.fixture
def store(make_store) -> Store:
    return make_store([*ARTICLES, LANDING])


def test_a_quote_with_nothing_asked_about_near_it_is_declined(store):
    reply = answer(store, "did reyes say he wants to fly on a soyuz again")
    assert not reply.found, reply.answer


def test_a_quote_on_what_was_asked_still_answers(store):
    reply = answer(store, "what did reyes say about the food on the station")
    assert reply.found
    assert "better than I expected" in reply.answer


HEARING = (
    "hearing-exit-risk",
    "Lawmakers press NASA on Russian exit risk",
    "2026-11-26T08:00:00Z",
    True,
    [
        "WASHINGTON — A House Science subcommittee hearing spent Wednesday afternoon on what "
        "NASA would do if Russia walked away from the International Space Station early.",
        "NASA's Marisol Tenney said the agency had no formal notice of a Russian withdrawal.",
        "Representative Dale Pruett, who chairs the subcommittee, was blunter. “We cannot have "
        "an American laboratory whose altitude is controlled from Moscow,” Pruett said.",
    ],
    [("Pruett", "We cannot have an American laboratory whose altitude is controlled from Moscow,")],
)


def test_at_the_hearing_the_story_is_set_at_is_no_topic_the_quote_must_carry(make_store):
    store = make_store([*ARTICLES, HEARING])
    reply = answer(store, "what did Pruett say at the hearing?")
    assert reply.found and "altitude is controlled from Moscow" in reply.answer, reply.answer
