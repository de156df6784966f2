""" "What is the name of the new training module": a participle before the kind's noun
describes it ("training", "crewed"); only one after the noun opens the question's clause
("the module docked at …"). Taking "training" for that clause read the kind as "new",
so the story naming "the training module, Sokol-T," did not count as naming it."""

from __future__ import annotations

import pytest

from summaries import question as q_parse
from summaries.aliases import load_aliases
from summaries.answer_naming import asked_kind
from summaries.answers import answer
from summaries.store import Store
from tests.summaries.answer_stories import ARTICLES

TRAINING_MODULE = (
    "kazan-training-module-spare-parts",
    "Kazan engineers build a training module for cosmonauts from spare parts",
    "2026-06-02T10:00:00Z",
    True,
    [
        "Engineers in Kazan have finished a full-size copy of a station module on which "
        "cosmonauts will rehearse repairs before flying to the International Space Station.",
        "The training module, Sokol-T, was assembled from spare panels left over when "
        "Moscow cut its orders for the station's Russian segment.",
    ],
    [],
)


@pytest.fixture
def store(make_store) -> Store:
    return make_store([*ARTICLES, TRAINING_MODULE])


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("what is the name of the new training module", "module"),
        ("what's the name of the proposed crewed capsule", "capsule"),
        # after the kind's noun a participle still ends it
        ("whats the name of the module docked at the station", "module"),
        ("name of the company supplying the valves", "company"),
        ("name of the sculpture made from station recordings", "sculpture"),
    ],
)
def test_the_kind_asked_for_reads_past_a_participle_before_it(text, kind):
    assert asked_kind(q_parse.parse(text, load_aliases(), None)) == kind


def test_the_name_given_beside_a_training_module_is_the_answer(store):
    reply = answer(store, "what is the name of the new training module")
    assert reply.found and "Sokol-T" in reply.answer, reply.answer
