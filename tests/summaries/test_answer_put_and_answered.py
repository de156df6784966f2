""" "Did Kenya ever approach ESA first?": reporters put the member's question to someone in
the story and report it with the reply in one sentence, "Asked whether Nairobi had
approached ESA …, the minister said …". The verb asked sits after "whether", where it is
asked, not reported; the sentence is still the answer, and it leads."""

from __future__ import annotations

import pytest

from summaries.answers import answer
from summaries.store import Store
from tests.summaries.answer_stories import ARTICLES

KENYA = (
    "kenya-accepts-roscosmos-offer-soil-experiment",
    "Kenya accepts Roscosmos offer to fly soil experiment",
    "2026-11-10T12:00:00Z",
    True,
    [
        "Kenya's government has accepted an offer from Roscosmos to fly a soil microbe "
        "experiment from Nairobi University to the Russian segment of the space station.",
        "The decision drew criticism from opposition lawmakers on Tuesday.",
        "Asked whether Nairobi had approached ESA before signing with Roscosmos, the "
        "science minister said two letters sent to Paris in 2024 went unanswered and led "
        "nowhere.",
    ],
    [],
)


@pytest.fixture
def store(make_store) -> Store:
    return make_store([*ARTICLES, KENYA])


def test_the_question_put_in_the_story_and_its_reply_answers_and_leads(store):
    reply = answer(store, "did nairobi ever approach esa before signing with roscosmos?")
    assert reply.found, reply.answer
    assert reply.answer.startswith("Asked whether Nairobi had approached ESA"), reply.answer
