""" "What did the switch cost the company?" asks for an amount, like "how much": the reply
is the sentence with the figure, not the one that only retells the switch."""

from __future__ import annotations

from summaries.answers import answer
from tests.summaries.answer_stories import ARTICLES

SWITCH = (
    "cubesat-maker-switches-ride",
    "Satellite maker moves student cubesat off Russian freighter",
    "2026-06-11T09:00:00Z",
    True,
    [
        "A Cape Town maker of small satellites has moved a student cubesat off a Russian "
        "Progress freighter bound for the International Space Station and onto an American "
        "cargo flight, after its bank refused to pay the Russian broker.",
        "The cubesat, built by engineering students, was to be released from the station's "
        "Russian segment under a 2024 contract.",
        "Moving the cubesat to the American flight meant new mounting brackets and a "
        "second round of vibration tests for the satellite maker.",
        "Its chief engineer said the change ran to about R6 million in redesign work, "
        "which the national space agency agreed to cover.",
        "Students said they were relieved that the satellite would fly at all.",
    ],
    [],
)


def test_what_did_it_cost_is_answered_with_the_amount(make_store):
    store = make_store([*ARTICLES, SWITCH])
    reply = answer(
        store,
        "what did moving the student cubesat off the russian freighter cost the cape town "
        "satellite maker",
    )
    assert reply.found
    assert "R6 million" in reply.answer
