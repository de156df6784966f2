"""A question that takes an outcome for done ("what came out of the third round", "port
seizure - did the firm win on appeal", "did the board approve it") is not answered by a
story that says the step is still ahead: newsrooms put it as "the full board meets in
March", "a third round is pencilled in for May", "the committee will shortly hear from
the nominee" or "the firm has 30 days to appeal". ("when did …" questions are not read
this way: a version that did lost a blind answer.)"""

from __future__ import annotations

import pytest

from summaries.answers import answer
from tests.summaries.answer_stories import ARTICLES


def _story(slug: str, title: str, paragraphs: list[str]) -> tuple:
    return (slug, title, "2026-03-02T12:00:00Z", True, paragraphs, [])


TREATY = _story(
    "chile-station-treaty-lower-house",
    "Chile's lower house ratifies station research treaty",
    [
        "SANTIAGO — Chile's Chamber of Deputies on Tuesday ratified a treaty letting Chilean "
        "researchers fly experiments to the International Space Station, after a short "
        "debate.",
        "The treaty was approved by 102 votes to 11. It now goes to the Constitutional "
        "Court, which is expected to rule on the treaty next month.",
    ],
)
TALKS = _story(
    "geneva-station-debris-talks",
    "Geneva talks on station debris end without a deal",
    [
        "GENEVA — Two days of talks on how to track debris around the International Space "
        "Station ended on Friday without an agreement, diplomats said.",
        "A third round of the Geneva debris talks is pencilled in for May.",
    ],
)
APPEAL = _story(
    "rotterdam-port-gyroscope-seizure",
    "Court backs seizure of station gyroscope at Rotterdam port",
    [
        "ROTTERDAM — A Dutch court on Monday upheld the seizure of a gyroscope that a "
        "Delft engineering firm had been preparing to ship for the Russian segment of the "
        "International Space Station.",
        "The firm's director said it was considering an appeal. It has 30 days to appeal.",
    ],
)


@pytest.mark.parametrize(
    ("story", "question"),
    [
        (TALKS, "what came out of the third round of the geneva debris talks in may"),
        (APPEAL, "rotterdam gyroscope seizure - did the delft firm win on appeal"),
    ],
)
def test_an_outcome_the_story_puts_ahead_is_not_answered(make_store, story, question):
    reply = answer(make_store([*ARTICLES, story]), question)
    assert not reply.found, reply.answer


def test_a_body_meeting_later_has_not_signed_off(make_store):
    story = _story(
        "kenya-space-agency-debris-rules",
        "Kenya's space agency drafts debris rules for station payloads",
        [
            "NAIROBI — Kenya's space agency on Wednesday published draft rules on debris "
            "from experiments sent to the International Space Station.",
            "The agency's full board meets in March to vote on the debris rules.",
        ],
    )
    question = "did the full board of the kenyan space agency approve the debris rules"
    reply = answer(make_store([*ARTICLES, story]), question)
    assert not reply.found, reply.answer


def test_the_step_the_story_reports_is_answered(make_store):
    reply = answer(
        make_store([*ARTICLES, TREATY]), "when did the chilean deputies ratify the treaty"
    )
    assert reply.found, reply.answer
    assert "Tuesday" in reply.answer, reply.answer
