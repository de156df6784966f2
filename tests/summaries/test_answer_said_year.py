""" "What did NASA say back in 2019 about that earlier false alarm?" is not answered by what
NASA said about this year's alarm in a 2025 story that only recalls the 2019 one: a year
that anchors when something was said must be the story's, or be in the answering words."""

from __future__ import annotations

import pytest

from summaries.answers import answer
from summaries.store import Store
from tests.summaries.answer_stories import ARTICLES

ALARM = (
    "false-smoke-alarm-crew-shelters",
    "Crew shelters in Soyuz after false smoke alarm",
    "2025-10-14T08:00:00Z",
    True,
    [
        "The crew of the International Space Station spent an hour inside their Soyuz "
        "capsule on Monday after a smoke detector in the Japanese module went off, NASA "
        "said.",
        "\u201cThe crew was never in any danger and the air stayed clean,\u201d NASA said "
        "in a statement.",
        "A similar false smoke alarm in 2019 sent an earlier crew into the Russian segment "
        "for most of a day.",
    ],
    [("NASA", "The crew was never in any danger and the air stayed clean,")],
)


@pytest.fixture
def store(make_store) -> Store:
    return make_store([*ARTICLES, ALARM])


def test_words_said_years_after_the_year_asked_about_are_not_given(store):
    reply = answer(store, "back in 2019, what did nasa say about the false smoke alarm that time")
    assert not reply.found, reply.answer


def test_what_was_said_this_time_still_answers(store):
    reply = answer(store, "what did nasa say about the false smoke alarm")
    assert reply.found
    assert "never in any danger" in reply.answer
