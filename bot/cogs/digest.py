"""/digest set|off|preview|now|status: a channel's daily digest (Manage Server)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import discord
from discord import app_commands
from discord.ext import commands

from bot.cogs._common import DeliveryFailed, UserError, require_manage_guild, send
from bot.limits import clean_input
from bot.render_discord import digest_pages, lines_embed, story_count
from summaries import digests
from summaries.digests import Subscription, SubscriptionNotFound
from summaries.timespec import fixed_offset_note, timezones_matching
from summaries.timeutil import from_rfc3339


def _status_line(sub: Subscription, now: datetime) -> str:
    line = f"<#{sub.channel_id}>: {sub.time} {sub.tz}"
    if sub.min_score:
        line += f", min score {sub.min_score:.2f}"
    if sub.alert_threshold is not None:
        line += f", alerts at {sub.alert_threshold:.2f}"
    if not sub.enabled:
        return line + f"\n  ↳ **disabled**: {sub.disabled_reason}"
    zone = ZoneInfo(sub.tz)
    skipped = ""
    due = sub.next_due()  # in the channel's zone, and as a Discord timestamp ("in 9 hours")
    if sub.next_attempt_at and from_rfc3339(sub.next_attempt_at) > due:
        # a failed delivery waits out its backoff: when it is tried again, not a slot past
        due = from_rfc3339(sub.next_attempt_at)
        if due <= now:  # its backoff is over: the next check tries it
            line += "; next try at the next check (within a minute)"
        else:
            line += f"; next try {due.astimezone(zone):%Y-%m-%d %H:%M} {sub.tz}"
    else:
        local = due.astimezone(zone)
        line += f"; next {local:%Y-%m-%d %H:%M} {sub.tz}"
        if f"{local:%H:%M}" != sub.time:  # a spring-forward day has no such time
            skipped = f"; {sub.time} does not exist that day: clocks go forward"
    line += f" (<t:{int(due.timestamp())}:R>{skipped})"
    if sub.last_digest_at:  # in the same zone as the schedule, not UTC beside it
        last = from_rfc3339(sub.last_digest_at).astimezone(zone)
        line += f"; last {last:%Y-%m-%d %H:%M} {sub.tz}"
    if sub.last_error:
        line += f"\n  ↳ failing ({sub.consecutive_failures}x): {sub.last_error}"
    return line


@app_commands.guild_only()
@app_commands.default_permissions(manage_guild=True)
class Digest(commands.GroupCog, group_name="digest", group_description="Daily channel digests"):
    def __init__(self, bot) -> None:
        self.bot = bot

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        require_manage_guild(interaction)
        return True

    async def _sub(self, interaction: discord.Interaction, channel) -> Subscription:
        channel_id = channel.id if channel else interaction.channel_id
        sub = await self.bot.store.call(digests.get_subscription, channel_id)
        if sub.guild_id != interaction.guild_id:
            raise UserError("No digest is set up for that channel.")
        return sub

    @app_commands.command(name="set", description="Post a daily digest in a channel")
    @app_commands.describe(
        channel="Where to post it",
        time="Local time of day, HH:MM (24-hour), e.g. 08:30",
        timezone="IANA time zone, e.g. Europe/Paris, America/New_York, UTC",
        min_score="Only stories scoring at least this (0-1; default 0, or as set before)",
        alert="Also post a very high-scoring story at once (default off, or as set before)",
    )
    async def set_(
        self,
        interaction: discord.Interaction,
        channel: discord.TextChannel,
        time: app_commands.Range[str, 1, 16],
        timezone: app_commands.Range[str, 1, 64],
        min_score: app_commands.Range[float, 0.0, 1.0] | None = None,
        alert: bool | None = None,
    ) -> None:
        sub = await self.bot.store.call(
            lambda s: digests.subscribe(
                s,
                guild_id=interaction.guild_id,
                channel_id=channel.id,
                time=clean_input(time, 16),
                tz=clean_input(timezone, 64),
                min_score=min_score,
                alert=alert,
                now=self.bot.clock(),
            )
        )
        note = fixed_offset_note(sub.tz, self.bot.clock())
        warning = f"\n{note}" if note else ""
        await send(
            interaction,
            f"Digest set: {_status_line(sub, self.bot.clock())}{warning}",
            ephemeral=True,
        )

    @set_.autocomplete("timezone")
    async def zones(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return [app_commands.Choice(name=n, value=n) for n in timezones_matching(current)]

    @app_commands.command(name="off", description="Stop a channel's digest")
    @app_commands.describe(channel="The channel (default: this one)")
    async def off(
        self, interaction: discord.Interaction, channel: discord.TextChannel | None = None
    ) -> None:
        sub = await self._sub(interaction, channel)
        await self.bot.store.call(digests.unsubscribe, sub.channel_id)
        await send(interaction, f"Digest for <#{sub.channel_id}> stopped.", ephemeral=True)

    @app_commands.command(name="preview", description="Show what the next digest would post")
    @app_commands.describe(channel="The channel (default: this one)")
    async def preview(
        self, interaction: discord.Interaction, channel: discord.TextChannel | None = None
    ) -> None:
        try:
            sub, unset = await self._sub(interaction, channel), ""
        except SubscriptionNotFound:  # show what a first digest would hold, then how to start
            channel_id = channel.id if channel else interaction.channel_id
            sub = digests.unscheduled(interaction.guild_id, channel_id, self.bot.clock())
            unset = (
                f"\nNo digest is set up for <#{channel_id}> yet; a first one would post this "
                "(the last 24 hours). Start it with `/digest set`."
            )
        stories = await self.bot.store.call(digests.digest_stories, sub, self.bot.clock())
        pages = digest_pages(stories, title="Digest preview")
        if not pages:
            text = "Nothing new to post: no message would go out." + unset
            await send(interaction, text, ephemeral=True)
            return
        shown = len(pages[0].embeds)  # one message: say so before the embeds, not after
        note = f" (the first {shown} shown here)" if len(pages) > 1 else ""
        await send(
            interaction,
            (pages[0].content or "") + note + unset,
            embeds=pages[0].embeds,
            ephemeral=True,
        )

    @app_commands.command(name="now", description="Post the digest now instead of waiting")
    @app_commands.describe(channel="The channel (default: this one)")
    async def now(
        self, interaction: discord.Interaction, channel: discord.TextChannel | None = None
    ) -> None:
        sub = await self._sub(interaction, channel)
        await interaction.response.defer(ephemeral=True, thinking=True)
        try:
            posted = await self.bot.get_cog("Scheduler").post_now(sub)
        except DeliveryFailed as err:
            raise UserError(f"I could not post in <#{sub.channel_id}>: {err.advice}") from None
        text = f"Posted {story_count(posted)}." if posted else "Nothing new to post."
        await send(interaction, text, ephemeral=True)

    @app_commands.command(name="status", description="This server's digests and any failures")
    async def status(self, interaction: discord.Interaction) -> None:
        subs = await self.bot.store.call(
            lambda s: digests.list_subscriptions(s, guild_id=interaction.guild_id)
        )
        embed = lines_embed(
            "Digests",
            [_status_line(s, self.bot.clock()) for s in subs],
            empty="No digests set up. Try /digest set.",
        )
        await send(interaction, embeds=[embed], ephemeral=True)


async def setup(bot) -> None:
    await bot.add_cog(Digest(bot))
