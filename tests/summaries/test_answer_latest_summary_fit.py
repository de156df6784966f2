"""When the summary must be shortened to make room for the sentence on what was asked,
its sentences that touch nothing asked go first, not its last sentence: that is often
where the story says what comes next, which the detail takes as already shown."""

from __future__ import annotations

from summaries.answers import answer
from tests.summaries.answer_stories import ARTICLES

ACCORDS = (
    "paraguay-artemis-accords",
    "Paraguay leaves Moon base talks and looks at the Artemis Accords",
    "2027-03-09T09:00:00Z",
    True,
    [
        "ASUNCION — Paraguay has pulled out of talks to join the Chinese-Russian Moon base "
        "project, the foreign ministry said on Monday, and the government is now studying "
        "whether to sign the U.S.-led Artemis Accords instead of staying with Beijing. "
        "The embassy of China in the capital issued a short and rather sharp reply within "
        "hours of the announcement, calling the move regrettable and hasty. "
        "The ministry said a team of American officials is expected in Asuncion in May.",
        "The foreign minister told senators that the Artemis Accords fitted a country that "
        "wants to work with its neighbours on satellites, weather data and training, and "
        "that several of them had signed the Artemis Accords over the past three years.",
        "Opposition senators asked for the papers.",
    ],
    [],
)


def test_the_summary_keeps_what_comes_next_when_it_is_cut(make_store):
    store = make_store([*ARTICLES, ACCORDS])
    reply = answer(store, "any news on paraguay and the artemis accords?")
    assert reply.found
    assert "expected in Asuncion in May" in reply.answer
