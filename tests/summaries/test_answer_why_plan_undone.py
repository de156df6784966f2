"""A "why did it lose its ride" is answered with what undid the plan: newsrooms tell the
plan ("was originally meant to fly on a Progress"), then its undoing in the next sentence
("That plan collapsed when …", "But in March …"), which shares none of the question's
words and gives no "because"."""

from __future__ import annotations

from summaries.answers import answer
from tests.summaries.answer_stories import ARTICLES

ICE = (
    "tartu-ice-probe-changes-ride",
    "Tartu students' ice probe will fly on a Dragon after all",
    "2026-06-02T09:00:00Z",
    True,
    [
        "TARTU — A shoebox-sized probe built by physics students at the University of Tartu "
        "to watch ice crystals grow in orbit will reach the International Space Station in "
        "the autumn, the university said on Monday.",
        "The probe was originally meant to fly on a Russian Progress cargo ship under a "
        "contract with a Moscow broker that sells space on the Russian segment. That plan "
        "fell apart in March when the broker's bank in Vienna froze the students' payment "
        "after an audit of accounts linked to the Russian defence sector.",
        "The Estonian Space Office then found the students a place on a Dragon cargo flight.",
        "“We were not going to let ten years of student work sit on a shelf,” said the "
        "office's director, Kaja Tamm, who added that the Dragon ride cost the university "
        "nothing extra.",
        "The probe will be shipped to Florida in August.",
    ],
    [],
)


def test_why_a_ride_was_lost_leads_with_what_undid_the_plan(make_store):
    store = make_store([*ARTICLES, ICE])
    reply = answer(store, "why did the tartu ice probe lose its ride on the russian progress")
    assert reply.found
    assert "froze the students' payment" in reply.answer.split(" … ")[0]


MOSS = (
    "galway-moss-stays-grounded",
    "Galway moss samples stay on the ground",
    "2026-07-09T09:00:00Z",
    True,
    [
        "GALWAY — Twelve trays of bog moss gathered by botanists at the University of "
        "Galway are still in a cold room on campus, three months after they should have "
        "reached the International Space Station.",
        "The trays were booked on a Russian Progress freighter through a Cyprus company "
        "that resells room on the Russian segment. But in April Dublin added the company "
        "to its sanctions list, and the university's lawyers said it could no longer be "
        "paid.",
        "“The moss does not care about geopolitics,” said the project's lead, Dr. Aoife "
        "Brennan, who hopes to find a seat on a Cygnus next year.",
        "The moss can stay frozen for another year before it loses its value.",
    ],
    [],
)


def test_the_undoing_may_open_with_but(make_store):
    store = make_store([*ARTICLES, MOSS])
    reply = answer(store, "why cant the galway moss trays ride the progress anymore")
    assert reply.found
    assert "added the company to its sanctions list" in reply.answer.split(" … ")[0]
