"""Teaser items whose article page could not be fetched: when to try again, when to stop.

A feed that carries only a teaser ("Read the full story.") leaves the quotes on the
article page. A page that fails once (a 404 before it is published, a hang, a size cap)
must not leave the story a teaser for good, nor be fetched at every poll forever. Each
failure is recorded per (feed, item) with a backoff (10 min, doubling, at most 12 h);
the poller tries the due ones again, a few a poll, until the page arrives,
MAX_ATTEMPTS have failed or GIVE_UP_AFTER has passed since the first failure. A row that
has given up keeps its last error and a null ``next_attempt``.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta

from summaries.models import Analysis, ArticleFailure, ArticleRetry, Feed, IncomingItem
from summaries.timeutil import from_rfc3339, now_rfc3339, to_rfc3339

RETRY_BASE = timedelta(minutes=10)  # under the bot's poll interval: the next poll retries
RETRY_MAX = timedelta(hours=12)
MAX_ATTEMPTS = 8  # the first fetch included: 10 min + 20 + 40 + … ≈ 21 h of retries
GIVE_UP_AFTER = timedelta(days=3)


class ArticlesMixin:
    """Part of :class:`summaries.store.Store`; needs ``db``, ``transaction``, ``_one``,
    ``_all``, ``get_feed`` and ``_update_story``."""

    def _note_article(
        self, feed_id: int, item_key: str, failure: ArticleFailure | None, now: str
    ) -> None:
        """After an item is stored (inside ingest's transaction): its page failed, or it
        needs none any more (the page came, or the feed now carries the full text)."""
        if failure is None:
            self.db.execute(
                "DELETE FROM article_retries WHERE feed_id = ? AND item_key = ?",
                [feed_id, item_key],
            )
        else:
            self._article_failed(feed_id, item_key, failure, now)

    def _article_failed(
        self, feed_id: int, item_key: str, failure: ArticleFailure, now: str
    ) -> None:
        row = self._one(
            "SELECT attempts, first_failed FROM article_retries WHERE feed_id = ? AND item_key = ?",
            [feed_id, item_key],
        )
        attempts = (row["attempts"] if row else 0) + 1
        first_failed = row["first_failed"] if row else now
        due = from_rfc3339(now) + min(RETRY_BASE * 2 ** (attempts - 1), RETRY_MAX)
        give_up = (
            failure.final
            or attempts >= MAX_ATTEMPTS
            or due - from_rfc3339(first_failed) > GIVE_UP_AFTER
        )
        self.db.execute(
            "INSERT OR REPLACE INTO article_retries (feed_id, item_key, url, attempts,"
            " first_failed, last_attempt, next_attempt, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                feed_id,
                item_key,
                failure.url,
                attempts,
                first_failed,
                now,
                None if give_up else to_rfc3339(due),
                failure.error,
            ],
        )

    def due_article_retries(
        self,
        feed_id: int,
        *,
        limit: int,
        force: bool = False,
        exclude: Iterable[str] = (),
        now: str | None = None,
    ) -> list[ArticleRetry]:
        """The feed's teasers whose page is due again, longest-waiting first; ``force``
        (``poll --force``) ignores the backoff, never the attempts left."""
        exclude = list(exclude)
        marks = ",".join("?" * len(exclude))
        rows = self._all(
            "SELECT r.item_key, r.url, r.attempts, s.id AS story_id, s.title, s.text"
            " FROM article_retries r"
            " JOIN story_sources ss ON ss.feed_id = r.feed_id AND ss.item_key = r.item_key"
            " JOIN stories s ON s.id = ss.story_id"
            " WHERE r.feed_id = ? AND r.next_attempt IS NOT NULL AND (? OR r.next_attempt <= ?)"
            + (f" AND r.item_key NOT IN ({marks})" if exclude else "")
            + " ORDER BY r.next_attempt, r.item_key LIMIT ?",
            [feed_id, int(force), now or now_rfc3339(), *exclude, int(limit)],
        )
        return [
            ArticleRetry(
                r["item_key"], r["url"], r["attempts"], r["story_id"], r["title"], r["text"]
            )
            for r in rows
        ]

    def record_article_retry(
        self,
        feed_id: int,
        retry: ArticleRetry,
        *,
        text: str | None = None,
        analysis: Analysis | None = None,
        failure: ArticleFailure | None = None,
        analyse=None,
    ) -> bool:
        """What trying ``retry`` again gave, in one transaction: the page's ``text`` (with
        its ``analysis`` under ``retry.title``), a ``failure``, or neither (nothing left to
        fetch). True when the story took the page's text and was analysed again."""
        now = now_rfc3339()
        with self.transaction():
            if failure is not None:
                self._article_failed(feed_id, retry.item_key, failure, now)
                return False
            self._note_article(feed_id, retry.item_key, None, now)
            if text is None:
                return False
            src = self._one(
                "SELECT story_id, url FROM story_sources WHERE feed_id = ? AND item_key = ?",
                [feed_id, retry.item_key],
            )
            story = src and self._one(
                "SELECT title, has_title, text FROM stories WHERE id = ?", [src["story_id"]]
            )
            if not story or len(text) <= len(story["text"]):
                return False  # another copy gave the story a fuller text meanwhile
            if story["title"] != retry.title and analyse is not None:
                analysis = analyse(story["title"], text)
            item = IncomingItem(
                guid=None,
                url=src["url"] or None,
                title=story["title"],
                text=text,
                published=None,
                analysis=analysis,
                has_title=bool(story["has_title"]),
            )
            feed: Feed = self.get_feed(feed_id)
            self._update_story(src["story_id"], feed, item, now, analyse)
            return True
