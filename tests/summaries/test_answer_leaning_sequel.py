"""A sentence that leans on the lead ("It expires …", "This time they flew …") is part of
its fact: newsrooms split one fact over two sentences, the second with a pronoun for the
subject and none of the question's words, so no search finds it on its own."""

from __future__ import annotations

from summaries.answers import answer
from tests.summaries.answer_stories import ARTICLES

BARTER = (
    "seat-barter-expiry",
    "Warsaw and Tokyo extend their station seat barter talks",
    "2026-11-22T09:00:00Z",
    True,
    [
        "WARSAW — Poland's space agency and JAXA will keep talking about a seat barter for "
        "the International Space Station, officials said on Friday after a day of meetings.",
        "The current barter, under which Polish experiments fly on Japanese cargo ships and "
        "Japanese researchers use Polish ground stations, was signed in 2024 to keep both "
        "programmes busy. It expires at the end of next spring.",
        "Both sides said the talks had been friendly.",
    ],
    [],
)

SURGEONS = (
    "lisbon-surgeons-charter",
    "Portuguese doctors reach the capsule landing the long way round",
    "2026-11-23T09:00:00Z",
    True,
    [
        "LISBON — Portugal's air force was refused permission to land its medical team at "
        "the capsule recovery site in the Azores on Monday.",
        "The team's flight surgeons usually travel from Lisbon on a military transport "
        "with their own stretchers. This time they went on a fishing trawler hired from "
        "Ponta Delgada, arriving six hours late.",
        "The capsule came down safely.",
    ],
    [],
)


def test_the_sentence_leaning_on_the_lead_comes_with_it(make_store):
    store = make_store([*ARTICLES, BARTER])
    reply = answer(store, "polish japanese seat barter, when does the current one run out")
    assert reply.found, reply.answer
    assert "end of next spring" in reply.answer, reply.answer


def test_a_how_takes_the_sentence_leaning_on_the_lead(make_store):
    store = make_store([*ARTICLES, SURGEONS])
    reply = answer(store, "how did the portuguese flight surgeons get to the capsule landing")
    assert reply.found, reply.answer
    assert "fishing trawler" in reply.answer, reply.answer
