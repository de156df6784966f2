"""Bad environment settings and an unreachable Discord are one line on stderr, exit 1:
the same contract SPACEBRIEF_POLL_MINUTES and a missing DISCORD_TOKEN already keep."""

from __future__ import annotations

import socket
import subprocess
import sys

import pytest

from tests.bot.helpers import TOKEN
from tests.bot.test_cli_bot import ROOT, clean_env


def spacebrief(tmp_path, *args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "bot", "--db", str(tmp_path / "x.db"), *args],
        cwd=ROOT,
        env=clean_env(**env),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
    )


def error_line(proc: subprocess.CompletedProcess) -> str:
    """The last stderr line, after checking it is the only error and no traceback."""
    assert proc.returncode == 1, (proc.returncode, proc.stderr[-2000:])
    assert "Traceback" not in proc.stderr, proc.stderr[-2000:]
    line = proc.stderr.strip().splitlines()[-1]
    assert line.startswith("Error: "), line  # click's form, whoever raised it
    return line


@pytest.mark.parametrize("command", ["poll", "start"])
@pytest.mark.parametrize("value", ["abc", "0", "nan"])
def test_a_bad_fetch_deadline_is_one_line(tmp_path, command, value):
    proc = spacebrief(tmp_path, command, SPACEBRIEF_FETCH_DEADLINE=value)
    line = error_line(proc)
    assert "SPACEBRIEF_FETCH_DEADLINE must be" in line
    assert proc.stderr.count("SPACEBRIEF_FETCH_DEADLINE") == 1


def test_the_bot_checks_the_fetch_deadline_before_connecting(tmp_path):
    proc = spacebrief(tmp_path, "bot", DISCORD_TOKEN=TOKEN, SPACEBRIEF_FETCH_DEADLINE="abc")
    [line] = proc.stderr.strip().splitlines()
    assert proc.returncode == 1 and "SPACEBRIEF_FETCH_DEADLINE must be" in line


def test_unreachable_discord_is_one_line_naming_the_server_never_the_token(tmp_path):
    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    api = f"http://127.0.0.1:{port}/api/v10"
    proc = spacebrief(tmp_path, "bot", DISCORD_TOKEN=TOKEN, SPACEBRIEF_DISCORD_API=api)
    line = error_line(proc)
    assert line.startswith(f"Error: cannot reach Discord at {api}")
    assert TOKEN not in proc.stderr + proc.stdout
    assert proc.stderr.strip() == line  # no discord.py start-up lines before it


def test_a_refused_token_is_one_line_naming_the_server_never_the_token(tmp_path, httpserver):
    httpserver.expect_request("/api/v10/users/@me").respond_with_json(
        {"message": "401: Unauthorized", "code": 0}, status=401
    )
    api = httpserver.url_for("/api/v10")
    proc = spacebrief(tmp_path, "bot", DISCORD_TOKEN=TOKEN, SPACEBRIEF_DISCORD_API=api)
    line = error_line(proc)
    assert line == f"Error: {api} refused DISCORD_TOKEN: check the token"
    assert proc.stderr.strip() == line and proc.stdout == ""
    assert TOKEN not in proc.stderr
