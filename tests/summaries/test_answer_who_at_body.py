""" "Who at OFAC is handling it" asks for someone the answer places at that body: a
NASA manager named in a story that also mentions OFAC is not the answer."""

from __future__ import annotations

from summaries.answers import answer
from tests.summaries.answer_stories import ARTICLES

LICENCE = (
    "nasa-treasury-licence",
    "NASA asks Treasury for a licence to settle its station bill with Energia",
    "2027-05-04T12:00:00Z",
    True,
    [
        "NASA has asked the U.S. Treasury for a licence to pay Russia's Energia about $19 "
        "million for services on the International Space Station.",
        "NASA's deputy station programme manager, Dana Kirkby, said the payment was not a "
        "new contract but the balance of an old barter ledger.",
        "The Office of Foreign Assets Control said it does not comment on individual "
        "licence applications.",
    ],
    [],
)
TRAINING = (
    "roscosmos-iran-training",
    "Roscosmos to train an Iranian cosmonaut",
    "2027-05-06T12:00:00Z",
    True,
    [
        "Roscosmos will train an Iranian cosmonaut for a short flight to the International "
        "Space Station, the agency's executive director for crewed programmes, Gennady "
        "Lebedinsky, told journalists on Friday.",
    ],
    [],
)


def test_a_person_placed_elsewhere_is_not_who_at_the_body(make_store):
    store = make_store([*ARTICLES, LICENCE, TRAINING])
    reply = answer(store, "who at OFAC is handling nasa's licence application?")
    assert not reply.found, reply.answer
    assert "Kirkby" not in reply.answer


def test_a_person_named_with_the_body_is_who_at_it(make_store):
    store = make_store([*ARTICLES, LICENCE, TRAINING])
    reply = answer(store, "who at roscosmos announced the iranian cosmonaut training")
    assert reply.found, reply.answer
    assert "Lebedinsky" in reply.answer, reply.answer
