"""Fixtures for the summaries tests: real SQLite stores built from the fixture stories."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from summaries.store import Store
from tests.summaries import answer_stories


@pytest.fixture
def make_store(tmp_path) -> Iterator[Callable[..., Store]]:
    """Builds a store file under tmp_path from the given stories (the fixture articles by
    default) and closes every store it built when the test ends, so that a test needs no
    try/finally of its own and a failing assertion leaves no connection open."""
    stores: list[Store] = []

    def make(articles: list = answer_stories.ARTICLES) -> Store:
        store = answer_stories.make_store(tmp_path / f"stories{len(stores)}.db", articles)
        stores.append(store)
        return store

    yield make
    for store in stores:
        store.close()
