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


@pytest.mark.parametrize("hours", ["1", "24", "20000", "50000", "99999", "100000"])
def test_an_empty_store_says_so_for_any_window(empty_chat, hours):
    assert empty_chat.handle(f"/brief {hours}") == "No ISS-geopolitical stories stored yet."


@pytest.mark.parametrize(
    ("age_hours", "hint"), [(60_000, "/brief 60024"), (150_000, None)]
)  # fmt: skip
def test_every_window_an_empty_brief_suggests_is_one_it_accepts_and_holds_news(
    tmp_path, age_hours, hint
):
    """The hint names the window that holds the newest story, only when /brief takes it."""
    from datetime import timedelta

    from tests.bot.helpers import item, real_now

    store = Store(tmp_path / "old.db")
    feed = store.add_feed("https://f.example/x", "F")
    store.ingest(feed.id, [item(1, published=real_now() - timedelta(hours=age_hours, minutes=30))])
    chat = Chat(store)
    reply = chat.handle("/brief 24")
    assert reply.startswith("No ISS-geopolitical stories in the last 24 hours."), reply
    if hint is None:
        assert "/brief" not in reply.split(".", 1)[1], reply  # 17 years: past any window
    else:
        assert reply.endswith(f"try {hint}."), reply
        assert chat.handle(hint).startswith(f"ISS geopolitics, last {hint.split()[1]} hours")
    store.close()


def test_a_story_id_too_long_for_any_story_is_called_out_of_range_not_cut(chat):
    digits = "99999999999999999999999"
    assert chat.handle(f"/story {digits}") == (
        f"No story with id {digits}: ids have at most 18 digits."
    )
    assert chat.handle("/story 999999999999999999") == "No story with id 999999999999999999."
    assert chat.handle("/story ²").startswith("Usage")
