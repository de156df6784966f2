"""Writing one feed's poll: item identity, cross-feed merging, story updates, quotes.

Everything for one feed happens inside one transaction (see ``Store.ingest``).
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime, timedelta
from typing import Any

from summaries import dedupe, spellings
from summaries.models import Analysis, ArticleFailure, Feed, IncomingItem, IngestCounts
from summaries.timeutil import from_rfc3339, now_rfc3339, to_rfc3339

ANALYSIS_VERSION = 1
Analyser = Callable[[str, str], Analysis | None]
_SKETCH_ROWS_PER_HASH = 64
# Another outlet's rewrite found by its quotations: the first few long ones, each looked up
# as an FTS5 phrase of its first words, newest stories first
_QUOTES_LOOKED_UP = 4
_PHRASE_WORDS = 12
_QUOTE_ROWS = 8
_RICHER = 1.5  # a merged version this much longer replaces the story's text
_TEASER_CHARS = 600  # a changed item's text this short, under half the stored one's


def _teaser_of(new: str, stored: str) -> bool:
    """Whether an updated item's text is a teaser of the article the story holds."""
    return len(new) < _TEASER_CHARS and 2 * len(new) < len(stored)


RETOLD_CONTAINMENT = 0.5  # of the smaller text's 3-grams found in the other


class IngestMixin:
    """Part of :class:`summaries.store.Store`; needs ``db``, ``transaction``, ``_one``, ``_all``."""

    def item_keys(self, feed_id: int, items: Iterable[IncomingItem]) -> list[str]:
        """Each item's identity within its feed: the guid, else the link, else a
        fingerprint (``dedupe.item_key``), except where the feed gives one guid to
        different items (link and title both differ) in one document: then each is kept,
        the ones after the first keyed by guid and link. An item is always matched first
        to the stored item of its guid with its link or title, so a re-poll finds each
        where it was, whichever items share the guid by then."""
        items = list(items)
        shared = Counter(i.guid.strip() for i in items if i.guid and i.guid.strip())
        claimed: dict[str, tuple[str | None, str]] = {}
        keys = []
        for item in items:
            key = self._item_key(feed_id, item, shared, claimed)
            claimed.setdefault(key, (item.url, item.title))
            keys.append(key)
        return keys

    def _item_key(
        self,
        feed_id: int,
        item: IncomingItem,
        shared: Counter[str],
        claimed: dict[str, tuple[str | None, str]],
    ) -> str:
        key = dedupe.item_key(item.guid, item.url, item.title, item.published)
        if not key.startswith("guid:"):
            return key
        variants = self.db.execute(  # the key itself and "guid:…|…": a range of the PK
            "SELECT item_key, url, title FROM story_sources WHERE feed_id = ?"
            " AND (item_key = ? OR (item_key > ? AND item_key < ?)) ORDER BY item_key",
            [feed_id, key, key + "|", key + "}"],
        ).fetchall()
        variants += [
            (k, u, t) for k, (u, t) in claimed.items() if k == key or k.startswith(key + "|")
        ]
        for stored, url, title in variants:
            if (item.url and url == item.url) or title == item.title:
                return stored
        stored_keys = [k for k, _, _ in variants if k not in claimed]
        if stored_keys:
            # neither link nor title matches: an update (a correction, a rewrite) of the
            # stored story it retells, or, when it retells none, another story the feed
            # gave a stored guid to, which must not overwrite the old one
            retold = self._retold(feed_id, stored_keys, item)
            if retold is not None:
                return retold
            return key + "|" + dedupe.item_key(None, item.url, item.title, item.published)
        if shared[item.guid.strip()] < 2 or not any(k == key for k, _, _ in variants):
            return key  # alone under its guid: a new item, or its update (a new headline)
        return key + "|" + dedupe.item_key(None, item.url, item.title, item.published)

    def _retold(self, feed_id: int, keys: list[str], item: IncomingItem) -> str | None:
        """The key, among these stored under the item's guid, whose story tells the same
        event as the item; None when none does."""
        incoming = dedupe.shingles(item.title + "\n" + item.text)
        for key in keys:
            row = self._one(
                "SELECT s.title, s.text FROM story_sources ss JOIN stories s"
                " ON s.id = ss.story_id WHERE ss.feed_id = ? AND ss.item_key = ?",
                [feed_id, key],
            )
            if row is None:
                continue
            stored = dedupe.shingles(row["title"] + "\n" + row["text"])
            sim = dedupe.similarity(stored, incoming)
            # a teaser is contained in the article page its story holds, little as they
            # share by Jaccard
            if sim.same_event or sim.containment >= RETOLD_CONTAINMENT:
                return key
        return None

    def unchanged_keys(self, feed_id: int, items: Iterable[IncomingItem]) -> set[str]:
        """Item keys whose stored content is identical: no analysis needed."""
        out = set()
        items = list(items)
        # the poller keyed them already (``IncomingItem.key``); others are keyed here
        keys = [i.key for i in items]
        if None in keys:
            keys = self.item_keys(feed_id, items)
        for item, key in zip(items, keys, strict=True):
            row = self._one(
                "SELECT content_hash FROM story_sources WHERE feed_id = ? AND item_key = ?",
                [feed_id, key],
            )
            if row and row["content_hash"] == _item_hash(item):
                out.add(key)
        return out

    def ingest(
        self,
        feed_id: int,
        items: Iterable[IncomingItem],
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        body_hash: str | None = None,
        analyse: Analyser | None = None,
        article_failures: Mapping[str, ArticleFailure] | None = None,
        warning: str | None = None,
        keep_stored: frozenset[str] = frozenset(),
    ) -> IngestCounts:
        """Store one feed's poll, feed state included, in one transaction.

        An item's analysis was made from its own title and text. When the story ends up
        with another pair (a stand-in title replaced by this feed's headline, or this
        feed's fuller text under another feed's headline), ``analyse`` redoes it, on the
        store's thread; without it the item's analysis stands, or the story's own.

        ``article_failures`` (when the poller fetched article pages): the item keys
        whose page failed, to try again on a later poll; every other item stored
        (new or changed) needs no retry any more.

        ``warning`` (a malformed document read in part): the feed keeps it as its error
        while it stays "ok". ``keep_stored``: item keys that may add a story but not
        change a stored one (the last item of a truncated document, cut off mid-text,
        must not replace the whole one).
        """
        now = now_rfc3339()
        feed = self.get_feed(feed_id)
        counts = {"new": 0, "updated": 0, "unchanged": 0, "merged": 0}
        with self.transaction():
            items = list(items)
            for item, key in zip(items, self.item_keys(feed_id, items), strict=True):
                update = key not in keep_stored
                outcome = self._ingest_item(feed, item, key, now, analyse, update=update)
                counts[outcome] += 1
                if article_failures is not None and outcome != "unchanged":
                    self._note_article(feed_id, key, article_failures.get(key), now)
            self._mark_ok(feed_id, now, etag=etag, last_modified=last_modified, body_hash=body_hash)
            if warning:
                self.db["feeds"].update(feed_id, {"error": warning})
        return IngestCounts(**counts)

    def _ingest_item(
        self,
        feed: Feed,
        item: IncomingItem,
        key: str,
        now: str,
        analyse: Analyser | None,
        *,
        update: bool = True,
    ) -> str:
        chash = _item_hash(item)
        src = self._one(
            "SELECT story_id, content_hash FROM story_sources WHERE feed_id = ? AND item_key = ?",
            [feed.id, key],
        )
        if src is not None:
            if src["content_hash"] == chash or not update:
                return "unchanged"
            self._update_story(src["story_id"], feed, item, now, analyse)
            self.db.execute(
                "UPDATE story_sources SET content_hash = ?, title = ?, url = ?"
                " WHERE feed_id = ? AND item_key = ?",
                [chash, item.title, item.url, feed.id, key],
            )
            return "updated"
        shingle_set = dedupe.shingles(item.title + "\n" + item.text)
        story_id = self._same_event(item, shingle_set, now, feed.id)
        outcome = "merged"
        if story_id is not None and self._one(
            "SELECT 1 FROM story_sources WHERE feed_id = ? AND story_id = ? LIMIT 1",
            [feed.id, story_id],
        ):
            # the feed's own item under a new id (RSS turned Atom at the same address, a
            # CMS renumbering its guids): nothing new came from another feed
            outcome = "unchanged"
        if story_id is None:
            story_id = self._insert_story(feed, item, now, shingle_set)
            outcome = "new"
        elif item.analysis is not None and self._richer(item, story_id, shingle_set):
            # A fuller report of the same event (more paragraphs, more quotes) becomes the
            # story's text, so summary and quotes come from the best version carried.
            self._update_story(story_id, feed, item, now, analyse)
            outcome = "updated" if outcome == "unchanged" else outcome
        else:
            # The first copy seen may have lacked a link or a title that this one has.
            self._update_story(story_id, feed, item, now, analyse, take_text=False)
        self.db["story_sources"].insert(
            {
                "feed_id": feed.id,
                "item_key": key,
                "story_id": story_id,
                "guid": item.guid,
                "url": item.url,
                "title": item.title,
                "content_hash": chash,
                "first_seen": now,
            }
        )
        return outcome

    def _richer(self, item: IncomingItem, story_id: int, shingle_set: set[int]) -> bool:
        """Is the item a fuller report than the story's text: much longer, or, for another
        outlet's own write-up (merged by a shared quotation, few words in common), longer
        at all? The member's pair kept the shorter one, and answers lost the longer one's
        quotes."""
        row = self._one("SELECT title, text FROM stories WHERE id = ?", [story_id])
        if row is None:
            return False
        n = len(row["text"])
        if len(item.text) > _RICHER * n:
            return True
        if len(item.text) <= n:
            return False
        stored = dedupe.shingles(row["title"] + "\n" + row["text"])
        return dedupe.similarity(stored, shingle_set).containment < dedupe.MIN_CONTAINMENT

    def _same_event(
        self, item: IncomingItem, shingle_set: set[int], now: str, feed_id: int
    ) -> int | None:
        """The stored story this item reports, by canonical link or near-duplicate text.
        Within one feed only a copy reposted joins: a feed tells an event once, and its
        daily "On-Orbit Status Report - June 1 / June 2" share most of their words."""
        if item.url:
            row = self._one(
                "SELECT story_id FROM story_sources WHERE url = ? LIMIT 1", [item.url]
            ) or self._one("SELECT id AS story_id FROM stories WHERE url = ? LIMIT 1", [item.url])
            if row:
                return row["story_id"]
        when = from_rfc3339(item.published or now)
        window = timedelta(days=dedupe.MAX_DAYS_APART)
        found = self._by_sketch(shingle_set, when, window, feed_id)
        if found is None:
            found = self._by_quotation(item, shingle_set, when, window, feed_id)
        return found

    def _by_sketch(
        self, shingle_set: set[int], when: datetime, window: timedelta, feed_id: int
    ) -> int | None:
        """A stored story sharing enough of the item's bottom-k shingle hashes, and then
        the same event by the exact rule."""
        sk = dedupe.sketch(shingle_set)
        if len(sk) < dedupe.MIN_SHARED_SKETCH:
            return None
        # Bounded, indexed look-ups: at most SKETCH_SIZE x PER_HASH rows however much
        # boilerplate the feeds share, newest stories first.
        shared: Counter[int] = Counter()
        per_hash = (
            "SELECT * FROM (SELECT story_id FROM story_sketch WHERE h = ?"
            f" ORDER BY story_id DESC LIMIT {_SKETCH_ROWS_PER_HASH})"
        )
        rows = self.db.execute(" UNION ALL ".join([per_hash] * len(sk)), sk)
        shared.update(r[0] for r in rows)
        ids = [i for i, n in shared.most_common(50) if n >= dedupe.MIN_SHARED_SKETCH]
        if not ids:
            return None
        # The time window is applied before picking the best few: old look-alikes
        # (last month's cargo flight) must not crowd a real rewrite out.
        marks = ",".join("?" * len(ids))
        rows = self._all(
            f"SELECT id, title, text FROM stories WHERE id IN ({marks})"
            " AND sort_time BETWEEN ? AND ?",
            [*ids, to_rfc3339(when - window), to_rfc3339(when + window)],
        )
        candidates = sorted(rows, key=lambda r: -shared[r["id"]])[:5]
        own = {
            r["story_id"]
            for r in self._all(
                f"SELECT story_id FROM story_sources WHERE feed_id = ? AND story_id IN ({marks})",
                [feed_id, *ids],
            )
        }
        for story in candidates:
            other = dedupe.shingles(story["title"] + "\n" + story["text"])
            sim = dedupe.similarity(shingle_set, other)
            if sim.same_event and (story["id"] not in own or sim.reposted):
                return story["id"]
        return None

    def _by_quotation(
        self,
        item: IncomingItem,
        shingle_set: set[int],
        when: datetime,
        window: timedelta,
        feed_id: int,
    ) -> int | None:
        """Another outlet's own rewrite shares too few shingles for the sketch, but quotes
        the same long sentence: the stories of the window holding the item's quotations
        (an FTS5 phrase look-up each, bounded), judged by the exact rule."""
        ids: dict[int, None] = {}
        for quote in dedupe.quotations(item.text)[:_QUOTES_LOOKED_UP]:
            phrase = " ".join(dedupe.words(quote)[:_PHRASE_WORDS])
            try:
                rows = self.db.execute(
                    "SELECT rowid FROM stories_fts WHERE stories_fts MATCH ?"
                    f" ORDER BY rowid DESC LIMIT {_QUOTE_ROWS}",
                    ['text : "' + phrase.replace('"', "") + '"'],
                ).fetchall()
            except sqlite3.OperationalError:  # a word FTS5 will not take as written
                continue
            ids.update((r[0], None) for r in rows)
        if not ids:
            return None
        marks = ",".join("?" * len(ids))
        rows = self._all(
            f"SELECT id, title, text FROM stories WHERE id IN ({marks})"
            " AND sort_time BETWEEN ? AND ?"
            " AND id NOT IN (SELECT story_id FROM story_sources WHERE feed_id = ?)",
            [*ids, to_rfc3339(when - window), to_rfc3339(when + window), feed_id],
        )
        for story in rows:
            other = dedupe.shingles(story["title"] + "\n" + story["text"])
            if dedupe.similarity(shingle_set, other).same_event:
                return story["id"]
        return None

    def _insert_story(self, feed: Feed, item: IncomingItem, now: str, shingle_set: set[int]) -> int:
        row = {
            "title": item.title,
            "has_title": int(item.has_title),
            "url": item.url or "",
            "source": feed.name,
            # null when the feed gave no usable date (PRODUCT.md): never the poll time, which
            # would show an old undated item as today's news. What sorts and filters by
            # time (since, latest, digests, dedupe's window) reads sort_time instead.
            "published": item.published,
            "first_seen": now,
            "updated": now,
            "sort_time": item.published or now,
            "text": item.text,
            "content_hash": dedupe.content_hash(item.title, item.text),
        }
        row.update(_analysis_columns(item.analysis, item.text))
        story_id = self.db["stories"].insert(row).last_pk
        spellings.record(self.db, item.title, item.text)
        self._write_quotes(story_id, item.analysis)
        self._write_sketch(story_id, shingle_set)
        return story_id

    def _update_story(
        self,
        story_id: int,
        feed: Feed,
        item: IncomingItem,
        now: str,
        analyse: Analyser | None,
        *,
        take_text: bool = True,
    ) -> None:
        """Give the story this item's text (``take_text``), and its link, headline and
        date where the story has none: a stand-in title never replaces a real one.

        ``source`` names the feed whose link the story cites (whose text, while no copy
        had a link): a reader who sees "Wire · http://wire…" must find it on Wire."""
        story = self._one(
            "SELECT title, has_title, text, url, published FROM stories WHERE id = ?", [story_id]
        )
        has_title = bool(story["has_title"]) or item.has_title
        if take_text:
            title = story["title"] if story["has_title"] and not item.has_title else item.title
        else:
            title = item.title if item.has_title and not story["has_title"] else story["title"]
        if take_text and _teaser_of(item.text, story["text"]):
            # a changed item whose page could not be fetched (or was not, being a repeat):
            # its headline and link count, but its teaser must not replace the article
            take_text = False
        text = item.text if take_text else story["text"]
        row: dict[str, Any] = {}
        if item.url and (take_text or not story["url"]):
            row["url"] = item.url
            row["source"] = feed.name
        elif take_text and not story["url"]:
            row["source"] = feed.name
        if item.published and (
            not story["published"] or (take_text and item.published < story["published"])
        ):
            # (or the text taken is an earlier report's: the event's date is its first)
            # first seen undated: a copy that carries a date dates the story (and moves it
            # in time, so "latest" and digests stop treating the poll time as its date)
            row["published"] = row["sort_time"] = item.published
        if not take_text and title == story["title"]:
            if row:
                self.db["stories"].update(story_id, row)
            return
        row.update(
            {
                "title": title,
                "has_title": int(has_title),
                "text": text,
                "updated": now,
                "content_hash": dedupe.content_hash(title, text),
            }
        )
        if (title, text) == (item.title, item.text) or (analyse is None and take_text):
            analysis: Analysis | None = item.analysis
        elif analyse is not None:
            analysis = analyse(title, text)
        else:  # a new headline and no analyser: the story keeps its analysis for now
            analysis = None
        if analysis is not None or take_text:
            row.update(_analysis_columns(analysis, text))
            self._write_quotes(story_id, analysis)
        self.db["stories"].update(story_id, row)
        spellings.record(self.db, title, text)
        self.db.execute("DELETE FROM story_sketch WHERE story_id = ?", [story_id])
        self._write_sketch(story_id, dedupe.shingles(title + "\n" + text))

    def _write_sketch(self, story_id: int, shingle_set: set[int]) -> None:
        self.db.conn.executemany(
            "INSERT OR IGNORE INTO story_sketch (h, story_id) VALUES (?, ?)",
            [(h, story_id) for h in dedupe.sketch(shingle_set)],
        )

    def _write_quotes(self, story_id: int, analysis: Analysis | None) -> None:
        self.db.execute("DELETE FROM quotes WHERE story_id = ?", [story_id])
        if analysis is None:
            return
        self.db["quotes"].insert_all(
            {
                "story_id": story_id,
                "position": i,
                "text": q.text,
                "speaker": q.speaker,
                "start": q.start,
                "end": q.end,
                "score": q.score,
            }
            for i, q in enumerate(analysis.quotes)
        )

    def reanalyse(self, analyse: Callable[[str, str], Analysis]) -> int:
        """Recompute decisions, summaries and quotes after the rules change."""
        ids = [r["id"] for r in self._all("SELECT id FROM stories ORDER BY id", [])]
        for story_id in ids:
            row = self._one("SELECT title, text FROM stories WHERE id = ?", [story_id])
            analysis = analyse(row["title"], row["text"])
            with self.transaction():
                self.db["stories"].update(story_id, _analysis_columns(analysis, row["text"]))
                self._write_quotes(story_id, analysis)
        return len(ids)


def _item_hash(item: IncomingItem) -> str:
    return item.source_hash or dedupe.content_hash(item.title, item.text)


def _first_sentences(text: str, limit: int = 480) -> str:
    para = next((p for p in text.split("\n\n") if p.strip()), "")
    return para[:limit].rsplit(" ", 1)[0] if len(para) > limit else para


def _analysis_columns(analysis: Analysis | None, text: str) -> dict[str, Any]:
    if analysis is None:
        return {
            "iss_geopolitical": 0,
            "score": 0.0,
            "reasons": "[]",
            "tags": "[]",
            "summary": _first_sentences(text),
            "analysis_version": 0,
        }
    return {
        "iss_geopolitical": int(analysis.iss_geopolitical),
        "score": float(analysis.score),
        "reasons": json.dumps(list(analysis.reasons)),
        "tags": json.dumps(list(analysis.tags)),
        "summary": analysis.summary,
        "analysis_version": ANALYSIS_VERSION,
    }
