"""question.parse: "and X?" in a conversation asks X the last question when X is a speaker
(a state, its people, a body of either, a person), and asks about X otherwise."""

from __future__ import annotations

import pytest

from summaries.aliases import load_aliases
from summaries.answers import Conversation
from summaries.question import parse


@pytest.fixture
def conv() -> Conversation:
    aliases = load_aliases()
    topic = parse("russia offered argentina's astronaut a soyuz seat", aliases).topic
    return Conversation(story_ids=(7,), topic=tuple(topic))


@pytest.mark.parametrize(
    "follow_up",
    [
        "and the us embassy?",
        "and kyiv's foreign ministry?",
        "and the Europeans?",
        "what about Belova?",
    ],
)
def test_and_a_speaker_asks_them_the_last_question(conv, follow_up):
    q = parse(follow_up, load_aliases(), conv)
    assert q.kind == "quote" and q.speaker_concepts and q.topic_inherited
    assert [c.text for c in q.topic] == [c.text for c in conv.topic]


@pytest.mark.parametrize("follow_up", ["and the deorbit vehicle?", "and the foreign ministry?"])
def test_and_a_thing_asks_about_the_thing(conv, follow_up):
    q = parse(follow_up, load_aliases(), conv)
    assert q.kind != "quote" and not q.speaker_concepts


def test_without_a_conversation_it_is_a_question_on_its_own():
    q = parse("and the us embassy?", load_aliases(), None)
    assert q.kind != "quote"


@pytest.mark.parametrize(
    "asked, kind",
    [
        ("whats new", "latest"),
        ("anything new?", "latest"),
        ("any updates?", "latest"),
        ("whats new with the seat swap", "latest"),
        ("what new sanctions did the us impose", "what"),
    ],
)
def test_whats_new_asks_for_the_latest(asked, kind):
    # "whats new" (read as "what is new") got the empty-question prompt
    assert parse(asked, load_aliases()).kind == kind
