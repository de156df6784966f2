"""Words a member types for a name the stories write another way: initials ("the dfa",
"jsc") and a name without its number ("canadarm" for Canadarm2)."""

from __future__ import annotations

import pytest

from summaries.aliases import load_aliases
from summaries.answers import answer
from summaries.store import Store
from summaries.written_forms import expand
from tests.summaries.answer_stories import ARTICLES

MANILA = (
    "manila-dfa-cubesat",
    "Manila rejects Beijing protest over cubesat launched from the station",
    "2026-09-10T12:00:00Z",
    True,
    [
        "MANILA — The Department of Foreign Affairs on Thursday rejected a protest from the "
        "Chinese Embassy over a Philippine cubesat released from the International Space "
        "Station, saying the satellite watches only the country's own waters.",
        "The embassy had called the cubesat a provocation in a note verbale last week.",
    ],
    [],
)
TOKYO = (
    "tokyo-protest-cubesat",
    "Tokyo protests over cubesat photos of disputed islands",
    "2026-09-12T12:00:00Z",
    True,
    [
        "TOKYO — Japan's Ministry of Foreign Affairs lodged a protest with Beijing on Friday "
        "over photos of disputed islands taken by a Chinese cubesat.",
        "The ministry said the images had been released to stir nationalist feeling.",
    ],
    [],
)


@pytest.fixture
def store(make_store) -> Store:
    return make_store([*ARTICLES, MANILA, TOKYO])


@pytest.mark.parametrize(
    "question",
    ["what's the dfa position on the cubesat protest", "how did the dfa answer the embassy"],
)
def test_initials_find_the_story_that_spells_the_name_out(store, question):
    """Without the name spelled out, "dfa" is a name no story carries: declined."""
    reply = answer(store, question)
    assert reply.found, reply.answer
    assert reply.citations[0].title.startswith("Manila rejects"), reply.citations
    assert "Department of Foreign Affairs" in reply.answer, reply.answer


def test_two_names_with_the_same_initials_leave_the_word_alone():
    topic = tuple(load_aliases().concepts("mfa protest"))
    texts = ["Japan's Ministry of Foreign Affairs protested.", "The Museum of Fine Arts closed."]
    assert expand(topic, [0.0, 3.0], texts) == {}
    assert 0 in expand(topic, [0.0, 3.0], texts[:1])


def test_a_common_word_is_not_read_as_initials():
    topic = tuple(load_aliases().concepts("vs"))
    assert expand(topic, [0.0], ["The Vision Science lab opened."]) == {}


def test_a_name_typed_without_its_number_is_the_numbered_name():
    topic = tuple(load_aliases().concepts("canadarm repair"))
    found = expand(topic, [0.0, 3.0], ["Canadarm2, the robotic arm, was repaired."])
    assert [p[1] for p in found[0].phrases][-1] == "Canadarm2"
    assert found[0].named


BOGOTA = (
    "bogota-leaves-lunar-talks",
    "Colombia leaves Chinese-Russian Moon base talks",
    "2027-04-28T12:00:00Z",
    False,
    [
        "BOGOTA — Colombia has withdrawn from negotiations to join the International Lunar "
        "Research Station, the Moon base project led by China and Russia, the Foreign "
        "Ministry said on Monday.",
        "The ministry said the decision followed a review of every commitment the previous "
        "government had made abroad.",
    ],
    [],
)
CAIRO = (
    "cairo-signs-ilrs",
    "Egypt signs ILRS cooperation deal with Beijing",
    "2027-03-02T12:00:00Z",
    False,
    [
        "CAIRO — Egypt's space agency signed an ILRS cooperation agreement with the China "
        "National Space Administration on Sunday.",
        "Officials said Egyptian engineers would help design a lunar tracking antenna.",
    ],
    [],
)
LUGANO = (
    "lugano-gyroscopes-fine",
    "Swiss court fines trader over gyroscopes for Russian station module",
    "2027-02-10T12:00:00Z",
    True,
    [
        "BELLINZONA — A Swiss court on Tuesday fined a Lugano trader 60,000 francs for "
        "shipping fibre-optic gyroscopes that ended up in the Russian segment of the "
        "International Space Station, in breach of sanctions on Russia.",
        "Prosecutors said 46 gyroscope units passed through a company in Yerevan.",
    ],
    [],
)
SPACEWALK = (
    "spacewalk-thrusters-off",
    "Flight controller recalls the December spacewalk on the truss",
    "2027-01-08T12:00:00Z",
    False,
    [
        "HOUSTON — A flight controller described the seven-hour spacewalk on Dec. 19 that "
        "replaced a power switching box on the station's port truss.",
        "Thrusters on the Russian segment were switched off for the duration, because their "
        "plume could reach the spacewalkers.",
    ],
    [],
)


def test_initials_other_stories_write_still_find_the_story_spelling_them_out(make_store):
    """ "ilrs": Cairo's story writes the initials, Bogota's only the name; before, the
    one asked about lacked the word and the question was declined."""
    store = make_store([*ARTICLES, BOGOTA, CAIRO])
    reply = answer(store, "why did colombia quit ilrs")
    assert reply.found, reply.answer
    assert reply.citations[0].title.startswith("Colombia leaves"), reply.citations


def test_a_clipped_word_is_the_whole_word_the_story_writes(make_store):
    store = make_store([*ARTICLES, LUGANO])
    reply = answer(store, "how much was the lugano trader fined over the gyros")
    assert reply.found, reply.answer
    assert "60,000 francs" in reply.answer, reply.answer


def test_a_clipped_name_is_not_read_into_a_longer_one():
    """ "petro" is not cut from "Petrovsky": names are not clipped words."""
    topic = tuple(load_aliases().concepts("petro gyros"))
    found = expand(topic, [0.0, 0.0], ["Ivan Petrovsky shipped gyroscopes to Yerevan."])
    assert list(found) == [1]
    assert "gyroscopes" in [p[1] for p in found[1].phrases]


def test_a_body_named_over_a_comma_spells_its_initials_a_list_does_not():
    topic = tuple(load_aliases().concepts("fcdo"))
    body = expand(topic, [0.0], ["The Foreign, Commonwealth and Development Office said no."])
    assert "Foreign, Commonwealth and Development Office" in [p[1] for p in body[0].phrases]
    topic = tuple(load_aliases().concepts("sci"))
    assert expand(topic, [0.0], ["The United States, China, India and Russia voted."]) == {}


def test_a_month_the_story_abbreviates_is_the_month_asked(make_store):
    """The story writes "Dec. 19", the member "dec 19" (read as December 19)."""
    store = make_store([*ARTICLES, SPACEWALK])
    reply = answer(store, "why were the russian segment thrusters off for the dec 19 spacewalk")
    assert reply.found, reply.answer
    assert "plume" in reply.answer, reply.answer
