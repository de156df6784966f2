"""A "latest on X" that asks a second question ("… who grabbed it with the arm") is
answered with the newest story on X and the sentence that answers the second question,
not the one saying what happens next."""

from __future__ import annotations

from summaries.answers import answer
from tests.summaries.answer_stories import ARTICLES

FREIGHTER = (
    "htv-x-berthed",
    "Japan's HTV-X cargo ship berthed at station after arm capture",
    "2026-09-05T09:00:00Z",
    True,
    [
        "Japan's HTV-X cargo ship was captured by the International Space Station's robotic "
        "arm on Friday and berthed to the Harmony module, the Japan Aerospace Exploration "
        "Agency said.",
        "The agency said it planned to fly an HTV-X cargo ship once a year and would keep "
        "this one attached until March 2027.",
        "NASA astronaut Marcus Lindell operated the arm from the cupola, with a crewmate "
        "backing him up.",
        "A statement from the builder, a Japanese engineering company, called the capture "
        "proof that the supply line to the station is working.",
    ],
    [],
)


def test_a_second_question_picks_the_detail_of_the_latest_story(make_store):
    store = make_store([*ARTICLES, FREIGHTER])
    reply = answer(
        store, "whats the latest with japan's htv-x cargo ship? who grabbed it with the arm"
    )
    assert reply.found
    assert "Marcus Lindell" in reply.answer


OFFER = (
    "chile-weighs-soyuz-offer",
    "Chile weighs Russian offer of a Soyuz seat as Washington voices concern",
    "2026-07-09T09:00:00Z",
    True,
    [
        "Chile is studying an offer from Roscosmos to fly a Chilean astronaut to the "
        "International Space Station on a Soyuz in 2027, officials said this week, a proposal "
        "that has drawn a pointed response from the United States.",
        "The offer was made during a visit to Moscow by a Chilean space agency delegation.",
        "Chile's first astronaut flew to the station on a private American mission in 2024.",
        "The science minister said Santiago had made no decision on the Soyuz offer.",
        "The U.S. embassy said it had raised the matter with the government.",
    ],
    [],
)


def test_the_latest_says_where_things_stand_not_the_background(make_store):
    """ "Any update on …": the sentence saying no decision has been made, not one dated in
    the story's background ("first flew … in 2024", in a 2026 story)."""
    store = make_store([*ARTICLES, OFFER])
    reply = answer(store, "any update on chile maybe flying someone to the iss on a soyuz?")
    assert reply.found
    assert "no decision" in reply.answer
