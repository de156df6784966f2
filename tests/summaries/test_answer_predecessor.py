"""Whom someone replaced: "who did zimin replace at roscosmos" needs a story naming the
predecessor; "Zimin, who took over Roscosmos in 2025" does not, and is no answer."""

from __future__ import annotations

from summaries.answers import answer

REBOOST = (
    "reboost-threat-predecessor",
    "Roscosmos chief threatens to halt station reboosts over new EU sanctions",
    "2028-03-19T09:00:00Z",
    True,
    [
        "Roscosmos Director General Pavel Zimin said Russia could stop reboosting the "
        "International Space Station from 2029 if new EU sanctions stand. \u201cBrussels "
        "should not expect our engines to keep its laboratory in the sky,\u201d Zimin said.",
        "A European Commission official, who asked not to be named, said the package "
        "\u201cdoes not target civil cooperation on the station in any way.\u201d",
        "Zimin, who took over Roscosmos in 2025, did not say whether Russia would also "
        "withdraw its cosmonauts.",
    ],
    [("Zimin", "Brussels should not expect our engines to keep its laboratory in the sky,")],
)

APPOINTED = (
    "roscosmos-new-chief",
    "Putin names Zimin to run Roscosmos",
    "2025-05-02T09:00:00Z",
    True,
    [
        "President Vladimir Putin on Friday appointed Pavel Zimin head of Roscosmos, replacing "
        "Yuri Borisov, who had run the International Space Station partner since 2022.",
    ],
    [],
)


def test_whom_they_replaced_is_declined_when_no_story_names_the_predecessor(make_store):
    reply = answer(make_store([REBOOST]), "who did zimin replace at roscosmos")
    assert not reply.found, reply.answer


def test_whom_they_replaced_is_the_one_named(make_store):
    reply = answer(make_store([REBOOST, APPOINTED]), "who did zimin replace at roscosmos")
    assert reply.found, reply.answer
    assert "Borisov" in reply.answer


def test_he_after_a_declined_question_on_someone_is_still_them(make_store):
    from summaries.answers import Conversation

    SEAT = (
        "tiangong-successor-offer",
        "China offers Tiangong seats as the station's successor",
        "2028-03-15T09:00:00Z",
        True,
        [
            "China offered to host astronauts from ISS partner countries, pitching Tiangong "
            "as the successor that could take over when the station is retired.",
        ],
        [],
    )
    store = make_store([REBOOST, SEAT])
    conv = Conversation()
    assert not answer(store, "who did zimin replace at roscosmos", conversation=conv).found
    reply = answer(store, "when did he take over", conversation=conv)
    assert reply.found, reply.answer
    assert reply.citations[0].title == REBOOST[1], reply.answer
    assert "2025" in reply.answer
