""" "What did putin's economic envoy say": a known person's possessive before a role asks
for the role's holder. Reading it as Putin gave Putin's words, or nothing."""

from __future__ import annotations

import pytest

from summaries.aliases import load_aliases
from summaries.answers import answer
from summaries.question import parse
from tests.summaries.answer_stories import ARTICLES

ENVOY = (
    "envoy-floats-station-extension",
    "Kremlin envoy floats keeping the station flying past 2030",
    "2025-03-17T12:00:00Z",
    True,
    [
        "MOSCOW — Kirill Dmitriev, Vladimir Putin's special envoy for economic cooperation "
        "with other countries, suggested on Monday that Russia and the United States extend "
        "their work on the International Space Station as relations thaw.",
        '"The station is the one place where our cosmonauts and their astronauts never '
        'stopped working together. Let it be the first bridge we rebuild," Dmitriev wrote '
        "on X.",
        'Putin has said Russia would leave the station "when our own is ready."',
    ],
    [],
)


@pytest.mark.parametrize("who", ["putin's economic envoy", "putins economic envoy"])
def test_the_possessive_names_the_role_holder_not_the_owner(who):
    q = parse(f"what did {who} say about the station", load_aliases())
    assert q.kind == "quote" and q.speaker_names == ()
    assert [c.text for c in q.speaker_concepts] == ["economic", "envoy"]


def test_the_envoy_is_quoted(make_store):
    store = make_store([*ARTICLES, ENVOY])
    reply = answer(store, "what did putins economic envoy say on x about the station and the thaw")
    assert reply.found, reply.answer
    assert "first bridge we rebuild" in reply.answer and "Dmitriev" in reply.answer


def test_the_owner_asked_alone_is_still_the_speaker():
    q = parse("what did putin say about the station", load_aliases())
    assert "Putin" in q.speaker_names
