"""An answer sentence cut from a quotation that runs on past it gets its closing mark:
left open, what follows in the answer read as the speaker's words too."""

from __future__ import annotations

from summaries.answer_lead import closed
from summaries.answers import answer
from tests.summaries.answer_stories import ARTICLES

TELEGRAM = (
    "dremin-telegram",
    "Roscosmos chief puts Progress flights under review after new EU sanctions",
    "2026-11-27T04:40:00Z",
    True,
    [
        "The head of Roscosmos said future Progress cargo flights to the International Space "
        "Station were under review after the European Union adopted new sanctions.",
        '"Every Progress that docks with the station carries the fuel that keeps the station '
        'in orbit. Brussels should think about who it is punishing," Pavel Dremin wrote.',
    ],
    [],
)


def test_closed_adds_only_the_missing_mark():
    assert closed("“It keeps us in orbit.") == "“It keeps us in orbit.”"
    assert closed('"It keeps us in orbit.') == '"It keeps us in orbit."'
    assert closed("“Done,” he said.") == "“Done,” he said."
    assert closed('He said "done". Then more.') == 'He said "done". Then more.'


def test_an_answer_never_leaves_a_quotation_open(make_store):
    store = make_store([*ARTICLES, TELEGRAM])
    reply = answer(store, "what fuel keeps the station in orbit?")
    assert reply.found and "Every Progress" in reply.answer, reply.answer
    assert reply.answer.count('"') % 2 == 0, reply.answer


HEARING = (
    "reboost-hearing",
    "Lawmakers press NASA on Russian exit risk",
    "2026-11-26T08:00:00Z",
    True,
    [
        "A House panel questioned NASA's Marisol Tenney on Wednesday about a Russian "
        "withdrawal from the International Space Station.",
        "Lawmakers from both parties pressed for a plan to keep the station flying.",
        '"We have no indication that Roscosmos intends to leave before 2028," she said. '
        "Representative Dale Pruett asked for a written plan within ninety days, and a first "
        "full reboost by a Cygnus freighter is scheduled for March.",
    ],
    [("Tenney", "We have no indication that Roscosmos intends to leave before 2028,")],
)


def test_an_unnamed_quotes_speaker_is_named_after_it_not_after_the_passage(make_store):
    store = make_store([*ARTICLES, HEARING])
    reply = answer(
        store, "does roscosmos intend to leave before 2028, and what did pruett ask for?"
    )
    text = reply.answer
    assert reply.found and "— Tenney" in text and "Pruett" in text, text
    # the tag follows her words, not the congressman's request after them
    assert text.index("— Tenney") < text.index("Pruett"), text
