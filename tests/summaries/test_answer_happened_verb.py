"""A yes/no question on whether something happened ("did the jury convict him", "did
Moscow give the assurances") asks for the step its verb names: a story that only tells of
the trial, or of the request, does not say, and the engine says it has nothing; a story
that says the step was not taken, in words of its own, still answers."""

from __future__ import annotations

from summaries.answers import NOTHING, answer
from tests.summaries.answer_stories import ARTICLES, story_id

TRIAL = (
    "valves-trader-trial",
    "Leeds trader tells jury his valve exports to Russia were legal",
    "2026-10-14T09:00:00Z",
    True,
    [
        "A Leeds trader accused of breaching Russia sanctions told a jury at Leeds Crown "
        'Court on Tuesday that he had "never hidden a single shipment" of the pressure '
        "valves his firm sent through Armenia, some of which prosecutors say ended up in "
        "Soyuz rockets that fly crews to the International Space Station.",
        "Prosecutors say the valves were resold to a Roscosmos supplier in Samara.",
    ],
    [],
)
ASSURANCES = (
    "baikonur-bus-incident",
    "Washington asks Moscow for assurances after Baikonur incident",
    "2026-08-03T09:00:00Z",
    True,
    [
        "American astronauts were held for three hours at a checkpoint near the Baikonur "
        "cosmodrome last week, officials said, before their bus was allowed to go on to "
        "the crew quarters used ahead of flights to the International Space Station.",
        "A State Department official said Washington had asked Moscow for written "
        "guarantees of safe passage before the next crew travels to Baikonur in the spring.",
    ],
    [],
)
DENIED = (
    "embassy-visa-cosmonaut",
    "Embassy has not issued visa for cosmonaut's Houston training",
    "2026-07-01T09:00:00Z",
    True,
    [
        "The U.S. embassy in Moscow has not issued a visa to cosmonaut Pavel Orlov, who was "
        "due to train in Houston for his flight to the International Space Station, "
        "Roscosmos said on Monday.",
        "The agency said the training could not start without the visa.",
    ],
    [],
)


def test_verdict_not_in_a_story_of_the_trial_is_nothing(make_store):
    store = make_store([*ARTICLES, TRIAL, ASSURANCES, DENIED])
    reply = answer(store, "did the leeds jury convict the valve trader or not")
    assert not reply.found
    assert reply.answer == NOTHING


def test_assurances_only_asked_for_are_not_given(make_store):
    store = make_store([*ARTICLES, TRIAL, ASSURANCES, DENIED])
    reply = answer(store, "did moscow give washington the written guarantees for baikonur")
    assert not reply.found
    assert reply.answer == NOTHING


def test_step_said_not_taken_still_answers(make_store):
    store = make_store([*ARTICLES, TRIAL, ASSURANCES, DENIED])
    reply = answer(store, "did the us embassy give cosmonaut pavel orlov a visa")
    assert reply.found
    assert reply.citations[0].id == story_id(store, "embassy-visa-cosmonaut")
    assert "has not issued a visa" in reply.answer
