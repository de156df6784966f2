""" "Who signed it for the norwegian side": a person signs, posts and leads, so the
sentence naming one answers, not the lede naming the two states."""

from __future__ import annotations

from summaries.answers import answer
from tests.summaries.answer_stories import ARTICLES

SAFEGUARDS = (
    "andoya-safeguards-signed",
    "Norway and US sign rocket safeguards pact for Andøya",
    "2026-06-10T12:00:00Z",
    False,
    [
        "OSLO — Norway and the United States signed a technology safeguards agreement on "
        "Wednesday that will let American rockets fly from the Andøya spaceport.",
        "The pact protects American hardware and data at the site, a condition Washington "
        "sets for any launch abroad.",
        "Trade Minister Ingrid Solvang signed for the Norwegian government, and Ambassador "
        "Mark Telford for the United States.",
    ],
    [],
)


def test_who_signed_is_answered_by_the_signer(make_store):
    reply = answer(
        make_store([*ARTICLES, SAFEGUARDS]),
        "who signed the andoya safeguards agreement on the norwegian side",
    )
    assert reply.found, reply.answer
    assert reply.answer.startswith("Trade Minister Ingrid Solvang signed"), reply.answer
