"""summaries.answer_lead: under the character budget, a sentence adding none of the
question's words gives way to the one carrying the fact asked for."""

from __future__ import annotations

import pytest

from summaries import question as q_parse
from summaries.aliases import load_aliases
from summaries.answer_lead import _fit, _redundant_last
from summaries.answers import answer
from tests.summaries.answer_stories import ARTICLES

SEAT = (
    "soyuz-ms31-launch",
    "Soyuz MS-31 carries two cosmonauts and a NASA astronaut to the station",
    "2025-03-14T10:00:00Z",
    True,
    [
        "BAIKONUR, Kazakhstan — A Soyuz rocket lifted off from the steppe on Friday "
        "afternoon carrying a three-person crew toward the International Space Station "
        "for a stay of about six months.",
        "The launch took place in light snow, and the rocket's third stage released the "
        "Soyuz MS-31 capsule into orbit about nine minutes after liftoff, right on schedule.",
        "Commander Oleg Vyrubov and flight engineer Ilya Sorokin, both of Roscosmos, were "
        "joined in the capsule by NASA astronaut Tenzing Marlow, a former Air Force test "
        "pilot on his first spaceflight.",
        "The crew was expected to reach the Rassvet module roughly three hours later, after "
        "the short two-orbit rendezvous that Russian flight controllers in Korolyov have "
        "preferred for several years, and to open the hatches about two hours after that, "
        "once pressure checks between the capsule and the module were complete.",
        "Marlow's seat is the first to be filled under an arrangement signed in January "
        "that trades places on Russian and American spacecraft without any money changing "
        "hands.",
    ],
    [],
)


@pytest.fixture
def store(make_store):
    return make_store([*ARTICLES, SEAT])


def test_the_sentence_with_the_means_outlasts_one_sharing_no_question_word(store):
    # the rendezvous sentence follows the lead with a cause word ("after the"), but
    # shares nothing with the question; the seat-swap sentence says how he got the seat
    reply = answer(store, "How did NASA astronaut Tenzing Marlow get his seat on Soyuz MS-31?")
    assert reply.found
    assert "Tenzing Marlow" in reply.answer
    assert "without any money changing hands" in reply.answer


def test_the_quote_after_a_kept_sentence_keeps_its_place():
    # "how did the minister answer": her sentence brings "foreign minister"; her quote
    # right after it shares no further question word but is the answer itself, while
    # the ambassador's scene-setting sentences in between go last
    q = q_parse.parse(
        "how did peru's foreign minister answer the russian ambassador's offer to fly "
        "their astronaut on soyuz",
        load_aliases(),
        None,
    )
    texts = [
        "Russia has offered to fly Peru's first astronaut on a Soyuz, the Russian "
        "ambassador said on Thursday.",
        "Ambassador Pyotr Volodin made the offer public at a reception at the embassy.",
        "He said the terms were generous but declined to say whether Peru would pay.",
        "Foreign Minister Elena Cárdenas said the government had received no proposal.",
        "“Peru will decide how its astronaut flies, and not over canapés at an embassy "
        "party,” she said.",
    ]
    order = _redundant_last([[0], [3], [1], [2], [4]], texts, q)
    assert order.index([4]) < order.index([1])


CONTRACT = (
    "esa-hangar-contract",
    "ESA picks Bremen firm to build cargo return capsule",
    "2026-02-03T10:00:00Z",
    True,
    [
        "The European Space Agency has chosen a Bremen company to build a capsule that can "
        "bring experiments back from the space station, in a contract worth 310 million euros.",
        "The first flight is planned for 2029.",
    ],
    [],
)
ESA_BUDGET = (
    "esa-budget-capsule",
    "Ministers approve ESA budget with money for return capsule",
    "2026-02-05T10:00:00Z",
    True,
    [
        "European ministers on Thursday approved a budget that sets aside 95 million euros "
        "this year to start building a capsule that can bring experiments back from the "
        "station.",
        "The rest of the budget goes to launchers and science missions.",
    ],
    [],
)


def test_a_second_story_answering_as_well_is_said_too(make_store):
    # two reports of the capsule, each with its own figure, answer equally well: the
    # lead says both, as it cites both
    store = make_store([*ARTICLES, CONTRACT, ESA_BUDGET])
    reply = answer(
        store,
        "How much is going to a capsule that can bring experiments back from the station?",
    )
    assert reply.found and len(reply.citations) >= 2
    assert "95 million euros" in reply.answer
    assert "310 million euros" in reply.answer


def test_a_sentence_comes_without_its_lead_in_when_both_do_not_fit():
    # the lead (300) and a sentence (200) whose antecedent (250) would overrun 640
    assert _fit([[0], [2, 1]], [300, 250, 200]) == [[0], [2]]
    assert _fit([[0], [2, 1]], [300, 150, 150]) == [[0], [2, 1]]


@pytest.mark.parametrize(
    "text",
    [
        "that ammonia pump on the truss that tripped, when did it fail the first time",
        "after the agency added money to the contract, when did they say the reentry would be",
    ],
)
def test_when_asked_after_a_fronted_phrase_is_a_when_question(text):
    # the thing asked about comes first; ", when did …" asks for the date all the same
    assert q_parse.parse(text, load_aliases(), None).kind == "when"


def test_a_when_clause_inside_a_question_is_not_asked():
    q = q_parse.parse("what broke when the pump tripped on monday", load_aliases(), None)
    assert q.kind != "when"
