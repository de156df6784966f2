"""The SQLite store: one file, migrations, feed state, transactional ingest."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import timedelta

import pytest

from summaries.models import Analysis, IncomingItem, Quote
from summaries.store import (
    AsyncStore,
    DatabaseReadOnly,
    FeedExists,
    FeedNotFound,
    Store,
    StoryNotFound,
)
from summaries.timeutil import from_rfc3339, to_rfc3339, utcnow

TEXT = (
    "Russia's space agency said on Tuesday it would stop cooperating on the station "
    "unless sanctions were lifted.\n\nNASA said it had received no formal notice."
)


def item(guid="g1", url="https://news.example/a", title="Roscosmos warns partners", text=TEXT):
    return IncomingItem(guid, url, title, text, "2024-04-02T10:00:00Z")


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "spacebrief.db")
    yield s
    s.close()


def test_opening_twice_applies_migrations_once_and_uses_wal(tmp_path):
    Store(tmp_path / "x.db").close()
    s = Store(tmp_path / "x.db")
    applied = [r[0] for r in s.db.execute("SELECT name FROM _sqlite_migrations").fetchall()]
    assert len(applied) == len(set(applied)) >= 3
    assert s.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    s.close()


def test_adding_the_same_feed_twice_is_refused(store):
    store.add_feed("https://a.example/feed", "A")
    with pytest.raises(FeedExists):
        store.add_feed("https://a.example/feed", "A again")
    assert [f.name for f in store.list_feeds()] == ["A"]


def test_new_feed_has_contract_fields(store):
    feed = store.add_feed("https://a.example/feed")
    data = feed.to_json()
    assert data["status"] == "new" and data["error"] is None and data["last_polled"] is None
    assert data["url"] == data["name"] == "https://a.example/feed"


def test_remove_unknown_feed_says_so(store):
    with pytest.raises(FeedNotFound, match="no such feed"):
        store.remove_feed("https://nowhere.example/feed")


def test_failures_back_off_exponentially_then_disable(store):
    feed = store.add_feed("https://a.example/feed")
    waits = []
    for _ in range(3):
        f = store.record_failure(feed.id, "HTTP 500 Internal Server Error")
        waits.append((from_rfc3339(f.next_poll) - from_rfc3339(f.last_polled)).total_seconds())
    assert waits == [900, 1800, 3600]
    assert f.status == "error" and f.error == "HTTP 500 Internal Server Error"
    assert store.due_feeds() == []  # inside the backoff window
    for _ in range(5):
        f = store.record_failure(feed.id, "HTTP 500 Internal Server Error")
    assert f.status == "disabled" and "8 failures" in f.disabled_reason


def test_retry_after_sets_the_next_poll(store):
    feed = store.add_feed("https://a.example/feed")
    f = store.record_failure(feed.id, "HTTP 429", retry_after=120)
    assert (from_rfc3339(f.next_poll) - from_rfc3339(f.last_polled)).total_seconds() == 120


def test_gone_feed_is_disabled_at_once_with_reason(store):
    feed = store.add_feed("https://a.example/feed")
    f = store.record_failure(feed.id, "HTTP 410 Gone", disable=True)
    assert f.status == "disabled" and f.disabled_reason == "HTTP 410 Gone"
    enabled = store.enable_feed(feed.id)  # polled before: its last poll failed
    assert (enabled.status, enabled.error, enabled.next_poll) == ("error", "HTTP 410 Gone", None)
    assert store.due_feeds() == [enabled]


def test_enabling_a_feed_keeps_its_status_new_meaning_never_polled(store):
    """`feeds enable` on a feed that is not disabled clears its backoff and nothing else:
    "new" is for a feed never polled."""
    healthy = store.add_feed("https://a.example/feed", "A")
    store.ingest(healthy.id, [item()])
    failing = store.add_feed("https://b.example/feed", "B")
    store.record_failure(failing.id, "HTTP 500")
    never = store.add_feed("https://c.example/feed", "C")
    assert store.enable_feed("A").status == "ok"
    again = store.enable_feed("B")
    assert (again.status, again.error, again.next_poll) == ("error", "HTTP 500", None)
    assert store.enable_feed("C").status == "new"
    store.record_failure(never.id, "HTTP 410 Gone", disable=True)
    store.db.execute("UPDATE feeds SET last_polled = NULL WHERE id = ?", [never.id])
    assert store.enable_feed("C").status == "new"


def test_success_clears_error_and_backoff(store):
    feed = store.add_feed("https://a.example/feed")
    store.record_failure(feed.id, "timed out after 30 s")
    store.ingest(feed.id, [item()], etag='"v1"', body_hash="h")
    f = store.get_feed(feed.id)
    assert (f.status, f.error, f.consecutive_failures, f.next_poll) == ("ok", None, 0, None)
    assert f.etag == '"v1"'


def test_same_item_twice_is_one_story(store):
    feed = store.add_feed("https://a.example/feed")
    assert store.ingest(feed.id, [item()]).new == 1
    counts = store.ingest(feed.id, [item()])
    assert (counts.new, counts.unchanged) == (0, 1)
    assert len(store.stories(iss_only=False)) == 1


def test_changed_item_updates_the_story_in_place(store):
    feed = store.add_feed("https://a.example/feed")
    store.ingest(feed.id, [item()])
    counts = store.ingest(feed.id, [item(text=TEXT + "\n\nThe agency later softened its tone.")])
    assert counts.updated == 1
    [story] = store.stories(iss_only=False)
    assert story.text.endswith("softened its tone.")


def test_quotes_and_decision_are_stored_with_the_story(store):
    feed = store.add_feed("https://a.example/feed")
    text = 'Borisov said: "We will leave the station after 2024."'
    start = text.index("We")
    quote = Quote("We will leave the station after 2024.", "Borisov", start, len(text) - 1)
    analysis = Analysis(True, 0.91, ("ISS is the subject",), ("Roscosmos",), text, (quote,))
    store.ingest(feed.id, [IncomingItem("q", None, "Leaving", text, None, analysis=analysis)])
    [story] = store.stories()
    assert story.iss_geopolitical and story.score == pytest.approx(0.91)
    assert story.quotes[0].speaker == "Borisov"
    assert story.text[story.quotes[0].start : story.quotes[0].end] == story.quotes[0].text
    # No date in the feed: published is null (never the poll time); the story sorts and
    # counts for "since" by its first-seen time.
    assert story.published is None and story.first_seen
    assert store.stories(since=story.first_seen) == [story]


def test_a_failed_transaction_leaves_nothing(store):
    feed = store.add_feed("https://a.example/feed")
    bad = IncomingItem("g2", None, None, "text", None)  # title is NOT NULL
    with pytest.raises((TypeError, sqlite3.IntegrityError)):
        store.ingest(feed.id, [item(), bad])
    assert store.stories(iss_only=False) == []
    assert store.get_feed(feed.id).status == "new"


def test_full_text_index_follows_the_stories(store):
    feed = store.add_feed("https://a.example/feed")
    store.ingest(feed.id, [item()])
    hits = store.db.execute(
        "SELECT rowid FROM stories_fts WHERE stories_fts MATCH 'sanction'"
    ).fetchall()
    assert len(hits) == 1  # porter stemming: "sanctions" found by "sanction"


def test_unknown_story_id_is_a_clear_error(store):
    with pytest.raises(StoryNotFound, match="no story with id 42"):
        store.get_story(42)


def test_since_filters_by_publication_time(store):
    feed = store.add_feed("https://a.example/feed")
    store.ingest(feed.id, [item()])
    assert store.stories(iss_only=False, since="2024-04-01T00:00:00Z")
    assert not store.stories(iss_only=False, since="2024-04-03T00:00:00Z")


async def test_async_store_runs_calls_on_its_own_thread(tmp_path):
    astore = await AsyncStore(tmp_path / "a.db").open()
    try:
        feed = await astore.call(Store.add_feed, "https://a.example/feed", "A")
        assert (await astore.call(Store.get_feed, feed.id)).name == "A"
    finally:
        await astore.close()
    assert utcnow()  # the loop stayed usable


def test_a_fuller_version_of_the_same_event_becomes_the_story_text(store):
    short_feed = store.add_feed("https://a.example/feed", "Brief wire")
    full_feed = store.add_feed("https://b.example/feed", "Long read")
    base = (
        "Russia's space agency said on Tuesday it would stop cooperating on the station "
        "unless sanctions on its rocket industry were lifted within a year.\n\n"
        "NASA said it had received no formal notice and that operations continued as planned."
    )
    extra = (
        "\n\nThe Russian segment supplies the station's propulsion, while the U.S. segment "
        "supplies most of its power, which makes any unilateral departure difficult.\n\n"
        '"We are ready for any outcome," the agency’s director told reporters in Moscow, '
        "adding that a national station could be in orbit by the end of the decade."
    )
    analysis = Analysis(True, 0.9, ("ISS",), (), "summary", ())
    store.ingest(
        short_feed.id,
        [IncomingItem("a1", "https://a.example/1", "Roscosmos warns", base, None, analysis)],
    )
    counts = store.ingest(
        full_feed.id,
        [IncomingItem("b1", "https://b.example/1", "Russia warns", base + extra, None, analysis)],
    )
    assert counts.merged == 1
    [story] = store.stories(iss_only=False)
    assert "supplies the station's propulsion" in story.text
    assert story.source == "Long read"
    assert {s.feed for s in story.sources} == {"Brief wire", "Long read"}


def test_a_store_from_an_older_version_learns_which_titles_stand_in(tmp_path):
    """Stories stored before titles were tracked: a stand-in title (the text's first words)
    still gives way to a feed's headline, and a link carried by any source is cited."""
    path = tmp_path / "old.db"
    s = Store(path)
    bare = s.add_feed("https://bare.example/feed", "Bare")
    wire = s.add_feed("https://wire.example/feed", "Wire")
    stand_in = " ".join(TEXT.split()[:12]) + "…"
    s.ingest(bare.id, [IncomingItem("b1", None, stand_in, TEXT, "2024-04-02T10:00:00Z")])
    s.ingest(wire.id, [item(guid="w1", title=stand_in)])
    # As an older version left it: the first copy's empty link, no has_title column.
    s.db.execute("UPDATE stories SET url = ''")
    s.db.execute("ALTER TABLE stories DROP COLUMN has_title")
    s.db.execute("DELETE FROM _sqlite_migrations WHERE name = '0303_story_has_title'")
    s.close()

    s = Store(path)
    [story] = s.stories(iss_only=False)
    assert (story.url, story.source) == ("https://news.example/a", "Wire")
    headline = s.add_feed("https://headline.example/feed", "Headline")
    s.ingest(headline.id, [item(guid="h1", url="https://headline.example/1")])
    [story] = s.stories(iss_only=False)
    assert story.title == "Roscosmos warns partners"
    assert [src.feed for src in story.sources] == ["Bare", "Wire", "Headline"]
    s.close()


def test_a_store_from_an_older_version_names_the_feed_whose_link_it_cites(tmp_path):
    """An older version kept the first feed as the source when a later one brought the
    link; opening the file with this one names the feed the link is from."""
    path = tmp_path / "old.db"
    s = Store(path)
    bare = s.add_feed("https://bare.example/feed", "Bare")
    wire = s.add_feed("https://wire.example/feed", "Wire")
    other = s.add_feed("https://other.example/feed", "Other")
    s.ingest(bare.id, [item(guid="b1", url=None)])
    s.ingest(wire.id, [item(guid="w1")])
    s.ingest(other.id, [item(guid="o1", url="https://other.example/1", text="Elsewhere. " * 9)])
    [linked, own] = sorted(s.stories(iss_only=False), key=lambda st: st.id)
    assert (linked.source, own.source) == ("Wire", "Other")
    # As an older version left it: the first feed named beside the second one's link.
    s.db.execute("UPDATE stories SET source = 'Bare' WHERE id = ?", [linked.id])
    s.db.execute("DELETE FROM _sqlite_migrations WHERE name = '0304_story_source_follows_link'")
    s.close()

    s = Store(path)
    [linked, own] = sorted(s.stories(iss_only=False), key=lambda st: st.id)
    assert (linked.source, linked.url) == ("Wire", "https://news.example/a")
    assert [src.feed for src in linked.sources] == ["Bare", "Wire"]
    assert (own.source, own.url) == ("Other", "https://other.example/1")
    s.close()


def test_a_store_from_an_older_version_keeps_removed_feeds_apart_from_new_ones(tmp_path):
    """An older version left a removed feed's rows under its id, which SQLite gives to
    the next feed added: opening the file with this one moves them out of its way."""
    path = tmp_path / "old.db"
    s = Store(path)
    s.add_feed("https://keep.example/feed", "Keep")
    gone = s.add_feed("https://gone.example/feed", "Gone")
    s.ingest(gone.id, [item(guid="g1")])
    # As an older version left it: the feed deleted, its rows under its id.
    s.db.execute("DELETE FROM feeds WHERE id = ?", [gone.id])
    s.db.execute("DELETE FROM _sqlite_migrations WHERE name = '0306_sources_of_removed_feeds'")
    s.close()

    s = Store(path)
    new = s.add_feed("https://new.example/feed", "New")
    assert new.id == gone.id
    assert s.unchanged_keys(new.id, [item(guid="g1")]) == set()  # not the removed feed's
    assert s.ingest(new.id, [item(guid="g1")]).merged == 1
    [story] = s.stories(iss_only=False)
    assert [src.feed for src in story.sources] == ["removed feed", "New"]
    s.close()


def test_a_read_only_database_refuses_each_write_with_one_line_and_keeps_everything(store):
    feed = store.add_feed("https://a.example/feed", "A")
    # SQLite refuses every write on this connection, as it does when it could open the
    # file only for reading (an immutable file, a read-only mount).
    store.db.conn.execute("PRAGMA query_only = ON")
    writes = [
        lambda: store.add_feed("https://b.example/feed", "B"),
        lambda: store.remove_feed("A"),
        lambda: store.enable_feed("A"),
        lambda: store.ingest(feed.id, [item()]),
        lambda: store.record_failure(feed.id, "HTTP 500"),
    ]
    for write in writes:
        with pytest.raises(DatabaseReadOnly) as err:
            write()
        assert str(err.value) == f"database {store.path} is read-only; nothing was changed"
        assert not store.db.conn.in_transaction
    assert [(f.name, f.status) for f in store.list_feeds()] == [("A", "new")]
    assert store.stories(iss_only=False) == []


def test_an_undated_story_takes_the_date_of_a_later_copy_that_has_one(store):
    """The first feed gave no date; another carrying the same report does. The story
    then shows and sorts by that date, not forever by when the bot first saw it."""
    undated_feed = store.add_feed("https://a.example/feed", "Undated wire")
    dated_feed = store.add_feed("https://b.example/feed", "Dated wire")
    text = TEXT + (
        "\n\nThe Russian segment supplies the station's propulsion, while the U.S. segment "
        "supplies most of its power, which makes any unilateral departure difficult."
    )
    store.ingest(undated_feed.id, [IncomingItem("a1", None, "Roscosmos warns", text, None)])
    [story] = store.stories(iss_only=False)
    assert story.published is None
    day = from_rfc3339(story.first_seen) - timedelta(days=2)
    dated = to_rfc3339(day)
    copy = IncomingItem("b1", "https://b.example/1", "Roscosmos warns", text, dated)
    assert store.ingest(dated_feed.id, [copy]).merged == 1
    [story] = store.stories(iss_only=False)
    assert story.published == dated
    assert store.stories(iss_only=False, since=to_rfc3339(day - timedelta(hours=1))) == [story]
    assert not store.stories(iss_only=False, since=to_rfc3339(day + timedelta(hours=1)))
    # a dated story keeps its own date whatever a later copy says
    other = replace(
        copy, guid="c1", url="https://c.example/1", published=to_rfc3339(day + timedelta(days=1))
    )
    third = store.add_feed("https://c.example/feed", "Third wire")
    assert store.ingest(third.id, [other]).merged == 1
    assert store.stories(iss_only=False)[0].published == dated
