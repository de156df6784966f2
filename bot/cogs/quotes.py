"""/quotes: recent key quotes with their speakers; autocomplete on the speakers we know."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.cogs._common import send
from bot.limits import clean_input
from bot.render_discord import clean, cut, quotes_embed


class Quotes(commands.Cog):
    def __init__(self, bot) -> None:
        self.bot = bot

    @app_commands.command(name="quotes", description="Recent key quotes and who said them")
    @app_commands.describe(
        speaker="Only quotes by this speaker (e.g. Rogozin, Roscosmos, NASA)",
        topic="Only quotes from stories about this (e.g. sanctions, propulsion)",
    )
    async def quotes(
        self,
        interaction: discord.Interaction,
        speaker: app_commands.Range[str, 1, 100] | None = None,
        topic: app_commands.Range[str, 1, 100] | None = None,
    ) -> None:
        from summaries.retrieval import recent_quotes

        speaker = clean_input(speaker, 100) or None if speaker else None
        topic = clean_input(topic, 100) or None if topic else None

        def run(store):
            return recent_quotes(store, speaker=speaker, topic=topic, limit=10)

        pairs = await self.bot.store.call(run)
        heading = "Recent key quotes"
        if speaker:  # their other quotes too, not only the stories' key ones
            heading = f"Recent quotes by {clean(speaker, 80)}"
        if topic:
            heading += f" about {clean(topic, 80)}"
        conversation = self.bot.conversations.of(interaction)
        conversation.showed(
            [s for s, _q in pairs],
            "\n".join(q.text for _s, q in pairs),
            [q.speaker for _s, q in pairs],
        )
        await send(interaction, embeds=[quotes_embed(pairs, heading=heading)])

    @quotes.autocomplete("speaker")
    async def speakers(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        from summaries.retrieval import speakers

        names = await self.bot.store.call(speakers, clean_input(current, 100), 25)
        return [app_commands.Choice(name=cut(n, 100), value=cut(n, 100)) for n in names[:25]]


async def setup(bot) -> None:
    await bot.add_cog(Quotes(bot))
