""" "Which did Algeria end up choosing, Soyuz or the Dragon seat" asks how a choice ended: a
story written while both offers were on the table does not answer it, one reporting the
choice does."""

from __future__ import annotations

from summaries.answers import answer
from tests.summaries.answer_stories import ARTICLES


def _algeria(news: str) -> tuple:
    return (
        "algeria-astronaut-two-offers",
        "Algeria weighs a Soyuz seat against a Crew Dragon place for its first astronaut",
        "2026-10-01T12:00:00Z",
        True,
        [
            "ALGIERS — Algeria's space agency has two offers in hand for its first astronaut: "
            "a Soyuz seat from Russia and a place on a Crew Dragon flight to the International "
            "Space Station arranged through NASA.",
            news,
        ],
        [],
    )


PENDING = _algeria("The cabinet will decide between the Soyuz and the Dragon seat by December.")
CHOSEN = _algeria("On Tuesday the cabinet opted for the Crew Dragon seat, officials said.")
QUESTION = "so what did algeria's cabinet pick in the end, soyuz or the dragon seat"


def test_a_choice_still_open_in_the_story_is_not_answered(make_store):
    reply = answer(make_store([*ARTICLES, PENDING]), QUESTION)
    assert not reply.found, reply.answer


def test_a_choice_the_story_reports_is_answered(make_store):
    reply = answer(make_store([*ARTICLES, CHOSEN]), QUESTION)
    assert reply.found, reply.answer
    assert "opted for the Crew Dragon seat" in reply.answer, reply.answer
