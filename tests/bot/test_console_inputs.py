"""Chat replies to odd numbers: every suggestion it makes is one it accepts, and an id is
echoed as typed or called out of range, never silently cut."""

from __future__ import annotations

import pytest

from bot.console import Chat
from summaries.store import Store
from tests.summaries.answer_stories import make_store


@pytest.fixture
def chat(tmp_path):
    make_store(tmp_path / "chat.db").close()
    store = Store(tmp_path / "chat.db")
    yield Chat(store)
    store.close()


@pytest.fixture
def empty_chat(tmp_path):
    store = Store(tmp_path / "empty.db")
    yield Chat(store)
    store.close()


@pytest.mark.parametrize("hours", ["1", "24", "20000", "50000", "50001", "99999", "100000"])
def test_every_longer_window_brief_suggests_is_one_it_accepts(empty_chat, hours):
    """...and at least twice as long: "/brief 99999" is not told to try 100000."""
    reply = empty_chat.handle(f"/brief {hours}")
    assert reply.startswith(f"No ISS-geopolitical stories in the last {hours} hours.")
    if "Try /brief" in reply:
        suggested = reply.split("Try ")[1].split(" for")[0]
        assert int(suggested.split()[1]) >= 2 * int(hours)
        assert not empty_chat.handle(suggested).startswith("Usage")
    else:
        assert int(hours) > 50000


def test_a_story_id_too_long_for_any_story_is_called_out_of_range_not_cut(chat):
    digits = "99999999999999999999999"
    assert chat.handle(f"/story {digits}") == (
        f"No story with id {digits}: ids have at most 18 digits."
    )
    assert chat.handle("/story 999999999999999999") == "No story with id 999999999999999999."
    assert chat.handle("/story ²").startswith("Usage")
