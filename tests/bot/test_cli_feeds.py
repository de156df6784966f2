"""`feeds import` and `feeds remove`: every way in checks a feed URL the same way, and a
name picks exactly one feed or says why it cannot."""

from __future__ import annotations

import json

from click.testing import CliRunner

from bot.cli import main
from summaries.store import Store

OPML = """<?xml version="1.0"?>
<opml version="2.0"><head><title>mine</title></head><body>
  <outline text="Wire" xmlUrl="http://127.0.0.1:8765/wire.xml"/>
  <outline text="Ftp" xmlUrl="ftp://127.0.0.1/x.xml"/>
  <outline text="Spaced" xmlUrl="http://127.0.0.1:8765/a b.xml"/>
  <outline text="WIRE" xmlUrl="http://127.0.0.1:8765/other.xml"/>
</body></opml>
"""


def cli(db, *args):
    return CliRunner().invoke(main, ["--db", str(db), *args])


def urls(db) -> list[str]:
    return [f["url"] for f in json.loads(cli(db, "feeds", "list", "--json").output)]


def test_import_applies_the_add_checks_and_names_each_skipped_outline(tmp_path):
    # a URL add would refuse is skipped; a name it would refuse (taken, all digits, too
    # long) brings the feed in named by its URL: importing from another reader loses none
    opml = tmp_path / "list.opml"
    opml.write_text(OPML, encoding="utf-8")
    db = tmp_path / "f.db"
    result = cli(db, "feeds", "import", str(opml))
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    assert lines[-1] == "imported 2 feed(s) (1 named by URL), 0 already subscribed, 2 skipped"
    skipped, renamed = lines[:2], lines[2]
    assert all(line.startswith("skipped") for line in skipped)
    assert "ftp://127.0.0.1/x.xml" in skipped[0] and "not an http(s) feed URL" in skipped[0]
    assert "a b.xml" in skipped[1] and "contains a space" in skipped[1]
    assert renamed.startswith("named by its URL 'http://127.0.0.1:8765/other.xml'")
    assert "already named 'Wire'" in renamed
    assert urls(db) == ["http://127.0.0.1:8765/wire.xml", "http://127.0.0.1:8765/other.xml"]
    names = [f["name"] for f in json.loads(cli(db, "feeds", "list", "--json").output)]
    assert names == ["Wire", "http://127.0.0.1:8765/other.xml"]
    again = cli(db, "feeds", "import", str(opml)).output.strip().splitlines()
    assert again[-1] == "imported 0 feed(s), 2 already subscribed, 2 skipped"
    # each outline gets its line, the ones already there too
    assert "already subscribed 'http://127.0.0.1:8765/wire.xml'" in again
    assert "already subscribed 'http://127.0.0.1:8765/other.xml'" in again


def test_removing_a_name_two_feeds_share_is_refused_with_their_ids(tmp_path):
    """The operator's "Same" and a Discord server's "Same" may coexist (names are unique
    per owner); removing by that name must not pick one silently."""
    db = tmp_path / "f.db"
    store = Store(db)
    store.add_feed("http://127.0.0.1:1/a", "Same")
    store.add_feed("https://news.example/b", "same", trusted=False, guild_id=42)
    store.close()
    result = cli(db, "feeds", "remove", "Same")
    assert result.exit_code == 1
    assert result.output.strip() == "Error: ambiguous name 'Same': feeds 1, 2 carry it; give the id"
    assert len(urls(db)) == 2
    assert cli(db, "feeds", "remove", "2").exit_code == 0
    assert urls(db) == ["http://127.0.0.1:1/a"]


def test_an_all_digit_name_is_refused_so_a_number_always_means_an_id(tmp_path):
    """`feeds remove 1` read "1" as feed id 1, so a feed named "1" was never the one
    removed; add, import and the Discord command all refuse such a name."""
    db = tmp_path / "f.db"
    assert cli(db, "feeds", "add", "http://127.0.0.1:1/a", "--name", "Orbit").exit_code == 0
    for name in ["1", " 2 ", "0042"]:
        result = cli(db, "feeds", "add", "http://127.0.0.1:1/b", "--name", name)
        assert result.exit_code == 1
        assert result.output.strip() == (
            f"Error: a feed name cannot be all digits ({name.strip()!r}): "
            "a number names a feed by its id"
        )
    opml = tmp_path / "digits.opml"
    opml.write_text(OPML.replace('text="Wire"', 'text="1"'), encoding="utf-8")
    result = cli(db, "feeds", "import", str(opml))
    assert "named by its URL 'http://127.0.0.1:8765/wire.xml': a feed name cannot be all " in (
        result.output
    )
    assert "http://127.0.0.1:8765/wire.xml" in urls(db)
    assert cli(db, "feeds", "add", "http://127.0.0.1:1/b", "--name", "Orbit 2").exit_code == 0
    assert cli(db, "feeds", "remove", "1").output.startswith("removed Orbit <")


def _name_directly(db, feed_id: int, name: str) -> None:
    """A name stored before all-digit names were refused."""
    store = Store(db)
    store.db.execute("UPDATE feeds SET name = ? WHERE id = ?", [name, feed_id])
    store.db.conn.commit()
    store.close()


def test_an_older_all_digit_name_is_found_by_name_when_no_feed_has_that_id(tmp_path):
    db = tmp_path / "f.db"
    assert cli(db, "feeds", "add", "http://127.0.0.1:1/a").exit_code == 0
    _name_directly(db, 1, "7")
    result = cli(db, "feeds", "remove", "7")
    assert result.exit_code == 0 and result.output.startswith("removed 7 <http://127.0.0.1:1/a>")
    assert urls(db) == []


def test_an_older_all_digit_name_that_is_also_an_id_is_refused_as_ambiguous(tmp_path):
    db = tmp_path / "f.db"
    assert cli(db, "feeds", "add", "http://127.0.0.1:1/a", "--name", "Orbit").exit_code == 0
    assert cli(db, "feeds", "add", "http://127.0.0.1:1/b").exit_code == 0
    _name_directly(db, 2, "1")
    for command in ["remove", "enable"]:
        result = cli(db, "feeds", command, "1")
        assert result.exit_code == 1
        assert result.output.strip() == (
            "Error: ambiguous feed '1': the id of 'Orbit' and the name of feed 2; give its URL"
        )
    assert len(urls(db)) == 2
    assert cli(db, "feeds", "remove", "http://127.0.0.1:1/b").exit_code == 0
    assert cli(db, "feeds", "remove", "1").output.startswith("removed Orbit <")


def test_a_disabled_feed_shows_no_next_poll(tmp_path):
    """It is never polled again until `feeds enable`; a time there would be a promise."""
    db = tmp_path / "f.db"
    store = Store(db)
    gone = store.add_feed("http://127.0.0.1:1/gone", "Gone")
    store.record_failure(gone.id, "HTTP 410 Gone", disable=True)
    old = store.add_feed("http://127.0.0.1:1/old", "Old")  # disabled before this fix
    store.db.execute(
        "UPDATE feeds SET status = 'disabled', next_poll = '2030-01-01T00:00:00Z' WHERE id = ?",
        [old.id],
    )
    store.db.conn.commit()
    store.close()
    feeds = json.loads(cli(db, "feeds", "list", "--json").output)
    assert [(f["status"], f["next_poll"]) for f in feeds] == [("disabled", None)] * 2


def test_a_blank_name_is_no_name_and_the_confirmation_says_so(tmp_path):
    db = tmp_path / "f.db"
    result = cli(db, "feeds", "add", "http://127.0.0.1:1/a", "--name", "   ")
    assert result.exit_code == 0
    assert result.output == "added http://127.0.0.1:1/a <http://127.0.0.1:1/a>\n"
    names = [f["name"] for f in json.loads(cli(db, "feeds", "list", "--json").output)]
    assert names == ["http://127.0.0.1:1/a"]


def test_a_feed_listed_twice_in_one_file_is_named_as_repeated(tmp_path):
    """The second outline of a feed used to vanish, and the summary said "0 already
    subscribed": the operator could not tell an outline had been dropped."""
    opml = tmp_path / "twice.opml"
    opml.write_text(
        OPML.replace(
            '<outline text="Ftp" xmlUrl="ftp://127.0.0.1/x.xml"/>',
            '<outline text="Wire again" xmlUrl="http://127.0.0.1:8765/wire.xml"/>'
            '<outline text="Wire shouted" xmlUrl="HTTP://127.0.0.1:8765/wire.xml"/>',
        ),
        encoding="utf-8",
    )
    db = tmp_path / "f.db"
    lines = cli(db, "feeds", "import", str(opml)).output.strip().splitlines()
    assert "skipped 'http://127.0.0.1:8765/wire.xml': repeated in the file" in lines
    assert "skipped 'HTTP://127.0.0.1:8765/wire.xml': repeated in the file" in lines
    assert lines[-1] == (
        "imported 2 feed(s) (1 named by URL), 0 already subscribed, 1 skipped, "
        "2 repeated in the file"
    )
    names = [f["name"] for f in json.loads(cli(db, "feeds", "list", "--json").output)]
    assert names == ["Wire", "http://127.0.0.1:8765/other.xml"]


def test_a_name_that_is_a_url_is_refused_so_a_url_always_means_its_feed(tmp_path):
    """A feed named "http://127.0.0.1:1/a" shadowed (or was shadowed by) the feed at that
    address: `feeds remove http://127.0.0.1:1/a` could mean either."""
    db = tmp_path / "f.db"
    assert cli(db, "feeds", "add", "http://127.0.0.1:1/a", "--name", "A").exit_code == 0
    result = cli(db, "feeds", "add", "http://127.0.0.1:1/b", "--name", "http://127.0.0.1:1/a")
    assert result.exit_code == 1
    assert result.output.strip() == (
        "Error: a feed name cannot be a URL ('http://127.0.0.1:1/a'): leave the name out "
        "to show the feed by its own URL"
    )
    assert urls(db) == ["http://127.0.0.1:1/a"]
    opml = tmp_path / "urlname.opml"
    opml.write_text(OPML.replace('text="Wire"', 'text="https://elsewhere.example/x"'), "utf-8")
    result = cli(db, "feeds", "import", str(opml))
    assert "named by its URL 'http://127.0.0.1:8765/wire.xml': a feed name cannot be a URL" in (
        result.output
    )
    assert cli(db, "feeds", "remove", "http://127.0.0.1:1/a").output.startswith("removed A <")


def _column(table: str, index: int) -> list[str]:
    """Each row's cell in column ``index``, its folded lines joined."""
    cells: list[str] = []
    for line in table.splitlines():
        parts = line.split("\u2502")
        if len(parts) < index + 2:
            continue
        if parts[1].strip():  # an id opens a new row
            cells.append("")
        cells[-1] += parts[index + 1].strip()
    return cells


def test_unnamed_feeds_stay_apart_in_an_80_column_list(tmp_path):
    """Cron and pipes print 80 columns: an ellipsis after the host made every unnamed feed
    read "http://127.0.0.…", so their full URLs wrap instead."""
    db = tmp_path / "f.db"
    wanted = [
        "http://127.0.0.1:8968/newsroom/space/orbit-wire/rss.xml",
        "http://127.0.0.1:8968/newsroom/space/capitol-desk/atom.xml",
    ]
    for url in wanted:
        assert cli(db, "feeds", "add", url).exit_code == 0
    shown = cli(db, "feeds", "list").output
    assert max(len(line) for line in shown.splitlines()) <= 80
    assert "\u2026" not in shown
    assert _column(shown, 1) == wanted  # the name column: an unnamed feed's URL
    assert _column(shown, 4) == wanted  # the error / url column


def test_enabling_a_healthy_feed_says_it_already_is(tmp_path):
    db = tmp_path / "f.db"
    cli(db, "feeds", "add", "--name", "Wire", "http://127.0.0.1:8765/wire.xml")
    result = cli(db, "feeds", "enable", "Wire")
    assert result.exit_code == 0
    assert result.output.strip() == "Wire <http://127.0.0.1:8765/wire.xml> is already enabled"
    store = Store(db)
    store.record_failure(store.get_feed("Wire").id, "HTTP 503")
    result = cli(db, "feeds", "enable", "Wire")
    assert result.output.strip() == (
        "Wire <http://127.0.0.1:8765/wire.xml> was backing off: it is polled at the next pass"
    )
    assert Store(db).get_feed("Wire").next_poll is None
