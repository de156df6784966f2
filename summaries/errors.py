"""What a caller asked the store for and could not have; messages are one line."""

from __future__ import annotations


class StoreError(Exception):
    """A store operation the caller asked for cannot be done (one line)."""


class FeedExists(StoreError):
    pass


class FeedNotFound(StoreError):
    pass


class StoryNotFound(StoreError):
    pass
