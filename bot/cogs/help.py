"""/help: what the bot does and how to use it, in one screen."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.cogs._common import send
from bot.render_discord import COLOUR

HELP = """\
I follow space-news feeds and keep the stories where the **International Space Station** \
is bound up with relations between states: sanctions, withdrawal threats, seat swaps, war. \
Every answer cites its sources.

**Everyone**
`/brief [hours]`: the top stories of the last hours (default 24)
`/ask question`: a short answer from the stored stories, with links
`/story id`: one story in full: summary, key quotes, sources, why it is here
`/quotes [speaker] [topic]`: recent key quotes and who said them
Mention me with a question: "@SpaceBrief what did Roscosmos say about leaving?"

**Moderators (Manage Server)**
`/digest set channel time timezone [min_score] [alert]`: a daily digest, e.g. 08:30 Europe/Paris
`/digest preview | now | status | off`
`/feeds list | add | remove | rename | status`: this server's extra feeds
"""

SHORT_HELP = (
    "Ask me about the politics around the ISS, e.g. "
    '"@SpaceBrief what did Roscosmos say about leaving?". '
    "`/brief` shows today's top stories and `/help` everything else."
)


def help_embed() -> discord.Embed:
    return discord.Embed(title="SpaceBrief", description=HELP, colour=COLOUR)


class Help(commands.Cog):
    def __init__(self, bot) -> None:
        self.bot = bot

    @app_commands.command(name="help", description="What SpaceBrief does and how to use it")
    async def help(self, interaction: discord.Interaction) -> None:
        await send(interaction, embeds=[help_embed()], ephemeral=True)


async def setup(bot) -> None:
    await bot.add_cog(Help(bot))
