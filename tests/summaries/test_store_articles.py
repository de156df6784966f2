"""The store's record of article pages to try again (summaries/_store_articles.py)."""

from __future__ import annotations

from summaries.models import ArticleFailure, IncomingItem
from summaries.schema import core
from summaries.store import Store

TEASER = IncomingItem(
    "g1", "https://news.example/a", "Roscosmos warns partners", "Read the full story.", None
)


def test_a_store_from_the_previous_release_upgrades_in_place(tmp_path, monkeypatch):
    path = tmp_path / "old.db"

    # the store as the release before article retries wrote it (with the later migrations
    # today's add_feed needs): no article_retries table, its migration not recorded
    def previous_release(db):
        core.apply(db)
        db["article_retries"].drop()
        db.execute("DELETE FROM _sqlite_migrations WHERE name = '0305_article_retries'")

    monkeypatch.setattr("summaries.store.migrate", previous_release)
    old = Store(path)
    feed = old.add_feed("https://news.example/feed", "Wire")
    old.ingest(feed.id, [TEASER])
    assert "article_retries" not in old.db.table_names()
    old.close()
    monkeypatch.undo()

    store = Store(path)
    assert "article_retries" in store.db.table_names()
    [story] = store.stories(iss_only=False)
    assert story.text == "Read the full story."
    changed = IncomingItem(TEASER.guid, TEASER.url, TEASER.title, "Read more…", None)
    failure = ArticleFailure("https://news.example/a", "HTTP 404 Not Found")
    store.ingest(feed.id, [changed], article_failures={"guid:g1": failure})
    [retry] = store.due_article_retries(feed.id, limit=5, force=True)
    assert (retry.story_id, retry.attempts, retry.url) == (story.id, 1, "https://news.example/a")
    store.close()


def test_removing_a_feed_drops_its_article_retries(tmp_path):
    store = Store(tmp_path / "s.db")
    feed = store.add_feed("https://news.example/feed", "Wire")
    failure = ArticleFailure("https://news.example/a", "HTTP 404 Not Found")
    store.ingest(feed.id, [TEASER], article_failures={"guid:g1": failure})
    assert store.db["article_retries"].count == 1
    store.remove_feed(feed.id)
    assert store.db["article_retries"].count == 0
    store.close()
