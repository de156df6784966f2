"""The latest on a stalled matter says where it stands now ("is now on hold", what is
being tried instead), and brings the quote of the one reported trying it."""

from __future__ import annotations

from summaries.answers import answer
from tests.summaries.answer_stories import ARTICLES

MOSS = (
    "tromso-moss-stranded",
    "Tromsø moss samples wait in a cold room after Russian route closes",
    "2026-10-02T09:00:00Z",
    True,
    [
        "Moss samples grown by biologists at the University of Tromsø were booked on a "
        "Russian Progress freighter to the International Space Station through a Moscow "
        "reseller that Norway has since put under sanctions.",
        "In a cold room at the university, thirty sealed dishes of Arctic moss have sat since "
        "June for a launch that keeps slipping away.",
        "The team's leader, Dr. Ingrid Solberg, said the moss could survive another year in "
        "storage.",
        "The Norwegian Space Agency has since stepped in. A spokesperson for the agency, Lars "
        "Nygaard, said officials were looking at other routes for the moss.",
        "\u201cWe are checking whether the moss could ride on a Japanese supply ship next "
        "spring,\u201d he said, adding that nothing had been promised.",
    ],
    [],
)


def test_the_latest_on_a_stalled_payload_brings_the_new_route(make_store):
    store = make_store([*ARTICLES, MOSS])
    reply = answer(store, "any news on sending the tromso moss up now russia is out?")
    assert reply.found
    assert "Japanese supply ship" in reply.answer


SEAT = (
    "kenya-seat-held",
    "Nairobi engineering fair opens as Kenya's astronaut seat is held up",
    "2026-08-15T09:00:00Z",
    True,
    [
        "NAIROBI — An engineering fair opened on Monday at the University of Nairobi, with "
        "two hundred student teams showing rovers, drones and a small satellite.",
        "The fair's guest of honour was Kenya's astronaut candidate, engineer Wanjiru Mwangi, "
        "who trained in Houston last year for a research flight to the International Space "
        "Station on an American commercial capsule.",
        "That flight, set for next summer, is now on hold while the two governments review "
        "the cost-sharing deal.",
        "Students queued for her autograph.",
    ],
    [],
)


def test_the_latest_on_a_seat_says_it_is_on_hold(make_store):
    store = make_store([*ARTICLES, SEAT])
    reply = answer(store, "whats the latest on kenya's astronaut flight on the american capsule")
    assert reply.found
    assert "on hold" in reply.answer
