""" "What's the X called" asks for the thing's own name: a story that only describes it
("a plant-growth chamber built by …") cannot answer, however well it matches; one that
names it ("called Filiz-2") does."""

from __future__ import annotations

import pytest

from summaries.answers import answer
from summaries.store import Store
from tests.summaries.answer_stories import ARTICLES

CHAMBER = (
    "turkish-plant-chamber-export-licence",
    "Turkish plant-growth chamber cleared for the station",
    "2026-03-03T12:00:00Z",
    True,
    [
        "Turkey's space agency has won approval to fly a plant-growth chamber to the "
        "International Space Station after months of talks with partners.",
        "The chamber, built by a university team in Ankara and a private integrator, "
        "will grow wheat seedlings in microgravity for six weeks.",
    ],
    [],
)
DETECTOR = (
    "polish-dust-detector-named",
    "Polish students' dust detector heads to the station",
    "2026-03-05T12:00:00Z",
    True,
    [
        "A dust detector built by students in Gdansk will fly to the International Space "
        "Station next spring.",
        "The detector, called Pyl-2, will count micrometeoroid hits on the outside of the "
        "Columbus module.",
    ],
    [],
)
# a pair of nations, a year and a group are not the thing's name
FURNACE = (
    "franco-german-alloy-furnace",
    "Franco-German alloy furnace to fly by mid-2026",
    "2026-03-07T12:00:00Z",
    True,
    [
        "A Franco-German alloy furnace will fly to the International Space Station by "
        "mid-2026, the two agencies told a G7 science meeting.",
        "The furnace, built by engineers in Toulouse and Bremen, will melt metal samples in "
        "microgravity for a Russian-American study of casting.",
    ],
    [],
)


@pytest.fixture
def store(make_store) -> Store:
    return make_store([*ARTICLES, CHAMBER, DETECTOR, FURNACE])


def test_a_thing_only_described_has_no_name_to_give(store):
    reply = answer(store, "whats the turkish wheat growth chamber actually called")
    assert not reply.found, reply.answer


def test_a_named_thing_is_answered(store):
    reply = answer(store, "what is the gdansk students' dust detector called?")
    assert reply.found and "Pyl-2" in reply.answer, reply.answer


def test_nations_a_year_and_a_group_do_not_name_the_thing(store):
    reply = answer(store, "whats the alloy furnace from toulouse and bremen called")
    assert not reply.found, reply.answer
