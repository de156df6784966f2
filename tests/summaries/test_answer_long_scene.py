"""A long opening clause that only dates the question ("When the Shenzhou crew docked to
begin the station's first fluid-physics experiments, which country …") does not make it
a "when" question: the reply names the country, not the docking date."""

from __future__ import annotations

from summaries.answers import answer
from tests.summaries.answer_stories import ARTICLES

DOCKING = (
    "shenzhou-crew-docks-tiangong-partners",
    "Shenzhou crew docks with Tiangong as China courts foreign partners",
    "2023-10-26T09:00:00Z",
    True,
    [
        "Three Chinese astronauts docked with the Tiangong space station on Thursday, six "
        "hours after lifting off from the Jiuquan Satellite Launch Centre, beginning a "
        "six-month stay that will include the station's first fluid-physics experiments.",
        "The astronauts had trained for the visit for two years and agreed to extend their "
        "stay on the station if controllers asked.",
        "The crew is commanded by Tang Hongbo, who flew to the station in 2021.",
        "Chinese officials used the mission to promote the station abroad, pointedly "
        "contrasting it with the ageing International Space Station, from which China has "
        "long been excluded.",
        "Pakistan has already signed an agreement to train astronauts for a visit, and "
        "officials in Beijing have said that several states in Asia, Africa and Latin America "
        "have expressed interest.",
    ],
    [],
)


def test_a_long_opening_scene_does_not_turn_a_which_into_a_when(make_store):
    store = make_store([*ARTICLES, DOCKING])
    reply = answer(
        store,
        "When Tang Hongbo's Shenzhou crew docked with Tiangong to begin the station's first "
        "fluid-physics experiments, which country had already agreed to train astronauts "
        "for a visit to China's station?",
    )
    assert reply.found
    assert "Pakistan" in reply.answer
