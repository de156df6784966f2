""" "Did ESA comment on the Japanese astronaut's okinawa photo?" is not answered by an ESA
quote from another row that lacks Okinawa: a word typed in lower case that the stories
only write capitalised is a name, and a quote's story must carry the names asked about."""

from __future__ import annotations

import pytest

from summaries.answers import answer
from summaries.store import Store
from tests.summaries.answer_stories import ARTICLES

PAYLOAD = (
    "esa-backs-japan-payload-row",
    "ESA sides with Tokyo in a dispute over a Japanese astronaut's payload",
    "2025-03-04T09:00:00Z",
    True,
    [
        "The European Space Agency on Tuesday backed Japan in a dispute over which "
        "experiments a Japanese astronaut may run aboard the International Space Station.",
        "\u201cWe are ready to give every necessary support to our Japanese partners and "
        "their astronaut,\u201d ESA said in a statement.",
        "The payload, a small crystal furnace, had been questioned by another partner.",
    ],
    [
        (
            "ESA",
            "We are ready to give every necessary support to our Japanese partners and "
            "their astronaut,",
        )
    ],
)
PHOTO = (
    "japanese-astronaut-okinawa-photo",
    "Japanese astronaut's photo of Okinawa draws protest",
    "2026-08-11T09:00:00Z",
    True,
    [
        "A photo of Okinawa posted from the International Space Station by a Japanese "
        "astronaut drew a formal protest from Beijing on Monday, which objected to its "
        "caption.",
        "The astronaut's agency said the caption had been written by a volunteer and was "
        "being reviewed.",
    ],
    [],
)


@pytest.fixture
def store(make_store) -> Store:
    return make_store([*ARTICLES, PAYLOAD, PHOTO])


def test_a_quote_from_a_story_lacking_the_place_typed_in_lower_case_is_not_given(store):
    reply = answer(store, "has esa said anything about the japanese astronaut's okinawa photo")
    assert "necessary support" not in reply.answer, reply.answer


def test_the_quote_still_answers_its_own_row(store):
    reply = answer(store, "what did esa say about the japanese astronaut's payload")
    assert reply.found
    assert "necessary support" in reply.answer
