""" "Which astronaut …, the former fighter pilot" is best matched by a sentence that names
her by surname only ("Lindqvist, a former fighter pilot, said …"); the answer opens with
the sentence that introduced her in full, so the member learns her whole name."""

from __future__ import annotations

from summaries.answers import answer
from tests.summaries.answer_stories import ARTICLES

DOCKING = (
    "soyuz-ms-29-docks-esa-swede",
    "Soyuz docks with a Swedish ESA astronaut aboard",
    "2026-09-20T12:00:00Z",
    True,
    [
        "BAIKONUR — A Soyuz carrying two Russian cosmonauts and an ESA astronaut docked with "
        "the International Space Station on Saturday, three hours after launch.",
        "Commander Ilya Sokolov, flight engineer Artur Gaidukov and ESA's Marta Lindqvist "
        "lifted off at 9:12 a.m. local time.",
        "The hatches opened about two hours after docking.",
        "Lindqvist, a former fighter pilot on her first spaceflight, said the climb to orbit "
        "had been gentler than a jet takeoff.",
    ],
    [],
)


def test_the_full_name_comes_with_the_surname(make_store) -> None:
    store = make_store([*ARTICLES, DOCKING])
    reply = answer(store, "which esa astronaut rode the soyuz up, the former fighter pilot")
    assert reply.found
    assert "Marta Lindqvist" in reply.answer, reply.answer
