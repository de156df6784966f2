"""Fixtures for the hardening suite: the hostile site and the real CLI in a subprocess."""

from __future__ import annotations

import json
import os
import signal
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
    peak_rss_mb: float  # the CLI's own peak resident set (wait4's ru_maxrss, see _LAUNCHER)


def cli_env(db: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SPACEBRIEF_", "DISCORD_"))}
    env.update(SPACEBRIEF_DB=str(db), PYTHONPATH=str(ROOT), **extra)
    return env


# Runs the CLI as its own child and writes that child's peak RSS (KiB) to the file in
# argv[1]. Why a launcher: Linux keeps the larger of a process's RSS before and after
# exec in ru_maxrss, so a child forked straight from this test process (hundreds of MB
# by the time the whole suite has run) reports the test process's size, not its own.
# Forked from this small launcher, the CLI's figure is its own.
_LAUNCHER = (
    "import os, subprocess, sys\n"
    "child = subprocess.Popen(sys.argv[2:])\n"
    "_, status, usage = os.wait4(child.pid, 0)\n"
    "open(sys.argv[1], 'w').write(str(usage.ru_maxrss))\n"
    "sys.exit(os.waitstatus_to_exitcode(status))\n"
)


def spacebrief(db: Path, *args: str, timeout: float = 120, **env: str) -> Run:
    """Run ``python -m bot ARGS`` to completion; measure its wall time and peak RSS.

    The CLI is reaped with ``os.wait4`` by a small launcher (``_LAUNCHER``), which reports
    that one process's resource use; on a timeout the whole process group is killed.
    """
    with (
        tempfile.TemporaryFile("w+") as out,
        tempfile.TemporaryFile("w+") as err,
        tempfile.NamedTemporaryFile("r") as rss,
    ):
        started = time.monotonic()
        proc = subprocess.Popen(
            [sys.executable, "-c", _LAUNCHER, rss.name, sys.executable, "-m", "bot", *args],
            cwd=ROOT,
            env=cli_env(db, **env),
            stdout=out,
            stderr=err,
            text=True,
            start_new_session=True,
        )
        killer = threading.Timer(timeout, os.killpg, (proc.pid, signal.SIGKILL))
        killer.start()
        try:
            proc.wait()
        finally:
            killer.cancel()
        seconds = time.monotonic() - started
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
        peak_kib = int(rss.read() or 0)
    if seconds >= timeout:
        raise AssertionError(f"spacebrief {' '.join(args)} ran over {timeout} s:\n{stderr}")
    return Run(proc.returncode, stdout, stderr, seconds, peak_kib / 1024)


def feeds_json(db: Path) -> dict[str, dict]:
    run = spacebrief(db, "feeds", "list", "--json")
    assert run.returncode == 0, run.stderr
    return {f["url"]: f for f in json.loads(run.stdout)}


def stories_json(db: Path) -> list[dict]:
    run = spacebrief(db, "stories", "--all", "--json")
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout)
