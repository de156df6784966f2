"""The bot's configuration, read once from the environment into one typed object.

The token is a secret: it is required only by `spacebrief bot`, it is kept out of
``repr`` (so a logged or printed Settings never shows it) and no error message names it.

    DISCORD_TOKEN                 the bot token (required for `spacebrief bot`)
    SPACEBRIEF_DB                 the SQLite file (also `spacebrief --db`)
    SPACEBRIEF_DISCORD_API        REST base of a Discord-compatible server,
                                  e.g. http://127.0.0.1:3001/api/v10
    SPACEBRIEF_DISCORD_GATEWAY    its gateway, e.g. ws://127.0.0.1:3001/gateway
    SPACEBRIEF_POLL_MINUTES       feed poll interval, default 15 (jittered by up to 10 %)
    SPACEBRIEF_FETCH_DEADLINE     overall seconds per fetch, default 30 (read by
                                  bot/engine.py through :func:`fetch_deadline`)
    SPACEBRIEF_THRESHOLD          the ISS-geopolitical decision threshold (0..1), default
                                  0.45: what `poll`, the bot and `reclassify` judge by
                                  (:func:`decision_threshold`)

Every bad value is a SettingsError with one line naming the variable; the CLI prints it
and exits 1, before anything connects anywhere.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit

DEFAULT_POLL_MINUTES = 15.0


class SettingsError(Exception):
    """Configuration that cannot work; the message is one line and never holds the token."""


class MissingToken(SettingsError):
    pass


@dataclass(frozen=True)
class Settings:
    token: str | None = field(default=None, repr=False)
    db: str | None = None
    api_base: str | None = None
    gateway: str | None = None
    poll_minutes: float = DEFAULT_POLL_MINUTES
    # Seconds between scheduler wake-ups when nothing is due sooner.
    scheduler_seconds: float = 60.0
    # Run the digest loop and the poll loop (tests turn them off and drive passes by hand).
    background: bool = True
    # discord.py waits this long after READY for more GUILD_CREATEs.
    guild_ready_timeout: float = 2.0
    sync_commands: bool = True

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides) -> Settings:
        env = os.environ if env is None else env
        values = {
            "token": (env.get("DISCORD_TOKEN") or "").strip() or None,
            "db": env.get("SPACEBRIEF_DB") or None,
            "api_base": _url(env, "SPACEBRIEF_DISCORD_API", ("http", "https")),
            "gateway": _url(env, "SPACEBRIEF_DISCORD_GATEWAY", ("ws", "wss")),
            "poll_minutes": _minutes(env.get("SPACEBRIEF_POLL_MINUTES")),
        }
        values.update(overrides)
        return cls(**values)

    def require_token(self) -> str:
        if not self.token:
            raise MissingToken(
                "DISCORD_TOKEN is not set: create a bot at the Discord developer portal "
                "and export its token as DISCORD_TOKEN"
            )
        return self.token


def _url(env: Mapping[str, str], name: str, schemes: tuple[str, ...]) -> str | None:
    value = (env.get(name) or "").strip()
    if not value:
        return None
    parts = urlsplit(value)
    if parts.scheme not in schemes or not parts.hostname:
        raise SettingsError(f"{name} must be a {'/'.join(schemes)} URL, got {value[:100]!r}")
    return value.rstrip("/")


def fetch_deadline(env: Mapping[str, str] | None = None) -> float | None:
    """SPACEBRIEF_FETCH_DEADLINE in seconds (0.5-300), or None when unset."""
    return _bounded(env, "SPACEBRIEF_FETCH_DEADLINE", "a number of seconds", 0.5, 300, " seconds")


def decision_threshold(env: Mapping[str, str] | None = None) -> float | None:
    """SPACEBRIEF_THRESHOLD (0..1), or None when unset (the detector's default)."""
    return _bounded(env, "SPACEBRIEF_THRESHOLD", "a number between 0 and 1", 0, 1, "")


def _bounded(
    env: Mapping[str, str] | None, name: str, what: str, lo: float, hi: float, unit: str
) -> float | None:
    value = ((os.environ if env is None else env).get(name) or "").strip()
    if not value:
        return None
    try:
        number = float(value)
    except ValueError:
        raise SettingsError(f"{name} must be {what}, got {value[:20]!r}") from None
    if not lo <= number <= hi:  # also refuses nan and inf
        raise SettingsError(f"{name} must be between {lo:g} and {hi:g}{unit}")
    return number


def _minutes(value: str | None) -> float:
    if not value or not value.strip():
        return DEFAULT_POLL_MINUTES
    try:
        minutes = float(value)
    except ValueError:
        raise SettingsError(
            f"SPACEBRIEF_POLL_MINUTES must be a number, got {value[:20]!r}"
        ) from None
    if not 1 <= minutes <= 24 * 60:
        raise SettingsError("SPACEBRIEF_POLL_MINUTES must be between 1 and 1440")
    return minutes
