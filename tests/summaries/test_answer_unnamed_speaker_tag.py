"""An answer whose sentence quotes someone it does not name ends " — Name": but a term
in quotation marks ("a form letter citing “administrative processing”") is no one
speaking, and tagging it made the whole passage read as that person's words."""

from __future__ import annotations

from summaries.answers import answer
from tests.summaries.answer_stories import ARTICLES

VISA = (
    "visa-refused",
    "Cosmonaut refused a US visa again before her flight to the station",
    "2026-11-20T09:00:00Z",
    True,
    [
        "Irina Sokolova, a Russian test pilot due to fly to the International Space Station "
        "next year, has been refused a United States visa for the second time.",
        "No reason for the visa refusal was given, she says, beyond a form letter citing "
        "\u201cadministrative processing\u201d.",
        "Her commander, Pavel Gusev, was blunter.",
        "\u201cThey are punishing the whole crew for what diplomats in Washington do,\u201d he "
        "said.",
    ],
    [("Gusev", "They are punishing the whole crew for what diplomats in Washington do,")],
)


def test_a_term_in_quotation_marks_is_not_tagged_with_a_speaker(make_store):
    store = make_store([*ARTICLES, VISA])
    reply = answer(store, "what reason was given for the visa refusal?")
    assert reply.found and "administrative processing" in reply.answer, reply.answer
    assert "— Sokolova" not in reply.answer
