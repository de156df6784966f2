""" "When did the cosmonauts pose with the banner" is answered by "posed on Tuesday with a
banner": in a news story a weekday dates the event as well as a written date does, so the
sentence is not outranked by another story's "In 2022, cosmonauts posed with flags"."""

from __future__ import annotations

from summaries.answers import answer
from tests.summaries.answer_stories import ARTICLES

BANNER = (
    "cosmonauts-pose-with-banner",
    "Cosmonauts' banner aboard the station draws protest",
    "2025-10-08T16:00:00Z",
    True,
    [
        "Two Russian cosmonauts aboard the International Space Station posed on Tuesday with "
        "a banner marking the anniversary of Moscow's claimed annexation of four regions.",
        "Ukraine's foreign ministry called the gesture propaganda.",
    ],
    [],
)
FLAGS = (
    "cosmonauts-flags-2022",
    "Cosmonauts' flags photo angers station partners",
    "2022-07-05T12:00:00Z",
    True,
    [
        "In 2022, cosmonauts posed aboard the station with the flags of separatist regions, "
        "and NASA rebuked Roscosmos for using the station for political purposes.",
    ],
    [],
)


def test_a_weekday_dates_the_event_asked_about(make_store):
    store = make_store([*ARTICLES, BANNER, FLAGS])
    reply = answer(store, "when did the cosmonauts pose with the banner?")
    assert reply.found, reply.answer
    assert reply.citations[0].url.endswith("cosmonauts-pose-with-banner"), reply.citations
    assert "on Tuesday" in reply.answer.split("\n")[0], reply.answer
