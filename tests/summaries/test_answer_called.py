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

# the name is in the story's third sentence; the quote that matches best is by a man with
# a hyphenated surname, which is not the camera's name
CAMERA = (
    "french-storm-camera-zvezda",
    "Paris asks Moscow to return French storm camera held on the station",
    "2026-03-09T12:00:00Z",
    True,
    [
        "France has asked Russia to return a French scientific camera that has been sitting "
        "in the Russian segment of the International Space Station since 2019.",
        "The instrument, a high-speed camera called Orage-3 built by CNES, filmed lightning "
        "through a porthole of the Zvezda module.",
        'CNES president Philippe Lacombe-Saint-Aubin said the agency would not bargain. "The '
        "cosmonauts who pointed this French camera at storms from Zvezda deserve to see what "
        'they filmed," he said.',
    ],
    [],
)


@pytest.fixture
def store(make_store) -> Store:
    return make_store([*ARTICLES, CHAMBER, DETECTOR, FURNACE, CAMERA])


def test_a_thing_only_described_has_no_name_to_give(store):
    reply = answer(store, "whats the turkish wheat growth chamber actually called")
    assert not reply.found, reply.answer


def test_a_named_thing_is_answered(store):
    reply = answer(store, "what is the gdansk students' dust detector called?")
    assert reply.found and "Pyl-2" in reply.answer, reply.answer


def test_nations_a_year_and_a_group_do_not_name_the_thing(store):
    reply = answer(store, "whats the alloy furnace from toulouse and bremen called")
    assert not reply.found, reply.answer


def test_the_sentence_naming_the_thing_leads_not_a_better_matching_quote(store):
    reply = answer(store, "whats the french storm camera sitting in zvezda called")
    assert reply.found and reply.answer.startswith("The instrument, a high-speed camera called")


def test_what_a_thing_is_called_asks_its_name_not_what_it_said():
    from summaries.aliases import load_aliases
    from summaries.question import parse

    for text in ("what is the new module called", "whats the french storm camera called"):
        q = parse(text, load_aliases())
        assert q.kind != "quote" and q.speaker is None, (text, q.kind, q.speaker)
    assert parse("what did the kremlin call the move", load_aliases()).kind == "quote"
