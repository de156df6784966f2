"""An accountant's compound is one word to members and hyphenated in stories: "how big
a writeoff" must find the story's "write-off", not read "writeoff" as a name the stories
lack (a word the store never has is taken for one, and the question declined)."""

from __future__ import annotations

import pytest

from summaries.answers import answer
from summaries.store import Store
from tests.summaries.answer_stories import ARTICLES

LOSS = (
    "harbour-lab-quarterly-loss",
    "Harbour Lab Systems posts quarterly loss on Russian segment deal",
    "2026-10-20T12:00:00Z",
    True,
    [
        "Harbour Lab Systems reported a quarterly net loss on Tuesday after ending its "
        "contract to fly customer experiments in the Russian segment of the International "
        "Space Station.",
        "The loss included a $12 million write-off on the agreement with a Roscosmos "
        "subsidiary, the company said.",
    ],
    [],
)


@pytest.fixture
def store(make_store) -> Store:
    return make_store([*ARTICLES, LOSS])


def test_a_run_on_compound_finds_the_hyphenated_word(store):
    reply = answer(store, "how large was the writeoff harbour lab took on the roscosmos deal")
    assert reply.found, reply.answer
    assert "$12 million" in reply.answer
