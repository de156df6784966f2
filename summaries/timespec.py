"""Times people type: "24h", "7d", "2024-03-01", "09:30", "Europe/Paris".

Bad input raises TimeSpecError with a one-line message that can be shown as is.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from summaries.timeutil import to_rfc3339, utcnow

_RELATIVE = re.compile(r"^\s*(\d{1,9})\s*(m|min|h|hours?|d|days?|w|weeks?)\s*$", re.I)
_UNITS = {"m": 60, "min": 60, "h": 3600, "d": 86400, "w": 604800}
MAX_INPUT = 64
MAX_LOOKBACK = timedelta(days=3660)  # "since" reaches back ten years at most


class TimeSpecError(ValueError):
    pass


def parse_since(value: str, now: datetime | None = None) -> str:
    """A relative span ("24h", "7d") or an ISO date/time, as RFC 3339 UTC."""
    value = _clean(value)
    now = now or utcnow()
    m = _RELATIVE.match(value)
    if m:
        unit = m.group(2).lower()
        seconds = _UNITS.get(unit) or _UNITS[unit[0]]
        span = timedelta(seconds=min(int(m.group(1)) * seconds, MAX_LOOKBACK.total_seconds()))
        return to_rfc3339(now - span)
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise TimeSpecError(
            f"not a time: {value!r} (try 24h, 7d, 2024-03-01 or 2024-03-01T12:00Z)"
        ) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return to_rfc3339(moment)


def parse_clock(value: str) -> time:
    """A daily time "HH:MM" (24-hour) or "9am"/"9:30pm"."""
    value = _clean(value).lower().replace(" ", "")
    m = re.fullmatch(r"(\d{1,2})(?::(\d{2}))?(am|pm)?", value)
    if not m:
        raise TimeSpecError(f"not a time of day: {value!r} (use HH:MM, e.g. 08:30)")
    hour, minute = int(m.group(1)), int(m.group(2) or 0)
    if m.group(3):
        if not 1 <= hour <= 12:
            raise TimeSpecError(f"not a time of day: {value!r}")
        hour = hour % 12 + (12 if m.group(3) == "pm" else 0)
    if hour > 23 or minute > 59:
        raise TimeSpecError(f"not a time of day: {value!r} (hours 0-23, minutes 0-59)")
    return time(hour, minute)


def parse_timezone(value: str) -> ZoneInfo:
    """An IANA zone name such as "Europe/Paris" or "UTC", in any case ("europe/paris"),
    as its canonical spelling. Only names of the zone list count: ZoneInfo would also load
    files of the zone directory that are not zones ("localtime" is the host's zone,
    "Factory" has no offset anyone lives in)."""
    value = _clean(value)
    canonical = _zones_by_folded_name().get(value.casefold())
    if canonical is None:
        raise TimeSpecError(f"unknown time zone: {value!r} (use an IANA name like Europe/Paris)")
    try:
        return ZoneInfo(canonical)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise TimeSpecError(
            f"unknown time zone: {value!r} (use an IANA name like Europe/Paris)"
        ) from None


def timezones_matching(fragment: str, limit: int = 25) -> list[str]:
    """IANA zone names containing ``fragment`` (any case), sorted, at most ``limit``: what
    a timezone picker offers as the member types."""
    fragment = fragment.lower()
    return [n for n in _zone_names() if fragment in n.lower()][:limit]


# Files of a zoneinfo directory that available_timezones() may list but are not zones.
_NOT_ZONES = frozenset({"factory", "localtime", "posixrules"})


@lru_cache(maxsize=1)
def _zone_names() -> tuple[str, ...]:
    # available_timezones() walks the tzdata files (~7 ms): once, not on every keystroke
    return tuple(
        sorted(
            n
            for n in available_timezones()
            if n.casefold() not in _NOT_ZONES and not n.startswith(("posix/", "right/"))
        )
    )


@lru_cache(maxsize=1)
def _zones_by_folded_name() -> dict[str, str]:
    return {n.casefold(): n for n in _zone_names()}


def _clean(value: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise TimeSpecError("empty time")
    if len(value) > MAX_INPUT or any(ord(c) < 32 for c in value):
        raise TimeSpecError("not a time: too long or contains control characters")
    return value.strip()


# Fixed-offset zones people pick for a region whose clocks change in summer.
_CITY_FOR = {
    "EST": "America/New_York",
    "MST": "America/Denver (or America/Phoenix, which keeps standard time all year)",
    "HST": "Pacific/Honolulu",
}


def fixed_offset_note(tz: str, now: datetime) -> str:
    """A note ("" for none) when `tz` never changes offset and is an abbreviation or an
    Etc/ zone: "EST" is UTC−5 all year, so a New York digest would come an hour late all
    summer."""
    zone = ZoneInfo(tz)
    offsets = {datetime(now.year, m, 15, tzinfo=zone).utcoffset() for m in (1, 7)}
    if len(offsets) > 1 or ("/" in tz and not tz.startswith("Etc/")):
        return ""
    [offset] = offsets
    if not offset:  # UTC, GMT and friends: chosen on purpose
        return ""
    city = _CITY_FOR.get(tz, "your city's zone, e.g. America/New_York or Europe/Paris")
    hours = offset.total_seconds() / 3600
    sign = "+" if hours >= 0 else "−"
    # "Etc/GMT+2" is UTC−2 (POSIX turns the sign round): said plainly, or the digest
    # comes four hours off for a moderator who wanted UTC+2
    utc = f"UTC{sign}{abs(hours):g}"
    return (
        f"Note: {tz} is {utc}, a fixed offset with no daylight saving time. If clocks where "
        f"you are change in summer, use {city} instead."
    )
