"""The latest on a payload says where it stands even when the sentence saying so names it
in other words ("the telescope" for "the camera"): it follows a sentence on the payload,
or the quote such a sentence opens, and is reached by being next to it."""

from __future__ import annotations

from summaries.answers import answer
from tests.summaries.answer_stories import ARTICLES

CAMERA = (
    "vilnius-aurora-camera-pulled",
    "Lithuania pulls its aurora camera from a Russian spacecraft",
    "2026-09-10T09:00:00Z",
    True,
    [
        "Lithuania has withdrawn an aurora camera built at Vilnius University from a Russian "
        "programme that was to mount it on the International Space Station, the education "
        "ministry said on Monday.",
        "The camera was to photograph the northern lights from above while a twin on the "
        "Baltic coast filmed them from below.",
        'The project leader, Dr. Rasa Petrauskiene, said: "A camera like ours can be patient. '
        'It will not spoil on a shelf."',
        "She added that the telescope was finished and that talks had begun with Japan about "
        "a ride on one of its supply ships.",
        "Moscow's embassy in Vilnius called the move political.",
    ],
    [],
)


def test_the_latest_on_a_pulled_payload_says_where_it_goes_next(make_store):
    store = make_store([*ARTICLES, CAMERA])
    reply = answer(store, "whats the latest on lithuania's aurora camera now russia dropped it")
    assert reply.found
    assert "Japan" in reply.answer
