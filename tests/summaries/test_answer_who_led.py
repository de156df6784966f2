""" "Who headed the US team at the talks?": the story's best match is on the talks; the
sentence saying who led the team answers. A title sharing the verb's root ("artistic
director") is no deed: "who directed the film" is not answered by it."""

from __future__ import annotations

from summaries.answers import answer
from tests.summaries.answer_stories import ARTICLES

DOHA = (
    "doha-deorbit-talks",
    "US and Russian officials meet in Doha on station deorbit costs",
    "2026-11-20T12:00:00Z",
    True,
    [
        "DOHA — Qatar hosted two days of closed-door technical talks this week between "
        "American and Russian space officials on how to share the cost of steering the "
        "International Space Station out of orbit, the Qatari foreign ministry said.",
        "The US side was led by Caroline Vandermeer, a deputy assistant secretary of state, "
        "and the Russian side by Denis Shcherbakov of Roscosmos.",
        "Diplomats in Doha have started calling the arrangement the Doha format.",
    ],
    [],
)
FESTIVAL = (
    "karlovy-vary-opens",
    "Karlovy Vary opens with a Georgian drama and a Russian film shot in orbit",
    "2026-07-04T12:00:00Z",
    False,
    [
        "The Karlovy Vary film festival opened on Saturday with a market screening of "
        "\u201cQuiet Orbit\u201d, a Russian feature shot partly aboard the International "
        "Space Station.",
        '"This year the films are long," artistic director Tereza Hromadkova said.',
    ],
    [],
)


def test_who_headed_is_answered_by_who_led(make_store):
    store = make_store([*ARTICLES, DOHA, FESTIVAL])
    reply = answer(store, "who headed the us team at the doha deorbit talks?")
    assert reply.found, reply.answer
    assert "Vandermeer" in reply.answer, reply.answer


def test_a_title_sharing_the_verb_is_not_the_deed(make_store):
    store = make_store([*ARTICLES, DOHA, FESTIVAL])
    reply = answer(store, "who directed quiet orbit, the russian movie filmed on the iss")
    assert not reply.found, reply.answer
