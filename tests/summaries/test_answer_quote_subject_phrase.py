""" "What did the White House say about NASA shrinking the US crew to one astronaut?" is not
answered by its words on another row: when the question's heaviest concept is a phrase
(the subject, "one astronaut") that the quote's story never has, the quote is not on it."""

from __future__ import annotations

import pytest

from summaries.answers import answer
from summaries.store import Store
from tests.summaries.answer_stories import ARTICLES

BRIEFING = (
    "white-house-briefing-joint-crews",
    "White House says joint crews show NASA cooperation still works",
    "2025-05-20T15:00:00Z",
    True,
    [
        "The White House on Tuesday pointed to the mixed crews aboard the International "
        "Space Station as proof that NASA's cooperation with Moscow still works.",
        "\u201cAstronauts and cosmonauts keep flying together, and that is an example "
        "others could follow,\u201d the White House said in a statement.",
        "The current crew includes four NASA astronauts and three cosmonauts.",
    ],
    [
        (
            "White House",
            "Astronauts and cosmonauts keep flying together, and that is an example "
            "others could follow,",
        )
    ],
)
# the subject is in the store, in a story where the White House says nothing
TEST_FLIGHT = (
    "capsule-test-flight-one-astronaut",
    "Capsule test flight to carry one astronaut",
    "2025-06-02T09:00:00Z",
    True,
    [
        "The next test flight of the new capsule will carry only one astronaut to the "
        "International Space Station, its operator said on Monday.",
        "Engineers want a lighter load for the first crewed docking.",
    ],
    [],
)


@pytest.fixture
def store(make_store) -> Store:
    return make_store([*ARTICLES, BRIEFING, TEST_FLIGHT])


def test_a_quote_from_a_story_lacking_the_subject_phrase_is_not_given(store):
    reply = answer(
        store, "what did the white house say about the us crew going down to one astronaut"
    )
    assert "keep flying together" not in reply.answer, reply.answer


def test_the_quote_still_answers_its_own_subject(store):
    reply = answer(store, "what did the white house say about the joint crews")
    assert reply.found
    assert "keep flying together" in reply.answer
