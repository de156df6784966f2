"""The digest scheduler: one loop that posts due digests, alerts and feed notices.

It cannot die: every channel is handled in its own try, a failed post is recorded
against that channel (shown in /digest status, disabled after repeated failures) and the
loop goes on with the others. ``tick()`` is one pass; tests drive it with a fake clock.

Delivery is recorded per (channel, story) right after each message is posted, in the
order posted (summaries/digests.py explains the at-most-one-message repeat window).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass, field
from datetime import timedelta

import discord
from discord.ext import commands

from bot.cogs._common import NO_PINGS, DeliveryFailed
from bot.render_discord import Page, alert_pages, clean, digest_pages, story_count
from summaries import digests
from summaries.digests import Subscription
from summaries.timeutil import to_rfc3339

log = logging.getLogger(__name__)


@dataclass
class TickReport:
    """What one pass did, channel by channel (for tests and logs)."""

    posted: dict[int, int] = field(default_factory=dict)  # channel -> stories posted
    failed: dict[int, str] = field(default_factory=dict)  # channel -> error
    notices: int = 0


class Scheduler(commands.Cog):
    def __init__(self, bot) -> None:
        self.bot = bot
        self._lock = asyncio.Lock()
        self._wake = asyncio.Event()
        self._task: asyncio.Task | None = None

    async def cog_load(self) -> None:
        if self.bot.settings.background:
            self._task = asyncio.create_task(self._run(), name="spacebrief-digests")

    async def cog_unload(self) -> None:
        if self._task:
            self._task.cancel()

    def wake(self) -> None:
        """Run a pass now (after a poll brought new stories, for alerts)."""
        self._wake.set()

    async def _run(self) -> None:
        await self.bot.wait_until_ready()
        while not self.bot.is_closed():
            try:
                await self.tick()
            except Exception:  # a bug in one pass must not end the scheduler
                log.exception("digest pass failed; trying again at the next one")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), self.bot.settings.scheduler_seconds)
            self._wake.clear()

    async def tick(self) -> TickReport:
        """One pass: due digests, then alerts, then disabled-feed notices."""
        async with self._lock:
            report = TickReport()
            now = self.bot.clock()
            store = self.bot.store
            for sub in await store.call(digests.due_subscriptions, now):
                await self._guarded(sub, report, self._digest)
            for sub in await store.call(digests.list_subscriptions):
                if (
                    sub.enabled
                    and sub.alert_threshold is not None
                    and sub.channel_id not in report.failed
                ):
                    await self._guarded(sub, report, self._alerts)
            report.notices = await self._feed_notices()
            return report

    async def post_now(self, sub: Subscription) -> int:
        """/digest now: the digest at once; it counts as the channel's digest."""
        async with self._lock:
            return await self._digest(sub)

    async def _guarded(self, sub: Subscription, report: TickReport, run) -> None:
        try:
            n = await run(sub)
            if n:
                report.posted[sub.channel_id] = report.posted.get(sub.channel_id, 0) + n
        except DeliveryFailed as err:
            report.failed[sub.channel_id] = str(err)
        except Exception as err:
            log.exception("digest for channel %s (guild %s) failed", sub.channel_id, sub.guild_id)
            report.failed[sub.channel_id] = f"{type(err).__name__}: {err}"
            await self._record_failure(sub, f"internal error: {type(err).__name__}")

    async def _digest(self, sub: Subscription) -> int:
        now = self.bot.clock()
        stories = await self.bot.store.call(digests.digest_stories, sub, now)
        title = "ISS geopolitics digest"
        if stories and await self.bot.store.call(digests.interrupted, sub):
            title += ", continued"
        await self._deliver(sub, digest_pages(stories, title=title), "digest")
        await self.bot.store.call(digests.finish_digest, sub.channel_id, now)
        # one line per delivery, so the operator can tell what went out and when
        due = sub.next_due()
        late = now - due
        log.info(
            "digest to channel %s (guild %s): %s%s",
            sub.channel_id,
            sub.guild_id,
            story_count(len(stories)) if stories else "nothing new, no message",
            f", due {due:%Y-%m-%d %H:%M} UTC, late by {_minutes(late)}" if late > LATE else "",
        )
        return len(stories)

    async def _alerts(self, sub: Subscription) -> int:
        now = self.bot.clock()
        if sub.next_attempt_at and sub.next_attempt_at > to_rfc3339(now):
            return 0
        stories = await self.bot.store.call(digests.alert_stories, sub, now)
        await self._deliver(sub, alert_pages(stories), "alert")
        if stories:
            log.info(
                "alert to channel %s (guild %s): %s",
                sub.channel_id,
                sub.guild_id,
                story_count(len(stories)),
            )
        return len(stories)

    async def _deliver(self, sub: Subscription, pages: list[Page], kind: str) -> None:
        """Post page by page; record each page's stories right after it is posted."""
        channel = self.bot.get_partial_messageable(sub.channel_id, guild_id=sub.guild_id)
        for page in pages:
            try:
                await channel.send(
                    content=page.content, embeds=page.embeds, allowed_mentions=NO_PINGS
                )
            except discord.HTTPException as err:
                reason, advice = _why(err)
                log.warning(
                    "%s for channel %s (guild %s) not posted: %s",
                    kind,
                    sub.channel_id,
                    sub.guild_id,
                    reason,
                )
                await self._record_failure(sub, reason)
                raise DeliveryFailed(reason, advice) from None
            await self.bot.store.call(
                digests.record_delivery, sub.channel_id, page.story_ids, self.bot.clock(), kind=kind
            )

    async def _record_failure(self, sub: Subscription, reason: str) -> None:
        updated = await self.bot.store.call(
            digests.record_failure, sub.channel_id, reason, self.bot.clock()
        )
        if not updated.enabled and sub.enabled:  # said once, when it happens
            log.warning(
                "digest for channel %s disabled: %s", sub.channel_id, updated.disabled_reason
            )

    async def _feed_notices(self) -> int:
        """Tell each digest channel once when a feed it relies on gets disabled, and who
        can act: a moderator for the server's own feed, the operator for theirs."""
        sent = 0
        for feed, channel_id in await self.bot.store.call(digests.pending_feed_notices):
            reason = clean(feed.disabled_reason or feed.error or "too many failures", 300)
            if feed.guild_id is None:
                text = (
                    f"The feed **{clean(feed.name, 100)}**, a source of this channel's digest, "
                    f"was disabled: {reason}. It is run by the bot's operator, who can "
                    "re-enable it; digests go on with the other feeds."
                )
            else:
                text = (
                    f"This server's feed **{clean(feed.name, 100)}** was disabled: {reason}. "
                    "A moderator can replace it with `/feeds remove` and `/feeds add`."
                )
            try:
                await self.bot.get_partial_messageable(channel_id).send(
                    text, allowed_mentions=NO_PINGS
                )
                sent += 1
                log.info("feed notice to channel %s: feed %s disabled", channel_id, feed.url)
            except discord.HTTPException as err:
                log.warning("feed notice to channel %s not posted: %s", channel_id, _why(err)[0])
            # Recorded even when the channel is gone: told once means tried once.
            await self.bot.store.call(
                digests.record_feed_notice, feed.id, channel_id, self.bot.clock()
            )
        return sent


def _why(err: discord.HTTPException) -> tuple[str, str]:
    """(the reason /digest status records, what a moderator can do about it)."""
    if isinstance(err, discord.NotFound):
        return (
            "channel not found (deleted, or the bot was removed)",
            "the channel was not found (deleted, or I was removed from it). Pick a channel "
            "that exists with `/digest set`, or stop this one with `/digest off`.",
        )
    if isinstance(err, discord.Forbidden):
        return (
            "missing permission to post there (View Channel, Send Messages, Embed Links)",
            "I lack permission there. Give me View Channel, Send Messages and Embed Links in "
            "that channel, then try again.",
        )
    reason = f"Discord error {err.status}: {' '.join(str(err.text).split())[:200]}"
    return reason, f"Discord refused the message ({reason}). Try again in a few minutes."


async def setup(bot) -> None:
    await bot.add_cog(Scheduler(bot))


LATE = timedelta(minutes=5)  # a digest this long after its slot (downtime) is logged as late


def _minutes(delta: timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    days, hours, mins = minutes // 1440, minutes % 1440 // 60, minutes % 60
    if days:
        return f"{days} d {hours} h"
    return f"{hours} h {mins} min" if hours else f"{mins} min"
