"""Why a feed could not be polled.

Every error carries a one-line, human-readable message: it is what `feeds list --json`
shows in `error` and what `/feeds status` tells a moderator.

    FeedError
    ├── FetchError                 the HTTP exchange failed
    │   ├── BlockedURL             untrusted URL refused (scheme, userinfo, private address)
    │   ├── FetchTimeout           connect/read timeout or the overall deadline
    │   ├── ResponseTooLarge       body (or its decompressed size) over the cap
    │   ├── TooManyRedirects       more than the redirect cap, or a loop
    │   ├── HTTPStatusError        4xx/5xx; carries status and Retry-After
    │   └── NetworkError           DNS, refused connection, TLS, broken stream
    ├── FeedParseError             the body is not a usable feed
    └── InvalidFeedURL             refused when subscribing: not a URL a feed can have
"""

from __future__ import annotations


class FeedError(Exception):
    """Base class; ``str(err)`` is a single line fit for a status column."""

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(str(message).split())[:300])


class FetchError(FeedError):
    pass


class BlockedURL(FetchError):
    pass


class FetchTimeout(FetchError):
    pass


class ResponseTooLarge(FetchError):
    pass


class TooManyRedirects(FetchError):
    pass


class NetworkError(FetchError):
    pass


class HTTPStatusError(FetchError):
    def __init__(self, status: int, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.retry_after = retry_after


class FeedParseError(FeedError):
    pass


class InvalidFeedURL(FeedError):
    pass
