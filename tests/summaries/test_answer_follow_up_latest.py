"""The latest on a state: on this beat, "anything new from russia?" asks about Russia in
the station's politics, and "what about japan?" right after it asks the same of Japan,
not what Japan said about Russia."""

from __future__ import annotations

from summaries.answers import Conversation, answer

RUSSIA = (
    "russia-segment",
    "Russia says it will study flying its ISS segment alone after new EU sanctions",
    "2027-11-08T08:00:00Z",
    True,
    [
        "Russia's space agency said on Monday it would study how to operate its segment of "
        "the International Space Station on its own, hours after the European Union added "
        "14 Russian aerospace suppliers to its sanctions list.",
        '"We will reconsider every obligation," the agency said in a statement.',
        "NASA said station operations were unaffected.",
    ],
    [("Russia's space agency", "We will reconsider every obligation,")],
)

WRITE_DOWN = (
    "cleaning-write-down",
    "Cleaning group wins power station contract, books final Russia write-down",
    "2027-12-12T08:00:00Z",
    False,
    [
        "Danish facility services group Nordrent said on Sunday it had won a seven-year "
        "contract to run cleaning and catering at a Finnish power station, and that it "
        "would take a final write-down on receivables left over from its exit from Russia.",
        "Nordrent sold its Russian business to local management in 2022 after Russia's "
        "invasion of Ukraine.",
        "Analysts welcomed the clean break with Russia.",
    ],
    [],
)

JAPAN = (
    "japan-review",
    "Japan to review its ISS contributions if U.S. tariffs stand",
    "2027-12-15T08:00:00Z",
    True,
    [
        "The Japanese government will review its contributions to the International Space "
        "Station, including the Kibo module, if Washington keeps its tariffs on Japanese "
        "cars, Japan's science minister said on Wednesday.",
        '"Japan cannot treat the station as separate from the rest of our relationship," '
        "Minister Hiroshi Morimoto told reporters in Tokyo.",
    ],
    [("Morimoto", "Japan cannot treat the station as separate from the rest of our relationship,")],
)


def test_latest_on_a_state_is_its_newest_station_politics_story(make_store):
    store = make_store([RUSSIA, WRITE_DOWN, JAPAN])
    reply = answer(store, "anything new from russia?")
    assert reply.found
    # the cleaning company's write-down is newer and says "Russia" in its title, but it is
    # no news about Russia and the station
    assert reply.citations[0].title == RUSSIA[1]
    assert "Nordrent" not in reply.answer


def test_latest_on_a_topic_still_finds_a_story_outside_the_beat(make_store):
    store = make_store([RUSSIA, WRITE_DOWN, JAPAN])
    reply = answer(store, "latest on nordrent")
    assert reply.found
    assert reply.citations[0].title == WRITE_DOWN[1]


def test_what_about_a_state_after_a_latest_question_is_the_latest_on_it(make_store):
    store = make_store([RUSSIA, WRITE_DOWN, JAPAN])
    conv = Conversation()
    first = answer(store, "anything new from russia?", conversation=conv)
    assert first.citations[0].title == RUSSIA[1]
    follow = answer(store, "what about japan?", conversation=conv)
    assert follow.found
    assert follow.citations[0].title == JAPAN[1]
    assert "Kibo" in follow.answer


def test_and_a_body_after_a_quote_question_still_asks_what_it_said(make_store):
    store = make_store([RUSSIA, WRITE_DOWN, JAPAN])
    conv = Conversation()
    answer(store, "what did russia's space agency say about the sanctions", conversation=conv)
    follow = answer(store, "and nasa?", conversation=conv)
    assert follow.found
    assert "unaffected" in follow.answer
