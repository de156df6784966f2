"""A story saying the thing asked about will only start next month ("will be deployed
from the station next month") cannot say whether it has done anything yet: "has the
cubesat sent down any storm images yet" is declined, not answered with its plans."""

from __future__ import annotations

import pytest

from summaries.answers import answer
from summaries.store import Store
from tests.summaries.answer_stories import ARTICLES

CUBESAT = (
    "nairobi-weather-cubesat-deploy",
    "Kenyan weather cubesat to leave the station",
    "2026-05-04T12:00:00Z",
    True,
    [
        "A Kenyan-built weather cubesat will be deployed from the International Space "
        "Station next month to photograph storm systems over Lake Victoria.",
        "The satellite, called Mvua-1, was built by students at the University of Nairobi "
        "and sent up to the station on a cargo flight in March. An earlier Kenyan cubesat "
        "came down over the Indian Ocean in 2024.",
    ],
    [],
)


@pytest.fixture
def store(make_store) -> Store:
    return make_store([*ARTICLES, CUBESAT])


def test_what_starts_next_month_has_no_result_yet(store):
    reply = answer(store, "has the kenyan cubesat sent down any storm pictures yet")
    assert not reply.found, reply.answer


def test_the_plan_itself_is_answered(store):
    reply = answer(store, "what is the kenyan cubesat going to photograph")
    assert reply.found and "storm systems" in reply.answer, reply.answer
