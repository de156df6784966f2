"""A member's conversation on the deorbit bill ended with "when will they discuss it?":
the answer led with "A NASA official said the agency hoped to reach an agreement in
principle there, …", whose "there" is the meeting the sentence before names (the
Multilateral Coordination Board in Noordwijk in December), printed last or not at all."""

from __future__ import annotations

from summaries.answers import Conversation, answer
from summaries.lead_order import needs_before
from tests.summaries.member_store import member_store


def test_when_will_they_discuss_it_names_the_meeting_first(tmp_path):
    store = member_store(tmp_path / "member.db", ["a05", "a07", "a01"])
    try:
        conv = Conversation()
        for question in (
            "How much does the deorbit vehicle cost?",
            "What does Europe say about paying for it?",
            "and Japan?",
        ):
            assert answer(store, question, conversation=conv).found, question
        reply = answer(store, "when will they discuss it?", conversation=conv)
    finally:
        store.close()
    assert reply.answer.startswith(
        "The agencies are expected to take up the issue at the Multilateral Coordination "
        "Board meeting in Noordwijk in December. A NASA official said"
    ), reply.answer


def test_there_leans_on_the_sentence_before_but_not_as_an_idiom():
    def leans(sentence: str) -> bool:
        return needs_before(sentence, (0, len(sentence)))

    assert leans("The agency hoped to reach an agreement in principle there, but no more.")
    assert not leans("Canada has never quite got there, and ministers explain why.")
    assert not leans("Is there a plan for the station?")
