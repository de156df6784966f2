""" "Did Oslo let Roscosmos use the radar?": newsrooms report the request, then the reply
in a sentence that names the request, not the words the member asked with ("Roscosmos
asked to use the radar … The ministry turned the request down."). That reply is the
answer and leads it; a story reporting only the request still does not answer."""

from __future__ import annotations

import pytest

from summaries.answers import answer
from summaries.store import Store
from tests.summaries.answer_stories import ARTICLES

RADAR = (
    "norway-report-vardo-radar-request",
    "Norwegian parliament report reveals Russian request for Arctic radar time",
    "2026-10-06T12:00:00Z",
    True,
    [
        "A report by the Norwegian parliament's defence committee was published in Oslo on "
        "Monday after a year of hearings on Arctic infrastructure.",
        "According to the report, Roscosmos asked to use the Vardø radar to track Soyuz "
        "capsules on their way to the space station, offering shared data in return.",
        "The ministry turned the request down in March on the advice of the security police.",
    ],
    [],
)
TELESCOPE = (
    "chile-observatory-request-russia",
    "Chilean observatory receives Russian request for telescope time",
    "2026-10-08T12:00:00Z",
    True,
    [
        "Roscosmos has asked to use the Paranal laser telescope to range debris near the "
        "space station, offering shared data in return, the observatory said on Tuesday.",
        "The observatory's board meets in December.",
    ],
    [],
)


@pytest.fixture
def store(make_store) -> Store:
    return make_store([*ARTICLES, RADAR, TELESCOPE])


def test_the_reply_to_a_reported_request_answers_and_leads(store):
    reply = answer(store, "did oslo let roscosmos use the vardø radar to track soyuz capsules?")
    assert reply.found, reply.answer
    assert reply.answer.startswith("The ministry turned the request down"), reply.answer


def test_a_request_with_no_reply_does_not_answer(store):
    reply = answer(store, "did chile let roscosmos use the paranal laser telescope for debris?")
    assert not reply.found, reply.answer
