"""Attribution: a body whose name is generic without its state keeps the state ("UK Space
Agency", not "Space Agency"), and "…," said a NASA spokesperson speaks for NASA as
"…," a NASA spokesperson said does."""

from summaries.answers import answer
from summaries.quotes import extract_quotes
from tests.summaries.answer_stories import ARTICLES


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


def test_a_generic_body_name_keeps_its_state():
    assert _speakers('"We are reviewing the request," the UK Space Agency said on Tuesday.') == [
        "UK Space Agency"
    ]
    assert _speakers('"The launch is on schedule," the US Space Force said.') == ["US Space Force"]


def test_a_body_named_without_its_state_still_drops_it():
    text = '"Licences will be reviewed case by case," the U.S. Commerce Department said.'
    assert _speakers(text) == ["Commerce Department"]


def test_said_a_spokesperson_speaks_for_their_body_in_either_order():
    for text in (
        '"We are reviewing the request," said a NASA spokesperson.',
        '"We are reviewing the request," a NASA spokesperson said.',
    ):
        assert _speakers(text) == ["NASA"], text
    assert _speakers('"We are reviewing the request," said a UK Space Agency spokesperson.') == [
        "UK Space Agency"
    ]
    # an official is nobody named: the body does not speak through them
    assert _speakers('"We were not consulted," said a NASA official.') == [None]


UKSA = (
    "uksa-seat",
    "UK weighs a Soyuz seat offer for its astronaut",
    "2026-08-01T09:00:00Z",
    True,
    [
        "Britain is considering a Russian offer to fly a British astronaut to the "
        "International Space Station on a Soyuz, officials said.",
        '"We are reviewing the request with our European partners and will not rush a '
        'decision," the UK Space Agency said on Tuesday.',
        "The European Space Agency said it had not been consulted.",
    ],
    [],
)


def test_an_answer_names_the_body_with_its_state(make_store):
    store = make_store([*ARTICLES, UKSA])
    reply = answer(store, "what did the uk space agency say about the soyuz seat offer")
    assert reply.found
    assert reply.answer.startswith("UK Space Agency said")
    assert "will not rush a decision" in reply.answer
