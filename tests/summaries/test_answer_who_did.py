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


LAGUNOV = (
    "progress-halt-threat",
    "Roscosmos warns it may halt Progress cargo runs to the station",
    "2026-11-26T08:00:00Z",
    True,
    [
        "Russia's space agency warned on Thursday that it could suspend Progress cargo "
        "flights to the International Space Station if the European Union adopts new "
        "sanctions on its suppliers.",
        '"If Brussels cuts off the factories that build our freighters, it should not be '
        'surprised when the freighters stop flying," Roscosmos director general Pavel '
        "Lagunov told reporters.",
        "The proposed package, the EU's 22nd since Moscow's full-scale invasion of Ukraine "
        "in 2022, would add more than 40 Russian firms to a blacklist, according to a draft "
        "seen by Meridian Wire.",
    ],
    [],
)


def test_who_is_a_named_person_is_answered_by_where_the_story_says_who_they_are(make_store):
    """ "who is Pavel Lagunov?" opened with the blacklist sentence: the who-answer looked
    for a person the question does not name, as for "who signed the letter"."""
    store = make_store([*ARTICLES, LAGUNOV])
    for question in ("who is Pavel Lagunov?", "who's lagunov"):
        reply = answer(store, question)
        assert reply.answer.startswith('"If Brussels cuts off'), (question, reply.answer)
        assert "director general Pavel Lagunov" in reply.answer.split(" … ")[0]
