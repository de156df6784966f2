"""Limits on what one user or one guild can make the bot do.

Discord input is untrusted: a guild can add feeds the operator's machine will poll, and
any member can ask questions that cost a full-text search each. These caps keep one guild
from making the bot fetch hundreds of feeds and one member from flooding a channel.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable

MAX_FEEDS_PER_GUILD = 20
MAX_QUESTION_CHARS = 300
MAX_URL_CHARS = 2048
MAX_NAME_CHARS = 100


class Cooldown:
    """At most `rate` events per `per` seconds for each key (a sliding window).

    ``hit(key)`` returns 0.0 when the event is allowed (and counts it), else the seconds
    to wait. ``should_warn(key)`` is true once per exhausted window, so a user who keeps
    asking is told politely once, not once per message.
    """

    def __init__(
        self, rate: int = 4, per: float = 60.0, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.rate = rate
        self.per = per
        self.clock = clock
        self._hits: dict[int, deque[float]] = {}
        self._warned: dict[int, float] = {}

    def hit(self, key: int) -> float:
        now = self.clock()
        hits = self._hits.setdefault(key, deque())
        while hits and hits[0] <= now - self.per:
            hits.popleft()
        if len(hits) >= self.rate:
            return max(hits[0] + self.per - now, 0.1)
        hits.append(now)
        self._warned.pop(key, None)
        if len(self._hits) > 10_000:  # forget idle users so the map stays small
            self._forget(now)
        return 0.0

    def should_warn(self, key: int) -> bool:
        now = self.clock()
        if self._warned.get(key, -1e18) > now - self.per:
            return False
        self._warned[key] = now
        return True

    def _forget(self, now: float) -> None:
        for key in [k for k, h in self._hits.items() if not h or h[-1] <= now - self.per]:
            del self._hits[key]


def clean_input(text: str, limit: int | None) -> str:
    """Drop control characters and collapse whitespace; cut at `limit` characters."""
    text = "".join(c if c.isprintable() else " " for c in text)
    return " ".join(text.split())[:limit]
