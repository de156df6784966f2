"""summaries.answers: "what did the nasa spacewalker say": the story names her "NASA
astronaut Leah Tomasek" and says in the same sentence that she "led the spacewalk".
The words beside her name carry only half the member's description, so her quote was
not taken as hers and nothing was answered. The rest of the sentence that introduces
her carries the other half; what is said of her before the name does not ("the embassy
accused astronaut …" is no embassy's quote)."""

from __future__ import annotations

import pytest

from summaries.answers import answer
from tests.summaries.answer_stories import ARTICLES, story_id

SPACEWALK = (
    "spacewalk-antenna-swap",
    "Spacewalkers swap a failed antenna on the station's truss",
    "2026-11-04T09:00:00Z",
    True,
    [
        "HOUSTON — Two astronauts replaced a failed antenna on the space station's truss "
        "on Tuesday in a six-hour excursion.",
        "NASA astronaut Leah Tomasek led the spacewalk, her third, with a Japanese "
        "colleague on his first. Halfway through, Tomasek stopped to look down at the "
        'Indian Ocean. "Give me a second, the view is doing something to me," Tomasek '
        "said.",
    ],
    [],
)
ACCUSED = (
    "embassy-accuses-astronaut-song",
    "Embassy accuses astronaut over a folk song played in orbit",
    "2026-11-10T09:00:00Z",
    True,
    [
        "OTTAWA — The Russian embassy in Ottawa has accused Canadian astronaut Maya "
        "Kowalchuk of politicising the station after she played a folk song in orbit.",
        '"The song is for my grandmother, who taught it to me," Kowalchuk said of the '
        "recording she posted on Friday.",
    ],
    [],
)


@pytest.fixture
def store(make_store):
    return make_store([*ARTICLES, SPACEWALK, ACCUSED])


def test_a_speaker_the_introducing_sentence_describes_is_quoted(store):
    reply = answer(
        store, "what did the nasa spacewalker say when she looked down at the indian ocean"
    )
    assert reply.found
    assert [c.id for c in reply.citations] == [story_id(store, "spacewalk-antenna-swap")]
    assert "the view is doing something to me" in reply.answer


def test_who_acts_on_the_speaker_before_the_name_is_not_them(store):
    reply = answer(
        store, "what did the russian embassy in ottawa say about the astronaut's folk song"
    )
    assert not reply.answer.startswith("Kowalchuk said")  # not given as the embassy's quote
