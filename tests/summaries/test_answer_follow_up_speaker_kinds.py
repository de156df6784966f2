"""Follow-ups that name the next speaker the way members do: by a role ("and the foreign
minister?"), by the union ("and the eu?", never ESA), by a body whose person the story
introduces by its head word ("a Commission spokesman") or by "its" ("Its station
programme manager, …"), and by Congress, whose members speak for it."""

from __future__ import annotations

from summaries.answers import Conversation, answer
from tests.summaries.answer_stories import ARTICLES

ENTRY_BAN = (
    "tokyo-entry-ban",
    "JAXA halts astronaut's Star City training after Russian entry ban",
    "2026-10-06T08:00:00Z",
    True,
    [
        "JAXA has suspended plans to send an astronaut to Russia for Soyuz training after "
        "Moscow banned a senior JAXA executive from entering the country.",
        "The Russian Embassy in Tokyo said the ban was a \u201cmirror response\u201d to "
        "Japanese sanctions.",
        "Foreign Minister Reiko Shimada rejected the comparison. \u201cJapan\u2019s sanctions "
        "are a response to aggression. Russia\u2019s list is a response to Japan\u2019s "
        "sanctions,\u201d Shimada said at a regular briefing.",
    ],
    [],
)
VIDEO = (
    "kyiv-video-protest",
    "Kyiv urges station partners to condemn a cosmonaut's video",
    "2026-09-30T08:00:00Z",
    True,
    [
        "Ukraine's Foreign Ministry urged the station's partners to condemn a video "
        "recorded by a cosmonaut aboard the International Space Station.",
        "Oleh Marchuk, the foreign minister's spokesperson, said the video was a "
        "deliberate provocation.",
    ],
    [],
)
SEAT = (
    "budapest-seat",
    "Budapest weighs a Soyuz seat for its next astronaut",
    "2026-05-19T08:00:00Z",
    True,
    [
        "Hungary is in talks with Roscosmos about flying its next astronaut to the "
        "International Space Station on a Russian Soyuz, the government said on Monday.",
        'ESA said in a statement: "ESA astronauts do not train or fly on Russian vehicles, '
        'and ESA is not a party to national arrangements of this kind."',
        "The European Commission was cool. \u201cAny cooperation with Roscosmos, an entity "
        "under EU restrictive measures, raises serious questions,\u201d a Commission "
        "spokesman, Lorenzo Mazzoni, told reporters in Brussels.",
    ],
    [],
)
REBOOST = (
    "tokyo-reboost",
    "Tokyo weighs paying for station reboosts after Moscow's warning",
    "2026-07-22T08:00:00Z",
    True,
    [
        "Russia warned Japan that countries joining sanctions could not count on Russian "
        "engines to keep the International Space Station in orbit.",
        "Ayumi Kurosawa, a JAXA vice president who oversees the cargo programme, said the "
        "ship could \u201csupport, not replace\u201d Russian propulsion. \u201cOne vessel a "
        "year cannot do the work of the Russian engines,\u201d she told reporters.",
    ],
    [],
)
OXYGEN = (
    "moscow-oxygen",
    "Moscow threatens to stop sharing station oxygen after sanctions",
    "2026-05-18T08:00:00Z",
    True,
    [
        "Russia has threatened to stop supplying oxygen from its half of the International "
        "Space Station to the American side after Washington sanctioned the maker of its "
        "life-support machines.",
        "\u201cIt\u2019s a pressure tactic, and a clumsy one,\u201d said a congressional aide "
        "who works on Nasa\u2019s budget and asked not to be named.",
        "Nasa played down the threat. Its station programme manager, Candace Ofori-Mensah, "
        "said the American segment could make its own oxygen. \u201cWe have never depended "
        "on a single source for anything the crew breathes,\u201d she said.",
    ],
    [],
)
EXTENSION = (
    "kremlin-extension",
    "Kremlin envoy floats station extension as a test of detente",
    "2025-03-17T08:00:00Z",
    True,
    [
        "A Kremlin envoy, Kirill Dmitriev, proposed extending the International Space "
        "Station beyond 2030 as a first joint project after the war.",
        "NASA said it \u201ccontinues to work with all international partners\u201d.",
        "On Capitol Hill, the proposal landed badly. \u201cAny extension that sends money to "
        "Roscosmos while Russian missiles are hitting Kyiv is dead on arrival in this "
        "committee,\u201d said Rep. Elaine Marchetti, a Democrat on the House Science "
        "Committee.",
    ],
    [],
)


def _follow(make_store, story, first: str, then: str, *others):
    store = make_store([*ARTICLES, story, *others])
    conv = Conversation()
    opening = answer(store, first, conversation=conv)
    assert opening.found, opening.answer
    return answer(store, then, conversation=conv)


def test_a_role_after_a_quote_asks_what_its_holder_said(make_store):
    reply = _follow(
        make_store,
        ENTRY_BAN,
        "what did the russian embassy say about the star city training ban",
        "and the foreign minister?",
        VIDEO,
    )
    assert reply.found, reply.answer
    assert "response to aggression" in reply.answer, reply.answer
    assert "provocation" not in reply.answer, reply.answer  # Kyiv's, another story
    assert reply.answer.startswith("Shimada said"), reply.answer  # their words, attributed


def test_the_eu_is_the_commission_not_esa(make_store):
    reply = _follow(make_store, SEAT, "is hungary buying a soyuz seat?", "and the eu?")
    assert reply.found, reply.answer
    assert "serious questions" in reply.answer, reply.answer
    assert "national arrangements" not in reply.answer


def test_a_body_asked_gets_its_persons_own_sentence_first(make_store):
    reply = _follow(
        make_store,
        REBOOST,
        "what did russia warn japan about the engines",
        "and what did jaxa say",
    )
    assert reply.found, reply.answer
    assert "support, not replace" in reply.answer, reply.answer
    assert reply.answer.index("Kurosawa") < reply.answer.index("One vessel a year")


def test_its_manager_after_the_body_speaks_for_it(make_store):
    reply = _follow(
        make_store,
        OXYGEN,
        "russia is threatening to stop oxygen to the us side?",
        "what did nasa say",
    )
    assert reply.found, reply.answer
    assert "single source" in reply.answer, reply.answer
    assert "pressure tactic" not in reply.answer


def test_congress_speaks_through_its_members(make_store):
    reply = _follow(
        make_store,
        EXTENSION,
        "what did dmitriev propose for the station",
        "what did congress think",
    )
    assert reply.found, reply.answer
    assert "dead on arrival" in reply.answer, reply.answer
