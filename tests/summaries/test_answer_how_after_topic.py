"""Members often name the topic or set a scene first and ask "how" only after it ("the
kiruna balloon lost its launch window.. how did it fly in the end", "if the cable snaps,
how do they reel it in"): the question is still a "how", asking for the means."""

from __future__ import annotations

from summaries.aliases import load_aliases
from summaries.answers import answer
from summaries.question import parse
from tests.summaries.answer_stories import ARTICLES

BALLOON = (
    "kiruna-balloon-docking-camera",
    "Swedish balloon camera for the station cleared after launch scrub",
    "2026-11-20T09:00:00Z",
    True,
    [
        "KIRUNA — A camera built by Swedish students to film cargo ships approaching the "
        "International Space Station lost its launch window on Tuesday when the ground "
        "crane lifting it to the cargo ship broke down.",
        "Engineers loaded the camera on board the next morning using a hand winch borrowed "
        "from the local fire brigade.",
        "The students plan to show their first pictures at a school fair in the spring.",
    ],
    [],
)


def test_how_after_the_topic_is_a_how_question():
    q = parse(
        "the swedish student camera missed its window.. how did it get aboard", load_aliases()
    )
    assert q.kind == "how"
    q = parse("if the crane breaks down, how do they load the camera?", load_aliases())
    assert q.kind == "how"


def test_how_after_the_topic_gets_the_means(make_store):
    store = make_store([*ARTICLES, BALLOON])
    reply = answer(
        store,
        "the swedish student camera lost its launch window.. how did it get on the cargo ship",
    )
    assert reply.found, reply.answer
    assert "hand winch" in reply.answer, reply.answer
