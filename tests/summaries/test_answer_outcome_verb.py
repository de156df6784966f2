"""Whether something finally happened is asked of the verb after "finally" / "ever" /
"actually": a noun in -ing in the subject ("the swedish cooling pump") is not the step
asked, and a story that only has that noun does not say the step happened."""

from __future__ import annotations

import pytest

from summaries.answers import answer
from summaries.store import Store
from tests.summaries.answer_stories import ARTICLES

PUMP = (
    "swedish-cooling-pump-stranded",
    "Swedish cooling pump stranded in the Russian segment",
    "2026-08-12T12:00:00Z",
    True,
    [
        "A Swedish cooling pump built for a materials experiment has been stranded in the "
        "Russian segment of the International Space Station since Moscow froze joint work "
        "with Stockholm in March.",
        "The Swedish National Space Agency wants the cooling pump shipped back to Earth on a "
        "Soyuz capsule so engineers in Kiruna can inspect it.",
        "A spare pump arrived in Houston on Friday for the next Dragon cargo flight.",
    ],
    [],
)


@pytest.fixture
def store(make_store) -> Store:
    return make_store([*ARTICLES, PUMP])


def test_a_noun_in_ing_is_not_the_step_asked(store):
    reply = answer(store, "did the swedish cooling pump finally make it back down on a soyuz")
    assert not reply.found, reply.answer


def test_the_step_the_story_reports_is_answered(store):
    reply = answer(store, "did the spare swedish pump ever arrive in houston")
    assert reply.found and "arrived in Houston" in reply.answer, reply.answer
