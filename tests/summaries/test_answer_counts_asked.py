"""A count the member asks about ("down to one cosmonaut") finds the story that says it,
not another story on the same agency and crew."""

from __future__ import annotations

from summaries.answers import answer
from tests.summaries.answer_stories import ARTICLES, story_id

ONE = (
    "roscosmos-one-cosmonaut",
    "Roscosmos cuts Russian crew on the station",
    "2026-09-01T09:00:00Z",
    True,
    [
        "Roscosmos will keep only one cosmonaut on the International Space Station from next "
        "spring because the export of components for Soyuz ships has become too hard.",
        "The agency said the change would be reviewed next year.",
    ],
    [],
)
VIDEO = (
    "cosmonaut-video-complaint",
    "Roscosmos cosmonaut's video on the ISS draws NASA complaint",
    "2026-09-20T09:00:00Z",
    True,
    [
        "NASA lodged a complaint with Roscosmos because a cosmonaut on the International "
        "Space Station recorded a video thanking Russian troops.",
        "Roscosmos said the cosmonaut had spoken for himself because cosmonauts may say what "
        "they think, and that the ISS crew would carry on working normally.",
    ],
    [],
)


def test_one_counted_in_the_question_picks_the_story_that_counts_it(make_store):
    store = make_store([*ARTICLES, ONE, VIDEO])
    reply = answer(store, "why is roscosmos going down to one cosmonaut on the iss")
    assert reply.found
    assert reply.citations[0].id == story_id(store, "roscosmos-one-cosmonaut")
    assert "only one cosmonaut" in reply.answer
