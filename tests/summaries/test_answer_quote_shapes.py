"""summaries.question / answers: quote questions as members type them in chat.

- "the senator's tirade about …", "that esa guy's take on …": whose words, owned with 's;
- "<description> … - quote?": the one described first is the speaker;
- "<description> on … - what did he say": a dash sets the speaker off as a comma does;
- "the FO spokeswoman": the abbreviation and the member's guess of the role word;
- a description the stories give before a long name ("Ministry of Defence spokesperson
  Ingrid Solveig Halvard") is read from the start of its first word.
"""

from __future__ import annotations

import pytest

from summaries.aliases import load_aliases
from summaries.answers import answer
from summaries.question import parse
from tests.summaries.answer_stories import ARTICLES, story_id


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("the senator's tirade about the soyuz seat swap", "senator"),
        ("that esa guy's take on the docking row", "esa guy"),
        ("nasa boss on the ammonia leak - quote?", "nasa boss"),
        ("the kazakh minister denying the launch pad was sold - quote?", "kazakh minister"),
        (
            "norway's defence spokeswoman on the radar deal - what did she say",
            "norway's defence spokeswoman",
        ),
        ("that jaxa engineer on the htv-x delay — what did he say", "jaxa engineer"),
    ],
)
def test_chat_shapes_of_a_quote_question_name_the_speaker(text, speaker):
    q = parse(text, load_aliases())
    assert q.kind == "quote"
    assert q.speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        "could japan's htv-x just take over reboosting the station if russia stops",
        "how long did orlov's soyuz take to hop from rassvet to prichal",
        "what was the rant about",
    ],
)
def test_a_verb_take_or_a_plain_question_is_no_quote_question(text):
    assert parse(text, load_aliases()).kind != "quote"


RADAR = (
    "norway-radar-station-row",
    "Oslo protests over Russian claim about Arctic tracking radar",
    "2026-04-14T09:00:00Z",
    True,
    [
        "OSLO — Norway's Ministry of Defence on Tuesday summoned Russia's defence attaché "
        "over a Roscosmos statement calling the Vardø tracking radar a threat to the "
        "International Space Station.",
        'The Roscosmos statement read: "The radar in Vardø endangers the crew of the '
        'station and must be switched off during every pass."',
        "Ministry of Defence spokesperson Ingrid Solveig Halvard told reporters the radar "
        'tracked debris, not crews. "The Vardø radar watches for debris that could hit the '
        'station, and it has never pointed at a crew," she said.',
        "Moscow did not respond to a request for comment.",
    ],
    [
        (
            "Halvard",
            "The Vardø radar watches for debris that could hit the station, and it has never pointed at a crew,",
        ),
    ],
)


@pytest.fixture
def store(make_store):
    return make_store([*ARTICLES, RADAR])


def test_the_spokeswoman_is_quoted_not_the_body_that_opens_the_story(store):
    reply = answer(store, "norwegian MoD spokeswoman on the vardo radar - what did she say")
    assert reply.found
    assert story_id(store, "norway-radar-station-row") in [c.id for c in reply.citations]
    assert "never pointed at a crew" in reply.answer
