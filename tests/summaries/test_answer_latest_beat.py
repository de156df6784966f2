""" "latest on iss politics?" asks for the bot's whole beat: its newest ISS-geopolitical
stories, not the one story that happens to write "politics" (the member tester got a
two-week-old live blog over two newer stories)."""

from __future__ import annotations

import pytest

from summaries.answers import answer
from tests.summaries.answer_stories import ARTICLES

NEWEST = (
    "esa-chief-interview",
    "ESA chief: Europe will not leave its astronauts as bargaining chips",
    "2027-01-12T08:00:00Z",
    True,
    [
        "The head of the European Space Agency said Europe would stay on the International "
        "Space Station as long as the other partners did, whatever Moscow and Washington "
        "decide about sanctions.",
    ],
    [],
)
OLDER = (
    "landing-live-blog",
    "Soyuz landing: live updates",
    "2026-12-27T12:00:00Z",
    True,
    [
        "The landing was overshadowed by politics: a flag a cosmonaut showed from the "
        "International Space Station drew protests from Kyiv and Washington.",
    ],
    [],
)


@pytest.mark.parametrize(
    "question",
    ["latest on iss politics?", "any news on space station geopolitics", "latest iss news"],
)
def test_the_beat_asked_in_general_gives_the_newest_stories(make_store, question):
    store = make_store([*ARTICLES, OLDER, NEWEST])
    reply = answer(store, question)
    assert reply.found, reply.answer
    assert reply.citations[0].title.startswith("ESA chief"), reply.answer
    assert "Soyuz landing" in reply.answer  # the older one follows as "Earlier"
