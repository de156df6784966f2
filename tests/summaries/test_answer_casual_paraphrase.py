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
