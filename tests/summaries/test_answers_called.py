"""summaries.answers: "what was the korean cubesat called" asks a thing's name. No one is
quoted saying it, so when the quote path and the sentences reporting speech find nothing,
the sentence naming the thing answers it — not "ask me something about the ISS"."""

from __future__ import annotations

import pytest

from summaries.answers import answer
from tests.summaries.answer_stories import ARTICLES, story_id

CUBESAT = (
    "korean-cubesat-kibo",
    "South Korean students' cubesat released from space station",
    "2025-03-19T09:00:00Z",
    True,
    [
        "A cubesat built by students at a Korean university was released into orbit from "
        "the International Space Station on Tuesday.",
        "The 3-kilogram satellite, HANBIT-1, was pushed out of the airlock of Japan's Kibo "
        "module by a small deployer.",
        "It will test a Korean-made star tracker over the next 18 months.",
    ],
    [],
)


@pytest.fixture
def store(make_store):
    return make_store([*ARTICLES, CUBESAT])


def test_what_a_thing_was_called_is_answered_by_the_sentence_naming_it(store):
    reply = answer(store, "what was the korean uni cubesat that got pushed out of kibo called")
    assert reply.found
    assert story_id(store, "korean-cubesat-kibo") in [c.id for c in reply.citations]
    assert "HANBIT-1" in reply.answer


def test_what_someone_said_is_still_not_answered_by_a_sentence_without_speech(store):
    reply = answer(store, "what did the korean uni's rector say about the cubesat")
    assert not reply.found


def test_a_reaction_when_something_was_called_off_asks_no_name(store):
    reply = answer(
        store, "what was the korean rector's reaction when the cubesat release was called off"
    )
    assert not reply.found, reply.answer
