"""`spacebrief start`: the bot when a token is set, else a console demo.

The demo needs no network and no Discord: it subscribes to the bundled sample site
(served in-process through the HTTP client's mount), polls it with the real poller,
shows what a channel would receive, answers a few questions, then hands over to the
console chat: a prompt when a person is at the terminal, else the lines piped on stdin,
answered as `spacebrief chat` answers them (`echo "who said what?" | spacebrief start`).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import sys
from pathlib import Path

import click

from bot import render_text
from bot.engine import open_engine
from feeds.poll import FeedReport, PollResult
from feeds.sample_site import sample_feed_urls
from summaries.store import FeedExists, Store

DEMO_QUESTIONS = (
    "What did Roscosmos say about leaving the space station?",
    "Who provides propulsion for the station?",
    "What's the latest on the seat swap?",
)


def start(db: Path | None) -> None:
    if os.environ.get("DISCORD_TOKEN"):
        from bot.cli_bot import run_bot

        run_bot(db)
        return
    click.echo(
        "No DISCORD_TOKEN set: running the console demo on the bundled sample feeds "
        "(no network needed)."
    )
    asyncio.run(_demo(db))
    if sys.stdin is None:  # started with no stdin at all (a service manager)
        return
    from bot.console import run_console

    if sys.stdin.isatty():
        click.echo("\nYou are in the console chat: ask a question, or /help. Ctrl-D to quit.")
    else:
        click.echo()  # the piped questions' answers start apart from the demo's
    run_console(db)


async def _demo(db: Path | None) -> None:
    from summaries.answers import answer

    async with open_engine(db) as engine:
        click.echo(f"Database: {engine.db_path}")
        for url, name in sample_feed_urls():
            with contextlib.suppress(FeedExists):
                await engine.store.call(Store.add_feed, url, name)
        click.echo("Polling the sample feeds…")
        # one feed after another: the stories' ids (which break ties between equally good
        # answers) then come out the same on every run, so the demo reads the same
        reports: list[FeedReport] = []
        for feed in await engine.store.call(Store.list_feeds):
            reports += (await engine.poller.poll([feed])).reports
        render_text.poll_table(PollResult(tuple(reports)))
        stories = await engine.store.call(Store.stories, iss_only=True, limit=5, order="score")
        click.echo("\nWhat today's digest would post (ISS-geopolitical stories, best first):\n")
        render_text.stories_list(stories)
        for question in DEMO_QUESTIONS:
            click.echo(f"> {question}")
            reply = await engine.store.call(answer, question)
            render_text.answer(reply)
