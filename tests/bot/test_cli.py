"""The `spacebrief` CLI contract (PRODUCT.md) against a loopback site of RSS and Atom feeds
with teaser-only items and one event carried by two feeds."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
from dataclasses import replace

import pytest
from click.testing import CliRunner

from bot.cli import main
from summaries.store import Store
from tests.bot.helpers import run_demo
from tests.feeds.feedgen import ROSCOSMOS, SPACEWALK, atom, rss
from tests.feeds.test_poll import ARTICLE_PAGE, REWRITE

RFC3339 = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")


@pytest.fixture
def cli(tmp_path):
    runner = CliRunner()
    db = str(tmp_path / "cli.db")
    Store(db).close()  # an empty store: reading commands need one (see test_cli_db.py)

    def run(*args, ok=True):
        result = runner.invoke(main, ["--db", db, *args], catch_exceptions=False)
        if ok:
            assert result.exit_code == 0, result.output
        return result

    return run


@pytest.fixture
def site(httpserver):
    teaser = replace(
        ROSCOSMOS,
        link=httpserver.url_for("/articles/volkov"),
        text="Russia's space chief links the station to sanctions.",
    )
    httpserver.expect_request("/rss").respond_with_data(
        rss([teaser, SPACEWALK]), content_type="application/rss+xml"
    )
    httpserver.expect_request("/atom").respond_with_data(
        atom([REWRITE]), content_type="application/atom+xml"
    )
    httpserver.expect_request("/articles/volkov").respond_with_data(
        ARTICLE_PAGE, content_type="text/html"
    )
    httpserver.expect_request("/broken").respond_with_data("<html>nope</html>", status=500)
    return httpserver


def test_feeds_list_json_has_the_contract_fields(cli, site):
    cli("feeds", "add", site.url_for("/rss"), "--name", "Wire")
    [feed] = json.loads(cli("feeds", "list", "--json").output)
    assert feed["url"] == site.url_for("/rss")
    assert feed["name"] == "Wire"
    assert feed["status"] == "new" and feed["error"] is None and feed["last_polled"] is None


def test_adding_a_feed_twice_is_one_clear_line(cli, site):
    cli("feeds", "add", site.url_for("/rss"))
    result = cli("feeds", "add", site.url_for("/rss"), ok=False)
    assert result.exit_code == 1
    assert result.output.strip().count("\n") == 0 and "already subscribed" in result.output


def test_a_bad_url_is_refused_and_nothing_is_stored(cli):
    result = cli("feeds", "add", "ftp://example.com/feed", ok=False)
    assert result.exit_code == 1 and "not an http(s) feed URL" in result.output
    assert json.loads(cli("feeds", "list", "--json").output) == []


def test_poll_then_stories_json_holds_the_contract(cli, site):
    for path in ["/rss", "/atom", "/broken"]:
        cli("feeds", "add", site.url_for(path), "--name", path.strip("/"))
    cli("poll")  # exit 0 although one feed fails
    feeds = {f["name"]: f for f in json.loads(cli("feeds", "list", "--json").output)}
    assert feeds["rss"]["status"] == feeds["atom"]["status"] == "ok"
    assert RFC3339.match(feeds["rss"]["last_polled"])
    assert feeds["broken"]["status"] == "error" and "500" in feeds["broken"]["error"]

    stories = json.loads(cli("stories", "--all", "--json").output)
    assert len(stories) == 2  # the rewrite in the Atom feed merged into the RSS story
    for story in stories:
        for field in ["id", "title", "url", "source", "published", "iss_geopolitical", "score"]:
            assert field in story
        assert isinstance(story["reasons"], list) and isinstance(story["summary"], str)
        assert 0 <= story["score"] <= 1
        assert story["published"] is None or RFC3339.match(story["published"])
        for quote in story["quotes"]:
            assert set(quote) >= {"text", "speaker"}
    sanctions = next(s for s in stories if "sanction" in s["title"].lower())
    assert {s["feed"] for s in sanctions["sources"]} == {"rss", "atom"}
    assert sanctions["iss_geopolitical"] is True
    assert any(q["speaker"] == "Volkov" for q in sanctions["quotes"])
    assert "Dmitry Volkov told reporters" in sanctions["summary"] + json.dumps(sanctions["quotes"])
    spacewalk = next(s for s in stories if "spacewalk" in s["title"].lower())
    assert spacewalk["iss_geopolitical"] is False
    # Without --all only the ISS-geopolitical story is listed.
    assert [s["id"] for s in json.loads(cli("stories", "--json").output)] == [sanctions["id"]]


def test_poll_says_how_many_items_wait_for_a_later_poll(cli, site, monkeypatch):
    """Teasers over a feed's article-page budget (25 a poll) are stored on later polls:
    the poll says so rather than looking done."""
    monkeypatch.setattr("feeds.poll.MAX_ARTICLE_FETCHES_PER_FEED", 0)
    cli("feeds", "add", site.url_for("/rss"), "--name", "Wire")
    [report] = json.loads(cli("poll", "--json").output)
    assert (report["outcome"], report["new"], report["waiting"]) == ("ok", 0, 2)  # 2 teasers
    text = cli("poll").output  # the same body: parsed again for those left
    assert "ok, 2 waiting" in text
    assert text.rstrip().endswith("0 failed; 2 item(s) waiting for the next poll")
    monkeypatch.setattr("feeds.poll.MAX_ARTICLE_FETCHES_PER_FEED", 25)
    [report] = json.loads(cli("poll", "--json").output)
    assert (report["new"], report["waiting"]) == (2, 0)


def test_opml_export_then_import_round_trips(cli, site, tmp_path):
    cli("feeds", "add", site.url_for("/rss"), "--name", "Wire & Co")
    cli("feeds", "add", site.url_for("/atom"))
    opml = tmp_path / "feeds.opml"
    cli("feeds", "export", "-o", str(opml))
    other = CliRunner().invoke(
        main, ["--db", str(tmp_path / "other.db"), "feeds", "import", str(opml)]
    )
    assert other.exit_code == 0 and "imported 2" in other.output
    listed = CliRunner().invoke(
        main, ["--db", str(tmp_path / "other.db"), "feeds", "list", "--json"]
    )
    assert {(f["url"], f["name"]) for f in json.loads(listed.output)} == {
        (site.url_for("/rss"), "Wire & Co"),
        (site.url_for("/atom"), site.url_for("/atom")),
    }


def test_a_malformed_opml_file_is_one_line_and_adds_nothing(cli, tmp_path):
    bad = tmp_path / "bad.opml"
    bad.write_text("<opml><body><outline xmlUrl=")
    result = cli("feeds", "import", str(bad), ok=False)
    assert result.exit_code == 1 and result.output.strip().count("\n") == 0
    assert json.loads(cli("feeds", "list", "--json").output) == []


def test_a_bad_since_time_is_refused(cli):
    result = cli("stories", "--since", "yesterday-ish", ok=False)
    assert result.exit_code == 2 and "not a time" in result.output


def test_stories_on_an_empty_store_suggest_only_what_was_not_given(cli):
    assert cli("stories", "--all").output == "no stories (poll first)\n"
    assert "use --all" in cli("stories").output


def test_remove_feed_keeps_its_stories(cli, site):
    cli("feeds", "add", site.url_for("/rss"))
    cli("poll")
    cli("feeds", "remove", site.url_for("/rss"))
    assert json.loads(cli("feeds", "list", "--json").output) == []
    assert len(json.loads(cli("stories", "--all", "--json").output)) == 2


def test_stories_since_a_time_after_every_story_says_older_ones_are_stored(cli, site):
    cli("feeds", "add", site.url_for("/rss"))
    cli("poll")
    assert cli("stories", "--all", "--since", "2099-01-01").output == (
        "no stories since 2099-01-01 (older ones are stored: try a longer --since)\n"
    )


def test_a_poll_names_the_feeds_it_skipped_while_they_back_off(cli, site):
    cli("feeds", "add", site.url_for("/rss"), "--name", "Good")
    cli("feeds", "add", site.url_for("/broken"), "--name", "Broken")
    cli("poll")
    again = cli("poll").output
    assert "1 feed(s):" in again  # only the good one was due
    assert re.search(r"^skipped Broken: backing off after a failure until \d{4}-", again, re.M)


def test_a_feed_not_read_again_shows_no_counts_rather_than_zero_unchanged(cli, site):
    """A feed whose body is the same as last poll's is not parsed: "0 unchanged" beside
    a feed of two items read as if they had vanished."""
    cli("feeds", "add", site.url_for("/rss"), "--name", "Good")
    first = cli("poll").output
    assert re.search(r"Good\s*│ ok\s*│ 2 ", first)
    again = cli("poll").output
    assert re.search(r"Good\s*│ unchanged body\s*│ -\s*│ -\s*│ -\s*│ -", again)
    listed = json.loads(cli("poll", "--json").output)[0]  # scripts still read numbers
    assert (listed["outcome"], listed["unchanged"]) == ("unchanged body", 0)


def test_the_threshold_reclassify_uses_is_the_one_polls_judge_new_stories_by(
    cli, site, monkeypatch, tmp_path
):
    """`reclassify --threshold 0.9` alone left polls judging at 0.45, so the store mixed
    two thresholds without a word; SPACEBRIEF_THRESHOLD sets both."""
    cli("feeds", "add", site.url_for("/rss"))
    cli("poll")
    geo = sum(s["iss_geopolitical"] for s in json.loads(cli("stories", "--all", "--json").output))
    assert geo >= 1
    out = cli("reclassify", "--threshold", "0.99").output.splitlines()
    assert out[0] == f"reclassified 2 stories at threshold 0.99: 0 ISS-geopolitical (was {geo})"
    assert out[1].startswith("note: polls and the bot judge new stories at 0.45;")
    monkeypatch.setenv("SPACEBRIEF_THRESHOLD", "0.99")
    assert len(cli("reclassify").output.splitlines()) == 1  # no note: they agree
    # a poll judges new stories at 0.99 too: in a fresh store, none is ISS-geopolitical
    fresh = ["--db", str(tmp_path / "fresh.db")]
    runner = CliRunner()
    runner.invoke(main, [*fresh, "feeds", "add", site.url_for("/rss")])
    runner.invoke(main, [*fresh, "poll"])
    polled = json.loads(runner.invoke(main, [*fresh, "stories", "--all", "--json"]).output)
    assert len(polled) == 2 and not any(s["iss_geopolitical"] for s in polled)
    monkeypatch.setenv("SPACEBRIEF_THRESHOLD", "1.5")
    bad = cli("reclassify", ok=False)
    assert bad.exit_code == 1 and "SPACEBRIEF_THRESHOLD must be between 0 and 1" in bad.output


def test_defaults_subscribe_the_shipped_real_feeds(cli):
    cli("feeds", "add", "--defaults")
    names = {f["name"] for f in json.loads(cli("feeds", "list", "--json").output)}
    assert {"SpaceNews", "NASASpaceflight", "Spaceflight Now"} <= names


def test_the_console_script_runs_as_a_process(tmp_path):
    Store(tmp_path / "p.db").close()
    env = {**os.environ, "SPACEBRIEF_DB": str(tmp_path / "p.db")}
    out = subprocess.run(
        [sys.executable, "-m", "bot", "feeds", "list", "--json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0 and json.loads(out.stdout) == []


def test_demo_runs_offline_on_the_sample_site(tmp_path):
    out = run_demo(tmp_path / "demo.db")
    assert out.returncode == 0, out.stderr
    assert "No DISCORD_TOKEN set" in out.stdout
    assert "Sources:" in out.stdout  # the sample questions were answered with citations
    assert "Institutional Shareholder" not in out.stdout.split("What today's digest")[1]


def test_demo_reads_the_same_on_every_run(tmp_path):
    """Equally good answers are ordered by story id; a demo whose ids depended on which
    feed answered first would answer differently from run to run."""
    runs = [run_demo(tmp_path / f"demo{i}.db") for i in range(2)]
    assert all(out.returncode == 0 for out in runs), runs[0].stderr
    first, second = (
        [line for line in out.stdout.splitlines() if not line.startswith("Database:")]
        for out in runs
    )
    assert first == second
    ids = []
    for i in range(2):
        with sqlite3.connect(tmp_path / f"demo{i}.db") as db:
            ids.append(db.execute("SELECT id, url FROM stories ORDER BY id").fetchall())
    assert ids[0] == ids[1] and len(ids[0]) > 10


def test_start_over_a_pipe_answers_the_piped_lines_after_the_demo(tmp_path):
    """`echo QUESTION | spacebrief start` reads the pipe as `spacebrief chat` does."""
    piped = "what did Roscosmos say about sanctions?\n/story 1\n"
    out = run_demo(tmp_path / "demo.db", stdin=piped)
    assert out.returncode == 0, out.stderr
    demo, _, chat = out.stdout.partition("> what did Roscosmos say about sanctions?\n")
    assert "What today's digest would post" in demo and "You are in the console" not in demo
    answer, _, story = chat.partition("> /story 1\n")
    assert "Sources:" in answer
    assert story.startswith("[1] ")  # the stored story, as chat shows it


def test_debug_logging_leaves_out_discords_payloads_which_hold_interaction_tokens(tmp_path):
    # a -vv log is what an operator pastes into an issue (tester eC's D12)
    import logging

    names = ("discord.gateway", "discord.http")
    try:
        result = CliRunner().invoke(main, ["--db", str(tmp_path / "x.db"), "-vv", "feeds", "list"])
        assert result.exit_code in (0, 1), result.output
        assert all(logging.getLogger(n).level == logging.INFO for n in names)
        CliRunner().invoke(main, ["--db", str(tmp_path / "x.db"), "-vvv", "feeds", "list"])
        assert all(logging.getLogger(n).level == logging.NOTSET for n in names)
    finally:
        for n in names:
            logging.getLogger(n).setLevel(logging.NOTSET)


def _cited(cli) -> list[tuple[str, list[str]]]:
    shown = json.loads(cli("stories", "--all", "--json").output)
    return sorted((s["source"], [x["feed"] for x in s["sources"]]) for s in shown)


def test_a_renamed_feed_is_cited_by_its_new_name_in_source_and_sources(cli, site):
    cli("feeds", "add", site.url_for("/rss"), "--name", "Baltic Orbit")
    cli("poll")
    assert _cited(cli) == [("Baltic Orbit", ["Baltic Orbit"])] * 2
    done = cli("feeds", "rename", "baltic orbit", "Baltic Orbit (EN)")
    assert done.output == f"renamed Baltic Orbit to Baltic Orbit (EN) <{site.url_for('/rss')}>\n"
    assert _cited(cli) == [("Baltic Orbit (EN)", ["Baltic Orbit (EN)"])] * 2
    assert "already has that name" in cli("feeds", "rename", "1", "Baltic Orbit (EN)").output
    cli("feeds", "add", site.url_for("/atom"), "--name", "Wire")
    taken = cli("feeds", "rename", "Wire", "BALTIC ORBIT (en)", ok=False)
    assert taken.exit_code == 1
    assert taken.output == "Error: a feed is already named 'Baltic Orbit (EN)' (id 1)\n"
    blank = cli("feeds", "rename", "Wire", "  ", ok=False)
    assert blank.output == "Error: a new name is needed (it cannot be blank)\n"
    assert cli("feeds", "rename", "Nope", "X", ok=False).output == "Error: no such feed: Nope\n"
    names = [f["name"] for f in json.loads(cli("feeds", "list", "--json").output)]
    assert names == ["Baltic Orbit (EN)", "Wire"]


def test_a_feed_added_again_under_a_new_name_is_cited_by_it(cli, site):
    """The operator's month (s20 D6): remove, then add under a new name, left stories
    with `source` the old name and `sources` the new one."""
    cli("feeds", "add", site.url_for("/rss"), "--name", "Baltic Orbit")
    cli("poll")
    cli("feeds", "remove", "Baltic Orbit")
    assert _cited(cli) == [("Baltic Orbit", ["Baltic Orbit"])] * 2
    cli("feeds", "add", site.url_for("/rss"), "--name", "Baltic Orbit (EN)")
    assert _cited(cli) == [("Baltic Orbit (EN)", ["Baltic Orbit (EN)"])] * 2
    cli("poll", "--force")
    assert _cited(cli) == [("Baltic Orbit (EN)", ["Baltic Orbit (EN)"])] * 2
