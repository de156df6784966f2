"""The shipped list of real space-news feeds (feeds/data/default_feeds.toml)."""

from __future__ import annotations

import tomllib
from importlib import resources

DEFAULT_FEEDS_FILE = "default_feeds.toml"


def load_default_feeds() -> list[tuple[str, str]]:
    """(url, name) of every shipped feed, in file order.

    A malformed entry is a packaging bug, so it raises ValueError rather than being skipped.
    """
    text = (resources.files("feeds") / "data" / DEFAULT_FEEDS_FILE).read_text(encoding="utf-8")
    feeds: list[tuple[str, str]] = []
    for position, item in enumerate(tomllib.loads(text).get("feed", []), start=1):
        url, name = str(item.get("url", "")).strip(), str(item.get("name", "")).strip()
        if not url.startswith(("https://", "http://")) or not name:
            raise ValueError(
                f"{DEFAULT_FEEDS_FILE}: feed {position} needs a name and an http(s) url"
            )
        feeds.append((url, name))
    return feeds
