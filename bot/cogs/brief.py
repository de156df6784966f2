"""/brief: the top ISS-geopolitical stories of the last hours."""

from __future__ import annotations

from datetime import timedelta

import discord
from discord import app_commands
from discord.ext import commands

from bot.cogs._common import send, send_pages
from bot.render_discord import paginate, story_embed
from summaries.digests import top_stories
from summaries.timeutil import to_rfc3339

MAX_STORIES = 10


class Brief(commands.Cog):
    def __init__(self, bot) -> None:
        self.bot = bot

    @app_commands.command(
        name="brief", description="The top ISS-geopolitics stories of the last hours, with sources"
    )
    @app_commands.describe(hours="How far back to look, in hours (1-168; default 24)")
    async def brief(
        self, interaction: discord.Interaction, hours: app_commands.Range[int, 1, 168] = 24
    ) -> None:
        since = to_rfc3339(self.bot.clock() - timedelta(hours=hours))
        stories = await self.bot.store.call(top_stories, since, limit=MAX_STORIES)
        if not stories:
            await send(interaction, f"Nothing new on ISS geopolitics in the last {hours} h.")
            return
        header = f"**ISS geopolitics, last {hours} h**: top {len(stories)}, best first"
        await send_pages(interaction, paginate([story_embed(s) for s in stories], header=header))


async def setup(bot) -> None:
    await bot.add_cog(Brief(bot))
