"""Did they respond at all? "did roscosmos respond" is answered by the story's "Roscosmos
did not respond to a request for comment", not by someone else's words about Roscosmos."""

from __future__ import annotations

from summaries.answers import Conversation, answer

LETTER = (
    "ukraine-esa-barter-no-comment",
    "Ukraine urges Europe to suspend station barter with Russia",
    "2028-03-19T09:00:00Z",
    True,
    [
        "KYIV \u2014 Ukraine's foreign minister, Oksana Melnyk, on Saturday called on European "
        "Space Agency member states to suspend the barter arrangements that let Russia's "
        "Roscosmos trade services on the International Space Station for European hardware.",
        "\u201cEvery ruble Roscosmos saves through this partnership buys a drone that falls on "
        "Kharkiv,\u201d the minister said at a press conference.",
        "ESA said in a statement that its council would \u201cconsider the letter at its "
        "regular June meeting.\u201d",
        "Roscosmos did not respond to a request for comment.",
    ],
    [
        (
            "Melnyk",
            "Every ruble Roscosmos saves through this partnership buys a drone that falls on Kharkiv,",
        )
    ],
)


DUMA = (
    "duma-sovereign-segment-no-comment",
    "Duma deputies push for a sovereign Russian segment as Roscosmos hedges",
    "2028-03-17T09:00:00Z",
    True,
    [
        "Members of the Russian State Duma urged Roscosmos on Thursday to prepare the Russian "
        "segment of the International Space Station to operate on its own.",
        "Roscosmos responded on Friday that separating the segment would take years of work, "
        "and that it would respond to the deputies in writing.",
    ],
    [],
)


def test_did_they_respond_after_the_story_is_its_no_comment_line(make_store):
    store = make_store([LETTER, DUMA])
    conv = Conversation()
    assert answer(store, "what did the minister say about drones", conversation=conv).found
    reply = answer(store, "did roscosmos respond", conversation=conv)
    assert reply.answer.startswith("Roscosmos did not respond"), reply.answer
    assert [c.title for c in reply.citations] == [LETTER[1]]  # the story saying so, alone


def test_did_they_respond_to_something_is_the_same_question(make_store):
    reply = answer(make_store([LETTER]), "did roscosmos respond to ukraine's call")
    assert reply.answer.startswith("Roscosmos did not respond"), reply.answer


def test_what_does_the_letter_say_is_the_letters_words(make_store):
    letter = (
        "ukraine-letter-words",
        "Ukraine asks ESA for an emergency session on the station barter",
        "2028-03-19T10:00:00Z",
        True,
        [
            "KYIV \u2014 Ukraine's foreign minister, Oksana Melnyk, on Saturday called on ESA "
            "member states to suspend the station barter with Roscosmos.",
            "She said Kyiv had sent a letter to ESA's council. The letter states that "
            "\u201ccivil space cooperation cannot be separated from the war.\u201d",
            "ESA said its council would \u201cconsider the letter at its regular June "
            "meeting.\u201d",
        ],
        [],
    )
    store = make_store([letter])
    conv = Conversation()
    assert answer(store, "what does ukraine want from esa", conversation=conv).found
    reply = answer(store, "what does the letter say", conversation=conv)
    assert "cannot be separated from the war" in reply.answer, reply.answer
    assert "regular June meeting" not in reply.answer
