"""The background loops run on their own and survive failures."""

from __future__ import annotations

from datetime import timedelta

from summaries import digests
from summaries.store import Store
from tests.bot.discord_double import CHANNEL_ID, GUILD_ID, OTHER_CHANNEL_ID
from tests.bot.helpers import FakeClock, item, populate, real_now, running_bot


async def test_scheduler_loop_posts_a_due_digest_by_itself_and_survives_a_bad_channel(double, db):
    now = real_now()
    populate(db, [item(1, published=now - timedelta(hours=1))])
    store = Store(db)
    for channel_id in (CHANNEL_ID, OTHER_CHANNEL_ID):
        digests.subscribe(
            store,
            guild_id=GUILD_ID,
            channel_id=channel_id,
            time="00:00",
            tz="UTC",
            now=now - timedelta(days=2),
        )
    store.close()
    double.forbidden.add(CHANNEL_ID)
    clock = FakeClock(now)
    async with running_bot(double, db, clock, background=True, scheduler_seconds=0.05):
        await double.wait_for(lambda: double.posts(OTHER_CHANNEL_ID), 5)
        clock.advance(hours=2)  # past the failed channel's backoff: the loop tries again
        await double.wait_for(
            lambda: sum(f"/channels/{CHANNEL_ID}/" in r.path for r in double.requests) >= 2, 5
        )
    store = Store(db)
    failing = digests.get_subscription(store, CHANNEL_ID)
    store.close()
    assert "missing permission" in failing.last_error
    assert len(double.posts(OTHER_CHANNEL_ID)) == 1
