"""summaries.answers: a lawmaker's party as stories give it ("Curtis Vane (R-Ala.)")
answers "the house republican" and "the alabama congressman", so the story is not taken to
lack the party or the state asked about; a story naming no one of that party still does."""

from __future__ import annotations

import pytest

from summaries.aliases import load_aliases
from summaries.answers import answer
from tests.summaries.answer_stories import ARTICLES, story_id

MARKUP = (
    "house-markup-roscosmos-amendment",
    "House panel adopts limits on NASA payments to Roscosmos",
    "2025-07-16T09:00:00Z",
    True,
    [
        "WASHINGTON — The House Appropriations subcommittee advanced its 2026 spending bill "
        "on Tuesday.",
        "The sharpest exchange came over an amendment from Rep. Curtis Vane (R-Ala.) that "
        "would bar NASA from paying Roscosmos until Russia leaves occupied Ukraine.",
    ],
    [],
)


@pytest.fixture
def store(make_store):
    return make_store([*ARTICLES, MARKUP])


def test_the_house_republican_is_found_by_his_party_letter(store):
    reply = answer(
        store, "whos the house republican whose amendment would stop nasa paying roscosmos"
    )
    assert reply.found
    assert story_id(store, "house-markup-roscosmos-amendment") in [c.id for c in reply.citations]
    assert "Vane" in reply.answer


def test_a_party_letter_needs_a_state_after_it():
    (party,) = load_aliases().concepts("democrat")
    written = {w for _, w, _ in party.phrases}
    assert {"D-N.M.", "D-Fla"} <= written
    assert "D" not in written and "R-Ala" not in written


def test_the_state_asked_about_is_found_in_the_lawmakers_label(store):
    reply = answer(store, "which alabama congressman wants nasa to stop paying roscosmos?")
    assert reply.found and "Curtis Vane (R-Ala.)" in reply.answer, reply.answer


def test_a_state_is_not_a_name_the_story_must_carry():
    """ "the texas company that sold rack space": a story placing it in Houston answers it,
    so the state weighs as the member's own word rather than as a name."""
    (state,) = load_aliases().concepts("texas")
    written = {w for _, w, _ in state.phrases}
    assert {"R-Texas", "D-TX"} <= written
    assert not state.named
