""" "How many satellites did the students build" is not answered by "spent three years
building satellites": a number right before a span of time ("three years", "six
months") or a tally ("two times") counts that, not a noun further on."""

from __future__ import annotations

import pytest

from summaries.answers import answer
from tests.summaries.answer_stories import ARTICLES


def _story(count_sentence: str) -> tuple:
    return (
        "lagos-students-cubesats-station",
        "Lagos students send cubesats to the space station",
        "2026-06-10T12:00:00Z",
        True,
        [
            "LAGOS — A team of engineering students at the University of Lagos will see its "
            "cubesats released from the International Space Station next month.",
            count_sentence,
        ],
        [],
    )


COUNT = _story("The team built four cubesats in a borrowed laboratory.")
QUESTION = "how many cubesats did the lagos students build"


@pytest.mark.parametrize(
    ("sentence"),
    [
        "The team spent three years building cubesats in a borrowed laboratory.",
        "The team spent six months testing cubesats in a borrowed laboratory.",
    ],
)
def test_a_span_of_time_is_no_count_of_the_thing(make_store, sentence):
    reply = answer(make_store([*ARTICLES, _story(sentence)]), QUESTION)
    assert not reply.found, reply.answer


def test_a_count_of_the_thing_is_answered(make_store):
    reply = answer(make_store([*ARTICLES, COUNT]), QUESTION)
    assert reply.found, reply.answer
    assert "four cubesats" in reply.answer, reply.answer
