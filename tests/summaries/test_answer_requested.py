""" "Did Russia switch off the emitters?" is not answered by a story where the U.S. only
asks Russia to switch them off within 30 days: a step requested, or left to a deadline,
has not been reported as taken. A request nobody made ("Nobody has asked us to …") is an
answer, and so is a step the story reports."""

from __future__ import annotations

import pytest

from summaries.answers import answer
from summaries.store import Store
from tests.summaries.answer_stories import ARTICLES

PROTEST = (
    "us-protests-downlink-jamming",
    "U.S. protests to Russia over jamming of station video links",
    "2026-03-02T12:00:00Z",
    True,
    [
        "The United States has formally protested to Russia over interference that has "
        "disrupted Ku-band video links from the International Space Station, saying the "
        "signals come from ground emitters in the Kaliningrad region.",
        "The diplomatic note asks Russian authorities to locate and switch off the "
        "emitters within 30 days.",
    ],
    [],
)
PRIZE = (
    "school-radio-prize-kept",
    "School radio club keeps its science prize after cosmonaut call",
    "2026-04-10T12:00:00Z",
    True,
    [
        "A school radio club that spoke to a cosmonaut aboard the station has won a state "
        "science prize for its satellite tracking antennas.",
        "The club adviser said nobody has asked the school to give the science prize back "
        "after the cosmonaut was put on a sanctions list.",
    ],
    [],
)
ANTENNA = (
    "esa-antenna-switched-off",
    "ESA switches off the old Kourou station antenna",
    "2026-05-10T12:00:00Z",
    True,
    [
        "The European Space Agency switched off the old station antenna at Kourou on "
        "Monday after twenty years of service, and moved its station passes to Redu.",
    ],
    [],
)


@pytest.fixture
def store(make_store) -> Store:
    return make_store([*ARTICLES, PROTEST, PRIZE, ANTENNA])


def test_a_step_only_requested_by_a_deadline_is_not_reported_as_taken(store):
    reply = answer(store, "did russia switch off the kaliningrad emitters within the 30 days")
    assert not reply.found, reply.answer


def test_a_request_nobody_made_answers_the_question(store):
    reply = answer(store, "did the school have to give the science prize back")
    assert reply.found
    assert "nobody has asked" in reply.answer


def test_a_step_the_story_reports_is_answered(store):
    reply = answer(store, "did esa switch off the old kourou station antenna")
    assert reply.found
    assert "switched off" in reply.answer


NOMINATION = (
    "station-nominated-peace-prize",
    "Norwegian lawmaker nominates station partnership for Nobel Peace Prize",
    "2026-09-20T12:00:00Z",
    True,
    [
        "A Norwegian lawmaker has nominated the International Space Station partnership for "
        "the Nobel Peace Prize, and the idea has gathered friendly headlines since.",
        "The Norwegian Nobel Committee will announce this year's laureate on Oct. 9.",
    ],
    [],
)
AWARD = (
    "telescope-team-wins-science-prize",
    "Telescope team wins the Kavli science prize",
    "2026-06-02T12:00:00Z",
    True,
    [
        "The academy awarded the Kavli science prize to the team that built the orbiting "
        "infrared telescope, and the team won a gold medal as well.",
    ],
    [],
)


@pytest.fixture
def prize_store(make_store) -> Store:
    return make_store([*ARTICLES, NOMINATION, AWARD])


def test_a_result_still_to_be_announced_is_not_reported(prize_store):
    reply = answer(prize_store, "so did the space station partnership win the nobel peace prize")
    assert not reply.found, reply.answer


def test_a_result_the_story_reports_is_answered(prize_store):
    reply = answer(prize_store, "did the telescope team win the kavli science prize")
    assert reply.found
    assert "awarded" in reply.answer


CONGRESS = (
    "cosmonaut-skips-medicine-congress",
    "Cosmonaut will not present bone study at Toulouse congress",
    "2026-10-05T12:00:00Z",
    True,
    [
        "A Russian cosmonaut, Pavel Orlov, will not attend the space medicine congress that "
        "opens in Toulouse on Monday.",
        "The organisers had invited Orlov, a military doctor by training, to present the "
        "results of a bone loss study carried out during his mission.",
    ],
    [],
)


def test_results_someone_was_only_invited_to_present_are_not_reported(make_store):
    store = make_store([*ARTICLES, CONGRESS])
    reply = answer(store, "what did orlov's bone loss study actually find")
    assert not reply.found, reply.answer


COURT = (
    "court-upholds-freezer-seizure",
    "Paris court upholds seizure of lab freezer bound for the station",
    "2026-09-14T12:00:00Z",
    True,
    [
        "A Paris court on Monday rejected a Montpellier laboratory's challenge to the seizure "
        "of a freezer bound for the Russian segment of the station, ruling that customs "
        "officers were right to hold it.",
        "The laboratory's director said his team was considering an appeal. It has two "
        "months to appeal.",
    ],
    [],
)


def test_a_noun_in_ing_is_not_the_outcome_asked_about(make_store):
    """ "the freezer ruling" is reported ("ruling that …"); the appeal asked about is not."""
    store = make_store([*ARTICLES, COURT])
    reply = answer(store, "did the montpellier lab end up appealing the freezer ruling")
    assert not reply.found, reply.answer
