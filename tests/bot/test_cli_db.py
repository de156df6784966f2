"""`--db`: a command that only reads never creates a database at a mistyped path, and a
file that is not a SQLite database is one line of error, not a traceback."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from contextlib import contextmanager

import pytest

READERS = [
    ["stories"],
    ["stories", "--json"],
    ["ask", "who provides propulsion?"],
    ["digest", "--json"],
    ["feeds", "list"],
    ["feeds", "export"],
    ["feeds", "remove", "x"],
    ["reclassify"],
]


def spacebrief(db, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", "--db", str(db), *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        env={k: v for k, v in os.environ.items() if k != "DISCORD_TOKEN"},
    )


def assert_one_line_error(done: subprocess.CompletedProcess[str], *words: str) -> None:
    assert done.returncode == 1, done.stdout + done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert done.stderr.startswith("Error: ") and "Traceback" not in done.stderr
    assert all(w in done.stderr for w in words), done.stderr


@pytest.mark.parametrize("args", READERS, ids=" ".join)
def test_a_reader_on_a_missing_database_creates_nothing(tmp_path, args):
    db = tmp_path / "typo" / "x.db"
    done = spacebrief(db, *args)
    assert_one_line_error(done, str(db))
    assert not db.parent.exists()


def test_chat_on_a_missing_database_creates_nothing(tmp_path):
    db = tmp_path / "x.db"
    assert_one_line_error(spacebrief(db, "chat", stdin="/help\n"), str(db))
    assert list(tmp_path.iterdir()) == []


def test_a_writer_creates_the_database(tmp_path):
    db = tmp_path / "new" / "x.db"
    done = spacebrief(db, "poll", "--json")
    assert done.returncode == 0, done.stderr
    assert db.is_file()
    assert spacebrief(db, "stories").returncode == 0


@pytest.mark.parametrize("args", [["stories"], ["poll"]], ids=" ".join)
def test_a_file_that_is_not_a_database_is_one_line(tmp_path, args):
    junk = tmp_path / "junk.db"
    junk.write_text("x\n")
    assert_one_line_error(spacebrief(junk, *args), str(junk), "not a database")
    assert junk.read_text() == "x\n"


@pytest.fixture
def read_only_db(tmp_path, httpserver):
    """A database with one feed whose file cannot be written: immutable as root (file
    modes do not stop root), read-only otherwise."""
    httpserver.expect_request("/rss").respond_with_data(
        "<rss version='2.0'><channel><title>t</title><item><guid>a</guid>"
        "<title>Crew finishes a spacewalk</title><description>Two astronauts went out."
        "</description></item></channel></rss>",
        content_type="application/rss+xml",
    )
    db = tmp_path / "ro.db"
    assert spacebrief(db, "feeds", "add", httpserver.url_for("/rss"), "--name", "A").returncode == 0
    before = db.read_bytes()
    if os.geteuid() == 0:
        if subprocess.run(["chattr", "+i", str(db)], capture_output=True).returncode != 0:
            pytest.skip("chattr +i is not available here")
    else:
        db.chmod(0o444)
    yield db
    if os.geteuid() == 0:
        subprocess.run(["chattr", "-i", str(db)], check=True)
    assert db.read_bytes() == before


@pytest.mark.parametrize(
    "args",
    [["feeds", "add", "http://127.0.0.1:9/x.xml"], ["feeds", "remove", "1"], ["poll", "--force"]],
    ids=" ".join,
)
def test_a_write_to_a_read_only_database_is_one_line(read_only_db, args):
    assert_one_line_error(spacebrief(read_only_db, *args), str(read_only_db), "read-only")
    listed = spacebrief(read_only_db, "feeds", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    assert [(f["name"], f["status"]) for f in json.loads(listed.stdout)] == [("A", "new")]


def _checkpointed(db) -> None:
    """Fold the -wal into the file and drop it, as a clean shutdown leaves a store."""
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    for extra in ("-wal", "-shm"):
        db.with_name(db.name + extra).unlink(missing_ok=True)


@contextmanager
def made_read_only(path):
    """A folder or a file that cannot be written: immutable as root (modes do not stop
    root), mode 555 or 444 otherwise."""
    if os.geteuid() == 0:
        if subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode:
            pytest.skip("chattr +i is not available here")
    else:
        path.chmod(0o555 if path.is_dir() else 0o444)
    try:
        yield
    finally:
        if os.geteuid() == 0:
            subprocess.run(["chattr", "-i", str(path)], check=True)
        else:
            path.chmod(0o755 if path.is_dir() else 0o644)


@pytest.fixture
def polled_db(tmp_path, httpserver):
    httpserver.expect_request("/rss").respond_with_data(
        "<rss version='2.0'><channel><title>t</title><item><guid>a</guid>"
        "<title>Crew finishes a spacewalk at the station</title><description>Two astronauts "
        "replaced a pump on the station's truss on Tuesday.</description></item>"
        "</channel></rss>",
        content_type="application/rss+xml",
    )
    db = tmp_path / "store" / "spacebrief.db"
    db.parent.mkdir()
    assert spacebrief(db, "feeds", "add", httpserver.url_for("/rss"), "--name", "A").returncode == 0
    assert spacebrief(db, "poll").returncode == 0
    _checkpointed(db)
    return db


def test_a_store_in_a_read_only_folder_is_read_but_never_written(polled_db):
    """A backup on a read-only mount, or the bot's store read by another user: WAL
    cannot create its files there, yet reading needs none of them."""
    before = polled_db.read_bytes()
    with made_read_only(polled_db.parent):
        listed = spacebrief(polled_db, "stories", "--all", "--json")
        assert listed.returncode == 0, listed.stderr
        assert [s["title"] for s in json.loads(listed.stdout)] == [
            "Crew finishes a spacewalk at the station"
        ]
        feeds = spacebrief(polled_db, "feeds", "list", "--json")
        assert [f["name"] for f in json.loads(feeds.stdout)] == ["A"]
        for writer in (["poll", "--force"], ["feeds", "add", "http://127.0.0.1:9/x.xml"]):
            done = spacebrief(polled_db, *writer)
            assert_one_line_error(done, str(polled_db), "read-only", str(polled_db.parent))
    assert polled_db.read_bytes() == before
    assert sorted(p.name for p in polled_db.parent.iterdir()) == ["spacebrief.db"]


def _as_if_older(db) -> None:
    """Undo the newest schema change, as a store from the previous release has it."""
    with sqlite3.connect(db) as conn:
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0307_digest_scheduled_at'")
        conn.execute("ALTER TABLE digest_subscriptions DROP COLUMN scheduled_at")
    conn.close()
    _checkpointed(db)


def test_an_older_store_is_upgraded_by_a_read_with_a_note_and_a_copy_kept(polled_db):
    _as_if_older(polled_db)
    done = spacebrief(polled_db, "stories", "--all", "--json")
    assert done.returncode == 0, done.stderr
    assert len(json.loads(done.stdout)) == 1
    [note] = done.stderr.strip().splitlines()
    [copy] = polled_db.parent.glob("spacebrief.db.before-upgrade-*")
    assert "older SpaceBrief" in note and str(copy) in note and "1 schema change" in note
    with sqlite3.connect(copy) as conn:
        names = {r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations")}
        assert "0307_digest_scheduled_at" not in names
        assert conn.execute("SELECT count(*) FROM stories").fetchone() == (1,)
    conn.close()
    again = spacebrief(polled_db, "stories", "--json")
    assert again.returncode == 0 and again.stderr == ""
    assert len(list(polled_db.parent.glob("*.before-upgrade-*"))) == 1


def test_an_older_store_in_a_read_only_folder_says_it_needs_upgrading(polled_db):
    _as_if_older(polled_db)
    before = polled_db.read_bytes()
    with made_read_only(polled_db.parent):
        done = spacebrief(polled_db, "stories", "--json")
    assert_one_line_error(done, str(polled_db), "needs upgrading", str(polled_db.parent))
    assert polled_db.read_bytes() == before


def test_an_older_read_only_store_is_refused_in_one_line_and_leaves_no_copy(polled_db):
    """The copy kept before an upgrade is removed when the upgrade itself is refused, so
    each attempt on a read-only file does not leave one more behind."""
    _as_if_older(polled_db)
    before = polled_db.read_bytes()
    with made_read_only(polled_db):
        for _ in range(2):
            done = spacebrief(polled_db, "stories", "--json")
            assert_one_line_error(done, str(polled_db), "read-only")
    assert list(polled_db.parent.glob("*.before-upgrade-*")) == []
    assert polled_db.read_bytes() == before
