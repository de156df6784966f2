"""summaries.answers: "what did the head of mexico's space agency say": the head of the
Turkish Space Agency, quoted on the same offer, is not the one asked about. His quote
was picked by the description's other words ("head", "space agency") and then declined
for lacking Mexico, so the Mexican official's quote was never reached."""

from __future__ import annotations

import pytest

from summaries.answers import answer
from tests.summaries.answer_stories import ARTICLES, story_id

TURKEY = (
    "turkey-soyuz-seat-offer",
    "Turkey weighs Russian offer of a Soyuz seat",
    "2026-10-02T09:00:00Z",
    True,
    [
        "ANKARA — Russia has offered Turkey a seat on a Soyuz flight to the International "
        "Space Station, officials said on Thursday.",
        "Serkan Akbulut, the head of the Turkish Space Agency, said the Russian seat offer "
        'was tempting. "The Russian seat offer is attractive, but price is not the only '
        'thing we are buying," Akbulut said.',
    ],
    [],
)
MEXICO = (
    "mexico-soyuz-seat-offer",
    "Mexico studies Moscow's offer to fly its astronaut on a Soyuz",
    "2026-10-20T09:00:00Z",
    True,
    [
        "MEXICO CITY — Russia has offered Mexico a seat on a Soyuz capsule to the "
        "International Space Station, the government confirmed on Tuesday.",
        "Lucia Ortega, the head of the Mexican Space Agency, told reporters the "
        'agency was in no hurry. "We are listening to everyone and signing nothing yet," '
        "Ortega said.",
    ],
    [],
)


@pytest.fixture
def store(make_store):
    return make_store([*ARTICLES, TURKEY, MEXICO])


def test_the_official_of_the_country_asked_about_is_quoted(store):
    reply = answer(
        store, "what did the head of mexico's space agency say about the russian seat offer"
    )
    assert reply.found
    assert [c.id for c in reply.citations] == [story_id(store, "mexico-soyuz-seat-offer")]
    assert "signing nothing yet" in reply.answer


def test_an_official_of_a_country_no_story_quotes_is_not_answered(store):
    reply = answer(
        store, "what did the head of brazil's space agency say about the russian seat offer"
    )
    assert not reply.found
