"""Follow-up context for /ask and mentions: one Conversation per (channel, member).

"and what did NASA say?" only makes sense after the previous question, so the context
expires after a few quiet minutes and the table is bounded (oldest dropped first).
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable

from summaries.answers import Conversation

Key = tuple[int, int]


class Conversations:
    def __init__(
        self,
        *,
        ttl: float = 600.0,
        max_entries: int = 5000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._ttl = ttl
        self._max = max_entries
        self._clock = clock
        self._items: OrderedDict[Key, tuple[float, Conversation]] = OrderedDict()

    def get(self, channel_id: int, user_id: int) -> Conversation:
        key, now = (channel_id, user_id), self._clock()
        entry = self._items.pop(key, None)
        conversation = entry[1] if entry and now - entry[0] <= self._ttl else Conversation()
        self._items[key] = (now, conversation)
        while len(self._items) > self._max:
            self._items.popitem(last=False)
        return conversation

    def of(self, interaction) -> Conversation:
        """The conversation of a slash command's member in its channel (0 outside one)."""
        return self.get(interaction.channel_id or 0, interaction.user.id)

    def __len__(self) -> int:
        return len(self._items)
