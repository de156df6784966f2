"""A speaker's words often open with a few of them quoted in the sentence that introduces
the speaker ("… told Izvestia that it would be "a deliberate provocation against the
Russian crew.""), and the full quote follows at once. The answer to "what did X say"
gives those words too, not the full quote alone: they are what the story leads with."""

from __future__ import annotations

from summaries.answers import answer
from tests.summaries.answer_stories import ARTICLES

INTRODUCED = (
    "warsaw-seat-request-minsk-reaction",
    "Poland asks for a second station seat; Minsk objects",
    "2026-11-24T09:00:00Z",
    True,
    [
        "WARSAW — Poland has asked its partners for a second seat to the International "
        "Space Station on a commercial mission, the head of the Polish Space Agency said "
        "on Monday.",
        "In Minsk, the reaction came within hours. Deputy Foreign Minister Pavel Karnovich "
        'told the newspaper Zvyazda that a second Polish flight would be "an open '
        'insult to the Belarusian cosmonaut corps."',
        '"The station is not a shop window for Warsaw. Those who agree to it will answer '
        'for the consequences," the deputy minister added.',
        "The Polish agency did not comment.",
    ],
    [
        ("Karnovich", "an open insult to the Belarusian cosmonaut corps."),
        (
            "Karnovich",
            "The station is not a shop window for Warsaw. Those who agree to it will "
            "answer for the consequences,",
        ),
    ],
)


def test_what_they_said_includes_the_words_of_their_introduction(make_store):
    store = make_store([*ARTICLES, INTRODUCED])
    reply = answer(
        store, "what did the belarusian deputy foreign minister say about a second polish flight"
    )
    assert reply.found, reply.answer
    assert "open insult" in reply.answer, reply.answer
