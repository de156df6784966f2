"""A member asking what a role in a body said ("the agency's deputy director") is not
answered by the body's other voices ("the agency's press office said …"): when the
speaker's quote is missing, a lead that never mentions the role is declined."""

from __future__ import annotations

import pytest

from summaries.answers import answer
from summaries.store import Store
from tests.summaries.answer_stories import ARTICLES

ARM = (
    "canadarm-servicing-contract-roscosmos",
    "Canada weighs Roscosmos request on robotic arm servicing",
    "2026-07-09T12:00:00Z",
    True,
    [
        "Roscosmos has asked Canada to extend a contract under which Canadian engineers "
        "service the robotic arm that moves cargo around the Russian segment of the "
        "International Space Station.",
        "The Canadian Space Agency's press office said the agency had received the request "
        "and would answer it after consulting the government in Ottawa.",
    ],
    [],
)


@pytest.fixture
def store(make_store) -> Store:
    return make_store([*ARTICLES, ARM])


def test_the_bodys_press_office_is_not_the_role_asked(store):
    reply = answer(
        store,
        "what did the canadian space agency's vice president say about servicing the arm "
        "for roscosmos",
    )
    assert not reply.found, reply.answer


def test_the_body_itself_is_answered(store):
    reply = answer(store, "what did the canadian space agency say about servicing the arm")
    assert reply.found and "press office" in reply.answer, reply.answer


def test_a_title_of_two_words_is_a_role_too(store):
    """ "director general" ends in a title word: the press office is not the DG."""
    reply = answer(
        store,
        "what did the canadian space agency's director general say about servicing the arm",
    )
    assert not reply.found, reply.answer
