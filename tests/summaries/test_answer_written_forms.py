"""Words a member types for a name the stories write another way: initials ("the dfa",
"jsc") and a name without its number ("canadarm" for Canadarm2)."""

from __future__ import annotations

import pytest

from summaries.aliases import load_aliases
from summaries.answers import answer
from summaries.store import Store
from summaries.written_forms import expand
from tests.summaries.answer_stories import ARTICLES

MANILA = (
    "manila-dfa-cubesat",
    "Manila rejects Beijing protest over cubesat launched from the station",
    "2026-09-10T12:00:00Z",
    True,
    [
        "MANILA — The Department of Foreign Affairs on Thursday rejected a protest from the "
        "Chinese Embassy over a Philippine cubesat released from the International Space "
        "Station, saying the satellite watches only the country's own waters.",
        "The embassy had called the cubesat a provocation in a note verbale last week.",
    ],
    [],
)
TOKYO = (
    "tokyo-protest-cubesat",
    "Tokyo protests over cubesat photos of disputed islands",
    "2026-09-12T12:00:00Z",
    True,
    [
        "TOKYO — Japan's Ministry of Foreign Affairs lodged a protest with Beijing on Friday "
        "over photos of disputed islands taken by a Chinese cubesat.",
        "The ministry said the images had been released to stir nationalist feeling.",
    ],
    [],
)


@pytest.fixture
def store(make_store) -> Store:
    return make_store([*ARTICLES, MANILA, TOKYO])


@pytest.mark.parametrize(
    "question",
    ["what's the dfa position on the cubesat protest", "how did the dfa answer the embassy"],
)
def test_initials_find_the_story_that_spells_the_name_out(store, question):
    """Without the name spelled out, "dfa" is a name no story carries: declined."""
    reply = answer(store, question)
    assert reply.found, reply.answer
    assert reply.citations[0].title.startswith("Manila rejects"), reply.citations
    assert "Department of Foreign Affairs" in reply.answer, reply.answer


def test_two_names_with_the_same_initials_leave_the_word_alone():
    topic = tuple(load_aliases().concepts("mfa protest"))
    texts = ["Japan's Ministry of Foreign Affairs protested.", "The Museum of Fine Arts closed."]
    assert expand(topic, [0.0, 3.0], texts) == {}
    assert 0 in expand(topic, [0.0, 3.0], texts[:1])


def test_a_common_word_is_not_read_as_initials():
    topic = tuple(load_aliases().concepts("vs"))
    assert expand(topic, [0.0], ["The Vision Science lab opened."]) == {}


def test_a_name_typed_without_its_number_is_the_numbered_name():
    topic = tuple(load_aliases().concepts("canadarm repair"))
    found = expand(topic, [0.0, 3.0], ["Canadarm2, the robotic arm, was repaired."])
    assert [p[1] for p in found[0].phrases][-1] == "Canadarm2"
    assert found[0].named
