"""SIGKILL a `spacebrief poll` at random moments, rerun it, and compare with a clean run.

Each feed's results commit in one transaction and item keys are unique per feed, so
whatever moment the kill lands on, the final store must hold exactly the clean run's
stories, sources and quotes, and SQLite must report no corruption.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
from werkzeug import Response

from tests.feeds.feedgen import Item, filler_sentences, rss

FEEDS = 12
ITEMS = 25


def _item(feed: int, n: int, base_url: str) -> Item:
    paragraphs = filler_sentences(f"{feed}-{n}", 3, words=40)
    paragraphs.append(f'"Statement number {feed}-{n} stands," Officer{feed} said.')
    return Item(
        guid=f"feed{feed}-item{n}",
        title=f"Report {n} from desk {feed}",
        link=f"{base_url}/articles/{feed}/{n}",
        text="\n\n".join(paragraphs),
        date=f"Tue, 02 Apr 2024 {n % 24:02d}:00:00 GMT",
    )


@pytest.fixture
def site(httpserver):
    base = httpserver.url_for("").rstrip("/")
    bodies = {f: rss([_item(f, n, base) for n in range(ITEMS)]) for f in range(FEEDS)}

    def handler(request):
        feed = int(request.path.rsplit("/", 1)[1])
        time.sleep(0.15)  # spread the poll out so kills land in every phase
        return Response(bodies[feed], content_type="application/rss+xml")

    httpserver.expect_request(__import__("re").compile(r"^/feeds/\d+$")).respond_with_handler(
        handler
    )
    return [httpserver.url_for(f"/feeds/{f}") for f in range(FEEDS)]


def _cli(db, *args, **kwargs):
    env = {**os.environ, "SPACEBRIEF_DB": str(db)}
    return subprocess.Popen(
        [sys.executable, "-m", "bot", *args],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        **kwargs,
    )


def _setup(db, urls):
    for url in urls:
        assert _cli(db, "feeds", "add", url).wait(timeout=60) == 0


def _snapshot(db):
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    stories = sorted(conn.execute("SELECT title, url, text, summary FROM stories").fetchall())
    sources = sorted(
        conn.execute(
            "SELECT f.url, s.item_key, st.title FROM story_sources s"
            " JOIN feeds f ON f.id = s.feed_id JOIN stories st ON st.id = s.story_id"
        ).fetchall()
    )
    quotes = sorted(
        conn.execute(
            "SELECT st.title, q.text, q.speaker FROM quotes q JOIN stories st ON st.id = q.story_id"
        ).fetchall()
    )
    fts = conn.execute("SELECT count(*) FROM stories_fts").fetchone()[0]
    conn.close()
    return stories, sources, quotes, fts


@pytest.mark.slow
def test_sigkill_at_random_moments_loses_and_duplicates_nothing(tmp_path, site):
    clean = tmp_path / "clean.db"
    _setup(clean, site)
    started = time.monotonic()
    assert _cli(clean, "poll").wait(timeout=120) == 0
    duration = time.monotonic() - started
    expected = _snapshot(clean)
    assert len(expected[0]) == FEEDS * ITEMS

    crashed = tmp_path / "crashed.db"
    _setup(crashed, site)
    rnd = random.Random(20261125)
    kills = 0
    for _ in range(10):
        proc = _cli(crashed, "poll", "--force")
        # Anywhere in a run: start-up, fetching, parsing, analysing, writing.
        time.sleep(rnd.uniform(0.05, 0.8) * duration)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            kills += 1
        proc.wait(timeout=60)
    assert kills >= 5, "the poll finished before most kills: the test proves little"
    assert _cli(crashed, "poll", "--force").wait(timeout=120) == 0
    got = _snapshot(crashed)
    assert got[0] == expected[0]
    assert got[1] == expected[1]
    assert got[2] == expected[2]
    assert got[3] == expected[3] == FEEDS * ITEMS
