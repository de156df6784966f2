"""Idioms members use for what stories say plainly: "in the red" for a loss, "put pen to
paper" for a signature."""

from __future__ import annotations

import pytest

from summaries.answers import answer
from summaries.store import Store
from tests.summaries.answer_stories import ARTICLES

RESULTS = (
    "glavkosmos-annual-results",
    "Russian launch broker posts annual results",
    "2026-06-10T12:00:00Z",
    True,
    [
        "MOSCOW — Glavkosmos, the Russian launch broker that sells Soyuz seats abroad, "
        "published its annual report for 2025 on Friday.",
        "Revenue from seat sales fell to 9.1 billion roubles, the report said.",
        "Analysts in Moscow said foreign customers had turned to other launchers under "
        "Western sanctions.",
        "Costs, however, kept rising, and the company ended up with a net loss of 3.2 billion "
        "roubles.",
    ],
    [],
)


@pytest.fixture
def store(make_store) -> Store:
    return make_store([*ARTICLES, RESULTS])


def test_in_the_red_asks_for_the_loss(store):
    reply = answer(store, "how deep in the red was glavkosmos in 2025")
    assert reply.found, reply.answer
    assert "net loss of 3.2 billion roubles" in reply.answer, reply.answer
