"""A quote tied to the asked speaker only by the words around it must be theirs: not
another agency's that stories describe with the same words, nor one whose own sentence
says someone else speaks ("the letter states")."""

from __future__ import annotations

import pytest

from summaries.answers import answer
from summaries.store import Store
from tests.summaries.answer_stories import ARTICLES

PATCH = (
    "flag-patch-photo",
    "Cosmonauts skip crew photo over British astronaut's flag patch",
    "2026-06-14T12:00:00Z",
    True,
    [
        "Two cosmonauts stayed out of the crew photo on the International Space Station "
        "after a British astronaut wore a Ukrainian flag patch, with the UK Space Agency "
        "paying part of his private mission.",
        'Russia\'s space agency Roscosmos called the patch a "provocation" and accused '
        'the astronaut of "turning the station into a stage for political shows".',
    ],
    [("Roscosmos", "turning the station into a stage for political shows")],
)
LETTER = (
    "ground-station-letter",
    "Senators ask Blinken for briefing on Russian ground station in Nicaragua",
    "2024-03-06T12:00:00Z",
    True,
    [
        "Eight senators want a classified briefing on a Russian satellite ground station "
        "being built near Managua, in Nicaragua.",
        "In a letter to Secretary of State Antony Blinken, the senators asked for the "
        'briefing within 60 days. "An antenna farm two hours from Texas is not a '
        'navigation project; it is a listening post," the letter states.',
    ],
    [],
)
MURAL = (
    "station-mural-broadcast",
    "Cosmonauts broadcast message to troops from the station",
    "2026-02-24T12:00:00Z",
    True,
    [
        "Two cosmonauts on the International Space Station recorded an anniversary "
        "greeting to soldiers fighting in Ukraine, drawing protests from Kyiv.",
        "Kyiv urged NASA, the European Space Agency and Japan's space agency to condemn "
        'the broadcast. "The orbiting laboratory is for science and cooperation, and we '
        'expect every crew member to respect that," a NASA spokesperson said.',
    ],
    [("NASA", "The orbiting laboratory is for science and cooperation")],
)


# stored under a body whose names share only common words with the asked one, or under a
# body whose names are all common words
RADAR = (
    "debris-radar-offer",
    "European agency offers radar data after station debris scare",
    "2026-04-02T12:00:00Z",
    True,
    [
        "The crew of the International Space Station sheltered in their capsules on Monday "
        "as a fragment of a spent rocket stage passed close by.",
        "The European Space Agency and Roscosmos offered their tracking radar data to all the "
        'station\'s partners. "Debris does not respect borders, and neither should our warnings," the '
        "Russian space agency said.",
        'Washington welcomed the radar offer. "Shared warnings keep every crew safer," the '
        "United States said in a statement.",
    ],
    [
        ("Russian space agency", "Debris does not respect borders"),
        ("United States", "Shared warnings keep every crew safer"),
    ],
)


@pytest.fixture
def store(make_store) -> Store:
    return make_store([*ARTICLES, PATCH, LETTER, MURAL, RADAR])


@pytest.mark.parametrize(
    "question",
    [
        "what did the uk space agency say about the cosmonauts skipping the photo",
        "what did blinken say back to the senators about the nicaragua ground station",
        # "space" and "agency" are in both agencies' names: NASA's words are not ESA's
        "what did esa say about the cosmonauts' greeting to the soldiers",
    ],
)
def test_a_quote_that_is_someone_elses_is_declined(store, question):
    reply = answer(store, question)
    assert not reply.found, reply.answer


def test_the_agency_that_speaks_is_still_quoted(store):
    reply = answer(store, "what did roscosmos say about the flag patch")
    assert reply.found
    assert "political shows" in reply.answer


def test_the_agency_asked_is_quoted_beside_others(store):
    reply = answer(store, "what did nasa say about the cosmonauts' greeting to the soldiers")
    assert reply.found
    assert "science and cooperation" in reply.answer


def test_a_body_sharing_only_common_words_with_the_speaker_is_not_them(store):
    # "Russian space agency" shares "space agency" with ESA's names, nothing telling
    reply = answer(store, "what did esa say about the debris radar warnings")
    assert not reply.found, reply.answer


def test_a_body_whose_names_are_all_common_words_is_still_quoted(store):
    reply = answer(store, "what did the US say about the debris radar warnings")
    assert reply.found and "Shared warnings" in reply.answer, reply.answer


BACKGROUND = (
    "quiet-exit-background",
    "Moscow's shrinking space budget hints at a quieter exit from the station",
    "2026-11-24T08:00:00Z",
    True,
    [
        "Russia's draft budget trims civilian space spending and officials have drafted an "
        "option to leave the International Space Station in 2027.",
        "The State Department declined to comment on what it called hypothetical scenarios. "
        'A NASA official, speaking on background, said the agency had seen "nothing that '
        'changes our planning assumptions" but was watching the budget debate closely.',
    ],
    [],
)


def test_an_unnamed_officials_words_after_an_aside_are_not_the_body_named_before(make_store):
    # the NASA official's words had been given to the State Department named just before
    store = make_store([*ARTICLES, BACKGROUND])
    reply = answer(store, "did the State Department comment?")
    assert "nothing that changes our planning assumptions" not in reply.answer, reply.answer


DETACH = (
    "detach-refusal",
    "NASA rejects Russian proposal to detach modules for a national station",
    "2025-03-06T08:00:00Z",
    True,
    [
        "Roscosmos wrote that Russia would not leave its property behind. Roscosmos said in "
        "its letter that the modules “were built with Russian money and will serve Russian "
        "interests.”",
        "A senior official at Roscosmos, speaking on condition of anonymity, said the agency "
        "had expected the refusal of its plan to detach modules from the International Space "
        'Station. "The Americans want our engines until the last day and our opinion never," '
        "the official said.",
    ],
    [("Roscosmos", "were built with Russian money and will serve Russian interests.")],
)


def test_an_official_asked_by_role_is_not_the_bodys_own_statement(make_store):
    # "what did the senior official say?" had answered with Roscosmos's letter
    store = make_store([*ARTICLES, DETACH])
    reply = answer(store, "what did the senior official say?")
    assert "our opinion never" in reply.answer, reply.answer
    assert "Russian money" not in reply.answer, reply.answer


PEACE_TALK = (
    "aviation-parts-transcript",
    "Transcript: Russia ties station extension to aircraft parts",
    "2027-02-21T12:00:00Z",
    True,
    [
        "Moscow has said it will extend its part of the International Space Station only "
        "if Washington lifts sanctions on parts for Russian airliners.",
        "The Kremlin's spokesman was asked about it on Friday and said, quote, \"Space and "
        "aviation are both about safety. It is strange to demand one and refuse the "
        'other." End quote.',
    ],
    [],
)


def test_a_role_asked_gets_the_bodys_words_its_unnamed_holder_gave(make_store):
    # the quote is stored as the Kremlin's (its spokesman is unnamed); "the kremlin
    # spokesman" asks for the role, whose words these are as the story tells it
    store = make_store([*ARTICLES, PEACE_TALK])
    reply = answer(
        store, "what did the kremlin spokesman say about linking the station to aviation"
    )
    assert reply.found, reply.answer
    assert "strange to demand one" in reply.answer
