"""In a transcript, the sentence that best matches the member's question is often the
reporter's question; the reply carries the reply that follows it."""

from __future__ import annotations

from summaries.answers import answer
from tests.summaries.answer_stories import ARTICLES

TRANSCRIPT = (
    "transcript-roscosmos-one-cosmonaut",
    "Transcript: Roscosmos on keeping one cosmonaut aboard the station",
    "2026-06-15T09:00:00Z",
    True,
    [
        "The following is an edited transcript of a news conference at the Roscosmos press "
        "centre in Moscow by Marina Kuznetsova, deputy director general for crewed "
        "programmes, after she announced that Russia would keep one cosmonaut, not two, on "
        "the International Space Station.",
        "KUZNETSOVA: From next spring the Russian segment will operate with one cosmonaut on "
        "board. The second seat will go to cargo and experiments.",
        "QUESTION (Volga Herald): What do the cosmonauts think?",
        "KUZNETSOVA: They are professionals. They fly where they are sent.",
        "QUESTION (Siberian Courier): Some bloggers call this a soft exit from the station. Is it?",
        "KUZNETSOVA: It is not an exit. We remain a partner until the end of the station's life.",
    ],
    [],
)


def test_the_reply_follows_the_reporters_question(make_store):
    store = make_store([*ARTICLES, TRANSCRIPT])
    reply = answer(store, "is russia going to one cosmonaut basically a soft exit from the iss?")
    assert reply.found
    assert "It is not an exit" in reply.answer
