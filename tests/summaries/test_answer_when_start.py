""" "When does X start …" asks for a date still to come: a story that only dates what has
already happened ("shut itself down on March 14") does not answer it, one that says when
the start is due does."""

from __future__ import annotations

from summaries.answers import NO_DATE, NOTHING, answer
from tests.summaries.answer_stories import ARTICLES, story_id

PUMP = (
    "us-water-pump-off",
    "U.S. water recycler on the station switched off for pump swap",
    "2026-03-20T09:00:00Z",
    True,
    [
        "The water recycling system in the U.S. segment of the International Space Station "
        "has been switched off while astronauts replace a failed pump, NASA said on Friday.",
        "The system shut itself down on March 14 when a sensor detected low flow, and the "
        "crew is drawing water from Russian tanks in the meantime.",
    ],
    [],
)
DETACH = (
    "detach-threat",
    "Moscow says it could take its modules off the station",
    "2026-05-04T09:00:00Z",
    True,
    [
        "Russian officials said Moscow could detach its modules from the International "
        "Space Station in response to Western sanctions, without naming a date.",
        "NASA said it had received no formal notice.",
    ],
    [],
)
TAX = (
    "baikonur-fee-rise",
    "Kazakhstan to raise Baikonur fees",
    "2026-04-02T09:00:00Z",
    True,
    [
        "Kazakhstan will start charging Russia higher Baikonur fees on Jan. 1, 2027, the "
        "Kazakh finance ministry said.",
        "The cosmodrome launches every crew Russia sends to the International Space Station.",
    ],
    [],
)


def test_when_a_start_is_asked_a_past_date_is_not_the_answer(make_store):
    store = make_store([*ARTICLES, PUMP, TAX])
    reply = answer(store, "so when does russia start cutting off the water to the us segment")
    assert not reply.found
    # the nearest report is shown, said to carry no date: March 14 is not the answer
    assert reply.answer.startswith(NO_DATE)
    assert reply.answer != NOTHING


def test_when_will_with_no_date_stored_says_so_and_shows_the_report(make_store):
    # "nothing on that" hid stored stories that threaten it without a date
    store = make_store([*ARTICLES, DETACH])
    reply = answer(store, "when will Russia detach its modules from the station?")
    assert not reply.found
    assert reply.answer.startswith(NO_DATE)
    assert "detach its modules" in reply.answer
    assert reply.citations[0].id == story_id(store, "detach-threat")


def test_when_a_start_is_asked_the_date_to_come_answers(make_store):
    store = make_store([*ARTICLES, PUMP, TAX])
    reply = answer(store, "when does kazakhstan start charging russia higher baikonur fees")
    assert reply.found
    assert reply.citations[0].id == story_id(store, "baikonur-fee-rise")
    assert "Jan. 1, 2027" in reply.answer
