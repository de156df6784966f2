"""A quote of several sentences is split at its full stops; when the latest on a matter
is told by the quote's last sentence (the one naming the speaker), the answer keeps what
the speaker said first."""

from __future__ import annotations

from summaries.answers import answer
from tests.summaries.answer_stories import ARTICLES

REBUTTAL = (
    "prague-rebuts-moscow-seeds",
    "Prague rejects Moscow's claim about Czech seed experiment",
    "2026-09-14T09:00:00Z",
    True,
    [
        "PRAGUE — The Czech foreign ministry on Monday rejected a Russian statement that a "
        "Czech plant experiment aboard the International Space Station was a cover for "
        "espionage.",
        "Russia's foreign ministry had said the seed trays carried sensors.",
        "\u201cThat is pure fiction. The seed experiment grows cress and nothing else,\u201d "
        "said the ministry's spokeswoman, Jana Horakova.",
        "The trays are due back on Earth in November.",
    ],
    [],
)


def test_the_quote_that_answers_keeps_its_first_sentence(make_store):
    store = make_store([*ARTICLES, REBUTTAL])
    reply = answer(
        store, "where do things stand with russia's claim about the czech seed experiment?"
    )
    assert reply.found
    assert "pure fiction" in reply.answer
