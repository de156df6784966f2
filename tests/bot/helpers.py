"""Test helpers: a settable clock, a populated store, the real bot against the double."""

from __future__ import annotations

import asyncio
import os
import random
import subprocess
import sys
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import discord
import yarl

from bot.client import SpaceBriefBot, apply_endpoints
from bot.settings import Settings
from summaries.models import Analysis, IncomingItem, Quote
from summaries.store import AsyncStore, Store
from summaries.timeutil import to_rfc3339
from tests.bot.discord_double import DiscordDouble

TOKEN = "SECRET-TEST-TOKEN.do-not-log.0123456789"


@dataclass
class FakeClock:
    now: datetime

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta) -> None:
        self.now += timedelta(**delta)


def real_now() -> datetime:
    """Now, to the second: Store.ingest stamps first_seen with the real time."""
    return datetime.now(UTC).replace(microsecond=0)


def item(
    n: int,
    *,
    published: datetime,
    title: str | None = None,
    score: float = 0.8,
    iss: bool = True,
    summary: str | None = None,
    speaker: str | None = "Roscosmos",
) -> IncomingItem:
    """A stored story with a fixed analysis, so tests never depend on the classifier."""
    title = title or f"Story {n}: ISS partners weigh sanctions, round {n}"
    quote = f"We will decide on the station in time, number {n}"
    text = f'{title}.\n\n"{quote}," the agency said. {_distinct_sentence(n)}'
    start = text.index(quote)
    return IncomingItem(
        guid=f"guid-{n}",
        url=f"https://news.example/{n}",
        title=title,
        text=text,
        published=to_rfc3339(published),
        analysis=Analysis(
            iss_geopolitical=iss,
            score=score,
            reasons=("ISS is the subject", "sanctions drive it"),
            tags=("ISS", "Roscosmos"),
            summary=summary or f"Summary of story {n}: partners argue about the station.",
            quotes=(Quote(quote, speaker, start, start + len(quote), 0.9),),
        ),
    )


def quoted_story(n: int, full_name: str, quote: str) -> IncomingItem:
    """A story quoting someone the gazetteer does not know, stored under their surname."""
    text = f'{full_name} spoke in Moscow on day {n}.\n\n"{quote}," {full_name.split()[-1]} said.'
    start = text.index(quote)
    surname = full_name.split()[-1]
    analysis = Analysis(
        True, 0.8, (), (), f"Story {n}.", (Quote(quote, surname, start, start + len(quote)),)
    )
    return IncomingItem(
        f"q{n}",
        f"https://q.example/{n}",
        f"Story {n}",
        text,
        "2024-04-02T10:00:00Z",
        analysis=analysis,
    )


_VOCAB = [
    "orbit",
    "crew",
    "module",
    "cargo",
    "treaty",
    "budget",
    "launch",
    "docking",
    "segment",
    "thruster",
    "array",
    "capsule",
    "hatch",
    "partner",
    "envoy",
    "tariff",
    "summit",
    "embargo",
    "licence",
    "ministry",
    "senate",
    "rocket",
    "engine",
]


def _distinct_sentence(n: int) -> str:
    """Words that differ per story, so the store's near-duplicate rule keeps them apart."""
    rnd = random.Random(n)
    return " ".join(rnd.choice(_VOCAB) + str(rnd.randint(100, 999)) for _ in range(30)) + "."


def populate(db: Path, items: list[IncomingItem], feed: str = "https://feeds.example/iss.xml"):
    store = Store(db)
    try:
        try:
            f = store.get_feed(feed)
        except Exception:
            f = store.add_feed(feed, "Space Wire")
        store.ingest(f.id, items)
        return {s.title: s.id for s in store.stories(iss_only=False)}
    finally:
        store.close()


@asynccontextmanager
async def running_bot(double: DiscordDouble, db: Path, clock=None, **settings):
    """The real SpaceBriefBot.start() against the double; closed cleanly on exit."""
    old_base = discord.http.Route.BASE
    old_gateway = discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY
    cfg = Settings(
        token=TOKEN,
        db=str(db),
        api_base=double.api,
        gateway=double.gateway,
        guild_ready_timeout=0.05,
        **({"scheduler_seconds": 3600, "background": False} | settings),
    )
    apply_endpoints(cfg)
    store = await AsyncStore(db).open()
    bot = SpaceBriefBot(cfg, store, clock=clock or real_now)
    task = asyncio.create_task(bot.start(TOKEN))
    try:
        await asyncio.wait_for(bot.wait_until_ready(), 10)
        yield bot
    finally:
        await bot.close()
        await asyncio.wait_for(task, 10)
        await store.close()
        discord.http.Route.BASE = old_base
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = old_gateway
        assert isinstance(old_gateway, yarl.URL)


def run_demo(db: Path, stdin: str | None = None) -> subprocess.CompletedProcess:
    """`spacebrief start` with no Discord token: the console demo on the bundled sample
    feeds, polled into ``db``, as the README's first command runs it; ``stdin`` is piped
    to it (else it reads nothing)."""
    env = {k: v for k, v in os.environ.items() if k != "DISCORD_TOKEN"}
    return subprocess.run(
        [sys.executable, "-m", "bot", "--db", str(db), "start"],
        env=env,
        input=stdin,
        stdin=subprocess.DEVNULL if stdin is None else None,
        capture_output=True,
        text=True,
        timeout=120,
    )
