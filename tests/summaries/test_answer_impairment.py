"""An accountant's "impairment" is not an astronaut's vision impairment: the write-down
group must not pull a story about a written-down module into a question about eyesight."""

from __future__ import annotations

import pytest

from summaries.answers import answer
from tests.summaries.answer_stories import ARTICLES

WRITEDOWN = (
    "module-writedown",
    "Contractor takes writedown on station module",
    "2026-05-04T12:00:00Z",
    True,
    [
        "A European contractor took a 40 million euro writedown on a station module after "
        "the partners delayed its launch to the International Space Station.",
        "The write-down covers tooling that will not be needed before 2029, the contractor said.",
    ],
    [],
)


@pytest.fixture
def store(make_store):
    return make_store([*ARTICLES, WRITEDOWN])


def test_a_question_about_vision_impairment_is_not_answered_by_a_writedown(store):
    reply = answer(store, "how bad is the astronauts' vision impairment on the station module")
    assert not reply.found, reply.answer
