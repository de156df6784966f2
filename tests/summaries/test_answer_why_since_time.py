"""A lead that dates an event ("the first such review since the facility opened in 2017",
"the following is a transcript") gives no cause: a "why" still looks for the sentence
that does ("citing …")."""

from __future__ import annotations

from summaries.answers import answer
from summaries.sentences import split_sentences
from tests.summaries.answer_stories import ARTICLES

OSLO = (
    "oslo-forum-esa-stays-away",
    "Arctic space forum meets in Tromsø without ESA",
    "2026-04-16T09:00:00Z",
    True,
    [
        "TROMSØ — Delegates from eleven countries opened the Arctic Space Forum on "
        "Wednesday without the European Space Agency, which stayed away from the annual "
        "gathering for the first time since the forum began.",
        "The agency had told the organisers a week earlier that it would send nobody, "
        "citing “a budget freeze on all non-essential travel until the autumn.”",
        "Norway's space minister opened the forum with a speech on satellite links to "
        "research stations on Svalbard.",
        "The next forum is planned for Reykjavik in 2027.",
    ],
    [],
)


def test_a_time_since_is_not_the_reason(make_store):
    store = make_store([*ARTICLES, OSLO])
    reply = answer(store, "why did esa skip the arctic space forum in tromso")
    assert reply.found
    first = reply.answer[: split_sentences(reply.answer)[0][1]]
    assert "budget freeze" in first  # the reason opens the answer, not the scene
