""" "When will launch pad no. 2 be ready": members write a deputy as "the no. 2"
("roscosmos's no. 2", "the no. 2 at NASA"), but after the thing it numbers ("launch pad
no. 2", "engine no. 2") "no. 2" is that thing's number, and reading it as "deputy" sent
the question to a story about someone's deputy."""

from __future__ import annotations

import pytest

from summaries.aliases import load_aliases
from summaries.answers import answer
from summaries.store import Store
from tests.summaries.answer_stories import ARTICLES

PAD = (
    "baikonur-pad-two-repairs",
    "Baikonur's damaged launch pad will be ready again next spring",
    "2026-06-06T10:00:00Z",
    True,
    [
        "Launch pad No. 2 at Baikonur, the only pad that can send crews to the "
        "International Space Station, will be ready again in March 2027, Roscosmos said.",
        "A service cabin fell into the flame trench after the last launch.",
    ],
    [],
)
DEPUTY = (
    "roscosmos-deputy-pad-repairs",
    "Roscosmos deputy chief says pad repairs are on schedule",
    "2026-06-07T10:00:00Z",
    True,
    [
        "Roscosmos deputy head Ilya Karpov said on Friday that repairs to the launch pad "
        "at Baikonur were on schedule.",
        '"Our crews will keep flying to the station," Karpov said.',
    ],
    [("Ilya Karpov", "Our crews will keep flying to the station,")],
)


@pytest.fixture
def store(make_store) -> Store:
    return make_store([*ARTICLES, PAD, DEPUTY])


@pytest.mark.parametrize("thing", ["launch pad", "pad", "module", "engine", "site"])
def test_no_2_after_a_thing_numbers_it(thing):
    assert "deputy" not in load_aliases().uncasual(f"is {thing} no. 2 ready")
    assert "deputy" not in load_aliases().uncasual(f"is {thing} no.2 ready")


@pytest.mark.parametrize(
    "text",
    [
        "what did roscosmos's no. 2 say about the pad",
        "who is the no.2 at roscosmos",
        "what did the roscosmos no.2 say about the pad",
        "what did the esa no. 2 write about the algae",
        "no. 2 at nasa - what did she say",
    ],
)
def test_a_no_2_of_a_body_is_still_its_deputy(text):
    assert "deputy" in load_aliases().uncasual(text)


@pytest.mark.parametrize(
    "text",
    [
        "when will launch pad no. 2 be ready",
        "what did roscosmos say about when launch pad no. 2 will be ready",
        "when is baikonur pad no. 2 back in service",
    ],
)
def test_a_numbered_pad_is_asked_about_not_a_deputy(store, text):
    reply = answer(store, text)
    assert reply.found and "March 2027" in reply.answer, reply.answer
