"""Per-user cooldown, input cleaning, and settings from the environment."""

from __future__ import annotations

import pytest

from bot.limits import Cooldown, clean_input
from bot.settings import MissingToken, Settings, SettingsError

TOKEN = "MTIzNDU2Nzg5.secret-token-value"


def test_cooldown_allows_a_few_per_window_then_warns_once_and_recovers():
    t = [0.0]
    cd = Cooldown(rate=2, per=60, clock=lambda: t[0])
    assert cd.hit(1) == 0 and cd.hit(1) == 0
    assert cd.hit(1) > 0 and cd.should_warn(1) and not cd.should_warn(1)
    assert cd.hit(2) == 0  # per user
    t[0] = 61
    assert cd.hit(1) == 0


def test_clean_input_drops_control_characters_and_caps_length():
    assert clean_input("a\x00b\n\tc  d", 100) == "a b c d"
    assert len(clean_input("x" * 1000, 300)) == 300


def test_settings_read_the_environment_and_hide_the_token():
    s = Settings.from_env(
        {
            "DISCORD_TOKEN": TOKEN,
            "SPACEBRIEF_DISCORD_API": "http://127.0.0.1:9/api/v10/",
            "SPACEBRIEF_DISCORD_GATEWAY": "ws://127.0.0.1:9/gateway",
            "SPACEBRIEF_POLL_MINUTES": "5",
        }
    )
    assert s.require_token() == TOKEN
    assert s.api_base == "http://127.0.0.1:9/api/v10" and s.poll_minutes == 5
    assert TOKEN not in repr(s) and TOKEN not in str(s)
    assert Settings.from_env({}).poll_minutes == 15


def test_settings_errors_are_one_line_and_never_show_the_token():
    with pytest.raises(MissingToken, match="DISCORD_TOKEN is not set"):
        Settings.from_env({}).require_token()
    with pytest.raises(SettingsError, match="ws/wss"):
        Settings.from_env({"DISCORD_TOKEN": TOKEN, "SPACEBRIEF_DISCORD_GATEWAY": "http://x"})
    with pytest.raises(SettingsError, match="between 1 and 1440"):
        Settings.from_env({"SPACEBRIEF_POLL_MINUTES": "0"})
