"""A "why" is answered with the sentence giving the reason, not with one that is "due to"
do something: "the Crew Dragon that is due to return next week" is a timetable."""

from __future__ import annotations

from summaries.answers import answer
from tests.summaries.answer_stories import ARTICLES

WRIST = (
    "cosmonaut-wrist-dragon-waiver",
    "Injured cosmonaut could ride Dragon home once State Department signs off",
    "2026-01-14T09:00:00Z",
    True,
    [
        "A cosmonaut with a broken wrist aboard the International Space Station could come "
        "home early on a SpaceX capsule, but only once the State Department signs off, U.S. "
        "and Russian officials said.",
        "Roscosmos has asked NASA to fly him back on the Crew Dragon that is due to return "
        "four astronauts next week, rather than keep him on the station until April.",
        "The crew agreement between the two agencies covers only flights planned in advance.",
        "An early ride home needs an amendment and, because of export-control rules on the "
        "capsule's technology, approval from the State Department.",
        "Doctors on the ground said the injured cosmonaut was comfortable.",
    ],
    [],
)


def test_a_why_is_not_answered_with_a_timetable(make_store):
    store = make_store([*ARTICLES, WRIST])
    reply = answer(
        store,
        "why can't nasa just bring the cosmonaut with the broken wrist home on the crew "
        "dragon without waiting for the state department",
    )
    assert reply.found
    assert "export-control" in reply.answer


BARRED = (
    "russia-bars-danish-astronaut",
    "Russia bars Danish astronaut from its half of the space station",
    "2026-05-04T09:00:00Z",
    True,
    [
        "Russia has told the European Space Agency that a Danish astronaut due to fly to the "
        "International Space Station this autumn will not be allowed into the station's "
        "Russian segment, in what Copenhagen called a reprisal for Danish sanctions on a "
        "senior Roscosmos official.",
        "The astronaut, a former air force pilot, is scheduled to launch in October on a NASA "
        "commercial crew flight for a six-month stay.",
        "Last month Denmark added Oleg Varakin, a Roscosmos deputy director general, to its "
        "sanctions list, accusing him of passing satellite imagery to the armed forces.",
        "Speaking in parliament, the Danish foreign minister said the decision put politics "
        "above crew safety.",
        "Station crews are trained to move through the whole complex in an emergency, and "
        "the letter came a week after the sanctions decision, with the Soyuz and Crew Dragon "
        "escape craft docked on opposite sides of the divide.",
        "Former flight controllers said a formal ban, if enforced, would force NASA to "
        "rewrite emergency procedures for a single crew member.",
        "Varakin himself responded on Telegram. \u201cDenmark wanted to punish me. It has "
        "punished its own astronaut,\u201d he wrote.",
    ],
    [("Varakin", "Denmark wanted to punish me. It has punished its own astronaut,")],
)


def test_a_reprisal_is_the_reason_the_reply_does_not_look_further(make_store):
    """ "a reprisal for Danish sanctions on a senior official" gives the reason: the reply
    does not add a sentence that only places the ban after the sanctions in time."""
    store = make_store([*ARTICLES, BARRED])
    reply = answer(store, "why did russia ban the danish astronaut from the russian modules")
    assert reply.found
    assert "reprisal for Danish sanctions" in reply.answer
    assert "escape craft" not in reply.answer
