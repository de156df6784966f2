""" "Which senator …" when the story introduces the one asked for by description ("a
Democratic senator has asked …") and names them further down, referring back to that
description: the reply gives the name, not a neighbour naming someone else."""

from __future__ import annotations

import pytest

from summaries.answers import answer
from tests.summaries.answer_stories import ARTICLES

SENATOR = (
    "senator-soyuz-seat-costs",
    "Senator asks NASA to publish what Soyuz seats cost",
    "2026-04-14T12:00:00Z",
    True,
    [
        "MOSCOW — Roscosmos said on Monday that the seat exchange with NASA involved no money.",
        "A Democratic senator had asked NASA to publish every payment made for Soyuz seats "
        "since 2011. Roscosmos spokeswoman Yulia Orlova called the request a distraction.",
        "The station's orbit decays by about two kilometres a month.",
        "The letter from Sen. Teresa Whitcombe of Vermont has not been answered.",
    ],
    [],
)

FIRM = (
    "ohio-valves-licence",
    "Commerce blocks valves ordered for Zvezda's water system",
    "2026-05-20T12:00:00Z",
    True,
    [
        "WASHINGTON — The Commerce Department has refused a licence for titanium valves that "
        "Roscosmos ordered for the water recovery system of the station's Zvezda module.",
        "The valves, made by a family-owned Ohio firm, fall under controls on aerospace "
        "parts. Roscosmos deputy head Pavel Ignatov called the refusal petty.",
        "Zvezda has housed the Russian segment's life support since 2000.",
        "The Ohio firm, Kessler Fluidics of Dayton, said it had followed the rules.",
    ],
    [],
)

STARTUP = (
    "dutch-docking-camera",
    "Dutch startup halts docking camera over export rules",
    "2026-06-02T12:00:00Z",
    True,
    [
        "A Dutch startup building a docking camera for the station's Russian segment has "
        "stopped work after the government refused an export licence, it said on Friday.",
        "Orbiscope Imaging, which was founded in Delft in 2019, had already delivered two "
        "test units. Economy Minister Pieter de Graaf said the rules applied to everyone.",
    ],
    [],
)


@pytest.mark.parametrize(
    ("story", "question", "name"),
    [
        (
            SENATOR,
            "which senator asked nasa to publish the payments for soyuz seats",
            "Teresa Whitcombe",
        ),
        (FIRM, "who made the titanium valves roscosmos ordered for zvezda", "Kessler Fluidics"),
        (
            STARTUP,
            "which startup is building the docking camera for the russian segment",
            "Orbiscope Imaging",
        ),
    ],
    ids=["title", "definite-description", "next-paragraph"],
)
def test_the_name_given_further_down_leads(make_store, story, question, name):
    reply = answer(make_store([*ARTICLES, story]), question)
    assert reply.found, reply.answer
    assert reply.answer.startswith(name) or name in reply.answer.split(" … ")[0], reply.answer
