"""How members name officials without their names ("the russian MFA spokeswoman",
"the roscosmos deputy DG"): the answer finds the quote the story gives that official."""

from __future__ import annotations

import pytest

from summaries.aliases import load_aliases
from summaries.answers import answer
from summaries.store import Store
from tests.summaries.answer_stories import ARTICLES, story_id

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
def store(make_store) -> Store:
    return make_store([*ARTICLES, SPOKESWOMAN, DEPUTY])


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


KENYA = (
    "kenya-student-satellite",
    "Students' satellite finally gets a ride to orbit",
    "2026-08-27T12:00:00Z",
    True,
    [
        "A satellite built by engineering students at Nyandarua Polytechnic University will "
        "be launched in January, ending a long wait.",
        "It was meant to travel to the station on a Russian Progress cargo ship, but the "
        "Kenya Space Agency secured it a place on a programme that releases small satellites "
        "from Japan's Kibo laboratory instead.",
    ],
    [],
)


def test_a_peoples_word_finds_the_story_that_names_the_country(make_store):
    store = make_store([*ARTICLES, KENYA])
    reply = answer(store, "how is the kenyan student satellite getting to orbit now")
    assert reply.found
    assert "Kibo" in reply.answer
    assert story_id(store, "kenya-student-satellite") in {c.id for c in reply.citations}
    assert not answer(store, "how is the ghanaian student satellite getting to orbit").found


def test_an_abbreviation_is_read_only_as_typed_in_capitals():
    # "that podcast ep" is an episode; "the EP motion" is the European Parliament's
    aliases = load_aliases()
    ep = {c.text: c for c in aliases.concepts("who tabled the EP motion")}["EP"]
    assert ep.named
    assert any(written == "European Parliament" for _, written, _ in ep.phrases)
    episode = {c.text: c for c in aliases.concepts("that budget day podcast ep")}["ep"]
    assert not episode.named
    assert len(episode.phrases) == 1


ERASED = (
    "moscow-houston-panel",
    "Moscow accuses NASA over Houston anniversary panel",
    "2025-11-04T12:00:00Z",
    True,
    [
        "Russia's foreign ministry accused NASA of leaving Russians out of an anniversary "
        "panel in Houston marking 25 years of crews on the station.",
        'Deputy foreign ministry spokeswoman Anna Sadovaya told reporters: "Today, in '
        'Houston, the Russians were erased from the photograph."',
    ],
    [],
)


def test_a_second_question_and_an_adverb_do_not_change_who_is_asked_about(make_store):
    # "really" says how it was claimed; "What were her words?" opens a sentence
    store = make_store([*ARTICLES, ERASED])
    reply = answer(
        store,
        "Did Moscow's deputy foreign ministry spokeswoman really claim the Russians were "
        "'erased' at the Houston anniversary event? What were her words?",
    )
    assert reply.found
    assert "erased from the photograph" in reply.answer
    assert story_id(store, "moscow-houston-panel") in {c.id for c in reply.citations}


INSTRUCTORS = (
    "roscosmos-instructors-visas",
    "Roscosmos instructors still waiting on US visas",
    "2026-03-02T09:00:00Z",
    True,
    [
        "Three Russian instructors and a flight surgeon due to work with NASA crews have been "
        "waiting for US visas since November 14, the agency said.",
        "The seat swap depends on joint work in Houston and Star City.",
    ],
    [],
)


COSMONAUT_VISA = (
    "cosmonaut-visa-wait",
    "Russian cosmonaut stuck waiting on US visa",
    "2026-03-05T09:00:00Z",
    True,
    [
        "A Russian cosmonaut assigned to a Crew Dragon flight has been stuck waiting for a US "
        "visa since January 5, Roscosmos said.",
        "Without the visa he cannot start his Houston sessions.",
    ],
    [],
)


def test_a_trainer_is_the_instructor_the_story_writes(make_store):
    store = make_store([*ARTICLES, INSTRUCTORS, COSMONAUT_VISA])
    reply = answer(store, "since when have the russian trainers been stuck waiting on visas")
    assert reply.found
    assert "November 14" in reply.answer
    assert story_id(store, "roscosmos-instructors-visas") in {c.id for c in reply.citations}
