"""An answer leads with the fact asked for: when the sentence that best matches the
question only sets the scene, the later sentence carrying the time or the deadline opens
the reply, with the sentence it leans on ("It has two months …") kept in front of it."""

from __future__ import annotations

from summaries.answers import answer
from tests.summaries.answer_stories import ARTICLES, story_id

ALARM = (
    "destiny-ammonia-alarm",
    "Station crew shelters in Russian segment after ammonia alarm",
    "2026-05-12T09:00:00Z",
    True,
    [
        "The crew of the International Space Station sheltered in the Russian segment for "
        "two hours on Monday night after a sensor in the U.S. Destiny laboratory reported a "
        "possible ammonia leak in the cooling loop, NASA said.",
        "Roscosmos said its cosmonauts had opened the hatches to Zvezda within minutes.",
        "The ammonia alarm sounded at 9:47 p.m. Central time, while most of the crew was "
        "preparing for sleep.",
        "Flight controllers later traced the reading to a faulty sensor.",
    ],
    [],
)
FREEZER = (
    "lyon-freezer-ruling",
    "Court upholds seizure of laboratory freezer bound for Russian segment",
    "2026-06-03T09:00:00Z",
    True,
    [
        "An administrative court in Lyon on Monday rejected a university laboratory's "
        "challenge to the customs seizure of a freezer it had been preparing to send to the "
        "Russian segment of the International Space Station under sanctions rules.",
        "The laboratory had argued the freezer was scientific equipment, not a dual-use good.",
        "The court ordered the laboratory to pay 1,500 euros in costs.",
        "It has two months to appeal the freezer ruling.",
    ],
    [],
)


def test_the_time_asked_for_opens_the_answer(make_store):
    store = make_store([*ARTICLES, ALARM, FREEZER])
    reply = answer(store, "what time did the ammonia alarm in destiny go off")
    assert reply.found
    assert reply.citations[0].id == story_id(store, "destiny-ammonia-alarm")
    assert reply.answer.startswith("The ammonia alarm sounded at 9:47 p.m.")
    # the scene still follows, after the fact
    assert "sheltered in the Russian segment" in reply.answer


def test_a_fact_leaning_on_the_sentence_before_keeps_it_in_front(make_store):
    store = make_store([*ARTICLES, ALARM, FREEZER])
    reply = answer(store, "how long does the lyon lab have to appeal the freezer ruling")
    assert reply.found
    assert reply.citations[0].id == story_id(store, "lyon-freezer-ruling")
    first, _, rest = reply.answer.partition("It has two months to appeal")
    assert rest, reply.answer
    assert first.strip().endswith("The court ordered the laboratory to pay 1,500 euros in costs.")
    assert not first.startswith("An administrative court in Lyon")
