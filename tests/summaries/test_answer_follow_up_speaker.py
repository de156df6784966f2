"""A follow-up names a new speaker ("and what did NASA say?") after a question whose topic
was a person ("who is Voronov?"). The topic carried over from the conversation is not
something the new speaker's quote has to mention: it only keeps the stories in view."""

from __future__ import annotations

from summaries.answers import Conversation, answer
from tests.summaries.answer_stories import ARTICLES

DEORBIT = (
    "deorbit-bill",
    "Station partners at odds over who pays to bring the outpost down",
    "2026-06-02T09:00:00Z",
    True,
    [
        "Roscosmos director general Arkady Voronov said Russia would not pay for an American "
        "deorbit vehicle while sanctions stay in place.",
        "The cost of the vehicle has risen to about $1.1 billion, according to budget papers.",
        '"Every partner has enjoyed the benefits of the station for a quarter of a century; '
        'every partner should help end it safely," NASA deputy administrator Helen Whitfield '
        "said on Tuesday.",
    ],
    [
        (
            "Whitfield",
            "Every partner has enjoyed the benefits of the station for a quarter of a "
            "century; every partner should help end it safely,",
        )
    ],
)


def test_a_follow_up_speakers_quote_need_not_mention_the_last_topic(make_store):
    store = make_store([*ARTICLES, DEORBIT])
    conv = Conversation()
    assert answer(store, "who is arkady voronov", conversation=conv).found
    follow = answer(store, "and what did nasa say?", conversation=conv)
    assert follow.found
    assert "Every partner has enjoyed the benefits" in follow.answer
