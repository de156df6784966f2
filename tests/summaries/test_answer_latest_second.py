"""A "latest on X" that asks a second question ("… who grabbed it with the arm") is
answered with the newest story on X and the sentence that answers the second question,
not the one saying what happens next."""

from __future__ import annotations

from summaries.answers import answer
from tests.summaries.answer_stories import ARTICLES, make_store

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


def test_a_second_question_picks_the_detail_of_the_latest_story(tmp_path):
    store = make_store(tmp_path / "latest.db", [*ARTICLES, FREIGHTER])
    try:
        reply = answer(
            store, "whats the latest with japan's htv-x cargo ship? who grabbed it with the arm"
        )
        assert reply.found
        assert "Marcus Lindell" in reply.answer
    finally:
        store.close()
