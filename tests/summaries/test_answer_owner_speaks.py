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


def test_the_owner_speaks_past_a_two_word_body():
    """ "Ukraine's foreign affairs ministry called …": four words from the owner to the
    verb, one more than a plain subject is allowed ("Peskov told reporters")."""
    from summaries.aliases import load_aliases
    from summaries.answer_speakers import speaks

    ukraine = tuple(load_aliases().concepts("ukraine"))
    text = "Ukraine's foreign affairs ministry called the gesture propaganda."
    assert speaks(ukraine, text)
    assert not speaks(ukraine, "Ukraine's long and bitter winter of outages called for help.")
