"""Fixtures for the hardening suite: the hostile site and the real CLI in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.hardening.site import HostileSite

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def site() -> Iterator[HostileSite]:
    s = HostileSite()
    yield s
    s.close()


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str
    seconds: float
    peak_rss_mb: float  # the child's own peak resident set (wait4's ru_maxrss)


def cli_env(db: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SPACEBRIEF_", "DISCORD_"))}
    env.update(SPACEBRIEF_DB=str(db), PYTHONPATH=str(ROOT), **extra)
    return env


def spacebrief(db: Path, *args: str, timeout: float = 120, **env: str) -> Run:
    """Run ``python -m bot ARGS`` to completion; measure its wall time and peak RSS.

    The child is reaped with ``os.wait4``, which reports that one child's resource use
    (RUSAGE_CHILDREN would be the maximum over every child this test process ever had).
    """
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        started = time.monotonic()
        proc = subprocess.Popen(
            [sys.executable, "-m", "bot", *args],
            cwd=ROOT,
            env=cli_env(db, **env),
            stdout=out,
            stderr=err,
            text=True,
        )
        killer = threading.Timer(timeout, proc.kill)
        killer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            killer.cancel()
        seconds = time.monotonic() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    if seconds >= timeout:
        raise AssertionError(f"spacebrief {' '.join(args)} ran over {timeout} s:\n{stderr}")
    return Run(proc.returncode, stdout, stderr, seconds, usage.ru_maxrss / 1024)


def feeds_json(db: Path) -> dict[str, dict]:
    run = spacebrief(db, "feeds", "list", "--json")
    assert run.returncode == 0, run.stderr
    return {f["url"]: f for f in json.loads(run.stdout)}


def stories_json(db: Path) -> list[dict]:
    run = spacebrief(db, "stories", "--all", "--json")
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout)
