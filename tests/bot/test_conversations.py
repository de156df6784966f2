"""Follow-up context is per channel and member, expires, and stays bounded."""

from __future__ import annotations

from bot.conversations import Conversations


def test_the_same_member_in_the_same_channel_keeps_one_conversation():
    conversations = Conversations()
    assert conversations.get(1, 7) is conversations.get(1, 7)
    assert conversations.get(1, 7) is not conversations.get(2, 7)
    assert conversations.get(1, 7) is not conversations.get(1, 8)


def test_context_expires_after_a_quiet_spell():
    now = [0.0]
    conversations = Conversations(ttl=600, clock=lambda: now[0])
    first = conversations.get(1, 7)
    now[0] = 599
    assert conversations.get(1, 7) is first
    now[0] = 1300
    assert conversations.get(1, 7) is not first


def test_the_table_is_bounded_dropping_the_oldest():
    conversations = Conversations(max_entries=3)
    oldest = conversations.get(1, 1)
    for user in range(2, 6):
        conversations.get(1, user)
    assert len(conversations) == 3
    assert conversations.get(1, 1) is not oldest
