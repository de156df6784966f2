"""A "who" answered by a sentence that only counts the people ("Two Roscosmos
cosmonauts spent six hours outside …") gives the next one, which names them."""

from __future__ import annotations

from summaries.answers import Conversation, answer

SPACEWALK = (
    "zvezda-crack-spacewalk",
    "Cosmonauts patch Zvezda leak during six-hour spacewalk",
    "2028-03-19T09:00:00Z",
    False,
    [
        "Two Roscosmos cosmonauts spent six hours on a spacewalk outside the International "
        "Space Station on Sunday, sealing a small crack in the transfer tunnel of the Zvezda "
        "service module that has leaked air since 2019.",
        "Oleg Mironov and Artyom Belov applied a sealant and fitted a clamp plate over the "
        "crack, then retrieved two cassettes from the hull.",
        "\u201cThe pressure has been stable for four hours,\u201d flight director Vladimir Savin "
        "said from mission control.",
    ],
    [],
)

LAUNCH = (
    "live-soyuz-launch",
    "Live: Soyuz MS-30 launches to the station with NASA's Rachel Kim aboard",
    "2028-03-20T10:00:00Z",
    False,
    [
        "09:40 UTC: Soyuz MS-30 is on the pad at Baikonur with cosmonauts Denis Kravtsov and "
        "Yulia Savelyeva and NASA astronaut Rachel Kim strapped in.",
        "10:15 UTC: Liftoff! The Soyuz clears the tower on time.",
    ],
    [],
)

BOARD = (
    "proxy-adviser-board",
    "Proxy adviser urges shareholders to reject aerospace pay plan",
    "2028-03-18T10:00:00Z",
    False,
    [
        "\u201cWe disagree with the analysis and urge shareholders to support the board,\u201d "
        "Orbion chief executive Priya Natarajan said.",
    ],
    [],
)


def test_who_after_a_sentence_that_counts_them_names_them(make_store):
    reply = answer(make_store([SPACEWALK]), "who did the zvezda spacewalk")
    assert reply.found, reply.answer
    assert reply.answer.startswith("Oleg Mironov and Artyom Belov"), reply.answer


def test_who_is_on_board_after_a_launch_is_its_crew(make_store):
    store = make_store([LAUNCH, BOARD, SPACEWALK])
    conv = Conversation()
    assert answer(store, "did the soyuz launch today?", conversation=conv).found
    reply = answer(store, "who is on board", conversation=conv)
    assert reply.citations[0].title == LAUNCH[1], reply.answer
    assert "Rachel Kim" in reply.answer
