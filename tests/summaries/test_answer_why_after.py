"""A "why" is answered with the sentence that gives the event behind the fact ("suspended
the flight after Peru joined …"), not a neighbour that shares more of the question's words
but gives no reason: newsrooms often put the cause in an "after" clause, not "because"."""

from __future__ import annotations

import pytest

from summaries.answers import answer
from tests.summaries.answer_stories import ARTICLES

SUSPENDED = (
    "peru-astronaut-flight-suspended",
    "Lima honours its aerospace graduates as Peru's astronaut candidate waits",
    "2026-11-20T09:00:00Z",
    True,
    [
        "LIMA — The National University of Engineering awarded degrees to 2,480 graduates on "
        "Friday in the largest ceremony in its history, held over two days in the city's "
        "football stadium because the great hall on campus could not seat the families.",
        "Among the graduates receiving a doctorate in aerospace engineering was Dr. Rosa "
        "Quispe, 31, chosen last spring from more than four hundred applicants as Peru's "
        "candidate for a science visit to the International Space Station on a U.S. "
        "commercial capsule, which would have made her the first Peruvian in orbit.",
        "Her research on high-altitude plants would have been carried out in the station's "
        "American laboratory.",
        "Officials in Lima said last week that Washington had suspended the agreement after "
        "Peru joined a Chinese-led lunar base project in September.",
        "Quispe told reporters she still hoped to fly.",
    ],
    [],
)


# "After Peru joined …, Washington suspended …": the same cause, its clause leading the sentence
OPENING = (
    "peru-candidate-after-first",
    *SUSPENDED[1:4],
    [
        *SUSPENDED[4][:3],
        "After Peru joined a Chinese-led lunar base project in September, Washington "
        "suspended the agreement, officials in Lima said last week.",
        SUSPENDED[4][4],
    ],
    [],
)


@pytest.mark.parametrize("story", [SUSPENDED, OPENING], ids=["after-clause", "opening-clause"])
def test_a_why_leads_with_the_event_behind_it(make_store, story):
    store = make_store([*ARTICLES, story])
    reply = answer(store, "why is peru's astronaut candidate's two-week iss visit suspended")
    assert reply.found
    assert "lunar base" in reply.answer


# The reason follows the sentence it explains and shares none of the question's words.
CUT_OUT = (
    "dresden-tula-school-call",
    "Dresden pupils talk to the station, without their Tula partners",
    "2026-11-21T09:00:00Z",
    True,
    [
        "DRESDEN — Thirty pupils crowded round a loudspeaker in a school gym on Tuesday, "
        "waiting for a voice from the International Space Station.",
        "The original plan, drawn up with the school's partner school in Tula, was a joint "
        "radio call in which Russian pupils would also speak to the crew.",
        "In October the state education office withdrew its approval for the joint part, "
        "citing federal rules that bar official exchanges with Russian state institutions.",
        "The pupils asked about sleep, food and the view.",
    ],
    [],
)


def test_a_why_takes_the_cause_that_follows_the_sentence_it_explains(make_store):
    store = make_store([*ARTICLES, CUT_OUT])
    reply = answer(store, "why were the tula kids cut out of the dresden school's radio call")
    assert reply.found, reply.answer
    assert "federal rules" in reply.answer, reply.answer
    assert reply.answer.startswith("In October"), reply.answer  # the reason leads


# a paragraph says what happened, then why, in words the question does not share
PRUDENT = (
    "turin-cargo-prudence",
    "Italy offers to build what Russia's cargo ships carry",
    "2026-11-21T09:00:00Z",
    True,
    [
        "TURIN — Italy's enterprise minister said on Thursday that Italian industry could "
        "replace Russian cargo ships at the International Space Station if Moscow left early.",
        "Chiara Morandi, president of the Italian Space Agency, sounded less eager about "
        "replacing Russian cargo ships. She said a new freighter would take most of a "
        "decade to design and qualify.",
        "Morandi added that the agency would brief the minister next week.",
    ],
    [],
)


def test_a_why_takes_the_next_sentence_of_the_paragraph(make_store):
    store = make_store([*ARTICLES, PRUDENT])
    reply = answer(
        store,
        "why did the italian space agency head sound less gung-ho about replacing russian cargo ships",
    )
    assert reply.found, reply.answer
    assert "most of a decade" in reply.answer, reply.answer
