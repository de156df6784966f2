"""What a caller asked the store for and could not have; messages are one line."""

from __future__ import annotations


class StoreError(Exception):
    """A store operation the caller asked for cannot be done (one line)."""


class DatabaseMissing(StoreError):
    """A command that only reads was pointed at a file that does not exist."""


class DatabaseUnusable(StoreError):
    """The file is not a SQLite database, is corrupt, or cannot be opened."""


class DatabaseUnwritable(StoreError):
    """The store cannot be written at all: not one feed's failure, so a poll stops."""


class DatabaseReadOnly(DatabaseUnwritable):
    """SQLite refused a write: the file, its directory or its mount is read-only (as root,
    an immutable file). The transaction was rolled back: nothing was changed."""


class DatabaseWriteFailed(DatabaseUnwritable):
    """The disk failed the write (full, or an I/O error). Rolled back: nothing changed."""


class FeedExists(StoreError):
    pass


class FeedNameTaken(FeedExists):
    """Another feed of the same owner already has this name (case ignored)."""


class FeedNotFound(StoreError):
    pass


class StoryNotFound(StoreError):
    pass


class AmbiguousFeed(StoreError):
    """A name that more than one feed carries (the message lists their ids)."""


class InvalidFeedName(StoreError):
    pass
