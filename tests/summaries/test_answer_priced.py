""" "how much does X cost" when the story names X in one sentence and prices it in the
next ("The vehicle, being built … under a contract now valued at $1.2 billion"): the
two together answer it; the naming sentence alone was declined as giving no sum."""

from __future__ import annotations

from summaries.answers import answer
from tests.summaries.answer_stories import ARTICLES

DEORBIT_BILL = (
    "deorbit-bill",
    "Partners balk at NASA's bill for the station's deorbit tug",
    "2026-11-22T15:40:00Z",
    True,
    [
        "NASA's effort to get its International Space Station partners to help pay for the "
        "U.S. Deorbit Vehicle has run into resistance from Moscow and Tokyo, according to "
        "agency officials.",
        "The vehicle, being built by SpaceX under a contract now valued at $1.2 billion, will "
        "push the station into a controlled re-entry over the South Pacific.",
        "Roscosmos said Russia did not order the vehicle and would not pay for it.",
    ],
    [],
)


def test_the_sum_in_the_sentence_after_the_named_thing_answers(make_store):
    store = make_store([*ARTICLES, DEORBIT_BILL])
    reply = answer(store, "how much does the deorbit vehicle cost")
    assert reply.found and "$1.2 billion" in reply.answer, reply.answer
    assert reply.citations[0].title == DEORBIT_BILL[1]


def test_a_sum_for_something_else_still_does_not_answer(make_store):
    store = make_store([*ARTICLES, DEORBIT_BILL])
    reply = answer(store, "how much does the soyuz seat cost")
    assert "$1.2 billion" not in reply.answer, reply.answer
