"""A reason named in a word ("The reason is simple.") is told in the sentence after it,
which then opens a "why" answer with it, as a speaker at a briefing gives it."""

from __future__ import annotations

from summaries.answers import answer
from summaries.sentences import split_sentences
from tests.summaries.answer_stories import ARTICLES

TRANSCRIPT = (
    "transcript-moon-lab-winter-crew",
    "Transcript: Moon lab director on the smaller winter crew",
    "2026-11-03T09:00:00Z",
    True,
    [
        "The following is an edited transcript of a briefing given on Monday by Lena "
        "Sørlie, director of the Moon Analogue Lab in Longyearbyen, after she announced "
        "that the lab's winter crew would drop to two. Questions have been shortened.",
        "SØRLIE: The winter crew will be two people this year, not four. The reason is "
        "simple. The heating plant failed an inspection in October and cannot be repaired "
        "before the polar night.",
        "QUESTION (Svalbard Post): Will the research suffer?",
        "SØRLIE: Some of it. We will keep the long-running measurements going.",
    ],
    [],
)


def test_the_reason_told_after_the_reason_is(make_store):
    store = make_store([*ARTICLES, TRANSCRIPT])
    reply = answer(store, "why is the moon lab dropping its winter crew to two")
    assert reply.found
    opening = reply.answer[: split_sentences(reply.answer)[1][1]]  # its first two sentences
    assert "heating plant" in opening
