"""One pass over the feeds: fetch → parse → (article page) → analyse → store.

Each feed is polled on its own: its errors are caught here, recorded with a one-line
reason and a backoff, and never touch the other feeds. Parsing, extraction and analysis
are CPU work and run in threads; the store runs on its own thread (AsyncStore).
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from feeds.article import extract_main_text, is_teaser
from feeds.errors import BlockedURL, FeedError, HTTPStatusError
from feeds.fetch import HTML_ACCEPT, Fetcher
from feeds.models import FetchResult
from feeds.parse import parse_feed
from summaries.dedupe import content_hash, item_key
from summaries.models import (
    Analysis,
    ArticleFailure,
    ArticleRetry,
    Feed,
    IncomingItem,
    IngestCounts,
)
from summaries.store import AsyncStore, DatabaseUnwritable, Store

log = logging.getLogger(__name__)

# Statuses after which retrying is pointless: the feed is gone.
GONE = {410}
ARTICLE_MAX_BYTES = 2 * 1024 * 1024
MAX_ARTICLE_FETCHES_PER_FEED = 25
# Article pages that failed before, tried again per feed and poll (on top of the above):
# a feed of teasers whose site is down costs a few bounded fetches a poll, not 25.
MAX_ARTICLE_RETRIES_PER_FEED = 5

Analyser = Callable[[str, str], Analysis | None]


@dataclass(frozen=True)
class FeedReport:
    """What one feed's poll did, for the `poll` table and `/feeds status`."""

    feed: Feed
    outcome: str  # "ok" | "not modified" | "unchanged body" | "failed" | "skipped"
    counts: IngestCounts = IngestCounts()
    error: str | None = None
    articles_fetched: int = 0
    deferred: int = 0  # teasers left for the next poll (article page budget spent)
    articles_retried: int = 0  # pages that had failed before, tried again
    articles_recovered: int = 0  # of those, the ones that came (counted in ``updated``)
    moved_to: str | None = None  # the new address a permanent redirect moved the feed to


@dataclass(frozen=True)
class PollResult:
    reports: tuple[FeedReport, ...]

    @property
    def failed(self) -> list[FeedReport]:
        return [r for r in self.reports if r.outcome == "failed"]

    def total(self, field: str) -> int:
        return sum(getattr(r.counts, field) for r in self.reports)


def default_analyser() -> Analyser:
    from summaries.analyse import analyse

    return analyse


class Poller:
    def __init__(
        self,
        store: AsyncStore,
        fetcher: Fetcher,
        *,
        analyse: Analyser | None = None,
        fetch_articles: bool = True,
    ) -> None:
        self.store = store
        self.fetcher = fetcher
        self.analyse = analyse or default_analyser()
        self.fetch_articles = fetch_articles

    async def poll_due(
        self, *, on_report: Callable[[FeedReport], None] | None = None
    ) -> PollResult:
        """Poll every feed that is not disabled and not inside its backoff window."""
        feeds = await self.store.call(Store.due_feeds)
        return await self.poll(feeds, on_report=on_report)

    async def poll(
        self,
        feeds: list[Feed],
        *,
        on_report: Callable[[FeedReport], None] | None = None,
        force: bool = False,
    ) -> PollResult:
        """Every feed at once; ``force`` (``poll --force``) also retries failed article
        pages inside their backoff window. A feed's own failure is its report; a store
        that cannot be written (read-only, or a full disk: DatabaseUnwritable) ends the
        whole poll at once, raised once, with the other feeds' fetches cancelled rather
        than each failing in turn."""

        async def one(feed: Feed) -> FeedReport:
            report = await self.poll_feed(feed, force=force)
            if on_report:
                on_report(report)
            return report

        tasks = [asyncio.ensure_future(one(f)) for f in feeds]
        try:
            reports = await asyncio.gather(*tasks)
        except BaseException:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            raise
        return PollResult(tuple(reports))

    async def poll_feed(self, feed: Feed, *, force: bool = False) -> FeedReport:
        try:
            return await self._poll_feed(feed, force=force)
        except FeedError as err:
            retry_after = err.retry_after if isinstance(err, HTTPStatusError) else None
            gone = isinstance(err, HTTPStatusError) and err.status in GONE
            updated = await self.store.call(
                Store.record_failure, feed.id, str(err), retry_after=retry_after, disable=gone
            )
            if updated.status == "disabled":
                # the operator must hear it: it is not polled again until `feeds enable`
                log.warning(
                    "feed %s failed and is now disabled: %s (re-enable with `spacebrief "
                    "feeds enable`)",
                    feed.url,
                    updated.disabled_reason,
                )
            else:
                log.warning("feed %s failed: %s", feed.url, err)
            return FeedReport(updated, "failed", error=str(err))
        except (asyncio.CancelledError, DatabaseUnwritable):
            raise  # not this feed's failure, and nothing could record it
        except Exception as err:  # a bug must not stop the other feeds
            log.exception("feed %s: unexpected error", feed.url)
            message = f"internal error: {type(err).__name__}: {err}"
            updated = await self.store.call(Store.record_failure, feed.id, message)
            return FeedReport(updated, "failed", error=" ".join(message.split())[:300])

    async def _poll_feed(self, feed: Feed, *, force: bool) -> FeedReport:
        result = await self.fetcher.fetch(
            feed.url,
            etag=feed.etag,
            last_modified=feed.last_modified,
            untrusted=not feed.trusted,
        )
        report = await self._read(feed, result, force=force)
        if result.moved_to and result.moved_to != feed.url:
            moved = await self.store.call(Store.move_feed, feed.id, result.moved_to)
            if moved is None:
                log.warning(
                    "feed %s moved permanently to %s, which is subscribed already: remove"
                    " one of them",
                    feed.url,
                    result.moved_to,
                )
            else:
                # the old address may be retired next (410 Gone would disable the feed)
                log.warning(
                    "feed %s moved permanently to %s; subscription updated",
                    feed.url,
                    result.moved_to,
                )
                report = replace(report, feed=moved, moved_to=result.moved_to)
        return report

    async def _read(self, feed: Feed, result: FetchResult, *, force: bool) -> FeedReport:
        if result.status == 304 or result.body is None:
            await self.store.call(Store.record_not_modified, feed.id)
            return await self._retry_articles(FeedReport(feed, "not modified"), force=force)
        body_hash = hashlib.sha256(result.body).hexdigest()
        if body_hash == feed.body_hash:
            counts = await self.store.call(
                Store.ingest,
                feed.id,
                [],
                etag=result.etag,
                last_modified=result.last_modified,
                body_hash=body_hash,
            )
            report = FeedReport(feed, "unchanged body", counts)
            return await self._retry_articles(report, force=force)
        parsed = await asyncio.to_thread(parse_feed, result.body, result.headers, result.url)
        warning = None
        if parsed.malformed:
            # read in part: what came is kept, what did not is said (and never "ok, fine")
            n = len(parsed.entries)
            warning = f"malformed XML, {n} item{'s' * (n != 1)} read: {parsed.bozo}"[:300]
            log.warning("feed %s: %s", feed.url, warning)
        items = [
            IncomingItem(
                guid=e.guid,
                url=e.url,
                title=e.title,
                text=e.text,
                published=e.published,
                source_hash=content_hash(e.title, e.text),
                has_title=e.has_title,
            )
            for e in parsed.entries
        ]
        keys = await self.store.call(Store.item_keys, feed.id, items)
        items = _first_of_each(replace(i, key=k) for i, k in zip(items, keys, strict=True))
        unchanged = await self.store.call(Store.unchanged_keys, feed.id, items)
        fresh = [i for i in items if _key(i) not in unchanged]
        fresh, fetched, deferred, failures = await self._complete_teasers(feed, fresh)
        analysed = await asyncio.to_thread(self._analyse_all, fresh)
        by_key = {_key(i): i for i in analysed}
        final = [by_key.get(_key(i), i) for i in items if _key(i) not in deferred]
        counts = await self.store.call(
            Store.ingest,
            feed.id,
            final,
            # Teasers over this poll's page budget wait for the next poll, which must
            # then parse the same body again: no validators, no body hash.
            # So must a malformed one, to say so again until the feed is mended.
            etag=None if deferred or warning else result.etag,
            last_modified=None if deferred or warning else result.last_modified,
            body_hash=None if deferred or warning else body_hash,
            analyse=self._analyse_one,
            article_failures=failures if self.fetch_articles else None,
            warning=warning,
            # a truncated document's last item may be cut off mid-text
            keep_stored=frozenset([_key(final[-1])]) if warning and final else frozenset(),
        )
        report = FeedReport(
            feed, "ok", counts, error=warning, articles_fetched=fetched, deferred=len(deferred)
        )
        # A page that failed just now is not tried twice in one poll, even with force.
        return await self._retry_articles(report, force=force, exclude=failures)

    async def _complete_teasers(
        self, feed: Feed, items: list[IncomingItem]
    ) -> tuple[list[IncomingItem], int, set[str], dict[str, ArticleFailure]]:
        """Fetch the article page of teaser-only items and keep its main text.

        At most MAX_ARTICLE_FETCHES_PER_FEED pages a poll, to stay polite; the keys of the
        teasers left over come back so the caller stores them on a later poll instead of
        storing them as teasers for good, and so do the pages that failed, which the
        store schedules to be tried again.
        """
        if not self.fetch_articles:
            return items, 0, set(), {}
        teasers = [i for i in items if i.url and is_teaser(i.text)]
        deferred = {_key(i) for i in teasers[MAX_ARTICLE_FETCHES_PER_FEED:]}
        teasers = teasers[:MAX_ARTICLE_FETCHES_PER_FEED]

        async def complete(item: IncomingItem) -> str | ArticleFailure:
            assert item.url is not None
            return await self._article_text(feed, item.url, len(item.text), item.title)

        done = await asyncio.gather(*(complete(i) for i in teasers))
        pairs = list(zip(teasers, done, strict=True))
        replaced = {_key(t): replace(t, text=d) for t, d in pairs if isinstance(d, str)}
        failures = {_key(t): d for t, d in pairs if isinstance(d, ArticleFailure)}
        completed = [replaced.get(_key(i), i) for i in items if _key(i) not in deferred]
        return completed, len(replaced), deferred, failures

    async def _article_text(
        self, feed: Feed, url: str, shorter_than: int, title: str | None = None
    ) -> str | ArticleFailure:
        """The main text of the article page at ``url`` when it is longer than the
        teaser's ``shorter_than`` characters, else why not. Bounded like every fetch."""
        try:
            page = await self.fetcher.fetch(
                url, untrusted=not feed.trusted, accept=HTML_ACCEPT, max_bytes=ARTICLE_MAX_BYTES
            )
        except FeedError as err:
            log.info("article %s not fetched: %s", url, err)
            final = isinstance(err, BlockedURL) or (
                isinstance(err, HTTPStatusError) and err.status in GONE
            )
            return ArticleFailure(url, str(err), final=final)
        text = None
        if page.body:
            text = await asyncio.to_thread(extract_main_text, page.body, page.url, title)
        if not text or len(text) <= shorter_than:
            # The page came, and holds no more than the feed gave: asking again changes
            # nothing (a short full-text entry; a page of scripts), so this is final.
            log.info("article %s: no more text on the page than in the feed", url)
            return ArticleFailure(url, "no article text on the page", final=True)
        return text

    async def _retry_articles(
        self, report: FeedReport, *, force: bool, exclude: Iterable[str] = ()
    ) -> FeedReport:
        """Try again, after a successful feed fetch, the feed's article pages that failed
        before and are due (at most MAX_ARTICLE_RETRIES_PER_FEED); a page that comes
        gives its story the article's text and a new analysis, as a first fetch would."""
        if not self.fetch_articles:
            return report
        feed = report.feed
        due = await self.store.call(
            Store.due_article_retries,
            feed.id,
            limit=MAX_ARTICLE_RETRIES_PER_FEED,
            force=force,
            exclude=exclude,
        )

        async def one(retry: ArticleRetry) -> tuple[bool, bool]:
            if not is_teaser(retry.story_text):  # another feed's copy completed the story
                await self.store.call(Store.record_article_retry, feed.id, retry)
                return False, False
            got = await self._article_text(feed, retry.url, len(retry.story_text), retry.title)
            if isinstance(got, ArticleFailure):
                await self.store.call(Store.record_article_retry, feed.id, retry, failure=got)
                return True, False
            analysis = await asyncio.to_thread(self._analyse_one, retry.title, got)
            done = await self.store.call(
                Store.record_article_retry,
                feed.id,
                retry,
                text=got,
                analysis=analysis,
                analyse=self._analyse_one,
            )
            return True, done

        results = await asyncio.gather(*(one(r) for r in due))
        tried = sum(t for t, _ in results)
        recovered = sum(d for _, d in results)
        if not tried:
            return report
        counts = replace(report.counts, updated=report.counts.updated + recovered)
        return replace(
            report,
            counts=counts,
            articles_retried=report.articles_retried + tried,
            articles_recovered=report.articles_recovered + recovered,
        )

    def _analyse_all(self, items: list[IncomingItem]) -> list[IncomingItem]:
        return [replace(i, analysis=self._analyse_one(i.title, i.text)) for i in items]

    def _analyse_one(self, title: str, text: str) -> Analysis | None:
        try:
            return self.analyse(title, text)
        except Exception:  # analysis must never cost us the story itself
            log.exception("analysis failed for %r", title[:80])
            return None


def _first_of_each(items: Iterable[IncomingItem]) -> list[IncomingItem]:
    """One item per key, the first the feed lists: a feed that repeats an item (its
    updated headline above the stale copy) must not have the stale copy undo the update,
    nor have both counted as changes."""
    seen: set[str] = set()
    out = []
    for item in items:
        if _key(item) not in seen:
            seen.add(_key(item))
            out.append(item)
    return out


def _key(item: IncomingItem) -> str:
    return item.key or item_key(item.guid, item.url, item.title, item.published)
