"""A member asked "has this happened before?" after the cosmonauts' flag photo, and got the
deorbit bill: the story says "It is not the first such incident. In 2022 cosmonauts on the
station posed with the flags of …", sharing no word with the question."""

from __future__ import annotations

from summaries.answers import Conversation, answer
from tests.summaries.member_store import member_store


def test_has_this_happened_before_gives_the_earlier_incident(tmp_path):
    store = member_store(tmp_path / "member.db", ["a10", "a05", "a07"])
    try:
        conv = Conversation()
        first = answer(
            store, "what happened with the flag on the space station?", conversation=conv
        )
        assert first.found, first.answer
        reply = answer(store, "has this happened before?", conversation=conv)
    finally:
        store.close()
    assert reply.found, reply.answer
    assert "It is not the first such incident. In 2022 cosmonauts on the station posed" in (
        reply.answer
    )
