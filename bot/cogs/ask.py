"""/ask and mentions: a short answer from the stored stories, with its sources as links.

Mentions work without the privileged message-content intent: Discord delivers the content
of a message that mentions the bot. A per-user cooldown (shared by /ask and mentions)
keeps one member from flooding a channel; the first refusal in a window says so politely,
later ones are silent.
"""

from __future__ import annotations

import logging
import re

import discord
from discord import app_commands
from discord.ext import commands

from bot.cogs._common import NO_PINGS, UserError, send
from bot.cogs.help import SHORT_HELP
from bot.limits import MAX_QUESTION_CHARS, clean_input
from bot.render_discord import answer_embed
from summaries.answers import Conversation, answer
from summaries.models import Answer
from summaries.small_talk import small_talk
from summaries.store import AsyncStore, Store

log = logging.getLogger(__name__)


async def ask_store(
    store: AsyncStore, question: str, conversation: Conversation | None = None
) -> Answer:
    """The answers engine on the store's thread (it reads SQLite)."""

    def run(s: Store) -> Answer:
        return answer(s, question, conversation=conversation)

    return await store.call(run)


SMALL_TALK = {
    "greeting": f"Hello! {SHORT_HELP}",
    "thanks": "You're welcome! Mention me again any time.",
    "help": SHORT_HELP,
    "reaction": SHORT_HELP,  # "lol", "cool story": nothing to look up
    "command": (
        "That is a slash command: type it on its own in the message box and pick it from "
        "SpaceBrief's list. `/help` shows them all."
    ),
}


def _slow_down(wait: float) -> str:
    return f"You're asking faster than I can read; try again in about {int(wait) + 1} s."


class Ask(commands.Cog):
    def __init__(self, bot) -> None:
        self.bot = bot
        self.conversations = bot.conversations

    @app_commands.command(
        name="ask", description="Ask about ISS geopolitics; the answer cites its sources"
    )
    @app_commands.describe(
        question="Your question, e.g. 'what did Roscosmos say about leaving the station?'"
    )
    async def ask(
        self,
        interaction: discord.Interaction,
        question: app_commands.Range[str, 1, MAX_QUESTION_CHARS],
    ) -> None:
        question = clean_input(question, MAX_QUESTION_CHARS)
        if not question:
            raise UserError("Ask a question, e.g. 'who provides propulsion for the station?'")
        wait = self.bot.questions.hit(interaction.user.id)
        if wait:
            await send(interaction, _slow_down(wait), ephemeral=True)
            return
        await interaction.response.defer(thinking=True)  # search may outlast 3 seconds
        conversation = self.conversations.of(interaction)
        result = await ask_store(self.bot.store, question, conversation)
        await send(interaction, embeds=[answer_embed(result)])

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        me = self.bot.user
        if me is None or message.author.bot or message.author.id == me.id:
            return
        if not any(u.id == me.id for u in message.mentions):
            return
        question = clean_input(re.sub(rf"<@!?{me.id}>", " ", message.content), None)
        if len(question) > MAX_QUESTION_CHARS:
            # answering the first 300 characters of a pasted wall would answer something
            # the member did not ask; /ask's box stops at the same length
            await self._reply(
                message,
                f"That question is too long ({len(question):,} characters);"
                f" please keep it under {MAX_QUESTION_CHARS}.",
            )
            return
        if not question:
            await self._reply(message, SHORT_HELP)
            return
        kind = small_talk(question)
        if kind:  # "hello", "thanks!", "help": no search, so like a bare mention, no cooldown
            await self._reply(message, SMALL_TALK[kind])
            return
        wait = self.bot.questions.hit(message.author.id)
        if wait:
            if self.bot.questions.should_warn(message.author.id):
                await self._reply(message, _slow_down(wait))
            return
        try:
            conversation = self.conversations.get(message.channel.id, message.author.id)
            result = await ask_store(self.bot.store, question, conversation)
        except Exception:
            log.exception("answering a mention in channel %s failed", message.channel.id)
            await self._reply(message, "Sorry, I could not answer that just now.")
            return
        await self._reply(message, embed=answer_embed(result))

    async def _reply(
        self, message: discord.Message, content: str | None = None, *, embed=None
    ) -> None:
        try:
            await message.reply(
                content, embed=embed, mention_author=False, allowed_mentions=NO_PINGS
            )
        except discord.HTTPException as err:
            log.warning("could not reply in channel %s: %s", message.channel.id, err)


async def setup(bot) -> None:
    await bot.add_cog(Ask(bot))
