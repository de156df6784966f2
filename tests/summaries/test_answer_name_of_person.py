""" "What's the name of Lebedev's backup cosmonaut" asks for a person: a lead that names
only Lebedev, his agency and his spacecraft does not answer it; one naming the backup
does."""

from __future__ import annotations

import pytest

from summaries.answers import answer
from summaries.store import Store
from tests.summaries.answer_stories import ARTICLES

UNNAMED = (
    "cosmonaut-visa-delay-backup",
    "Cosmonaut Anton Lebedev waits for a U.S. visa before Crew Dragon training",
    "2025-04-10T12:00:00Z",
    True,
    [
        "Anton Lebedev, the cosmonaut Roscosmos named in March for a Crew Dragon flight, has "
        "not received a U.S. visa for his training in Houston, Roscosmos said on Thursday.",
        "A second cosmonaut, his backup, received a visa from the U.S. Embassy in Moscow "
        "without difficulty and flew to Houston for SpaceX training.",
    ],
    [],
)
NAMED = (
    "astronaut-backup-named",
    "ESA names Marta Ruiz to the autumn Crew Dragon flight",
    "2025-05-10T12:00:00Z",
    True,
    [
        "The European Space Agency named Marta Ruiz to the autumn Crew Dragon flight on "
        "Tuesday, with Jonas Berg as her backup astronaut.",
    ],
    [],
)


@pytest.fixture
def store(make_store) -> Store:
    return make_store([*ARTICLES, UNNAMED, NAMED])


def test_the_name_of_a_person_no_story_names_is_declined(store):
    reply = answer(store, "whats the name of lebedev's backup cosmonaut")
    assert not reply.found, reply.answer


def test_the_name_of_a_person_the_story_gives_is_answered(store):
    reply = answer(store, "whats the name of marta ruiz's backup astronaut")
    assert reply.found
    assert "Jonas Berg" in reply.answer
