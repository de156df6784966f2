"""A sum asked for a thing ("how much was Roscosmos offering to rent the Green Point
antenna") is not a sum given in a sentence that shares only a place's name with the
question ("commit €150 million … a launch site at Green Point"): the engine says it has
nothing; a sentence giving the rent answers."""

from __future__ import annotations

from summaries.answers import NOTHING, answer
from tests.summaries.answer_stories import ARTICLES, story_id

REPORT = (
    "portugal-space-report",
    "Portuguese MPs urge more space money, reveal Roscosmos request",
    "2026-11-03T09:00:00Z",
    True,
    [
        "A parliamentary committee has recommended that Portugal commit at least €150 "
        "million over five years to its space agency and build a small-rocket launch site "
        "at Green Point, in a report approved on Tuesday.",
        "According to the document, Roscosmos asked to rent time on the tracking antenna at "
        "Green Point to follow Soyuz capsules on their climb to the International Space "
        "Station, offering payment and joint research in return.",
    ],
    [],
)
RENT = (
    "chile-antenna-rent",
    "Roscosmos offers Chile rent for tracking antenna",
    "2026-10-03T09:00:00Z",
    True,
    [
        "Roscosmos has offered Chile $2 million a year to rent the tracking antenna at Cerro "
        "Blanco for Soyuz flights to the International Space Station, officials said.",
    ],
    [],
)


def test_sum_beside_the_place_only_is_not_the_rent(make_store):
    store = make_store([*ARTICLES, REPORT, RENT])
    reply = answer(
        store, "how much was roscosmos offering portugal to rent the green point antenna"
    )
    assert not reply.found
    assert reply.answer == NOTHING


def test_sum_for_the_rent_answers(make_store):
    store = make_store([*ARTICLES, REPORT, RENT])
    reply = answer(store, "how much is roscosmos offering chile to rent the cerro blanco antenna")
    assert reply.found
    assert reply.citations[0].id == story_id(store, "chile-antenna-rent")
    assert "$2 million a year" in reply.answer
