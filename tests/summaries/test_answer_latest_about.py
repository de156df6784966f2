"""'The latest on X' is the newest story about X: a newer story sharing only the places or
the people asked about, and lacking two of the things the fullest story on it has, is
about something else."""

from __future__ import annotations

import pytest

from summaries.answers import answer
from summaries.store import Store
from tests.summaries.answer_stories import ARTICLES

SEAT = (
    "ankara-weighs-soyuz-seat",
    "Ankara weighs Russian offer to fly a Turkish astronaut on a Soyuz",
    "2026-07-09T12:00:00Z",
    True,
    [
        "ANKARA — Turkey is studying an offer from the Russians to fly a Turkish astronaut to "
        "the International Space Station on a Soyuz spacecraft, officials said on Thursday.",
        "Washington has warned Ankara that flying with Roscosmos could complicate export "
        "licences for Turkish satellites.",
    ],
    [],
)
SHIPPING = (
    "istanbul-black-sea-shipping-talks",
    "Turkey hosts Russians and Ukrainians for Black Sea shipping talks",
    "2027-01-30T12:00:00Z",
    False,
    [
        "ISTANBUL — Talks hosted by Turkey between the Russians and Ukraine on Black Sea "
        "shipping ended on Friday without a deal on insurance for grain vessels.",
        "Turkish officials said the Russians wanted guarantees for their own ships first.",
    ],
    [],
)


# astronauts flying are everyday news: the words weigh less than "Turkey" and "Russians"
ROUTINE = [
    (
        f"routine-flight-{i}",
        f"Astronaut {name} is flying to the station this week",
        f"2026-0{i}-01T12:00:00Z",
        False,
        [f"HOUSTON — NASA astronaut {name} is flying to the station on a Crew Dragon."],
        [],
    )
    for i, name in enumerate(["Dana Holt", "Ravi Menon", "Lea Brandt", "Tom Okafor"], start=1)
]


@pytest.fixture
def store(make_store) -> Store:
    return make_store([*ARTICLES, *ROUTINE, SEAT, SHIPPING])


def test_a_newer_story_on_other_things_is_not_the_latest_on_this(store):
    reply = answer(
        store, "any news on turkey flying an astronaut with the russians? whats the latest"
    )
    assert reply.found, reply.answer
    assert reply.citations[0].title.startswith("Ankara weighs"), reply.citations
