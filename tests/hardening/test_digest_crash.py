"""SIGKILL the real `spacebrief bot` process between posting a digest message and
recording it, restart it, and count what the channel received.

tests/bot/test_digest_delivery.py simulates the window by deleting the rows a kill would
not have written. Here the process really dies in it: the Discord double accepts the
k-th message (records it as posted, status 200) and, before answering, SIGKILLs the bot,
so the bot can never have recorded that delivery. The promise (summaries/digests.py):
after the restart, that message's stories are posted once more, everything else exactly
once, nothing skipped.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from datetime import timedelta

import pytest
from aiohttp import web

from summaries import digests
from summaries.store import Store
from tests.bot.discord_double import CHANNEL_ID, GUILD_ID, DiscordDouble
from tests.bot.helpers import TOKEN, item, populate, real_now
from tests.hardening.conftest import ROOT, cli_env

STORIES = 12


class KillingDouble(DiscordDouble):
    """Kills ``pid`` when the channel has received its ``kill_at``-th message."""

    pid: int | None = None
    kill_at: int | None = None

    async def _rest(self, request: web.Request) -> web.Response:
        response = await super()._rest(request)
        if self.pid and self.kill_at and len(self.posts(CHANNEL_ID)) >= self.kill_at:
            os.kill(self.pid, signal.SIGKILL)  # before the bot can read the 200
            self.pid = None
        return response


@pytest.fixture
async def double():
    d = await KillingDouble().start()
    yield d
    await d.close()


async def _bot(double: DiscordDouble, db) -> asyncio.subprocess.Process:
    env = cli_env(
        db,
        DISCORD_TOKEN=TOKEN,
        SPACEBRIEF_DISCORD_API=double.api,
        SPACEBRIEF_DISCORD_GATEWAY=double.gateway,
    )
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "bot",
        cwd=ROOT,
        env=env,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.DEVNULL,
    )


def _titles(double: DiscordDouble) -> list[list[str]]:
    return [[e["title"] for e in r.json.get("embeds", [])] for r in double.posts(CHANNEL_ID)]


@pytest.mark.parametrize("kill_at", [1, 2])
async def test_bot_killed_between_posting_and_recording_repeats_one_message_never_skips(
    double: KillingDouble, tmp_path, kill_at: int
):
    db = tmp_path / "digest.db"
    now = real_now()
    long = "A long summary about the station and its partners. " * 12
    populate(
        db, [item(n, published=now - timedelta(minutes=n), summary=long) for n in range(STORIES)]
    )
    store = Store(db)
    slot = (now - timedelta(hours=1)).strftime("%H:%M")
    digests.subscribe(
        store,
        guild_id=GUILD_ID,
        channel_id=CHANNEL_ID,
        time=slot,
        tz="UTC",
        now=now - timedelta(hours=2),
    )
    store.close()
    expected = {f"Story {n}: ISS partners weigh sanctions, round {n}" for n in range(STORIES)}

    first = await _bot(double, db)
    double.pid, double.kill_at = first.pid, kill_at
    assert await asyncio.wait_for(first.wait(), 30) == -signal.SIGKILL
    before = _titles(double)
    assert len(before) == kill_at
    unrecorded = before[-1]

    second = await _bot(double, db)
    try:
        # The restarted bot must post again: what the kill left unrecorded, at least.
        await double.wait_for(lambda: len(_titles(double)) > kill_at, 30)
        await asyncio.sleep(1.5)  # room for a wrong extra message to show up
    finally:
        second.send_signal(signal.SIGTERM)
        await asyncio.wait_for(second.wait(), 20)

    posted = [t for page in _titles(double) for t in page]
    assert set(posted) == expected  # never a skip
    repeated = {t for t in posted if posted.count(t) > 1}
    assert repeated == set(unrecorded)  # only the message killed in the window...
    assert all(posted.count(t) == 2 for t in repeated)  # ...and only once more
    assert len(posted) == STORIES + len(unrecorded)
    assert double.unknown == []
