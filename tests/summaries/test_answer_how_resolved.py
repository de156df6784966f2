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


PERMIT = (
    "vilnius-spectrometer-export-permit",
    "Lithuanian spectrometer cleared for the station",
    "2026-11-19T09:00:00Z",
    True,
    [
        "VILNIUS — Lithuania's space office has won a long-delayed German export permit for "
        "a spectrometer built for the International Space Station, but only after promising "
        "Berlin in writing that the instrument's parts would never be resold to third "
        "countries, according to two officials who took part in the talks and asked not to "
        "be named because the correspondence is confidential.",
        "The spectrometer, built over five years at Vilnius University with help from a "
        "Latvian optics firm, had been waiting for the permit from the German economics "
        "ministry since February, when customs officers first queried its cooling unit.",
        "Officials in Vilnius said the delay had cost the team a slot on an earlier cargo "
        "flight and most of its travel budget for the year.",
        '"We are grateful to our German colleagues for their understanding and for their '
        'patience with our paperwork," the office director, Dr. Rasa Vaitkute, said.',
        "She said the spectrometer would now fly on a cargo ship in the spring and be "
        "operated from a control room in Vilnius for at least two years.",
    ],
    [],
)


def test_how_keeps_the_way_out_when_the_lead_is_long(make_store):
    store = make_store([*ARTICLES, PERMIT])
    reply = answer(store, "how did vilnius get berlin to let its spectrometer fly on a cargo ship")
    assert reply.found, reply.answer
    assert "promising" in reply.answer, reply.answer
