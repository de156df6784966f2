"""What every cog shares: the no-ping policy, sending pages, the Manage Server check."""

from __future__ import annotations

import discord
from discord import app_commands

from bot.render_discord import Page

NO_PINGS = discord.AllowedMentions.none()


class UserError(app_commands.AppCommandError):
    """An expected refusal; the message is shown to the user as is (ephemerally)."""


class DeliveryFailed(Exception):
    """Discord refused a post to a digest channel.

    It lives here, not in the scheduler cog: ``load_extension`` executes an extension's
    module afresh, so a class defined there is not the one other cogs imported.
    ``reason`` is what /digest status shows; ``advice`` gives a moderator the cause and the fix.
    """

    def __init__(self, reason: str, advice: str) -> None:
        super().__init__(reason)
        self.reason = reason
        self.advice = advice


def require_manage_guild(interaction: discord.Interaction) -> None:
    """The runtime half of the Manage Server rule (`default_member_permissions` is the other:
    server admins can override that one per role, so the bot checks again)."""
    if interaction.guild_id is None:
        raise UserError("This command only works in a server.")
    perms = interaction.permissions
    if not (perms.manage_guild or perms.administrator):
        raise app_commands.MissingPermissions(["manage_guild"])


async def send(
    interaction: discord.Interaction,
    content: str | None = None,
    *,
    embeds: list[discord.Embed] | None = None,
    ephemeral: bool = False,
) -> None:
    """Reply, or follow up when the interaction was already answered or deferred."""
    kwargs = {"content": content, "embeds": embeds or [], "ephemeral": ephemeral}
    if interaction.response.is_done():
        await interaction.followup.send(**kwargs, allowed_mentions=NO_PINGS)
    else:
        await interaction.response.send_message(**kwargs, allowed_mentions=NO_PINGS)


async def send_pages(
    interaction: discord.Interaction, pages: list[Page], *, ephemeral: bool = False
) -> None:
    for page in pages:
        await send(interaction, page.content, embeds=page.embeds, ephemeral=ephemeral)
