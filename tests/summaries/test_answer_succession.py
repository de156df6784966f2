""" "Who replaced Petrova" asks for the one after her: a lead saying "Petrova … replaced
Ivan Sokolov" names the one before, and is declined; "who replaced Sokolov" is answered
by the same sentence."""

from __future__ import annotations

import pytest

from summaries.answers import answer
from summaries.store import Store
from tests.summaries.answer_stories import ARTICLES, make_store

APPOINTED = (
    "new-agency-head-appointed",
    "New head of the Baltic space agency takes office",
    "2026-03-10T12:00:00Z",
    True,
    [
        "Anna Petrova, appointed last week to lead the Baltic Space Agency, said on Tuesday "
        "that the agency would keep its experiments on the International Space Station.",
        "Petrova, 41, a former deputy science minister, replaced Ivan Sokolov as head of the "
        "Baltic Space Agency on March 3.",
    ],
    [],
)


@pytest.fixture
def store(tmp_path) -> Store:
    s = make_store(tmp_path / "succession.db", [*ARTICLES, APPOINTED])
    yield s
    s.close()


def test_whom_the_person_replaced_does_not_answer_who_replaced_them(store):
    reply = answer(store, "who replaced petrova as head of the baltic space agency")
    assert not reply.found, reply.answer


def test_who_replaced_the_predecessor_is_answered(store):
    reply = answer(store, "who replaced sokolov as head of the baltic space agency")
    assert reply.found
    assert "Petrova" in reply.answer
