"""`spacebrief bot` as a separate process against the double, and without a token."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

from tests.bot.helpers import TOKEN, item, populate, real_now
from tests.bot.test_commands import leaving_story

ROOT = Path(__file__).resolve().parents[2]


def clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "SPACEBRIEF_"))}
    env["PYTHONPATH"] = str(ROOT)
    return env | extra


def test_bot_without_a_token_says_so_in_one_line_and_exits_non_zero(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "bot", "--db", str(tmp_path / "x.db"), "bot"],
        env=clean_env(),
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert proc.returncode != 0
    assert proc.stdout == ""
    [line] = proc.stderr.strip().splitlines()
    assert "DISCORD_TOKEN" in line


def digest(db: Path, *args: str) -> str:
    """``spacebrief digest`` of the last day, run as a user runs it."""
    return subprocess.run(
        [sys.executable, "-m", "bot", "--db", str(db), "digest", "--since", "24h", *args],
        env=clean_env(),
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    ).stdout


def test_digest_json_lists_the_stories_best_first(tmp_path):
    db = tmp_path / "x.db"
    now = real_now()
    populate(db, [item(1, published=now, score=0.6), item(2, published=now, score=0.9)])
    populate(db, [item(3, published=now - timedelta(days=3), score=0.99)])
    stories = json.loads(digest(db, "--json"))["stories"]
    assert [s["title"][:7] for s in stories] == ["Story 2", "Story 1"]
    assert {"id", "title", "url", "summary", "quotes", "sources", "score"} <= set(stories[0])


async def test_bot_process_serves_commands_against_the_double_and_never_logs_the_token(double, db):
    populate(db, [leaving_story(real_now())])
    env = clean_env(
        DISCORD_TOKEN=TOKEN,
        SPACEBRIEF_DB=str(db),
        SPACEBRIEF_DISCORD_API=double.api,
        SPACEBRIEF_DISCORD_GATEWAY=double.gateway,
    )
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "-vv",
        "bot",
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    try:
        await double.wait_for(lambda: double.commands and double.identified, 20)
        await asyncio.sleep(2.5)  # READY, then discord.py's guild_ready_timeout (2 s)
        _, cb = await double.interact("brief")
        assert cb["data"]["embeds"][0]["url"] == "https://news.example/roscosmos-leave"
        assert cb["data"]["allowed_mentions"] == {"parse": []}
    finally:
        proc.send_signal(signal.SIGTERM)
        output, _ = await asyncio.wait_for(proc.communicate(), 20)
    log = output.decode()
    assert proc.returncode == 0, log[-2000:]
    assert TOKEN not in log and TOKEN.split(".")[0] not in log
    assert "synced 7 application commands" in log
    assert double.unknown == []


def test_the_text_digest_shows_a_split_key_quote_whole(tmp_path):
    from summaries.analyse import analyse
    from summaries.models import IncomingItem
    from tests.summaries.test_key_quotes_split import HALT

    db = tmp_path / "x.db"
    title = "Roscosmos halts crew rotations to ISS over sanctions"
    populate(
        db,
        [
            IncomingItem(
                guid="halt",
                url="https://news.example/halt",
                title=title,
                text=HALT,
                published=real_now().isoformat(),
                analysis=analyse(title, HALT),
            )
        ],
    )
    out = digest(db)
    [quote] = [line.strip() for line in out.splitlines() if line.startswith("    “")]
    assert quote == (
        "“In the meantime, the Americans will have to fly their own crews and pay for every"
        " reboost of the station themselves.” — Zimin"
    )
