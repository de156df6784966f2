"""`spacebrief bot` and `spacebrief digest`, registered on the main CLI group.

`bot` without DISCORD_TOKEN prints one line on stderr and exits 1; the token itself is
never printed, logged or put in an error message.
"""

from __future__ import annotations

import asyncio
import json
import logging
from pathlib import Path

import click

from bot.settings import Settings, SettingsError


def load_settings(db: Path | None) -> Settings:
    """Every setting checked (the fetch deadline too) before anything connects."""
    from bot.settings import decision_threshold, fetch_deadline

    try:
        settings = Settings.from_env(db=str(db)) if db else Settings.from_env()
        settings.require_token()
        fetch_deadline()
        decision_threshold()
    except SettingsError as err:
        raise click.ClickException(str(err)) from None
    return settings


def run_bot(db: Path | None) -> None:
    """Run the bot until interrupted (also used by `spacebrief start`).

    Discord unreachable, or refusing the token, is an expected failure: one line naming
    the server, never the token.
    """
    import aiohttp
    import discord

    from bot.client import run_bot as run

    settings = load_settings(db)
    if logging.getLogger().level > logging.INFO:
        # Our own progress ("connected as …") at INFO; discord.py's start-up chatter
        # ("logging in using static token") only with -v, its warnings and errors always.
        # An unreachable Discord or a refused token is then the one line below.
        logging.getLogger().setLevel(logging.INFO)
        logging.getLogger("discord").setLevel(logging.WARNING)
    where = settings.api_base or "discord.com"
    try:
        asyncio.run(run(settings))
    except discord.LoginFailure:
        raise click.ClickException(f"{where} refused DISCORD_TOKEN: check the token") from None
    except (aiohttp.ClientError, OSError, discord.GatewayNotFound, discord.HTTPException) as err:
        reason = " ".join(str(err).split()).replace(settings.require_token(), "***")[:200]
        raise click.ClickException(
            f"cannot reach Discord at {where}: {reason or type(err).__name__}"
        ) from None


@click.command("bot")
@click.pass_context
def bot_command(ctx: click.Context) -> None:
    """Run the Discord bot (needs DISCORD_TOKEN; see README "Discord")."""
    run_bot(ctx.obj.get("db"))


@click.command("digest")
@click.option("--since", help="Stories since TIME (e.g. 24h, 7d, 2024-03-01; default 24h).")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.option("--min-score", type=click.FloatRange(0, 1), default=0.0, help="Minimum score.")
@click.pass_context
def digest_command(ctx: click.Context, since: str | None, as_json: bool, min_score: float):
    """What a digest would post: ISS-geopolitical stories since TIME, best first."""
    from bot.engine import resolve_db_path
    from summaries.controls import strip_controls
    from summaries.digests import stories_since
    from summaries.store import Store
    from summaries.timespec import TimeSpecError, parse_since

    try:
        since_ts = parse_since(since or "24h")
    except TimeSpecError as err:
        raise click.BadParameter(str(err), param_hint="--since") from None
    store = Store(resolve_db_path(ctx.obj.get("db")), create=False)
    try:
        stories = stories_since(store, since_ts, min_score=min_score)
    finally:
        store.close()
    if as_json:
        data = {"since": since_ts, "stories": [s.to_json() for s in stories]}
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    if not stories:
        click.echo(f"Nothing to report since {since_ts}.")
        return
    click.echo(f"ISS geopolitics digest since {since_ts}: {len(stories)} stories")
    for s in stories:
        lines = [f"\n[{s.id}] {s.title} ({s.score:.2f})", f"    {s.url}"]
        if s.summary:
            lines.append(f"    {s.summary}")
        lines.extend(
            f"    “{q.text}” — {q.speaker or 'unattributed'}" for q in s.shown_quotes()[:1]
        )
        click.echo(strip_controls("\n".join(lines)))  # stories stored before ingest stripped


def register(main: click.Group) -> None:
    main.add_command(bot_command)
    main.add_command(digest_command)
