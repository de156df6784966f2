""" "When is he supposed to fly": a date the story gives a plan that has gone by ("was
supposed to begin on May 18") is not when he flies; the sentence dated ahead is."""

from __future__ import annotations

from summaries.answers import answer
from tests.summaries.answer_stories import ARTICLES

VISA = (
    "cosmonaut-visa-houston",
    "Cosmonaut's US visa delay stalls Dragon training",
    "2026-05-20T12:00:00Z",
    True,
    [
        "Russian cosmonaut Pavel Orlin has still not received the U.S. visa he needs for "
        "Crew Dragon training in Houston, Roscosmos complained on Wednesday.",
        "His five-week course on the capsule's systems was supposed to begin on May 11.",
        "Orlin, 38, is due to fly to the International Space Station on a Dragon next "
        "spring under the seat-exchange arrangement between NASA and Roscosmos.",
    ],
    [],
)


def test_a_date_to_come_answers_when_a_gone_plan_does_not(make_store):
    reply = answer(
        make_store([*ARTICLES, VISA]),
        "when is the cosmonaut waiting on his us visa for dragon training supposed to fly",
    )
    assert reply.found, reply.answer
    assert reply.answer.startswith("Orlin, 38, is due to fly"), reply.answer
