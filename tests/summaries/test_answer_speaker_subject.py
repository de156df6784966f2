"""summaries.answers: "the ottawa analyst on canada's arm budget, what did she say …": what
the speaker spoke on ("on canada's arm budget") is the topic, not part of who she is. Read
as her description, it outweighed "ottawa analyst", the words the story describes her by,
and her quote was never found."""

from __future__ import annotations

import pytest

from summaries.answers import answer
from tests.summaries.answer_stories import ARTICLES, story_id

ARM = (
    "canadarm-budget-analyst",
    "Ottawa trims Canadarm3 budget as station partners wait",
    "2026-02-11T14:00:00Z",
    True,
    [
        "OTTAWA — The federal government will cut this year's funding for Canadarm3, the "
        "robotic arm Canada promised for the lunar Gateway, officials confirmed on Tuesday.",
        "Priya Natarajan, an Ottawa space-policy analyst who follows the programme, has "
        "long argued that the arm is the country's ticket to the Gateway.",
        "The Canadian Space Agency said the arm's schedule was under review.",
        '"Every dollar we pull now is a seat we give away later," Natarajan told reporters.',
    ],
    [],
)


@pytest.fixture
def store(make_store):
    return make_store([*ARTICLES, ARM])


def test_what_the_speaker_spoke_on_is_not_who_they_are(store):
    reply = answer(
        store, "the ottawa analyst on canada's arm budget, what did she say the cut would cost"
    )
    assert reply.found
    assert story_id(store, "canadarm-budget-analyst") in [c.id for c in reply.citations]
    assert "seat we give away" in reply.answer


def test_a_speaker_the_story_does_not_have_is_still_not_quoted(store):
    reply = answer(
        store, "the moscow analyst on canada's arm budget, what did she say the cut would cost"
    )
    assert not reply.found
