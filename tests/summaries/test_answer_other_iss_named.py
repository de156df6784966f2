"""A question about "ISS" that also names the company a proxy adviser's note is about
("what did ISS recommend for orbion") means the adviser; one about the station's crew
still does not get the adviser's story."""

from __future__ import annotations

import pytest

from summaries.analyse import analyse
from summaries.answers import answer
from tests.summaries import answer_stories

ADVISER = (
    "iss-orbion-pay-vote",
    "ISS urges shareholders to reject Orbion Aerospace pay plan",
    "2028-03-17T09:00:00Z",
    False,
    [
        "Proxy adviser Institutional Shareholder Services (ISS) has recommended that investors "
        "in Orbion Aerospace vote against the satellite maker's executive pay plan at its "
        "April 6 annual meeting.",
        "ISS said the plan \u201crewards revenue from a single government contract rather than "
        "durable growth.\u201d",
    ],
    [],
)

STATION = (
    "station-crew-rotation",
    "Station crew rotation slips a week",
    "2028-03-18T09:00:00Z",
    False,
    [
        "NASA said on Friday that the next crew rotation to the International Space Station "
        "would slip by a week to let engineers finish checks on the capsule.",
    ],
    [],
)


@pytest.fixture(autouse=True)
def _real_reasons(monkeypatch):
    # the adviser's story is stored with the detector's own reasons ("ISS not mentioned")
    for story in (ADVISER, STATION):
        reasons = analyse(story[1], "\n\n".join(story[4])).reasons
        monkeypatch.setitem(answer_stories.REASONS, story[0], reasons)


def test_iss_with_the_advisers_company_named_is_the_adviser(make_store):
    reply = answer(make_store([ADVISER, STATION]), "what did ISS recommend for orbion")
    assert reply.found, reply.answer
    assert reply.citations[0].title == ADVISER[1]
    assert "vote against" in reply.answer


def test_the_station_asked_about_is_not_the_adviser(make_store):
    reply = answer(make_store([ADVISER, STATION]), "what did the iss recommend for its crew")
    assert not (reply.found and reply.citations[0].title == ADVISER[1]), reply.answer
