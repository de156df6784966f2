"""The one facade the CLI, the console chat and the Discord bot share.

Built once at start-up: the store on its own thread, one shared HTTP client (with the
bundled sample site mounted, so the demo works with no network), and the poller.

    SPACEBRIEF_FETCH_DEADLINE   overall seconds per fetch (redirects and body included),
                                default 30; connect/read timeouts never exceed it. A poll
                                runs its fetches concurrently, so it bounds a poll's
                                network time too (tests use a short one).
    SPACEBRIEF_THRESHOLD        the decision threshold new stories are judged at (0..1)
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path

from bot.settings import decision_threshold, fetch_deadline
from feeds.fetch import Fetcher, FetchLimits
from feeds.poll import Analyser, Poller
from feeds.sample_site import SAMPLE_BASE, SampleSiteTransport
from summaries.store import AsyncStore, default_db_path


@dataclass
class Engine:
    store: AsyncStore
    fetcher: Fetcher
    poller: Poller
    db_path: Path


def fetch_limits_from_env(env: Mapping[str, str] | None = None) -> FetchLimits:
    """The product's FetchLimits, with SPACEBRIEF_FETCH_DEADLINE applied when set
    (bot.settings.SettingsError, one line, when it is not a usable number)."""
    deadline = fetch_deadline(env)
    if deadline is None:
        return FetchLimits()
    base = FetchLimits()
    return replace(
        base,
        deadline=deadline,
        connect_timeout=min(base.connect_timeout, deadline),
        read_timeout=min(base.read_timeout, deadline),
    )


def analyser(env: Mapping[str, str] | None = None) -> Analyser:
    """The analysis polls store, at SPACEBRIEF_THRESHOLD when it is set, so that new
    stories are judged as `reclassify` judged the stored ones."""
    from summaries.analyse import analyse

    threshold = decision_threshold(env)
    if threshold is None:
        return analyse
    return partial(analyse, threshold=threshold)


def resolve_db_path(db: str | os.PathLike[str] | None) -> Path:
    return Path(db).expanduser() if db else default_db_path()


@asynccontextmanager
async def open_engine(
    db: str | os.PathLike[str] | None = None, *, limits: FetchLimits | None = None
) -> AsyncIterator[Engine]:
    path = resolve_db_path(db)
    store = await AsyncStore(path).open()
    try:
        async with Fetcher(
            limits or fetch_limits_from_env(), mounts={SAMPLE_BASE: SampleSiteTransport()}
        ) as fetcher:
            yield Engine(store, fetcher, Poller(store, fetcher, analyse=analyser()), path)
    finally:
        await store.close()
