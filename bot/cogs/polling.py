"""Background polling inside the bot: the poller on an interval, jittered.

The poll runs on the event loop but never blocks it: fetching is async and parsing,
analysis and SQLite run in threads (feeds/poll.py). Per-feed backoff is the poller's
(`poll_due` skips feeds inside their window). A failing pass is logged and the loop
goes on; after each pass the scheduler is woken for alerts and disabled-feed notices.
"""

from __future__ import annotations

import asyncio
import logging
import random

from discord.ext import commands

from summaries.errors import StoreError

log = logging.getLogger(__name__)
JITTER = 0.1  # ±10 % so that many bots on one host do not poll in step


class Polling(commands.Cog):
    def __init__(self, bot) -> None:
        self.bot = bot
        self._task: asyncio.Task | None = None
        self.passes = 0

    async def cog_load(self) -> None:
        if self.bot.poller is not None and self.bot.settings.background:
            self._task = asyncio.create_task(self._run(), name="spacebrief-poll")

    async def cog_unload(self) -> None:
        if self._task:
            self._task.cancel()

    def interval(self) -> float:
        base = self.bot.settings.poll_minutes * 60
        return base * random.uniform(1 - JITTER, 1 + JITTER)

    async def _run(self) -> None:
        await self.bot.wait_until_ready()
        while not self.bot.is_closed():
            await self.poll_once()
            await asyncio.sleep(self.interval())

    async def poll_once(self) -> None:
        try:
            result = await self.bot.poller.poll_due()
            log.info(
                "poll: %d feed(s), %d new stories, %d failed",
                len(result.reports),
                result.total("new"),
                len(result.failed),
            )
        except StoreError as err:  # a read-only database: one line a pass, not a traceback
            log.error("poll pass stored nothing: %s; next pass as scheduled", err)
        except Exception:  # httpx and friends included: the loop must go on
            log.exception("poll pass failed; next pass as scheduled")
        self.passes += 1
        scheduler = self.bot.get_cog("Scheduler")
        if scheduler is not None:
            scheduler.wake()


async def setup(bot) -> None:
    await bot.add_cog(Polling(bot))
