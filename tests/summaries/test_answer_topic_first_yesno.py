""" "vanderlaan pumps: will customs make an exception for them?": members often name the
topic first, or set the scene, and then ask yes or no. The question is still a yes/no
one, so the answer opens with the sentence giving the reply ("left no room for an
exception"), not with the one restating the topic."""

from __future__ import annotations

import pytest

from summaries.aliases import load_aliases
from summaries.answers import answer
from summaries.question import parse
from summaries.store import Store
from tests.summaries.answer_stories import ARTICLES

PUMPS = (
    "dutch-pump-maker-cuts-jobs",
    "Dutch pump maker cuts jobs as export rules bite",
    "2026-06-03T12:00:00Z",
    True,
    [
        "Vanderlaan Pompen, a family-owned maker of coolant pumps in Eindhoven, is cutting "
        "30 of its 180 jobs after export rules halted its deliveries to Russia.",
        "Since 2005, Vanderlaan has supplied coolant pumps for the Russian segment of the "
        "space station, and the company had asked Dutch customs for an exception.",
        "A customs spokesman said the rules left no room for an exception for one company.",
    ],
    [],
)


@pytest.fixture
def store(make_store) -> Store:
    return make_store([*ARTICLES, PUMPS])


@pytest.mark.parametrize(
    "question",
    [
        "vanderlaan pumps: will dutch customs make an exception for that one company?",
        "vanderlaan pump maker - will dutch customs make an exception for that one company?",
        "in the eindhoven job cuts story will dutch customs make an exception for the company",
    ],
)
def test_a_yes_no_question_after_its_topic_is_answered_with_the_reply(store, question):
    reply = answer(store, question)
    assert reply.found, reply.answer
    assert "no room for an exception" in reply.answer, reply.answer


@pytest.mark.parametrize(
    "question",
    [
        "at the eindhoven plant how did the company say it would cope",
        "leiden space law prof - can moscow take its modules and go? what she tells students",
    ],
)
def test_a_wh_question_after_its_topic_is_not_taken_for_yes_no(question):
    assert parse(question, load_aliases()).kind != "yesno"
