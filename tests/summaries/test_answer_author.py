"""Who wrote an opinion piece: the author line it ends with."""

from __future__ import annotations

import pytest

from summaries.answers import answer
from summaries.store import Store
from tests.summaries.answer_stories import ARTICLES

OPINION = (
    "opinion-last-crew-command",
    "Opinion: the last crew on the station should not be commanded from Moscow",
    "2026-10-02T12:00:00Z",
    True,
    [
        "When the International Space Station makes its final burn, someone will be in "
        "command. Roscosmos has suggested that the last expedition should be led by a "
        "cosmonaut, because Russia launched the first module.",
        "That would be a mistake while Russian missiles fall on Ukrainian cities.",
        "Katarzyna Zielińska teaches space law at the University of Gdańsk.",
    ],
    [],
)


@pytest.fixture
def store(make_store) -> Store:
    return make_store([*ARTICLES, OPINION])


def test_who_wrote_the_op_ed_is_its_author_line(store):
    reply = answer(store, "who wrote that op-ed arguing russia shouldnt command the last crew")
    assert reply.found, reply.answer
    assert reply.answer.startswith("Katarzyna Zielińska teaches space law"), reply.answer


def test_a_question_not_about_the_writer_keeps_the_story_sentence(store):
    reply = answer(store, "who should command the last crew on the station, per the op-ed")
    assert "Zielińska teaches" not in reply.answer.split("…")[0], reply.answer
