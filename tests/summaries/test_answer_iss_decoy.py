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
