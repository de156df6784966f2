"""The latest on a row is the newest story on that row, not a newer story on the same
places and agencies that shares only half of what was asked."""

from __future__ import annotations

from summaries.answers import answer
from tests.summaries.answer_stories import ARTICLES, story_id

ROW = (
    "kazakhstan-landing-zone-decree",
    "Kazakhstan orders Roscosmos to pay for landing-zone checks",
    "2026-06-30T09:00:00Z",
    True,
    [
        "ASTANA - Kazakhstan has ordered Roscosmos to pay for environmental checks of the "
        "landing zones where Soyuz capsules come down, escalating a fight over who cleans up "
        "after Russian spacecraft.",
        "A government decree gives Roscosmos until September to fund soil tests in the zones.",
        "Roscosmos said the demand had no basis in the lease agreement.",
    ],
    [],
)
LANDING = (
    "soyuz-crew-lands-kazakhstan",
    "Three station crew members land in Kazakhstan after 184 days",
    "2026-10-18T09:00:00Z",
    True,
    [
        "Three crew members from the International Space Station landed in Kazakhstan on "
        "Saturday in a Soyuz capsule, Roscosmos said.",
        "The landing took place southeast of Dzhezkazgan in clear weather.",
        "Roscosmos recovery teams helped the crew out of the capsule in Kazakhstan.",
    ],
    [],
)


def test_the_latest_on_a_row_is_not_a_newer_story_sharing_its_places(make_store):
    store = make_store([*ARTICLES, ROW, LANDING])
    reply = answer(
        store, "whats the latest in the kazakhstan vs roscosmos fight over the landing zones"
    )
    assert reply.found
    assert reply.citations[0].id == story_id(store, "kazakhstan-landing-zone-decree")
    assert "landing zones" in reply.answer


DOHA = (
    "doha-deorbit-cost-talks",
    "US and Russian officials meet in Doha on station deorbit costs",
    "2026-08-12T09:00:00Z",
    True,
    [
        "DOHA — Qatar hosted two days of closed-door technical talks this week between "
        "American and Russian space officials on how to share the work and the cost of "
        "bringing the International Space Station down at the end of its life.",
        "No agreement was announced, and both delegations said talks would continue.",
    ],
    [],
)


def test_the_latest_on_splitting_a_cost_is_news_not_a_sum(make_store):
    """ "the cost of" asks a sum in "what's the cost of …", not in "the latest on … how to
    split the cost of …": the newest story on the talks answers it without a figure."""
    store = make_store([*ARTICLES, DOHA])
    reply = answer(
        store,
        "latest on the us and russia talking about how to split the cost of bringing the iss down?",
    )
    assert reply.found
    assert story_id(store, "doha-deorbit-cost-talks") in [c.id for c in reply.citations]
