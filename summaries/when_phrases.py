"""A time or occasion between a subject and its speech verb, taken off the subject.

'Roscosmos at the time described' / 'NASA on Monday said' / 'Rogozin in an interview
said': without this, the time phrase would be read as part of the subject's name.
"""

from __future__ import annotations

from summaries.names import is_name_word

# A time or occasion between a subject and its verb: 'Roscosmos at the time described'.
_WHEN_PREPS = frozenset(["at", "on", "in", "during", "last", "earlier", "later", "this"])
_WHEN_NOUNS = frozenset(
    [
        "time",
        "week",
        "month",
        "year",
        "day",
        "morning",
        "afternoon",
        "evening",
        "night",
        "statement",
        "interview",
        "briefing",
        "post",
        "weekend",
        "past",
        "hearing",
        "conference",
        "meeting",
        "summit",
        "session",
        "ceremony",
        "forum",
        "event",
    ]
)
WEEKDAYS = frozenset(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])


def without_when(words: list[tuple[str, int]], v) -> list[tuple[str, int]]:
    """'Roscosmos at the time' / 'NASA on Monday' / 'Rogozin in an interview' before the
    verb: the subject without the time phrase."""
    for i in range(len(words) - 1, max(0, len(words) - 5), -1):
        w = words[i][0]
        if w not in _WHEN_PREPS:
            continue
        before = words[i - 1][0]
        if before in ("has", "have", "had") and i > 1:
            before = words[i - 2][0]  # "Beijing has in the past described"
        if not (is_name_word(before) or before in v["org_nouns"]) or before in v["not_names"]:
            return words
        rest = [x for x, _ in words[i + 1 :]]
        if (
            rest
            and (rest[-1] in _WHEN_NOUNS or rest[-1] in WEEKDAYS)
            and all(x.islower() or x in WEEKDAYS for x in rest)
        ):
            return words[:i]
        return words
    return words
