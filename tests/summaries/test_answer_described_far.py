"""Speakers members describe in their own words: a long title before the name,
"the no. 2" for a deputy, and a description naming another
country is not theirs."""

from __future__ import annotations

import pytest

from summaries import question as q_parse
from summaries.aliases import load_aliases
from summaries.answers import answer
from summaries.store import Store
from tests.summaries.answer_stories import ARTICLES

CARGO = (
    "brazil-algae-cargo",
    "Brazil moves algae experiment from Russian cargo ship to a US capsule",
    "2026-09-03T12:00:00Z",
    True,
    [
        "Brazil has taken its algae experiment off a Russian Progress cargo ship and will "
        "fly it to the International Space Station on a US capsule instead.",
        "The Russian Foreign Ministry's director for Latin American affairs, Pavel "
        'Andreyevich Sorokhin, said Moscow regretted the move. "Our Brazilian friends '
        'will find that American seats come with American strings," he told reporters.',
        "Chile, whose copper experiment was bumped from the same Progress flight, is "
        "still looking for another ride.",
        "Jean-Luc Ferrandier, first deputy director general of the European Space Agency, "
        'welcomed the decision. "Algae do not care which flag the capsule flies," he '
        "wrote on LinkedIn.",
    ],
    [],
)
LETTERS = (
    "letters-visas-dublin",
    "Letters: the station and the Russian visa row",
    "2026-10-11T12:00:00Z",
    True,
    [
        "Sir, — Refusing visas to Roscosmos engineers was a mistake.",
        'Sir, — The Research Minister, Niamh Corrigan, told the Dáil on Tuesday that "a '
        'laboratory in orbit is no loophole for sanctions". She is right.',
    ],
    [],
)


@pytest.fixture
def store(make_store) -> Store:
    return make_store([*ARTICLES, CARGO, LETTERS])


@pytest.mark.parametrize(
    ("question", "words"),
    [
        (
            "what did moscow's latin america man at the foreign ministry say about brazil's algae",
            "American strings",
        ),
        ("what did the esa no. 2 write about brazil's algae experiment", "which flag"),
    ],
)
def test_a_described_speaker_is_found(store, question, words):
    reply = answer(store, question)
    assert reply.found and words in reply.answer, reply.answer


def test_a_description_of_another_country_is_not_theirs(store):
    reply = answer(store, "what did the chilean foreign ministry say about brazil's algae")
    assert "American strings" not in reply.answer, reply.answer


def test_a_number_two_reason_is_no_deputy():
    parsed = q_parse.parse(
        "what is the number two reason the soyuz launch slipped", load_aliases(), None
    )
    assert "deputy" not in [c.text for c in parsed.topic]
