""" "What did the us say about the seat swap": members type in lower case, and the
pronoun "us" never takes an article, so a speaker typed "the us" is the United States;
"us" alone is still the pronoun ("what did roscosmos tell us")."""

from __future__ import annotations

import pytest

from summaries import question as q_parse
from summaries.aliases import load_aliases
from summaries.answers import answer
from summaries.store import Store
from tests.summaries.answer_stories import ARTICLES

US_SWAP = (
    "seat-swap-washington-statement",
    "Washington defends the station seat swap with Moscow",
    "2026-06-04T10:00:00Z",
    True,
    [
        "The United States defended its seat swap with Russia on Wednesday, as critics in "
        "Congress called for the station flights to stop.",
        '"The seat swap keeps both crews safe, whatever else divides us," the United '
        "States said in a statement.",
        "Roscosmos also backed the seat swap.",
        '"The seat swap is a technical matter and nothing more," Roscosmos said.',
    ],
    [
        ("United States", "The seat swap keeps both crews safe, whatever else divides us,"),
        ("Roscosmos", "The seat swap is a technical matter and nothing more,"),
    ],
)
DEPUTY = (
    "roscosmos-deputy-seat-swap",
    "Roscosmos deputy chief says the seat swap will go on",
    "2026-06-07T10:00:00Z",
    True,
    [
        "Roscosmos deputy head Ilya Karpov said on Friday that the seat swap with NASA "
        "would go on next year.",
        '"Our crews will keep flying together," Karpov said.',
    ],
    [("Ilya Karpov", "Our crews will keep flying together,")],
)


@pytest.fixture
def store(make_store) -> Store:
    return make_store([*ARTICLES, US_SWAP, DEPUTY])


@pytest.mark.parametrize(
    "text",
    [
        "what did the us say about the seat swap",
        "What did the US say about the seat swap?",
        "what did the u.s. say about the seat swap",
        "what did the us say about the seat swap with russia",
    ],
)
def test_the_us_in_lower_case_is_the_united_states(store, text):
    reply = answer(store, text)
    assert reply.found and "keeps both crews safe" in reply.answer, reply.answer


def test_us_without_an_article_is_still_the_pronoun(store):
    q = q_parse.parse("can you tell us what roscosmos said about the seat swap", load_aliases())
    assert not any(c.text.lower() == "us" for c in q.topic + q.speaker_concepts)
    reply = answer(store, "what did roscosmos tell us about the seat swap")
    assert reply.found and "technical matter" in reply.answer, reply.answer
