""" "What's the name of X" is answered by a story that names X the way newsrooms do (a
naming verb, the name beside its kind, a bill by its title) though it never writes the
word "name"; a story that only describes X ("a Latvian contractor") still cannot."""

from __future__ import annotations

import pytest

from summaries import question as q_parse
from summaries.aliases import load_aliases
from summaries.answer_naming import names_something
from summaries.answers import answer
from summaries.store import Store
from tests.summaries.answer_stories import ARTICLES

SCULPTURE = (
    "lisbon-sound-sculpture-station-recordings",
    "Lisbon museum unveils sound sculpture built from station recordings",
    "2026-05-11T10:00:00Z",
    True,
    [
        "A Lisbon museum opened its spring season on Monday with Quiet Module, a sound "
        "sculpture assembled from fan and pump recordings made aboard the International "
        "Space Station by a Portuguese engineer.",
        "Curators said the piece drew long queues on its first day.",
    ],
    [],
)
NICKNAME = (
    "tallinn-barter-plan-station-spares",
    "Estonian barter plan for station spares draws ridicule",
    "2026-05-12T10:00:00Z",
    True,
    [
        "Estonia's economy ministry has proposed paying for International Space Station "
        "spare parts with timber instead of cash.",
        "Commentators in Tallinn quickly dubbed the scheme the “plank standard.”",
    ],
    [],
)
BILL = (
    "ohio-senator-bill-station-deorbit-fund",
    "Ohio senator files bill to fund station deorbit tug",
    "2026-05-13T10:00:00Z",
    True,
    [
        "Sen. Mara Lindqvist, D-Ohio, filed a bill on Thursday that would set aside money "
        "for the tug meant to steer the International Space Station into the Pacific.",
        "The Orbital Cleanup Funding Act would pay for the deorbit tug out of unspent "
        "exploration accounts.",
    ],
    [],
)
UNNAMED = (
    "riga-valve-contractor-unpaid",
    "Latvian contractor unpaid for station valves",
    "2026-05-14T10:00:00Z",
    True,
    [
        "A Latvian contractor that machined valves for the International Space Station's "
        "water recycler has not been paid for eight months, Latvia's ministry of economics "
        "said on Wednesday.",
    ],
    [],
)


@pytest.fixture
def store(make_store) -> Store:
    return make_store([*ARTICLES, SCULPTURE, NICKNAME, BILL, UNNAMED])


def test_the_name_set_beside_its_kind_is_given(store):
    reply = answer(
        store, "what's the name of the sound sculpture made from iss recordings in lisbon"
    )
    assert reply.found and "Quiet Module" in reply.answer, reply.answer


def test_a_nickname_given_by_a_naming_verb_is_given(store):
    reply = answer(store, "what nickname did tallinn commentators give the timber for spares plan")
    assert reply.found and "plank standard" in reply.answer, reply.answer


def test_a_bill_is_named_by_its_title(store):
    reply = answer(store, "whats the name of the bill the ohio senator filed for the deorbit tug")
    assert reply.found and "Orbital Cleanup Funding Act" in reply.answer, reply.answer


def test_a_thing_only_described_still_has_no_name(store):
    reply = answer(store, "whats the name of the latvian contractor owed money for the valves")
    assert not reply.found, reply.answer


@pytest.mark.parametrize(
    "text",
    [
        "The ministry called on Congress to block the contract.",
        "Lawmakers called for NASA to review the deal.",
    ],
)
def test_a_call_on_someone_names_nothing(text):
    q = q_parse.parse("what's the name of the latvian contractor", load_aliases(), None)
    assert not names_something(q, text)
