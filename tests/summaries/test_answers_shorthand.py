"""summaries.answers: chat shorthand ("o2", "IG's recs", "dept's") and a typo of a filler
word ("actualy") are read as what the member meant, so a question the stories answer is
not declined for a word no story writes that way."""

from __future__ import annotations

import pytest

from summaries.aliases import load_aliases
from summaries.answers import answer
from summaries.spelling import corrections
from tests.summaries.answer_stories import ARTICLES, make_store, story_id

OXYGEN = (
    "moscow-oxygen-threat",
    "Moscow threatens to stop sharing station oxygen after US blacklists supplier",
    "2026-05-02T09:00:00Z",
    True,
    [
        "MOSCOW — Russia has threatened to stop supplying oxygen and water from its half of "
        "the International Space Station to the American side, after Washington placed the "
        "company that builds the Russian segment's life-support hardware on a sanctions list.",
        "The Russian segment's Elektron generator has supplied the whole crew for years.",
    ],
    [],
)

WATCHDOG = (
    "watchdog-station-parts",
    "Watchdog cannot count the American parts handed to Roscosmos",
    "2026-05-05T09:00:00Z",
    True,
    [
        "NASA's Office of Inspector General on Tuesday published its first full accounting "
        "of American hardware handed to Roscosmos for the Russian segment of the station.",
        "NASA concurred with all five recommendations and said it would set up a single "
        "tracking system by March.",
        "Rep. Dana Whitcombe, a Florida Democrat, called the inspector general's findings "
        "a blank check for Roscosmos.",
    ],
    [],
)


@pytest.fixture
def store(tmp_path):
    s = make_store(tmp_path / "shorthand.db", [*ARTICLES, OXYGEN, WATCHDOG])
    yield s
    s.close()


def test_o2_is_oxygen(store):
    reply = answer(store, "what makes the crew's o2")
    assert reply.found
    assert [c.id for c in reply.citations][:1] == [story_id(store, "moscow-oxygen-threat")]
    assert "oxygen" in reply.answer


def test_igs_recs_are_the_inspector_generals_recommendations(store):
    reply = answer(
        store, "did nasa accept the IG's recs on tracking the hardware it hands roscosmos"
    )
    assert reply.found
    assert story_id(store, "watchdog-station-parts") in [c.id for c in reply.citations]
    assert "recommendations" in reply.answer


def test_shorthand_with_a_possessive_is_read_out():
    assert load_aliases().uncasual("the commerce dept's rules") == "the commerce department's rules"
    assert load_aliases().uncasual("the IG's recs") == "the inspector general's recommendations"


def test_a_typo_of_a_filler_word_is_dropped_not_read_as_its_neighbour():
    topic = tuple(load_aliases().concepts("actualy unfold"))
    fixed = corrections(topic, [0.0, 3.0], lambda c: True)
    assert fixed == {0: None}
