"""A yes/no question an MP already put in the story is answered with that exchange: the
question reported ("asked whether …") and the reply after it ("“Not a single krona,” she
replied"), which shares none of the member's words."""

from __future__ import annotations

import pytest

from summaries.answers import answer
from tests.summaries.answer_stories import ARTICLES

HEARING = (
    "kiruna-moss-study-hearing",
    "Swedish space agency defends moss study on Russian cargo ship",
    "2026-11-19T09:00:00Z",
    True,
    [
        "STOCKHOLM — The head of the Swedish National Space Agency told parliament's "
        "education committee on Tuesday that a moss study from Umeå University would not be "
        "taken off the Russian Progress cargo ship due to carry it to the International "
        "Space Station next spring.",
        "The money for the study, about 1.8 million kronor, was paid to a Russian broker in "
        "2021, before the invasion of Ukraine, director general Maria Lindqvist said, and "
        "Sweden could not recover it by cancelling the flight now.",
        "Several members objected to any Swedish hardware travelling on a Russian vehicle. "
        "The committee's vice-chair, Anders Holm, asked whether any further funds would "
        "reach Moscow.",
        "“Not a single krona,” Lindqvist replied.",
        "The university said the samples would return on a Dragon capsule in the summer.",
    ],
    [],
)

# the same exchange, the question pressed on someone and the reply "answered"
PRESSED = (
    "kiruna-moss-study-pressed",
    *HEARING[1:4],
    [
        *HEARING[4][:2],
        "Several members objected to any Swedish hardware travelling on a Russian vehicle. "
        "Anders Holm, the vice-chair, pressed Lindqvist on whether further funds would go "
        "to Moscow.",
        "“Not a single krona,” she answered.",
        HEARING[4][4],
    ],
    [],
)


@pytest.mark.parametrize("story", [HEARING, PRESSED], ids=["asked-replied", "pressed-answered"])
def test_a_yes_no_question_put_in_the_story_is_answered_with_its_reply(make_store, story):
    store = make_store([*ARTICLES, story])
    reply = answer(store, "is sweden sending more money to russia for the umea moss study")
    assert reply.found, reply.answer
    assert "Not a single krona" in reply.answer, reply.answer
    assert reply.answer.index("further funds") < reply.answer.index("Not a single"), reply.answer
