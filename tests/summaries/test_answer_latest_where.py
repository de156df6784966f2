""" "The latest on X? where is it being kept" asks for a place: the detail says where the
thing waits in the story's own words ("in a clean room in Bremen"), not the sentence that
happens to use the member's verb."""

from __future__ import annotations

from summaries.answers import answer
from tests.summaries.answer_stories import ARTICLES

SPECTROMETER = (
    "porto-spectrometer-fee-frozen",
    "Lisbon freezes station fee over Russian module",
    "2026-10-20T09:00:00Z",
    True,
    [
        "Portugal's government has frozen a payment of €900,000 for a university experiment "
        "on the International Space Station because it was to be installed in the Russian "
        "segment, officials said on Monday.",
        "The experiment, a dust spectrometer designed by a team at the University of Porto, "
        "was to fly on a Progress freighter in the spring.",
        "Ministers kept the decision quiet for weeks, according to two officials.",
        "The foreign ministry said Portugal could not pay a Russian contractor while sanctions "
        "were in force.",
        "The university said the spectrometer team would leave the instrument in a clean room "
        "in Bremen until a decision is made.",
    ],
    [],
)


def test_the_latest_with_where_it_is_kept_gives_the_place(make_store):
    store = make_store([*ARTICLES, SPECTROMETER])
    reply = answer(store, "latest on the porto dust spectrometer? where is it being kept")
    assert reply.found
    assert "Bremen" in reply.answer
