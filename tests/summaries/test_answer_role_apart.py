""" "What would the NASA administrator have to certify" is answered by a story saying
"would bar NASA from extending the deal unless the administrator certifies …": the role's
words apart in one sentence are the role, not a name the story lacks. And a story that
speaks of "the Russian Foreign Ministry's spokeswoman" without ever naming her cannot
say who she was."""

from __future__ import annotations

import pytest

from summaries.answers import answer
from summaries.store import Store
from tests.summaries.answer_stories import ARTICLES

RIDER = (
    "house-rider-seat-swap-certification",
    "House rider would tie the seat swap to a certification",
    "2026-06-12T12:00:00Z",
    True,
    [
        "A rider in the House spending bill from an Alabama Republican would bar NASA from "
        "extending its seat swap with Roscosmos unless the administrator certifies that "
        "Russia is not using its segment for any military purpose.",
        "Democratic aides called the rider a poison pill for the seat swap.",
    ],
    [],
)
DOSIMETER = (
    "poland-rejects-moscow-dosimeter-claim",
    "Poland rejects Moscow's claim that its station dosimeter is military",
    "2026-07-02T12:00:00Z",
    True,
    [
        "Poland's foreign ministry on Thursday rejected Russia's accusation that a "
        "dosimeter flown by Polish astronaut Lukasz Wroblewski is militarising orbit.",
        "On Wednesday, the Russian Foreign Ministry\u2019s spokeswoman accused Poland of "
        "militarising orbit at her weekly briefing in Moscow.",
        "\u201cThis is absurd,\u201d said the Polish ministry\u2019s spokesman Kamil Zaremba.",
    ],
    [],
)


@pytest.fixture
def store(make_store) -> Store:
    return make_store([*ARTICLES, RIDER, DOSIMETER])


def test_a_role_whose_words_stand_apart_in_a_sentence_is_found(store):
    reply = answer(
        store, "under the seat swap rider, what would the nasa administrator have to certify"
    )
    assert reply.found, reply.answer
    assert "certifies" in reply.answer


def test_an_office_holder_the_story_never_names_is_declined(store):
    question = (
        "who was the russian foreign ministry spokeswoman that accused poland of militarising orbit"
    )
    reply = answer(store, question)
    assert not reply.found, reply.answer
