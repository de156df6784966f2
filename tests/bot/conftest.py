from __future__ import annotations

import pytest

from tests.bot.discord_double import DiscordDouble


@pytest.fixture
async def double():
    d = await DiscordDouble().start()
    yield d
    await d.close()


@pytest.fixture
def db(tmp_path):
    return tmp_path / "spacebrief.db"
