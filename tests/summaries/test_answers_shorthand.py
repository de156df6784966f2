"""summaries.answers: chat shorthand ("o2", "IG's recs", "dept's") and a typo of a filler
word ("actualy") are read as what the member meant, so a question the stories answer is
not declined for a word no story writes that way."""

from __future__ import annotations

import pytest

from summaries.aliases import load_aliases
from summaries.answers import answer
from summaries.spelling import corrections
from summaries.terms import stem
from tests.summaries.answer_stories import ARTICLES, story_id

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


PUMP = (
    "dragon-night-launch-pump",
    "Cargo Dragon lifts off at night with a pump for Zvezda",
    "2026-05-08T09:00:00Z",
    True,
    [
        "A Falcon 9 rocket lifted off from Florida on Thursday carrying 2,790 kg of cargo "
        "to the International Space Station.",
        "One item on the manifest was not in the press kit: a 41 kg circulation pump for "
        "the thermal control loop of the Russian Zvezda service module.",
    ],
    [],
)

BOLIVIA = (
    "bolivia-satellite-contract",
    "Russia to build Bolivia's second communications satellite",
    "2026-04-28T09:00:00Z",
    False,
    [
        "Russia and Bolivia have signed a contract for the construction of Bolivia's "
        "second communications satellite, the head of Glavkosmos said on Tuesday.",
        "The spacecraft will be built in Zheleznogorsk and launched on an Angara-A5 rocket "
        "from the Vostochny cosmodrome in 2029.",
        "It will provide television and internet over Bolivia and neighbouring countries.",
    ],
    [],
)


COPUOS = (
    "copuos-vienna-weapons",
    "US and Russia trade accusations at UN space committee",
    "2026-06-11T09:00:00Z",
    False,
    [
        "VIENNA — American and Russian diplomats traded accusations on Wednesday over "
        "reports that Russia is developing a nuclear anti-satellite weapon, at the annual "
        "session of the UN Committee on the Peaceful Uses of Outer Space.",
        "The session was chaired by Ambassador Ilse Brandauer of Austria.",
    ],
    [],
)


BURN = (
    "debris-avoidance-burn",
    "Station dodges rocket-stage fragment",
    "2024-11-19T09:00:00Z",
    True,
    [
        "The engines of a docked Progress freighter fired for 5 minutes and 30 seconds on "
        "Tuesday to move the station out of the path of a piece of an old rocket stage.",
        "During a thruster misfire in 2021 the station rotated about 45 degrees from its "
        "normal position.",
    ],
    [],
)


AIRSHOW = (
    "zhuhai-air-show",
    "Zhuhai air show opens with a record crowd",
    "2024-11-12T09:00:00Z",
    True,
    [
        "ZHUHAI — China's biggest air show opened on Tuesday with a flypast of fighters.",
        "Roscosmos's deputy general director, Vitaly Orekhov, told reporters that Russia "
        "would leave the International Space Station by 2030 at the latest.",
    ],
    [],
)


LETTER = (
    "kyiv-letter-partners",
    "Kyiv urges station partners to stop flying cosmonauts",
    "2022-10-05T09:00:00Z",
    True,
    [
        "\u201cEvery seat you give to Moscow is a seat in a propaganda studio\u201d \u2014 "
        "Olena Hrytsenko, Ukraine's deputy foreign minister, wrote in a letter to the heads "
        "of the five partner agencies on the day Anna Kikina launched on a Dragon.",
        "The agencies did not reply.",
    ],
    [],
)


@pytest.fixture
def store(make_store):
    return make_store([*ARTICLES, OXYGEN, WATCHDOG, PUMP, BOLIVIA, COPUOS, BURN, AIRSHOW, LETTER])


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


def test_how_heavy_is_answered_by_a_weight_and_coolant_by_the_thermal_control_loop(store):
    reply = answer(store, "how heavy was that russian coolant pump that rode up on the dragon")
    assert reply.found
    assert "41 kg" in reply.answer


def test_go_up_is_a_launch(store):
    (up,) = load_aliases().concepts("supposed to go up")[-1:]
    assert ("launch",) in {words for words, _, _ in up.phrases}
    reply = answer(store, "when is bolivia's new comms sat from russia supposed to go up")
    assert reply.found
    assert "2029" in reply.answer


def test_asat_is_anti_satellite(store):
    reply = answer(
        store, "who chaired the un session where the us and russia fought over asat reports"
    )
    assert reply.found
    assert story_id(store, "copuos-vienna-weapons") in [c.id for c in reply.citations]


def test_a_month_typed_short_is_the_month(store):
    assert load_aliases().uncasual("in nov 2024, sept or dec") == (
        "in november 2024, september or december"
    )
    reply = answer(
        store, "how long did the progress engines burn to dodge the old stage in nov 2024"
    )
    assert reply.found
    assert "5 minutes and 30 seconds" in reply.answer


def test_turn_is_rotate(store):
    (turn,) = load_aliases().concepts("turn")
    assert (stem("rotated"),) in {words for words, _, _ in turn.phrases}
    reply = answer(store, "how far did the station turn when the thrusters misfired")
    assert reply.found
    assert "45 degrees" in reply.answer


def test_a_run_together_word_is_read_as_the_two_words_stories_write(store):
    fixed = corrections(tuple(load_aliases().concepts("airshow")), [0.0], lambda c: True)
    assert [w for c in fixed.values() for _, w, _ in c.phrases] == ["air show"]
    reply = answer(
        store, "by when did the roscosmos deputy at the chinese airshow say russia would go"
    )
    assert reply.found
    assert story_id(store, "zhuhai-air-show") in [c.id for c in reply.citations]
    assert "2030" in reply.answer


def test_a_run_together_word_with_a_filler_half_is_left_alone():
    topic = tuple(load_aliases().concepts("anymore"))
    assert corrections(topic, [0.0], lambda c: True) == {}


def test_words_about_quoting_itself_are_not_the_topic(store):
    asked = load_aliases().concepts("the line everyone quoted, suddenly")
    assert [c.text for c in asked] == ["line"]
    reply = answer(
        store,
        "ukraine's deputy FM sent the agencies a letter the day kikina launched. "
        "whats the line from it everyone quoted",
    )
    assert reply.found
    assert "propaganda studio" in reply.answer


def test_an_executive_is_a_companys_head():
    (executive,) = load_aliases().concepts("executive")
    assert (stem("director"),) in {words for words, _, _ in executive.phrases}


def test_gung_ho_is_one_word_for_keen():
    asked = load_aliases().concepts("less gung-ho")
    assert [c.text for c in asked] == ["less", "gung ho"]
    assert (stem("enthusiastic"),) in {words for words, _, _ in asked[1].phrases}


def test_are_we_talking_is_an_idiom_not_a_question_about_talks():
    # "how much money are we talking": no "talks"/"negotiations" concept to match
    text = load_aliases().uncasual("how much money are we talking about?")
    topic = {c.text for c in load_aliases().concepts(text)}
    assert "money" in topic and not topic & {"talking", "talk", "talks"}, topic
