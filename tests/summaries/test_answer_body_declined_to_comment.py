"""A member asked "And what did ESA say?" after Roscosmos's threat over EU sanctions, and
the bot said it had nothing, though both outlets report that ESA declined to comment: an
EU official's quote in the sentence after ESA's was taken for ESA's and then declined as
someone else's. The story's own words on ESA answer, with no other speaker's quote after."""

from __future__ import annotations

import pytest

from summaries.answers import Conversation, answer
from tests.summaries.member_store import member_store


@pytest.fixture
def store(tmp_path):
    s = member_store(tmp_path / "member.db", ["a01", "a09", "a10", "a04", "a05", "a07"])
    yield s
    s.close()


def test_and_what_did_esa_say_gives_its_declining_to_comment(store):
    conv = Conversation()
    first = answer(store, "What did Roscosmos threaten over the EU sanctions?", conversation=conv)
    assert first.found and "Shelestov" in first.answer, first.answer
    reply = answer(store, "And what did ESA say?", conversation=conv)
    assert reply.found, reply.answer
    assert reply.answer.startswith("The European Space Agency declined to comment")
    assert "Shelestov" not in reply.answer  # not the last answer's quote again


def test_an_unnamed_official_is_not_the_body_in_the_sentence_before(store):
    reply = answer(store, "what did ESA say about the sanctions package?")
    assert reply.found and "declined to comment" in reply.answer, reply.answer
