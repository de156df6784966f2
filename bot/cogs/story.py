"""/story: one story in full, with autocomplete on recent titles."""

from __future__ import annotations

import re

import discord
from discord import app_commands
from discord.ext import commands

from bot.cogs._common import UserError, send
from bot.limits import clean_input
from bot.render_discord import clean, cut, story_embed
from summaries.store import Store


class StoryCog(commands.Cog):
    def __init__(self, bot) -> None:
        self.bot = bot

    @app_commands.command(
        name="story",
        description="One story in full: summary, key quotes, sources, why it was picked",
    )
    @app_commands.describe(id="The story number (type a few words of a title to pick one)")
    async def story(
        self, interaction: discord.Interaction, id: app_commands.Range[str, 1, 100]
    ) -> None:
        text = clean_input(id, 100).lstrip("#")
        if text.isascii() and text.isdigit():
            if len(text.lstrip("0")) > 18:  # SQLite ids are 64-bit
                raise UserError(f"No story with id {cut(text, 40)}.")
            story = await self.bot.store.call(Store.get_story, int(text))
        elif not (re.fullmatch(r"[\w' -]+", text) and any(c.isalpha() for c in text)):
            raise UserError("Give a story number, or pick a title from the suggestions.")
        else:  # words typed without picking a suggestion: the first suggestion
            from summaries.retrieval import story_titles

            rows = await self.bot.store.call(story_titles, text, 1)
            if not rows:
                raise UserError(
                    f"No story title matches “{clean(text, 80)}”; "
                    "type a few words and pick one from the suggestions."
                )
            story = await self.bot.store.call(Store.get_story, rows[0][0])
        # "and what did NASA say?" next is about this story
        self.bot.conversations.of(interaction).focus(story)
        await send(interaction, embeds=[story_embed(story, full=True)])

    @story.autocomplete("id")
    async def story_titles(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        from summaries.retrieval import story_titles

        prefix = clean_input(current, 100)
        rows = await self.bot.store.call(story_titles, prefix, 25)
        return [
            app_commands.Choice(name=cut(f"{sid}: {title}", 100), value=str(sid))
            for sid, title in rows[:25]
        ]


async def setup(bot) -> None:
    await bot.add_cog(StoryCog(bot))
