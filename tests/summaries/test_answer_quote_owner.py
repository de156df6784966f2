"""A quote tied to the asked speaker only by the words around it must be theirs: not
another agency's that stories describe with the same words, nor one whose own sentence
says someone else speaks ("the letter states")."""

from __future__ import annotations

import pytest

from summaries.answers import answer
from summaries.store import Store
from tests.summaries.answer_stories import ARTICLES, make_store

PATCH = (
    "flag-patch-photo",
    "Cosmonauts skip crew photo over British astronaut's flag patch",
    "2026-06-14T12:00:00Z",
    True,
    [
        "Two cosmonauts stayed out of the crew photo on the International Space Station "
        "after a British astronaut wore a Ukrainian flag patch, with the UK Space Agency "
        "paying part of his private mission.",
        'Russia\'s space agency Roscosmos called the patch a "provocation" and accused '
        'the astronaut of "turning the station into a stage for political shows".',
    ],
    [("Roscosmos", "turning the station into a stage for political shows")],
)
LETTER = (
    "ground-station-letter",
    "Senators ask Blinken for briefing on Russian ground station in Nicaragua",
    "2024-03-06T12:00:00Z",
    True,
    [
        "Eight senators want a classified briefing on a Russian satellite ground station "
        "being built near Managua, in Nicaragua.",
        "In a letter to Secretary of State Antony Blinken, the senators asked for the "
        'briefing within 60 days. "An antenna farm two hours from Texas is not a '
        'navigation project; it is a listening post," the letter states.',
    ],
    [],
)


@pytest.fixture
def store(tmp_path) -> Store:
    s = make_store(tmp_path / "owner.db", [*ARTICLES, PATCH, LETTER])
    yield s
    s.close()


@pytest.mark.parametrize(
    "question",
    [
        "what did the uk space agency say about the cosmonauts skipping the photo",
        "what did blinken say back to the senators about the nicaragua ground station",
    ],
)
def test_a_quote_that_is_someone_elses_is_declined(store, question):
    reply = answer(store, question)
    assert not reply.found, reply.answer


def test_the_agency_that_speaks_is_still_quoted(store):
    reply = answer(store, "what did roscosmos say about the flag patch")
    assert reply.found
    assert "political shows" in reply.answer
