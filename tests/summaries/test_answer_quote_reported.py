"""The speaker's best quote may be on something else, in another story, while a story
reports in its own words what they said on the topic asked: "did NASA say the crew's
health depended on the freighter" is answered by "NASA said the crew's health did not
depend on …", not declined because NASA's quote is off the topic."""

from __future__ import annotations

import pytest

from summaries.answers import answer
from summaries.store import Store
from tests.summaries.answer_stories import ARTICLES

DELAY = (
    "cargo-delay-fresh-food",
    "Russian cargo delay leaves station crew rationing fresh food",
    "2026-04-15T12:00:00Z",
    True,
    [
        "A two-month delay to the next Russian cargo ship has left the crew of the "
        "International Space Station rationing fresh fruit and coffee.",
        "NASA said the crew's health did not depend on the delayed freighter, since the "
        "station holds food reserves that last until August.",
    ],
    [],
)
PRAISE = (
    "japanese-lab-team-praised",
    "Japanese lab team praised as station experiments resume",
    "2026-04-20T12:00:00Z",
    True,
    [
        "A Japanese team's muscle experiment began work on the station this week, after "
        "its hardware rode up on a freighter that was delayed by a month.",
        'A NASA spokesperson praised the team: "Their hardware worked first time, which '
        'is rare," she said.',
    ],
    [("NASA", "Their hardware worked first time, which is rare")],
)


@pytest.fixture
def store(make_store) -> Store:
    return make_store([*ARTICLES, DELAY, PRAISE])


def test_what_the_story_reports_they_said_answers(store):
    reply = answer(
        store, "did nasa say the crew's health and fresh food depended on that delayed freighter"
    )
    assert reply.found and "food reserves" in reply.answer, reply.answer
