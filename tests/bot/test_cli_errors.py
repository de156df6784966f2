"""Expected failures of the CLI are one line on stderr and exit 1, never a traceback or a
report measured on nothing; the bad input changes nothing."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from bot.cli import main


def fails_in_one_line(*args: str, **env: str) -> str:
    result = CliRunner().invoke(main, list(args), env=env)
    assert result.exit_code == 1, (result.exit_code, result.output, result.exception)
    assert result.exception is None or isinstance(result.exception, SystemExit)
    output = result.output.strip()
    assert output.startswith("Error: ") and "\n" not in output, output
    return output


@pytest.mark.parametrize("where", ["missing", "empty"])
def test_eval_on_a_missing_or_empty_folder_is_an_error_not_perfect_scores(tmp_path, where):
    path = tmp_path / where
    if where == "empty":
        path.mkdir()
    message = fails_in_one_line("eval", str(path))
    assert str(path) in message and "1.000" not in message


def feeds_json(db) -> list[dict]:
    """The feeds subscribed in ``db``; none when a refused command never created it."""
    import json

    if not db.exists():
        return []
    result = CliRunner().invoke(main, ["--db", str(db), "feeds", "list", "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://[::1", "Invalid IPv6 URL"),
        ("http://127.0.0.1:99999/x", "Port out of range"),
        ("http://127.0.0.1:8765/a b.xml", "contains a space"),
        ("http://127.0.0.1:8765/a\x1b[2Jb.xml", "control character"),
        ("ftp://127.0.0.1/x.xml", "not an http(s) feed URL"),
    ],
)
def test_feeds_add_refuses_a_url_no_poll_could_fetch(tmp_path, url, reason):
    db = tmp_path / "f.db"
    assert reason in fails_in_one_line("--db", str(db), "feeds", "add", url)
    assert feeds_json(db) == []


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("Evil\x1b[31m", "control or bidi characters"),
        ("two\nlines", "control or bidi characters"),
        ("turned\u202eround", "control or bidi characters"),
        ("x" * 5000, "at most 100 characters"),
    ],
)
def test_feeds_add_refuses_a_name_no_list_could_show(tmp_path, name, reason):
    db = tmp_path / "f.db"
    message = fails_in_one_line(
        "--db", str(db), "feeds", "add", "http://127.0.0.1:1/f", "--name", name
    )
    assert reason in message and "\x1b" not in message and len(message) < 400
    assert feeds_json(db) == []


def test_feeds_add_refuses_a_name_another_feed_has_whatever_its_case(tmp_path):
    db = tmp_path / "f.db"
    CliRunner().invoke(
        main, ["--db", str(db), "feeds", "add", "http://127.0.0.1:1/a", "--name", "Same"]
    )
    message = fails_in_one_line(
        "--db", str(db), "feeds", "add", "http://127.0.0.1:1/b", "--name", "SAME"
    )
    assert "already named 'Same' (id 1)" in message
    assert [f["url"] for f in feeds_json(db)] == ["http://127.0.0.1:1/a"]


@pytest.mark.parametrize("flag", ["--defaults", "--sample"])
def test_name_with_a_feed_list_is_a_usage_error(tmp_path, flag):
    db = tmp_path / "f.db"
    result = CliRunner().invoke(main, ["--db", str(db), "feeds", "add", flag, "--name", "X"])
    assert result.exit_code == 2 and "--name" in result.output
    assert feeds_json(db) == []


def test_polling_a_feed_with_an_impossible_port_is_one_line(tmp_path, caplog):
    """A store from before add-time checks may hold one; it fails alone, with a reason."""
    import json

    from summaries.store import Store

    db = tmp_path / "f.db"
    store = Store(db)
    store.add_feed("http://127.0.0.1:99999/x", "Bad port")
    store.close()
    result = CliRunner().invoke(main, ["--db", str(db), "poll", "--json"])
    assert result.exit_code == 0, result.output
    [report] = json.loads(result.output)
    assert report["outcome"] == "failed"
    assert report["error"] == "invalid URL: port 99999 is out of range (1-65535)"
    assert [f["error"] for f in feeds_json(db)] == [report["error"]]
    assert not [r for r in caplog.records if r.exc_info], "a traceback was logged"
