"""Namesakes and bodies of two states: a quote stored under a surname or a ministry is
given to the one asked for, never to another bearer of the name or another state's body
(each was a false attribution a tester saw)."""

from __future__ import annotations

from summaries.answers import answer
from tests.summaries.answer_stories import ARTICLES

OBITUARY = (
    "cosmonaut-obituary",
    "Gennady Lavrov, cosmonaut who bridged two space programmes, dies at 71",
    "2026-11-22T08:00:00Z",
    True,
    [
        "Gennady Lavrov, a Soviet cosmonaut who later trained alongside American astronauts "
        "for the International Space Station, has died at 71.",
        "In 2022 he signed an open letter against the war. “The station was built by people "
        "who had been told to be enemies,” Lavrov wrote.",
    ],
    [("Lavrov", "The station was built by people who had been told to be enemies,")],
)
TWO_HARLOWS = (
    "two-harlows",
    "Roscosmos ties Soyuz seat swap to export controls",
    "2025-03-04T08:00:00Z",
    True,
    [
        "NASA's associate administrator, Diane Harlow, said the agency had no formal notice "
        "from Moscow about the seat swap on the International Space Station. “Our teams keep "
        "talking every day,” Harlow said.",
        "Senator Tom Harlow of Ohio took a harder line. “Washington does not trade sanctions "
        "for seats,” Senator Harlow said.",
    ],
    [
        ("Harlow", "Our teams keep talking every day,"),
        ("Harlow", "Washington does not trade sanctions for seats,"),
    ],
)
TWO_MINISTRIES = [
    (
        "kyiv-protest",
        "Cosmonaut's flag salute aboard ISS draws protest from Kyiv",
        "2026-11-26T08:00:00Z",
        True,
        [
            "Ukraine’s foreign ministry protested on Wednesday after a Russian cosmonaut on "
            "the International Space Station saluted the flag of a Russian-occupied region, "
            "and summoned the Russian chargé d'affaires. “Using the station for war "
            "propaganda is an insult,” the ministry said.",
        ],
        [("Ukraine’s foreign ministry", "Using the station for war propaganda is an insult,")],
    ),
    (
        "moscow-hostage",
        "Roscosmos ties next Soyuz seat swap to easing of U.S. export controls",
        "2025-03-04T09:00:00Z",
        True,
        [
            "Roscosmos said on Tuesday it would not renew the seat swap on the International "
            "Space Station unless Washington eased export controls on Russian suppliers.",
            "NASA said it had received no formal notice from Moscow. Senator Tom Harlow "
            "said the controls were not up for negotiation while the war continues.",
            "The Russian foreign ministry backed the agency. “The space station must not "
            "become a hostage of Washington's sanctions policy,” the ministry said in a "
            "statement posted on its website.",
            "Analysts said the threat appeared carefully calibrated, and the next crew "
            "exchange is scheduled for September.",
        ],
        [
            (
                "Russian foreign ministry",
                "The space station must not become a hostage of Washington's sanctions policy,",
            )
        ],
    ),
]


def test_a_namesake_is_not_labelled_with_the_ministers_office(make_store):
    store = make_store([*ARTICLES, OBITUARY])
    reply = answer(store, "what did Lavrov say?")
    assert reply.found and "enemies" in reply.answer, reply.answer
    assert "Foreign Ministry" not in reply.answer, reply.answer


def test_another_given_name_is_not_the_one_asked(make_store):
    store = make_store([*ARTICLES, OBITUARY])
    reply = answer(store, "what did Sergei Lavrov say?")
    assert "enemies" not in reply.answer, reply.answer
    assert "enemies" in answer(store, "what did Gennady Lavrov say?").answer


def test_the_senator_among_two_harlows(make_store):
    store = make_store([*ARTICLES, TWO_HARLOWS])
    senator = answer(store, "what did Senator Harlow say?")
    assert "does not trade sanctions" in senator.answer, senator.answer
    assert "keep talking" not in senator.answer, senator.answer
    diane = answer(store, "what did Diane Harlow say?")
    assert "keep talking" in diane.answer and "trade sanctions" not in diane.answer, diane.answer


def test_a_ministry_asked_by_its_state_is_not_the_other_states(make_store):
    store = make_store([*ARTICLES, *TWO_MINISTRIES])
    reply = answer(store, "what did the Russian foreign ministry say?")
    assert "hostage" in reply.answer and "propaganda" not in reply.answer, reply.answer


INSTITUTE = (
    "sahel-timeline",
    "Timeline: how the ISS charted the Sahel's turn towards Moscow",
    "2026-11-23T08:00:00Z",
    False,
    [
        "The Institute for Security Studies (ISS), the Pretoria-based think tank, published "
        "its annual Sahel report on Monday.",
        "“Sanctions were designed for governments that care about Western markets,” said "
        "Amina Diallo-Koné, head of the ISS Sahel programme, at the report's launch.",
    ],
    [("Diallo-Koné", "Sanctions were designed for governments that care about Western markets,")],
)


def test_a_body_asked_by_its_full_name_is_found_under_its_initials(make_store):
    store = make_store([*ARTICLES, INSTITUTE])
    reply = answer(store, "What did the Institute for Security Studies say about sanctions?")
    assert reply.found and "Sanctions were designed" in reply.answer, reply.answer


def test_a_bodys_quotes_leave_out_a_namesake_of_its_people(make_store):
    from summaries.lookups import recent_quotes

    store = make_store([*ARTICLES, OBITUARY])
    assert recent_quotes(store, speaker="Foreign Ministry") == []
    assert [q.speaker for _, q in recent_quotes(store, speaker="Lavrov")] == ["Lavrov"]
