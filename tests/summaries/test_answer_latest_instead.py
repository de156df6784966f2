"""Where a matter stands includes what is being tried instead ("could instead ride on
…", "weighing alternatives") and the court reporter's closing line ("The hearing
continues."): both are the latest on it, though neither names it again."""

from __future__ import annotations

from summaries.answers import answer
from tests.summaries.answer_stories import ARTICLES

SPORES = (
    "gdansk-spores-held",
    "Gdansk lab's spore samples stuck at the border",
    "2026-10-05T09:00:00Z",
    True,
    [
        "GDANSK — A university laboratory in Gdansk held its open day on Saturday, with "
        "tours of its new cleanroom and a lecture on Baltic algae.",
        "Its spore samples for the International Space Station have been held at the "
        "Belarus border since August under the sanctions on goods for Russia.",
        "The lab's director said the team had spent two years preparing them.",
        "The Polish Space Agency has asked whether the vials could instead fly on a "
        "Japanese freighter next year.",
        "Visitors were offered cake shaped like a rocket.",
    ],
    [],
)


def test_the_latest_on_held_samples_says_what_is_tried_instead(make_store):
    store = make_store([*ARTICLES, SPORES])
    reply = answer(store, "any news on the gdansk spore samples held at the border?")
    assert reply.found
    assert "Japanese freighter" in reply.answer


HEARING = (
    "leeds-bearings-hearing",
    "Leeds trader tells court station bearings were for Baikonur",
    "2026-11-12T09:00:00Z",
    True,
    [
        "A Leeds trader accused of breaking export sanctions told Leeds Crown Court on "
        "Tuesday that the bearings he shipped through Armenia were meant for the space "
        "station's Russian segment.",
        "Owen Pritchard, 52, of Headingley, denies three counts of exporting restricted goods.",
        "The prosecution said the buyer named on the invoices also supplied tank plants.",
        "Mr Pritchard said he had never heard of the buyer's other customers.",
        "The hearing continues.",
    ],
    [],
)


def test_the_latest_on_a_trial_says_it_goes_on(make_store):
    store = make_store([*ARTICLES, HEARING])
    reply = answer(store, "latest on the leeds trader's bearings trial?")
    assert reply.found
    assert "hearing continues" in reply.answer
