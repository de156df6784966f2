"""Who holds a view, and who "he" is next: "who thinks it's just a negotiation" is
answered by the words of the one who said so, and "where does he work?" is about them."""

from __future__ import annotations

from summaries.answers import Conversation, answer

SEAT_SWAP = (
    "seat-swap-2028",
    "Roscosmos says 2028 seat-swap deal with NASA will not be signed while sanctions remain",
    "2027-12-02T08:00:00Z",
    True,
    [
        "Roscosmos will not extend the agreement on integrated crews with NASA for 2028 "
        "unless the United States lifts restrictions on the suppliers of the Gagarin "
        "cosmonaut training centre, the agency said on Thursday.",
        "The agreement on cross-flights, under which Russian cosmonauts fly to the ISS on "
        "American ships and NASA astronauts on the Soyuz, was first signed in July 2022.",
        "The scientific director of the Institute of Space Policy, Igor Zhdanov, believes the "
        'statement is addressed first of all to Washington. "Without cross-flights each side '
        "risks being left with a segment that nobody on board can repair, so this is a "
        'negotiation, not a rupture," Zhdanov told Novosti Orbity.',
    ],
    [
        (
            "Zhdanov",
            "Without cross-flights each side risks being left with a segment that nobody on "
            "board can repair, so this is a negotiation, not a rupture,",
        )
    ],
)

INTERVIEW = (
    "esa-chief-interview",
    "ESA chief: 'We will not leave our astronauts as bargaining chips'",
    "2028-01-12T08:00:00Z",
    True,
    [
        "Ingrid Haller has run the European Space Agency for eighteen months.",
        "Is the quarrel over the station's crews a threat to Europe? Haller: I don't think "
        "so. Our astronauts fly under agreements that were negotiated long ago.",
        "Haller: We talk to everyone, and the partners know where we stand.",
    ],
    [],
)


def test_who_thinks_finds_the_one_whose_words_say_it(make_store):
    store = make_store([SEAT_SWAP, INTERVIEW])
    reply = answer(store, "who thinks its just a negotiation")
    assert reply.found
    # "thinks" is how the member asks, not a word to find: the interview's "I don't think
    # so" is not the answer
    assert reply.citations[0].title == SEAT_SWAP[1]
    assert "Zhdanov" in reply.answer


def test_he_after_an_answer_that_opened_with_a_quote_is_its_speaker(make_store):
    store = make_store([SEAT_SWAP, INTERVIEW])
    conv = Conversation()
    first = answer(store, "who thinks its just a negotiation", conversation=conv)
    assert first.answer.startswith('"Without cross-flights')
    follow = answer(store, "where does he work", conversation=conv)
    assert follow.found
    assert "Institute of Space Policy" in follow.answer
