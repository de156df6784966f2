"""How members name officials without their names ("the russian MFA spokeswoman",
"the roscosmos deputy DG"): the answer finds the quote the story gives that official."""

from __future__ import annotations

import pytest

from summaries.answers import answer
from summaries.store import Store
from tests.summaries.answer_stories import ARTICLES, make_store, story_id

SPOKESWOMAN = (
    "launch-moscow-threat",
    "Live: crew launch goes ahead under Moscow's threat",
    "2026-11-03T12:00:00Z",
    True,
    [
        "Liftoff of the Falcon 9 carrying cosmonaut Ruslan Khabibullin is set for 7:41 a.m.",
        "Overnight, the Treasury announced new sanctions on three Roscosmos executives. "
        "Russian Foreign Ministry spokeswoman Valeria Kotelnikova wrote on Telegram: "
        '"If Washington believes it can sanction our space industry and fly with our '
        'cosmonauts at the same time, it is mistaken."',
    ],
    [],
)
DEPUTY = (
    "british-astronaut-barred",
    "Russia bars British astronaut from the station's Russian segment",
    "2026-04-08T12:00:00Z",
    True,
    [
        "Britain last month added Gennady Lysenkov, a Roscosmos deputy director general, to "
        "its sanctions list. Russia has now told ESA that a British astronaut will not be "
        "allowed into the Russian segment.",
        'Lysenkov responded on Telegram. "London wanted to punish me. It has punished its '
        'own astronaut," he wrote.',
    ],
    [],
)


@pytest.fixture
def store(tmp_path) -> Store:
    s = make_store(tmp_path / "roles.db", [*ARTICLES, SPOKESWOMAN, DEPUTY])
    yield s
    s.close()


@pytest.mark.parametrize(
    ("question", "slug", "words"),
    [
        (
            "what did the russian MFA spokeswoman post on telegram about the launch",
            "launch-moscow-threat",
            "it is mistaken",
        ),
        (
            "what did the sanctioned roscosmos deputy DG post about the british astronaut",
            "british-astronaut-barred",
            "punished its own astronaut",
        ),
    ],
)
def test_an_officials_abbreviation_finds_the_role_the_story_writes_out(
    store, question, slug, words
):
    reply = answer(store, question)
    assert reply.found
    assert words in reply.answer
    assert story_id(store, slug) in {c.id for c in reply.citations}
