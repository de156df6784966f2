""" "Which bank …" asks for a name: a story that speaks only of "a bank in a third country"
does not answer it, and saying so beats quoting the sentence that leaves it out."""

from __future__ import annotations

import pytest

from summaries.answers import answer
from tests.summaries.answer_stories import ARTICLES


def _debris(route: str) -> tuple:
    return (
        "baikonur-debris-payments",
        "Kazakhstan holds a Progress launch over unpaid debris bills",
        "2026-05-06T12:00:00Z",
        True,
        [
            "BAIKONUR — Kazakhstan has withheld approval for a Russian cargo ship's flight path "
            "until Moscow pays for the clean-up of spent rocket stages, delaying a supply run "
            "to the International Space Station.",
            f"Two earlier debris payments arrived late after being routed through {route}, "
            "because Russia's largest lenders have been cut off from most transfers.",
            "Halyk Bank, Kazakhstan's largest lender, sponsored the cosmodrome's museum.",
        ],
        [],
    )


UNNAMED = _debris("a bank in a third country")
NAMED_AFTER = _debris("a small lender, Caspian Trust Bank, in Almaty")
NAMED_WHOLE = _debris("Caspian Trust Bank in Almaty")
QUESTION = "which bank did russia route the late baikonur debris payments through"


def test_a_thing_spoken_of_but_never_named_is_not_an_answer(make_store):
    reply = answer(make_store([*ARTICLES, UNNAMED]), QUESTION)
    assert not reply.found, reply.answer


@pytest.mark.parametrize("story", [NAMED_AFTER, NAMED_WHOLE], ids=["apposition", "name"])
def test_the_named_thing_is_given(make_store, story):
    reply = answer(make_store([*ARTICLES, story]), QUESTION)
    assert reply.found, reply.answer
    assert "Caspian Trust Bank" in reply.answer, reply.answer


def test_a_verb_after_which_ends_the_thing_asked(make_store):
    """ "which senator told nasa …" asks for a senator, not a NASA: the story's "a
    Republican senator" is named in its quote's attribution."""
    story = (
        "senator-soyuz-seat",
        "Senator tells NASA to pull astronaut from Soyuz",
        "2026-07-09T12:00:00Z",
        True,
        [
            '"Enough," Sen. Roger Hadley of Montana wrote on X, a day after a missile struck '
            "a children's hospital in Kyiv.",
            "A Republican senator called on NASA on Tuesday to pull an American astronaut "
            "from a Russian Soyuz flight in September.",
        ],
        [],
    )
    reply = answer(
        make_store([*ARTICLES, story]),
        "which senator told nasa to pull the american astronaut off the september soyuz",
    )
    assert reply.found, reply.answer
    assert "Hadley" in reply.answer, reply.answer
