""" "How much is Oman paying for the seat": a story that names the deal in one sentence
and gives "the price" in the next answers it; a sum of another thing ("the package was
worth …") does not."""

from __future__ import annotations

import pytest

from summaries.answers import answer
from tests.summaries.answer_stories import ARTICLES


def _seat(sum_sentence: str) -> tuple:
    return (
        "oman-soyuz-seat",
        "Oman books a Soyuz seat despite US warnings",
        "2026-09-14T12:00:00Z",
        True,
        [
            "MUSCAT — Oman has signed a contract with Roscosmos to fly an Omani astronaut "
            "to the International Space Station in a Soyuz seat in 2028, despite warnings from "
            "Washington about sanctions.",
            f"{sum_sentence} The astronaut has not yet been chosen.",
        ],
        [],
    )


PRICE = _seat(
    "Officials would not disclose the price, which Gulf media have put at about $58 million."
)
PACKAGE = _seat("Officials said the wider trade package was worth more than $4 billion.")
QUESTION = "how much is oman paying roscosmos for the soyuz seat"


def test_the_price_referred_back_to_answers(make_store):
    reply = answer(make_store([*ARTICLES, PRICE]), QUESTION)
    assert reply.found, reply.answer
    assert "$58 million" in reply.answer


@pytest.mark.parametrize("story", [PACKAGE], ids=["another thing's sum"])
def test_another_things_sum_does_not(make_store, story):
    reply = answer(make_store([*ARTICLES, story]), QUESTION)
    assert not reply.found, reply.answer
