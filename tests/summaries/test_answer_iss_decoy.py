""" "ISS" in a story about a proxy adviser is not the station: the detector says so in the
story's reasons, and answers about the station neither quote nor cite that story."""

from __future__ import annotations

from summaries.analyse import analyse
from summaries.answers import answer
from summaries.detect import iss_means_other
from tests.summaries import answer_stories
from tests.summaries.answer_stories import ARTICLES

PROXY = (
    "iss-proxy-vote",
    "ISS urges shareholders to reject Halvorsen pay plan",
    "2026-05-20T07:00:00Z",
    False,
    [
        "Institutional Shareholder Services, the proxy adviser known as ISS, urged investors "
        "on Tuesday to vote against the pay plan of Halvorsen Industrial.",
        "ISS said the plan would cost shareholders about $40 million over three years.",
        "Halvorsen said it was disappointed by the ISS recommendation.",
    ],
    [],
)
BUDGET = (
    "station-budget",
    "Congress trims the station budget as Russia threatens to leave",
    "2026-05-21T07:00:00Z",
    True,
    [
        "The House cut NASA's space station budget on Wednesday while Moscow repeated its "
        "threat to leave the International Space Station early.",
        "Lawmakers said the cut would cost the programme about $90 million next year.",
    ],
    [],
)


def test_the_detector_marks_a_proxy_advisers_iss():
    title, paragraphs = PROXY[1], PROXY[4]
    reasons = analyse(title, "\n\n".join(paragraphs)).reasons
    assert iss_means_other(reasons), reasons


def test_a_station_money_question_does_not_cite_the_proxy_adviser(make_store, monkeypatch):
    reasons = analyse(PROXY[1], "\n\n".join(PROXY[4])).reasons
    monkeypatch.setitem(answer_stories.REASONS, PROXY[0], reasons)
    store = make_store([*ARTICLES, PROXY, BUDGET])
    # the adviser's "ISS … would cost shareholders about $40 million" had outranked the
    # station story and the answer was declined
    reply = answer(store, "how much money is at stake for the station?")
    assert reply.found and "$90 million" in reply.answer, reply.answer
    assert "$40 million" not in reply.answer, reply.answer
    assert PROXY[1] not in [c.title for c in reply.citations], reply.citations


POWER_STATION = (
    "zaporizhzhia-crews",
    "At Zaporizhzhia, the station's crews keep the reactors cool under occupation",
    "2026-11-20T07:00:00Z",
    False,
    [
        "ENERHODAR — The crews of the Zaporizhzhia nuclear power station keep its six "
        "reactors cool under Russian occupation, inspectors said.",
        "Many of the engineers who left the station in 2022 now work at other Ukrainian "
        "power stations, in Rivne or Khmelnytskyi.",
    ],
    [],
)
FAQ = (
    "faq-if-russia-leaves",
    "What happens to the ISS if Russia leaves? Your questions answered",
    "2026-11-21T07:00:00Z",
    True,
    [
        "Russia has again threatened to leave the International Space Station early.",
        "Who keeps the station in orbit?",
        "Mostly Russia. The regular boosts are done by Progress cargo ships docked to the "
        "Russian segment.",
        "And what would happen to the station?",
        "If Russia left, NASA and its remaining partners would have to choose between "
        "operating a reduced station or bringing forward the deorbit.",
    ],
    [],
)


def test_a_power_station_does_not_answer_a_question_on_the_station(make_store, monkeypatch):
    # the detector finds no ISS and nothing of spaceflight in it: its "station" is not ours
    reasons = analyse(POWER_STATION[1], "\n\n".join(POWER_STATION[4])).reasons
    monkeypatch.setitem(answer_stories.REASONS, POWER_STATION[0], reasons)
    store = make_store([*ARTICLES, POWER_STATION, FAQ])
    reply = answer(store, "what would happen to the station if Russia left?")
    assert "Rivne" not in reply.answer, reply.answer
    assert POWER_STATION[1] not in [c.title for c in reply.citations], reply.citations


def test_the_paragraph_under_a_question_heading_answers_it(make_store):
    store = make_store([*ARTICLES, FAQ])
    reply = answer(store, "who keeps the station in orbit?")
    assert reply.found and "Progress cargo ships" in reply.answer, reply.answer
    assert not reply.answer.startswith("Who keeps"), reply.answer
