"""summaries.answer_more: which lines ask about the last answer rather than search."""

from __future__ import annotations

import pytest

from summaries.answer_more import MORE, SOURCE


@pytest.mark.parametrize(
    "typed",
    ["source?", "sources pls", "link?", "what's your source?", "where is that from?",
     "where did you read that?", "any source for that?", "and the sources?",
     "how do you know that?"],
)  # fmt: skip
def test_asking_for_the_source_of_the_last_answer(typed):
    assert SOURCE.fullmatch(typed)


@pytest.mark.parametrize(
    "typed", ["more?", "tell me more", "go on", "more details", "anything else?", "ok more"]
)
def test_asking_for_more_of_the_last_story(typed):
    assert MORE.fullmatch(typed)


@pytest.mark.parametrize(
    "typed",
    ["what was the source of the leak?", "sources say russia will leave?", "more sanctions?",
     "tell me more about the seat swap", "what else did NASA say?", "link budget"],
)  # fmt: skip
def test_questions_that_only_share_a_word_are_searched(typed):
    assert not SOURCE.fullmatch(typed) and not MORE.fullmatch(typed)
