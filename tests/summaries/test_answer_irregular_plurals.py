""" "fungus" and the story's "fungi", "crisis" and "crises": Snowball leaves irregular
plurals apart from their singulars, so a question in the singular missed the story's
plural. News words used otherwise ("media", "bases") are left alone."""

from __future__ import annotations

import pytest

from summaries.answers import answer
from summaries.terms import stem, stems
from tests.summaries.answer_stories import ARTICLES

FUNGI = (
    "columbus-fungi-plastic",
    "Fungi grown in Columbus broke down plastic faster than on the ground",
    "2027-02-11T12:00:00Z",
    False,
    [
        "Soil fungi grown for six weeks aboard the International Space Station broke down "
        "a common plastic film about 30 percent faster than identical cultures on Earth.",
        "The experiment was installed in the Columbus laboratory by ESA astronaut Lena "
        "Hartung, the university said.",
    ],
    [],
)


RECYCLER = (
    "station-plastic-recycler",
    "Station recycler turns plastic film back into printer feedstock",
    "2027-03-02T12:00:00Z",
    False,
    [
        "A recycler aboard the International Space Station broke down plastic film into "
        "printer feedstock about 10 percent faster than its ground twin, NASA said.",
    ],
    [],
)


@pytest.mark.parametrize(
    ("singular", "plural"),
    [("fungus", "fungi"), ("crisis", "crises"), ("spokesman", "spokesmen"), ("man", "men")],
)
def test_an_irregular_plural_shares_its_singulars_stem(singular, plural):
    assert stem(singular) == stem(plural)


def test_news_plurals_of_other_meanings_keep_their_own_stems():
    assert stems("state media") != stems("state medium")
    assert stem("bases") != stem("basis")


def test_a_singular_question_finds_the_plural_story(make_store):
    store = make_store([*ARTICLES, RECYCLER, FUNGI])
    reply = answer(store, "how much faster did the fungus break down plastic on the station")
    assert reply.found, reply.answer
    assert "30 percent" in reply.answer, reply.answer
