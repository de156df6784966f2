"""SIGKILL `spacebrief poll` in the two phases tests/feeds/test_poll_crash.py samples least:
while teaser article pages are being fetched, and inside the write of a 10,000-item feed.

Each kill is aimed, not random in time: the article-phase kill fires after a random number
of article requests reached the site; the write-phase kill fires while another connection
sees the database's write lock held, the 10,000-item feed already fetched and its rows not
yet committed. After every kill the store must pass ``PRAGMA integrity_check`` and hold
the big feed's items all or none; after a final plain `spacebrief poll` it must equal a
clean run's store (stories, sources, quotes with offsets, full-text index).
"""

from __future__ import annotations

import asyncio
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from tests.hardening import documents as docs
from tests.hardening.conftest import ROOT, cli_env, spacebrief
from tests.hardening.site import Handler, HostileSite, static

TEASER_FEEDS = 4
TEASERS = 10
HUGE_ITEMS = 10_000


def slow(handler: Handler, seconds: float) -> Handler:
    async def serve(request: bytes, writer: asyncio.StreamWriter) -> None:
        await asyncio.sleep(seconds)
        await handler(request, writer)

    return serve


def _teaser_site(site: HostileSite) -> list[str]:
    urls = []
    for f in range(TEASER_FEEDS):
        name = f"T{f}"
        items = docs.teaser_items(name, TEASERS, lambda i, n=name: site.url(f"/articles/{n}/{i}"))
        for i in range(TEASERS):
            page = static(docs.article_page(name, i), content_type="text/html")
            site.route(f"/articles/{name}/{i}", slow(page, 0.15))
        urls.append(site.route(f"/teasers/{name}", static(docs.rss(items, title=name))))
    return urls


def _huge_site(site: HostileSite) -> str:
    """The big feed alone: then the only write transaction of a poll is its ingest."""
    return site.route("/huge", static(docs.huge_rss(HUGE_ITEMS, site.url(""))))


def _subscribe(db: Path, urls: list[str]) -> None:
    opml = db.with_suffix(".opml")
    outlines = "".join(f'<outline text="f{i}" xmlUrl="{u}"/>' for i, u in enumerate(urls))
    opml.write_text(f'<opml version="2.0"><body>{outlines}</body></opml>')
    assert spacebrief(db, "feeds", "import", str(opml)).returncode == 0


def _start_poll(db: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "bot", "poll"],
        cwd=ROOT,
        env=cli_env(db),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _wait_then_kill(proc: subprocess.Popen, ready, timeout: float = 60) -> bool:
    """SIGKILL ``proc`` as soon as ``ready()``; False if it finished first."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if proc.poll() is not None:
            return False
        if ready():
            proc.send_signal(signal.SIGKILL)
            proc.wait(10)
            return True
        time.sleep(0.005)
    proc.kill()
    raise AssertionError("the kill condition never came")


def _snapshot(db: Path) -> tuple:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stories = sorted(
            conn.execute("SELECT title, url, text, summary, iss_geopolitical FROM stories")
        )
        sources = sorted(
            conn.execute(
                "SELECT f.url, s.item_key, s.content_hash, st.title FROM story_sources s"
                " JOIN feeds f ON f.id = s.feed_id JOIN stories st ON st.id = s.story_id"
            )
        )
        quotes = sorted(
            conn.execute(
                "SELECT st.title, q.text, q.speaker, q.start, q.end FROM quotes q"
                " JOIN stories st ON st.id = q.story_id"
            )
        )
        fts = conn.execute("SELECT count(*) FROM stories_fts").fetchone()[0]
        fts_hits = conn.execute(
            "SELECT count(*) FROM stories_fts WHERE stories_fts MATCH 'Halvard'"
        ).fetchone()[0]
        return stories, sources, quotes, fts, fts_hits
    finally:
        conn.close()


def _sources_of(db: Path, url: str) -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(
            "SELECT count(*) FROM story_sources s JOIN feeds f ON f.id = s.feed_id WHERE f.url = ?",
            [url],
        ).fetchone()[0]
    finally:
        conn.close()


def _writer_active(db: Path) -> bool:
    """True while some connection holds the write lock (BEGIN IMMEDIATE would wait)."""
    conn = sqlite3.connect(db, timeout=0, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ROLLBACK")
        return False
    except sqlite3.OperationalError:
        return True
    finally:
        conn.close()


def _clean_run(tmp_path: Path, urls: list[str]) -> tuple:
    clean = tmp_path / "clean.db"
    _subscribe(clean, urls)
    run = spacebrief(clean, "poll")
    assert run.returncode == 0, run.stderr
    return _snapshot(clean)


def test_kills_while_teaser_articles_are_fetched_lose_and_duplicate_nothing(tmp_path, site):
    urls = _teaser_site(site)
    expected = _clean_run(tmp_path, urls)
    assert len(expected[0]) == TEASER_FEEDS * TEASERS
    assert expected[4] == TEASER_FEEDS * TEASERS, "every story got its article's quote"

    crashed = tmp_path / "crashed.db"
    _subscribe(crashed, urls)
    rnd = random.Random(20240402)
    kills = 0
    for _ in range(5):
        site.reset_counts()
        target = rnd.randint(1, 12)

        def articles_seen(target: int = target) -> bool:
            return site.total("/articles/") >= target

        kills += _wait_then_kill(_start_poll(crashed), articles_seen)
        assert _snapshot(crashed)  # integrity_check after each kill
    print(f"{kills} kills during article fetches")
    assert kills >= 3, "the poll finished before most kills: the test proves little"
    final = spacebrief(crashed, "poll")
    assert final.returncode == 0, final.stderr
    assert _snapshot(crashed) == expected


def test_kills_inside_the_write_of_a_10000_item_feed_leave_all_or_nothing(tmp_path, site):
    huge = _huge_site(site)
    urls = [huge]
    expected = _clean_run(tmp_path, urls)
    assert sum(1 for s in expected[1] if s[0] == huge) == 500

    crashed = tmp_path / "crashed.db"
    _subscribe(crashed, urls)
    kills_in_write = 0
    for _ in range(3):
        site.reset_counts()

        def inside_huge_write() -> bool:
            return (
                site.count(huge) > 0 and _writer_active(crashed) and _sources_of(crashed, huge) == 0
            )

        if _wait_then_kill(_start_poll(crashed), inside_huge_write):
            kills_in_write += 1
            assert _snapshot(crashed)
            assert _sources_of(crashed, huge) in (0, 500)  # one transaction: all or nothing
        if _sources_of(crashed, huge) == 500:
            break
    print(f"{kills_in_write} kills inside the big feed's write transaction")
    assert kills_in_write >= 2
    final = spacebrief(crashed, "poll")
    assert final.returncode == 0, final.stderr
    assert _snapshot(crashed) == expected
