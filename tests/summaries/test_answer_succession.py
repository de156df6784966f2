""" "Who replaced Petrova" asks for the one after her: a lead saying "Petrova … replaced
Ivan Sokolov" names the one before, and is declined; "who replaced Sokolov" is answered
by the same sentence."""

from __future__ import annotations

import pytest

from summaries.answers import answer
from summaries.store import Store
from tests.summaries.answer_stories import ARTICLES

APPOINTED = (
    "new-agency-head-appointed",
    "New head of the Baltic space agency takes office",
    "2026-03-10T12:00:00Z",
    True,
    [
        "Anna Petrova, appointed last week to lead the Baltic Space Agency, said on Tuesday "
        "that the agency would keep its experiments on the International Space Station.",
        "Petrova, 41, a former deputy science minister, replaced Ivan Sokolov as head of the "
        "Baltic Space Agency on March 3.",
    ],
    [],
)


@pytest.fixture
def store(make_store) -> Store:
    return make_store([*ARTICLES, APPOINTED])


def test_whom_the_person_replaced_does_not_answer_who_replaced_them(store):
    reply = answer(store, "who replaced petrova as head of the baltic space agency")
    assert not reply.found, reply.answer


def test_who_replaced_the_predecessor_is_answered(store):
    reply = answer(store, "who replaced sokolov as head of the baltic space agency")
    assert reply.found
    assert "Petrova" in reply.answer


FESTIVAL = (
    "festival-screens-station-film",
    "Protesters meet station film at Czech festival",
    "2026-07-06T12:00:00Z",
    True,
    [
        "A market screening of Quiet Orbit, a Russian feature shot partly aboard the "
        "International Space Station, drew about 60 protesters on Sunday, festival "
        "spokeswoman Jana Novakova said.",
        "The film was financed in part by Roscosmos and the state broadcaster.",
    ],
    [],
)
DOCUMENTARY = (
    "documentary-on-station-crew",
    "Documentary follows a year aboard the station",
    "2026-05-06T12:00:00Z",
    True,
    [
        "Last Light, a documentary directed by Marek Hruby, follows a year aboard the "
        "International Space Station and opens the festival's science strand.",
    ],
    [],
)


def test_a_lead_that_never_speaks_of_the_doing_asked_about_is_declined(make_store):
    store = make_store([*ARTICLES, FESTIVAL, DOCUMENTARY])
    reply = answer(store, "who directed quiet orbit, that russian movie filmed on the iss")
    assert not reply.found, reply.answer
    reply = answer(store, "who directed last light, the documentary about a year on the iss")
    assert reply.found
    assert "Marek Hruby" in reply.answer
