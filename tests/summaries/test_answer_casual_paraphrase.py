"""Members ask in chat's words: "gonna" says nothing about the topic, and "punishing" is
what the stories call sanctions."""

from __future__ import annotations

from summaries.aliases import load_aliases
from summaries.answers import answer
from summaries.question import parse

REBOOST = (
    "reboost-threat-paraphrase",
    "Roscosmos chief threatens to halt station reboosts over new EU sanctions",
    "2028-03-19T09:00:00Z",
    True,
    [
        "Roscosmos Director General Pavel Zimin said on Sunday that Russia could stop using "
        "its Progress ships to boost the International Space Station's orbit from 2029 if "
        "the European Union goes ahead with new sanctions.",
        "\u201cIf Brussels wants to starve our factories of microchips, it should not expect "
        "our engines to keep its laboratory in the sky,\u201d Zimin told reporters.",
    ],
    [],
)

OPED = (
    "oped-seats-tariffs",
    "Opinion: Washington should stop treating European astronaut seats as a trade weapon",
    "2028-03-16T09:00:00Z",
    True,
    [
        "I spent eleven years in the control room, watching European astronauts float "
        "through Columbus.",
        "I understand the anger over tariffs. But linking a trade dispute to a station that "
        "has kept flying through a war sets a precedent that Moscow will happily quote back "
        "at us.",
        "If the amendment survives, I hope European governments answer not with tariffs of "
        "their own, but with the plain reminder that the station has more than one owner.",
    ],
    [],
)


def test_chat_contractions_are_no_topic_words():
    parsed = parse("are the russians gonna stop, i wanna know", load_aliases())
    words = {c.text for c in parsed.topic}
    assert not {"gonna", "wanna"} & words, words


def test_punishing_is_asked_as_sanctions(make_store):
    reply = answer(
        make_store([REBOOST, OPED]),
        "are the russians gonna stop pushing the station up if europe keeps punishing them",
    )
    assert reply.found, reply.answer
    assert reply.citations[0].title == REBOOST[1], reply.answer


HOLLOWAY = (
    "oped-holloway-amendment",
    "Opinion: Washington should stop treating European astronaut seats as a trade weapon",
    "2028-03-16T09:00:00Z",
    True,
    [
        "On Tuesday, Senator Garrett Holloway added an amendment to the NASA authorization "
        "bill that would bar the agency from flying European astronauts to the International "
        "Space Station on American vehicles until the EU withdraws its new tariffs.",
        "\u201cSeats on an American vehicle are not a European entitlement,\u201d Holloway said.",
    ],
    [],
)

TIANGONG = (
    "tiangong-pitch-partners",
    "Beijing pitches Tiangong to ISS partners as the station's end nears",
    "2028-03-15T09:00:00Z",
    True,
    [
        "China offered on Tuesday to host astronauts from countries that currently fly to the "
        "International Space Station, pitching its Tiangong outpost as the successor.",
        "Three ISS partner states have held exploratory talks about flying astronauts to "
        "Tiangong, a spokesperson said.",
    ],
    [],
)


def test_did_they_do_something_about_it_is_answered_by_what_they_did(make_store):
    # "something" is no step the story must report by name
    reply = answer(
        make_store([HOLLOWAY, TIANGONG]),
        "did the us senate do something about european astronauts?",
    )
    assert reply.found, reply.answer
    assert reply.citations[0].title == HOLLOWAY[1]


def test_somewhere_else_is_no_word_to_find(make_store):
    reply = answer(
        make_store([HOLLOWAY, TIANGONG]),
        "has anyone offered the iss countries somewhere else to send astronauts",
    )
    assert reply.found, reply.answer
    assert reply.citations[0].title == TIANGONG[1]
