"""What answering caches may never do: answer from the store as it was before a change."""

from __future__ import annotations

from summaries.answers import answer
from summaries.models import IncomingItem
from tests.summaries.answer_stories import analysis_for, story_id

HABITAT = (
    "The Zephyr habitat module will be built by Orbital Forge, the company said on Monday.\n\n"
    "Orbital Forge expects to ship the module to the launch site in 2029."
)


def test_a_story_stored_after_a_question_answers_the_next_one(make_store):
    store = make_store()
    question = "Who will build the Zephyr habitat module?"
    assert not answer(store, question).found
    feed = store.add_feed("https://fixtures.example/late.xml", "Late Wire")
    store.ingest(
        feed.id,
        [
            IncomingItem(
                guid="zephyr",
                url="https://fixtures.example/zephyr",
                title="Orbital Forge to build the Zephyr habitat",
                text=HABITAT,
                published="2022-08-01T09:00:00Z",
                analysis=analysis_for(HABITAT, True, [], ("fixture",)),
            )
        ],
    )
    reply = answer(store, question)
    assert reply.found
    assert "Orbital Forge" in reply.answer
    assert [c.id for c in reply.citations] == [story_id(store, "zephyr")]
