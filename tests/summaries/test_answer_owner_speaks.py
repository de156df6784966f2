""" "What did Ukraine say about the banner" is answered by the sentence in which Ukraine's
foreign ministry speaks ("Ukraine's foreign ministry called the gesture …"): a body
speaks for the state that owns it, and "called" reports speech as "said" does."""

from __future__ import annotations

from summaries.answers import answer
from tests.summaries.answer_stories import ARTICLES

BANNER = (
    "cosmonaut-banner-protest",
    "Cosmonauts' banner aboard the station draws protest",
    "2025-10-08T16:00:00Z",
    True,
    [
        "Two Russian cosmonauts aboard the International Space Station posed on Tuesday with "
        "a banner marking the anniversary of Moscow's claimed annexation of four regions, in "
        "a video released by Roscosmos.",
        "The footage showed the two cosmonauts in the Zvezda service module holding the "
        "banner beside the Russian flag.",
        "Ukraine's foreign ministry called the gesture propaganda of aggression and urged "
        "the other partners to respond.",
        "NASA said it had raised its concerns with Roscosmos.",
    ],
    [],
)


def test_a_state_speaks_through_its_ministry(make_store):
    store = make_store([*ARTICLES, BANNER])
    reply = answer(store, "what did ukraine say about the banner?")
    assert reply.found, reply.answer
    assert "called the gesture propaganda" in reply.answer, reply.answer
