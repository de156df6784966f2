"""A speaker described by whom they are with ("the japanese astronaut up there w
rudakov") is not that companion: the companion's quote must not answer for them."""

from __future__ import annotations

import pytest

from summaries import question as q_parse
from summaries.aliases import load_aliases
from summaries.answers import answer
from summaries.store import Store
from tests.summaries.answer_stories import ARTICLES

KURILS = (
    "cosmonaut-kurils-photo",
    "Tokyo protests cosmonaut's Kurils photo from the station",
    "2026-08-05T12:00:00Z",
    True,
    [
        "Japan lodged a protest with Russia on Tuesday after cosmonaut Artyom Rudakov posted a "
        "photograph of the Kuril islands from the International Space Station.",
        'The caption read: "The Russian Kurils, beautiful as always," Rudakov wrote.',
        "Japanese astronaut Emi Morishita, who is on the station with Rudakov, has not "
        "commented, and JAXA said she had no part in the post.",
    ],
    [("Rudakov", "The Russian Kurils, beautiful as always")],
)


@pytest.fixture
def store(make_store) -> Store:
    return make_store([*ARTICLES, KURILS])


def test_the_companion_is_not_the_speaker(store: Store) -> None:
    reply = answer(
        store, "what did the japanese astronaut up there w rudakov say abt his kurils post?"
    )
    assert "beautiful as always" not in reply.answer, reply.answer


def test_the_companion_still_answers_when_asked_for(store: Store) -> None:
    reply = answer(store, "what did rudakov say about the kurils")
    assert reply.found and "beautiful as always" in reply.answer, reply.answer


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        (
            "what did the japanese astronaut up there w rudakov say abt the kurils",
            "japanese astronaut",
        ),
        ("what did the cosmonaut alongside kikina say about the patch", "cosmonaut"),
        # an attribute, not a companion: the physicist is still described by it
        (
            "what did the garching physicist with the plasma experiment say about the cut",
            "garching physicist with the plasma experiment",
        ),
    ],
)
def test_the_speaker_phrase_ends_before_a_companion(question: str, speaker: str) -> None:
    q = q_parse.parse(q_parse.clean(question)[0], load_aliases())
    assert q.kind == "quote" and q.speaker == speaker
