""" "Who are the two …" asks for two people by name: a sentence saying two will go, and
naming only the minister who said so, does not answer it."""

from __future__ import annotations

import pytest

from summaries.answers import answer
from summaries.store import Store
from tests.summaries.answer_stories import ARTICLES

TRAINEES = (
    "nigeria-star-city-trainees",
    "Nigeria to send two trainees to Star City under Roscosmos deal",
    "2026-09-02T12:00:00Z",
    True,
    [
        "Nigeria's science minister, Dr. Ifeoma Nwachukwu-Bello, told journalists in Abuja "
        "on Wednesday that two Nigerians would begin cosmonaut training at Star City next "
        "year under an agreement signed with Roscosmos.",
        "The candidates will be chosen from the air force and the national space agency.",
    ],
    [],
)
WALKERS = (
    "radiator-spacewalk-pair",
    "Two cosmonauts move a radiator to Nauka on a long spacewalk",
    "2025-11-20T12:00:00Z",
    True,
    [
        "Cosmonauts Oleg Lazutkin and Ivan Rumyantsev spent seven hours outside the "
        "station on Thursday moving a radiator to the Nauka module on the spacewalk.",
    ],
    [],
)

CREW = (
    "lebedev-dragon-crew",
    "Roscosmos names cosmonaut for Crew Dragon rotation",
    "2025-03-06T12:00:00Z",
    True,
    [
        "Roscosmos on Thursday named cosmonaut Anton Lebedev for a Crew Dragon rotation "
        "flight to the International Space Station planned for the autumn.",
        "He will join NASA astronauts Laura Dunn and Reid Okafor and a Japanese astronaut "
        "yet to be named. Former NASA astronaut Carl Brennan called the swap a good sign.",
    ],
    [],
)

IRAN = (
    "iran-cosmonaut-memorandum",
    "Roscosmos and Iran sign memorandum on training an Iranian cosmonaut",
    "2025-12-10T12:00:00Z",
    True,
    [
        "The State Corporation Roscosmos and the Iranian Space Agency have signed a "
        "memorandum on the selection and training of an Iranian cosmonaut for a short "
        "flight to the station, Gennady Lebedinsky of Roscosmos told journalists. Two "
        "Iranian candidates will go to Star City for cosmonaut training next spring.",
    ],
    [],
)


@pytest.fixture
def store(make_store) -> Store:
    return make_store([*ARTICLES, TRAINEES, WALKERS, CREW, IRAN])


def test_two_people_asked_for_and_one_named_is_declined(store):
    reply = answer(store, "who are the two nigerians going to train at star city")
    assert not reply.found, reply.answer


def test_an_agency_left_of_the_asked_word_is_not_a_person(store):
    question = "who are the two iranian candidates going to star city for cosmonaut training"
    reply = answer(store, question)
    assert not reply.found, reply.answer


def test_two_people_named_still_answer(store):
    reply = answer(store, "who were the two cosmonauts on the radiator spacewalk")
    assert reply.found
    assert "Lazutkin" in reply.answer and "Rumyantsev" in reply.answer


def test_one_the_lead_says_is_not_named_yet_is_declined(store):
    reply = answer(store, "which japanese astronaut is flying with lebedev, dunn and okafor")
    assert not reply.found, reply.answer


def test_the_named_crew_still_answer(store):
    reply = answer(store, "which cosmonaut did roscosmos name for the crew dragon rotation")
    assert reply.found
    assert "Lebedev" in reply.answer


@pytest.mark.parametrize(
    "question",
    [
        "names of the two iranian candidates going to star city",
        "names of the two nigerians starting cosmonaut training",
    ],
)
def test_names_of_two_asked_for_and_none_named_is_declined(store, question):
    reply = answer(store, question)
    assert not reply.found, reply.answer


def test_names_of_two_named_still_answer(store):
    reply = answer(store, "names of the two cosmonauts on the radiator spacewalk")
    assert reply.found
    assert "Lazutkin" in reply.answer and "Rumyantsev" in reply.answer
