""" "when was that?" after an answer gives the report's date, then the story's own
sentence that dates what was shown: the day as the reporter wrote it."""

from __future__ import annotations

from summaries.answers import Conversation, answer
from tests.summaries.answer_stories import ARTICLES

DATELINED = (
    "visas-datelined",
    "Roscosmos ties renewal of seat swap to visas for its instructors",
    "2025-09-09T12:00:00Z",
    True,
    [
        "MOSCOW, Sept. 9 — Roscosmos will not renew the seat swap on the International Space "
        "Station until the United States issues visas to its instructors, the agency's deputy "
        "head, Arkady Zubarev, said on Tuesday.",
        '"Our instructors train their astronauts, and our instructors are kept out of '
        'Houston," Zubarev said.',
    ],
    [
        (
            "Zubarev",
            "Our instructors train their astronauts, and our instructors are kept out of Houston,",
        )
    ],
)

QUOTE_DATED = (
    "oxygen-quote-dated",
    "Moscow threatens to stop oxygen supply to the American side of the station",
    "2025-10-20T12:00:00Z",
    True,
    [
        "Russia could stop sharing oxygen from its segment of the International Space Station "
        "with the American side if sanctions on its suppliers stay, officials in Moscow said.",
        '"Oxygen is not a humanitarian gift while our factories are under sanctions," Oleg '
        "Krasnikov, the head of the agency's crew programme, told reporters on Thursday.",
    ],
    [("Krasnikov", "Oxygen is not a humanitarian gift while our factories are under sanctions,")],
)


def test_a_datelined_lead_dates_the_quote_shown(make_store):
    store = make_store([*ARTICLES, DATELINED])
    conv = Conversation()
    first = answer(store, "what did zubarev say about visas?", conversation=conv)
    assert first.found and "Zubarev said" in first.answer, first.answer
    reply = answer(store, "when was that?", conversation=conv)
    assert reply.answer.startswith("That was reported on 9 Sep 2025, in “Roscosmos ties")
    assert "“MOSCOW, Sept. 9 — Roscosmos will not renew" in reply.answer, reply.answer
    assert reply.citations == first.citations[:1]


def test_the_sentence_shown_is_preferred_when_it_carries_the_day(make_store):
    store = make_store([*ARTICLES, QUOTE_DATED])
    conv = Conversation()
    assert answer(store, "what did krasnikov say about oxygen?", conversation=conv).found
    reply = answer(store, "and when did he say it?", conversation=conv)
    assert reply.answer.startswith("That was reported on 20 Oct 2025"), reply.answer
    assert "told reporters on Thursday.”" in reply.answer, reply.answer


def test_no_dating_sentence_leaves_the_report_date_alone(make_store):
    undated = (
        "oxygen-no-day",
        *QUOTE_DATED[1:4],
        [QUOTE_DATED[4][0], QUOTE_DATED[4][1].replace(" on Thursday", "")],
        QUOTE_DATED[5],
    )
    store = make_store([*ARTICLES, undated])
    conv = Conversation()
    assert answer(store, "what did krasnikov say about oxygen?", conversation=conv).found
    reply = answer(store, "when was that?", conversation=conv)
    assert reply.answer == (
        "That was reported on 20 Oct 2025, in “Moscow threatens to stop oxygen supply to the "
        "American side of the station”."
    )
