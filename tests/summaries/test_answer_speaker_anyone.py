"""summaries.answers: "what did the ottawa conservative science lady say": "lady" says the
speaker is a person, not which one. No story calls anyone "the lady", so the word must not
count against the description the story does give ("the Conservative science critic")."""

from __future__ import annotations

import pytest

from summaries.answers import answer
from tests.summaries.answer_stories import ARTICLES, story_id

CANADARM = (
    "canadarm-funding-cut",
    "Ottawa trims Canadarm3 budget as station partners wait",
    "2026-02-11T14:00:00Z",
    True,
    [
        "OTTAWA — The federal government will cut this year's funding for Canadarm3, the "
        "robotic arm Canada promised for the lunar Gateway, officials confirmed on Tuesday.",
        "The Conservative science critic, Janet Moreau, called the cut short-sighted and "
        "said partners on the International Space Station were watching.",
        '"Every dollar we pull now is a seat we give away later," Moreau said.',
        "The Canadian Space Agency said the arm's schedule was under review.",
    ],
    [("Moreau", "Every dollar we pull now is a seat we give away later,")],
)


@pytest.fixture
def store(make_store):
    return make_store([*ARTICLES, CANADARM])


def test_a_described_speaker_is_found_whatever_the_member_calls_them(store):
    reply = answer(
        store, "what did the ottawa conservative science lady say about the canadarm3 cut"
    )
    assert reply.found
    assert story_id(store, "canadarm-funding-cut") in [c.id for c in reply.citations]
    assert "seat we give away" in reply.answer


def test_someone_the_story_does_not_describe_is_still_not_quoted(store):
    reply = answer(store, "what did the ottawa liberal finance lady say about the canadarm3 cut")
    assert not reply.found
