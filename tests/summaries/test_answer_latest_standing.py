"""Where a matter stands is often said late in the story without naming it again ("A
ruling is not expected until later this month."): in a story about the matter, such a
sentence is the latest on it even though none of the member's words are in it."""

from __future__ import annotations

from summaries.answers import answer
from tests.summaries.answer_stories import ARTICLES

APPEAL = (
    "lisbon-antenna-appeal",
    "Azores tracking antenna contract goes to appeal court",
    "2026-10-20T09:00:00Z",
    True,
    [
        "LISBON — A Portuguese firm that lost the contract for a space station tracking "
        "antenna in the Azores asked an appeal court on Monday to overturn the award.",
        "The antenna contract was won in June by a Spanish consortium.",
        "Lawyers for the firm argued that the tender had been rigged by its timing.",
        "The consortium's lawyers called the claim baseless.",
        "Judges heard both sides for three hours.",
        "A ruling is not expected until later this month.",
        "Fishermen on Flores have complained about the site's fence.",
    ],
    [],
)


def test_where_a_matter_stands_is_told_without_its_name(make_store):
    store = make_store([*ARTICLES, APPEAL])
    reply = answer(store, "where does the azores antenna contract appeal stand?")
    assert reply.found
    assert "later this month" in reply.answer
