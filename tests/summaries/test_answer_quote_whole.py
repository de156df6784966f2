"""A quote several sentences long is quoted from its opening mark: an answer never starts
its reader in the middle of someone's words ("… Turned it off again. It is a very
committed furnace," he posted), with the opening and the speaker's first words cut."""

from __future__ import annotations

from summaries.answers import answer
from tests.summaries.answer_stories import ARTICLES, story_id

FURNACE = (
    "kibo-furnace-restarts",
    "Japanese astronaut battles self-restarting furnace in Kibo",
    "2026-07-09T09:00:00Z",
    True,
    [
        "Japanese astronaut Kenji Arai spent Wednesday trying to shut down a protein-crystal "
        "furnace in the Kibo module of the International Space Station that kept switching "
        "itself back on.",
        "Arai described the struggle in a post on X.",
        '"Turned it off. Turned it off again. It is a very committed furnace, and I admire '
        'its work ethic," he posted.',
        "JAXA engineers in Tsukuba later traced the restarts to a faulty software timer.",
    ],
    [],
)


def test_the_tail_of_a_long_quote_brings_its_opening(make_store):
    store = make_store([*ARTICLES, FURNACE])
    reply = answer(store, "what work ethic did the kibo furnace have")
    assert reply.found
    assert reply.citations[0].id == story_id(store, "kibo-furnace-restarts")
    assert '"Turned it off. Turned it off again. It is a very committed furnace' in reply.answer
    assert "… Turned it off again" not in reply.answer
    # the words asked about lead, the scene follows
    assert reply.answer.startswith('"Turned it off.')
