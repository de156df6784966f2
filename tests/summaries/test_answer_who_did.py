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


TEA = (
    "star-city-feature",
    "The last winter of the cosmonauts' town",
    "2026-11-15T08:00:00Z",
    True,
    [
        "On a grey November morning, Tatyana Krotova sets out three cups of tea in her "
        "kitchen in Star City, the town outside Moscow where Russia trains the crews it "
        "sends to the International Space Station.",
        "Her husband flew twice to the station before the war broke the partnership's "
        "old habits, and the town has been emptying ever since.",
    ],
    [],
)
CONTRACT = (
    "deorbit-contract-won",
    "SpaceX wins the contract for the station's deorbit vehicle",
    "2024-06-26T08:00:00Z",
    True,
    [
        "SpaceX won the contract to build the vehicle that will push the International "
        "Space Station out of orbit, NASA said, after Russia declined to share the cost.",
    ],
    [],
)


def test_who_won_is_not_answered_by_a_story_where_no_one_wins(make_store):
    """ "who won the 2026 world cup" was answered with the feature's "three cups of tea":
    "won" is a past form the -ed pattern missed, so no one had to win anything."""
    store = make_store([*ARTICLES, TEA, CONTRACT])
    reply = answer(store, "who won the 2026 world cup")
    assert not reply.found and "cups of tea" not in reply.answer, reply.answer
    won = answer(store, "who won the contract for the deorbit vehicle?")
    assert won.found and "SpaceX won the contract" in won.answer, won.answer


SPOKESPERSON = (
    "esa-no-comment",
    "Roscosmos chief puts Progress flights under review after new EU sanctions",
    "2026-11-27T04:40:00Z",
    True,
    [
        "The head of Roscosmos said future Progress cargo flights to the International Space "
        "Station were under review after the European Union adopted new sanctions.",
        "The European Space Agency said it did not comment on social media posts. Anke "
        "Velthuis, an ESA spokesperson, said the agency remained committed to the partnership.",
    ],
    [],
)


def test_who_is_a_person_the_story_describes_only_by_role(make_store):
    # "an ESA spokesperson" names no one else: it had been declined as giving no name
    store = make_store([*ARTICLES, SPOKESPERSON])
    reply = answer(store, "who is Anke Velthuis?")
    assert reply.found and "an ESA spokesperson" in reply.answer, reply.answer
