"""The Discord bot: one AutoShardedBot, built from settings and the engine, cogs per feature.

Start-up follows discord.py's advanced start-up example: settings → engine (one store,
one HTTP client, the poller) → ``async with SpaceBriefBot(...)`` → ``start``. Everything
the cogs need comes in through the constructor; there are no module-level singletons.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections.abc import Callable
from datetime import datetime

import discord
import yarl
from discord import app_commands
from discord.ext import commands

from bot.cogs._common import NO_PINGS, UserError
from bot.conversations import Conversations
from bot.limits import Cooldown
from bot.settings import Settings
from feeds.errors import FeedError
from feeds.poll import Poller
from summaries.digests import DigestError
from summaries.store import AsyncStore, StoreError
from summaries.timespec import TimeSpecError
from summaries.timeutil import utcnow

log = logging.getLogger(__name__)

EXTENSIONS = (
    "bot.cogs.brief",
    "bot.cogs.ask",
    "bot.cogs.story",
    "bot.cogs.quotes",
    "bot.cogs.feeds_admin",
    "bot.cogs.digest",
    "bot.cogs.scheduler",
    "bot.cogs.polling",
    "bot.cogs.help",
)
# Errors whose message is meant for the user: shown ephemerally, not logged as bugs.
EXPECTED = (UserError, StoreError, DigestError, TimeSpecError, FeedError)


def apply_endpoints(settings: Settings) -> None:
    """Point discord.py at a Discord-compatible server (Spacebar, a test double)."""
    if settings.api_base:
        discord.http.Route.BASE = settings.api_base
    if settings.gateway:
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(settings.gateway)


def sentence(message: str) -> str:
    """A domain error's one line ("no story with id 9") as the bot's other replies read:
    a capital first letter and a full stop. The CLI shows the same errors as they are."""
    message = message.strip()
    if not message:
        return message
    message = message[0].upper() + message[1:]
    return message if message[-1] in ".!?" else message + "."


class SpaceBriefBot(commands.AutoShardedBot):
    """Slash commands, mention answers, scheduled digests and background polling."""

    def __init__(
        self,
        settings: Settings,
        store: AsyncStore,
        *,
        poller: Poller | None = None,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        # A text-only bot: discord.py's "PyNaCl/davey is not installed, voice will NOT be
        # supported" warnings would greet every operator about a feature never used.
        discord.VoiceClient.warn_nacl = discord.VoiceClient.warn_dave = False
        # Default intents: no privileged message-content intent. Discord still delivers
        # the content of messages that mention the bot, which is all `ask` needs.
        super().__init__(
            command_prefix=[],
            intents=discord.Intents.default(),
            allowed_mentions=NO_PINGS,
            help_command=None,
            guild_ready_timeout=settings.guild_ready_timeout,
        )
        self.settings = settings
        self.store = store
        self.poller = poller
        self.clock = clock
        self.questions = Cooldown(rate=4, per=60.0)
        # follow-up context per (channel, member): /ask and mentions read it, /story sets it
        self.conversations = Conversations()
        self.tree.on_error = self.on_app_command_error
        if settings.gateway:
            self._pin_gateway(settings.gateway)

    def _pin_gateway(self, url: str) -> None:
        """An AutoShardedBot asks GET /gateway/bot for its gateway; the setting wins."""
        ask = self.http.get_bot_gateway

        async def get_bot_gateway():
            shards, _, limits = await ask()
            return shards, url, limits

        self.http.get_bot_gateway = get_bot_gateway

    async def setup_hook(self) -> None:
        for name in EXTENSIONS:
            await self.load_extension(name)
        if self.settings.sync_commands:
            synced = await self.tree.sync()
            log.info("synced %d application commands", len(synced))

    async def on_message(self, message: discord.Message) -> None:
        """No prefix commands: mentions are handled by the ask cog's listener."""

    async def on_ready(self) -> None:
        log.info("connected as %s to %d guild(s)", self.user, len(self.guilds))

    async def on_app_command_error(
        self, interaction: discord.Interaction, error: app_commands.AppCommandError
    ) -> None:
        """Expected failures become a short ephemeral reply; bugs are logged once."""
        original = getattr(error, "original", error)
        if isinstance(error, app_commands.MissingPermissions | app_commands.CheckFailure):
            message = "You need the Manage Server permission to do that."
            if not isinstance(error, app_commands.MissingPermissions):
                message = str(error) or "You can't use that command here."
        elif isinstance(original, EXPECTED):
            message = sentence(str(original))
        elif isinstance(error, app_commands.TransformerError) and (
            error.type is discord.AppCommandOptionType.channel
        ):
            # Another server's channel, or one deleted or hidden since the member picked it:
            # the member's input, not our bug, so no traceback.
            log.info("/%s: unusable channel option %r", _name(interaction), error.value)
            message = (
                "I can't see that channel: pick a text channel of this server that I can read."
            )
        else:
            log.error("/%s failed", _name(interaction), exc_info=original)
            message = "Something went wrong on my side; the operator has the details."
        with contextlib.suppress(discord.HTTPException):
            if interaction.response.is_done():
                await interaction.followup.send(message, ephemeral=True, allowed_mentions=NO_PINGS)
            else:
                await interaction.response.send_message(
                    message, ephemeral=True, allowed_mentions=NO_PINGS
                )


def _name(interaction: discord.Interaction) -> str:
    return interaction.command.qualified_name if interaction.command else "?"


async def run_bot(settings: Settings) -> None:
    """`spacebrief bot`: run until SIGINT/SIGTERM, then close cleanly."""
    from bot.engine import open_engine

    token = settings.require_token()
    apply_endpoints(settings)
    async with (
        open_engine(settings.db) as engine,
        SpaceBriefBot(settings, engine.store, poller=engine.poller) as bot,
    ):
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError):
                loop.add_signal_handler(sig, lambda: asyncio.ensure_future(bot.close()))
        await bot.start(token)
