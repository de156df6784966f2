""" "Who's the astronaut that posted the clip" asks for whoever did the posting: the
sentence saying it was posted by someone, named, opens the answer, not the one naming
the minister who complained about it."""

from __future__ import annotations

from summaries.answers import answer
from tests.summaries.answer_stories import ARTICLES

CLIP = (
    "austria-protests-station-border-clip",
    "Austria protests a border clip posted from the station",
    "2026-08-12T12:00:00Z",
    True,
    [
        "VIENNA — Foreign Minister Lena Vogt protested on Tuesday against a clip posted "
        "from the International Space Station by a German astronaut that showed the "
        "Alps with the border drawn in the wrong place.",
        "The ministry said the map overlay had been taken from an outdated atlas.",
        "The clip, posted on Sunday night by flight engineer Jonas Brenner, has since been "
        "viewed more than two million times.",
        "ESA said it would review how overlays are checked before release.",
    ],
    [],
)


def test_the_one_who_posted_opens_the_answer(make_store) -> None:
    store = make_store([*ARTICLES, CLIP])
    reply = answer(store, "who's the german astronaut that posted the alps border clip")
    assert reply.found
    assert "Brenner" in reply.answer.split(". ")[0], reply.answer
