""" "who <did> …" needs the lead to speak of that doing; a past form whose root is not
its stem ("held" for "hold", "paid" for "pay") must still find it."""

from __future__ import annotations

from summaries.answers import answer
from tests.summaries.answer_stories import ARTICLES


def test_who_held_up_the_banner_finds_the_ones_who_hold_it(make_store):
    """ "who held up …" was declined: the lead says "hold a banner", and "held" shares
    no root with "hold"."""
    store = make_store([*ARTICLES, HELD])
    reply = answer(store, "who held up the banner on the station?")
    assert reply.found and "Artyom Belousov and Nikolai Rudenko" in reply.answer, reply.answer


HELD = (
    "banner-photo",
    "Cosmonauts pose with a battalion banner aboard the station",
    "2026-11-22T08:00:00Z",
    True,
    [
        "A photograph published on Saturday shows cosmonauts Artyom Belousov and Nikolai "
        "Rudenko, in the Russian segment of the International Space Station, as they hold a "
        "banner honouring a volunteer battalion, drawing a protest from Ukraine.",
        "Roscosmos said the crew's work schedule had not changed.",
    ],
    [],
)
