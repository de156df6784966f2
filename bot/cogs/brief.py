"""/brief: the top ISS-geopolitical stories of the last hours."""

from __future__ import annotations

from datetime import timedelta

import discord
from discord import app_commands
from discord.ext import commands

from bot.cogs._common import send, send_pages
from bot.render_discord import paginate, story_embed
from summaries.digests import newest_story, top_stories
from summaries.timeutil import to_rfc3339

MAX_STORIES = 10
MAX_HOURS = 168


class Brief(commands.Cog):
    def __init__(self, bot) -> None:
        self.bot = bot

    @app_commands.command(
        name="brief", description="The top ISS-geopolitics stories of the last hours, with sources"
    )
    @app_commands.describe(hours=f"How far back to look, in hours (1-{MAX_HOURS}; default 24)")
    async def brief(
        self, interaction: discord.Interaction, hours: app_commands.Range[int, 1, MAX_HOURS] = 24
    ) -> None:
        since = to_rfc3339(self.bot.clock() - timedelta(hours=hours))
        stories = await self.bot.store.call(top_stories, since, limit=MAX_STORIES)
        if not stories:
            await send(interaction, await self._nothing_new(hours))
            return
        header = f"**ISS geopolitics, last {hours} h**: top {len(stories)}, best first"
        conversation = self.bot.conversations.of(interaction)
        conversation.showed(stories, "\n".join(s.summary for s in stories))
        await send_pages(interaction, paginate([story_embed(s) for s in stories], header=header))

    async def _nothing_new(self, hours: int) -> str:
        """Where the news is when the window holds none: a window /brief accepts, or the
        newest story itself (a quiet month, or a demo's dated sample feeds)."""
        reply = f"Nothing new on ISS geopolitics in the last {hours} h."
        newest = await self.bot.store.call(newest_story, self.bot.clock())
        if newest is None:
            return reply
        story, reach, age = newest
        if reach <= MAX_HOURS:
            return f"{reply} The newest story is {age} old: try `/brief hours:{reach}`."
        return f"{reply} The newest story is {age} old: `/story {story.id}` shows it."


async def setup(bot) -> None:
    await bot.add_cog(Brief(bot))
