"""A "how did they get it done" is answered where the story tells how it ended: newsrooms
set out the problem first and narrate the way out later, marked by "then", "eventually",
"in the end" or "instead", in a sentence sharing few of the question's words."""

from __future__ import annotations

from summaries.answers import answer
from tests.summaries.answer_stories import ARTICLES

LICHEN = (
    "tartu-lichen-cargo-rebooked",
    "Estonian lichen samples stranded after cargo ship cancellation",
    "2026-11-18T09:00:00Z",
    True,
    [
        "TARTU — Lichen samples prepared by biologists at the University of Tartu for an "
        "experiment on the International Space Station were stranded in a laboratory "
        "freezer after the cargo ship booked to carry them was cancelled in March.",
        "The biologists had spent four years growing the lichen on basalt chips.",
        '"Nobody could tell us where the next flight would come from," said the team '
        "leader, Dr. Kadri Saar.",
        "The samples eventually reached orbit in a Japanese freighter in October, after "
        "the Estonian space office traded two hours of ground-station time for the room.",
        "Results are expected next year.",
    ],
    [],
)


def test_how_leads_with_the_way_out(make_store):
    store = make_store([*ARTICLES, LICHEN])
    reply = answer(
        store, "how did the tartu lichen samples get to the space station after the cancellation"
    )
    assert reply.found, reply.answer
    assert reply.answer.startswith("The samples eventually reached orbit"), reply.answer
