"""A member who asks for a title with a name ("president okafor") asks for that holder:
"…," the President said, in a story where Okafor held the office years before, is the
words of whoever holds it now, and the reply declines rather than give them as Okafor's."""

from __future__ import annotations

import pytest

from summaries.answers import answer
from summaries.store import Store
from tests.summaries.answer_stories import ARTICLES

CALL = (
    "president-calls-station-crew",
    "President speaks to station crew in first call from the capital",
    "2026-11-02T12:00:00Z",
    True,
    [
        "The President spoke by video link on Monday with the crew of the International "
        "Space Station, a call watched in schools across the country.",
        '"You show us that rivals can share a home and still keep it running," the '
        'President said. "Bring that lesson back down with you."',
        "The last presidential call to the station was in 2019, when President Okafor "
        "spoke with the crew of Expedition 60.",
        "Flight engineer Ada Nwosu thanked the President and said the crew felt closer to "
        "home than ever.",
    ],
    [],
)


@pytest.fixture
def store(make_store) -> Store:
    return make_store([*ARTICLES, CALL])


def test_the_title_holder_now_is_not_the_one_named(store):
    reply = answer(store, "what did president okafor tell the expedition 60 crew in 2019")
    assert "rivals can share a home" not in reply.answer, reply.answer


def test_the_title_holder_asked_without_a_name_is_quoted(store):
    reply = answer(store, "what did the president say to the station crew on the call")
    assert reply.found and "rivals can share a home" in reply.answer, reply.answer
