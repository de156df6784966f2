"""/feeds list|add|remove|rename|status: a server's own feeds (Manage Server).

Feeds added here are untrusted: only http(s), and no private, loopback or link-local
address, checked now (feeds.netguard) and again by the fetcher on every redirect. A
server may add at most MAX_FEEDS_PER_GUILD and may remove only its own.
"""

from __future__ import annotations

from datetime import timedelta

import discord
from discord import app_commands
from discord.ext import commands

from bot.cogs._common import UserError, require_manage_guild, send
from bot.limits import MAX_FEEDS_PER_GUILD, MAX_NAME_CHARS, MAX_URL_CHARS, clean_input
from bot.render_discord import clean, cut, lines_embed
from summaries.models import Feed
from summaries.store import Store
from summaries.timeutil import to_rfc3339

QUIET_DAYS = 14  # a feed with nothing new for two weeks is worth a look


def _line(feed: Feed, guild_id: int | None) -> str:
    owner = "this server" if feed.guild_id == guild_id else "operator"
    polled = (feed.last_polled or "never")[:16].replace("T", " ")
    line = f"`{feed.id}` **{clean(feed.name, 80)}** ({owner}): {feed.status}, polled {polled}"
    reason = feed.disabled_reason if feed.status == "disabled" else feed.error
    return line + (f"\n  ↳ {clean(reason, 200)}" if reason else "")


@app_commands.guild_only()
@app_commands.default_permissions(manage_guild=True)
class FeedsAdmin(commands.GroupCog, group_name="feeds", group_description="Manage feeds"):
    def __init__(self, bot) -> None:
        self.bot = bot

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        require_manage_guild(interaction)
        return True

    async def _own_feed(self, interaction: discord.Interaction, feed: str, verb: str) -> Feed:
        """The feed named, when this server added it: a server changes only its own."""
        target = await self.bot.store.call(Store.get_feed, clean_input(feed, MAX_URL_CHARS))
        if target.guild_id != interaction.guild_id:
            raise UserError(
                f"That feed was not added from this server; only the operator can {verb} it."
            )
        return target

    async def _visible(self, guild_id: int) -> list[Feed]:
        feeds = await self.bot.store.call(Store.list_feeds)
        return [f for f in feeds if f.guild_id in (None, guild_id)]

    @app_commands.command(name="list", description="The feeds this server's digests draw on")
    async def list_(self, interaction: discord.Interaction) -> None:
        feeds = await self._visible(interaction.guild_id)
        lines = [_line(f, interaction.guild_id) for f in feeds]
        embed = lines_embed(f"Feeds ({len(feeds)})", lines, empty="No feeds yet.")
        await send(interaction, embeds=[embed], ephemeral=True)

    @app_commands.command(name="status", description="Feeds that are failing or disabled")
    async def status(self, interaction: discord.Interaction) -> None:
        # "new" (not polled yet) is not a problem; "error" and "disabled" are, and so is
        # an "ok" feed read in part (malformed XML: its warning is its error)
        visible = await self._visible(interaction.guild_id)
        feeds = [f for f in visible if f.status in ("error", "disabled") or f.error]
        lines = [_line(f, interaction.guild_id) for f in feeds]
        before = to_rfc3339(self.bot.clock() - timedelta(days=QUIET_DAYS))
        shown = {f.id for f in visible} - {f.id for f in feeds}
        for feed, newest in await self.bot.store.call(Store.quiet_feeds, before):
            if feed.id in shown:
                since = newest[:10]
                lines.append(
                    f"{_line(feed, interaction.guild_id)}\n  ↳ quiet: nothing new since {since}"
                )
        embed = lines_embed("Feed status", lines, empty="All feeds are polling fine.")
        await send(interaction, embeds=[embed], ephemeral=True)

    @app_commands.command(name="add", description="Add a feed (RSS or Atom) for this server")
    @app_commands.describe(url="The feed's http(s) address", name="A short display name (optional)")
    async def add(
        self,
        interaction: discord.Interaction,
        url: app_commands.Range[str, 1, MAX_URL_CHARS],
        name: app_commands.Range[str, 1, MAX_NAME_CHARS] | None = None,
    ) -> None:
        from feeds.netguard import check_url
        from feeds.normalize import feed_url, missing_scheme

        guild_id = interaction.guild_id
        mine = await self.bot.store.call(Store.list_feeds, guild_id=guild_id)
        if len(mine) >= MAX_FEEDS_PER_GUILD:
            raise UserError(f"This server already has {len(mine)} feeds, the most allowed.")
        await interaction.response.defer(ephemeral=True, thinking=True)  # DNS may be slow
        url = url.strip()  # not clean_input: a space inside is an error, not to be squeezed
        if missing_scheme(url):  # "example.com/rss"
            raise UserError(
                f"That address has no http:// or https:// in front; did you mean "
                f"https://{clean(url, 200)} ?"
            )
        url = feed_url(url)  # InvalidFeedURL (a space, no host): as the CLI refuses it
        name = clean_input(name, MAX_NAME_CHARS) or None if name else None
        await check_url(url)  # BlockedURL: a one-line reason for the user
        feed = await self.bot.store.call(
            Store.add_feed, url, name, trusted=False, guild_id=guild_id
        )
        await send(
            interaction,
            f"Added **{clean(feed.name, 100)}**; it is polled within "
            f"{int(self.bot.settings.poll_minutes)} minutes.",
            ephemeral=True,
        )

    @app_commands.command(name="remove", description="Remove one of this server's feeds")
    @app_commands.describe(feed="The feed's number, address or name (see /feeds list)")
    async def remove(
        self, interaction: discord.Interaction, feed: app_commands.Range[str, 1, MAX_URL_CHARS]
    ) -> None:
        target = await self._own_feed(interaction, feed, "remove")
        removed = await self.bot.store.call(Store.remove_feed, target.id)
        await send(interaction, f"Removed **{clean(removed.name, 100)}**.", ephemeral=True)

    @app_commands.command(name="rename", description="Rename one of this server's feeds")
    @app_commands.describe(
        feed="The feed's number, address or name (see /feeds list)", name="Its new name"
    )
    async def rename(
        self,
        interaction: discord.Interaction,
        feed: app_commands.Range[str, 1, MAX_URL_CHARS],
        name: app_commands.Range[str, 1, MAX_NAME_CHARS],
    ) -> None:
        target = await self._own_feed(interaction, feed, "rename")
        before, after = await self.bot.store.call(
            Store.rename_feed, target.id, clean_input(name, MAX_NAME_CHARS)
        )
        await send(
            interaction,
            f"Renamed **{clean(before.name, 100)}** to **{clean(after.name, 100)}**.",
            ephemeral=True,
        )

    @rename.autocomplete("feed")
    @remove.autocomplete("feed")
    async def own_feeds(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        feeds = await self.bot.store.call(Store.list_feeds, guild_id=interaction.guild_id)
        current = current.lower()
        return [
            app_commands.Choice(name=cut(f.name, 100), value=str(f.id))
            for f in feeds
            if current in f.name.lower() or current in f.url.lower()
        ][:25]


async def setup(bot) -> None:
    await bot.add_cog(FeedsAdmin(bot))
