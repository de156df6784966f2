"""The latest on a matter shows the sentence that names it together with the one saying
where it stands: newsrooms write them as a pair, and either alone leaves the member with
half the news ("No ruling has been made." on what?)."""

from __future__ import annotations

from summaries.answers import answer
from tests.summaries.answer_stories import ARTICLES

LICENCE = (
    "estonia-radiometer-licence",
    "Tartu students' radiometer waits in a lab as licence talks drag on",
    "2026-11-03T09:00:00Z",
    True,
    [
        "TARTU — Students at the University of Tartu finished a small radiometer in the "
        "spring, built to measure the glow of the upper atmosphere from the International "
        "Space Station.",
        "The instrument was meant to fly on an American cargo ship this winter.",
        "Its circuit boards use a Russian-made chip, which brought the project under export rules.",
        "The students have meanwhile started on a second instrument.",
        "A Commerce Department official said the department was going through the "
        "papers with the students' lawyers.",
        "No decision has been taken.",
    ],
    [],
)


def test_a_status_said_alone_brings_the_sentence_it_answers(make_store):
    store = make_store([*ARTICLES, LICENCE])
    reply = answer(store, "any update on the tartu students' radiometer?")
    assert reply.found
    assert "No decision has been taken." in reply.answer
    assert "going through the papers" in reply.answer


SEAT = (
    "ghana-astronaut-seat",
    "Accra budget debate turns to Ghana's first astronaut",
    "2026-12-01T09:00:00Z",
    True,
    [
        "ACCRA — Ghana's parliament spent Tuesday on the science ministry's budget, most of "
        "it on roads to two new research parks.",
        "Late in the session a member asked the minister about Ghana's first astronaut, "
        "who was due to fly to the International Space Station on a commercial capsule "
        "this year but has no launch date.",
        "The minister said the seat remained booked, but that three Ghanaian experiments "
        "for the flight were still waiting for safety approval in Houston.",
        "The budget vote is on Friday.",
    ],
    [],
)


def test_the_sentence_on_the_matter_brings_the_status_right_after_it(make_store):
    store = make_store([*ARTICLES, SEAT])
    reply = answer(store, "any news on ghana's first astronaut, still no launch date?")
    assert reply.found
    assert "safety approval" in reply.answer
