"""The one facade the CLI, the console chat and the Discord bot share.

Built once at start-up: the store on its own thread, one shared HTTP client (with the
bundled sample site mounted, so the demo works with no network), and the poller.
"""

from __future__ import annotations

import os
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import AsyncIterator

from feeds.fetch import Fetcher, FetchLimits
from feeds.poll import Poller
from feeds.sample_site import SAMPLE_BASE, SampleSiteTransport
from summaries.store import AsyncStore, default_db_path


@dataclass
class Engine:
    store: AsyncStore
    fetcher: Fetcher
    poller: Poller
    db_path: Path


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
            limits or FetchLimits(), mounts={SAMPLE_BASE: SampleSiteTransport()}
        ) as fetcher:
            yield Engine(store, fetcher, Poller(store, fetcher), path)
    finally:
        await store.close()
