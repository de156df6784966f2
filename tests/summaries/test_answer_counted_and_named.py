"""Three checks on what a lead answers: "how many X" is answered by a small number written
before X ("seven specialists"), "did they go ahead and sign" asks whether they signed, and
"a Japanese astronaut yet to be named" does not leave unnamed the cosmonaut asked about."""

from __future__ import annotations

from summaries.aliases import load_aliases
from summaries.answer_counts import measures, uncounted
from summaries.answer_many_named import left_unnamed
from summaries.answer_outcomes import asked_verb
from summaries.lead_types import has_type
from summaries.question import parse


def _q(text: str):
    return parse(text, load_aliases())


def test_a_small_count_before_the_asked_noun_answers_how_many():
    q = _q("how many roscosmos specialists got no answer on their visas")
    assert has_type(q, "The group of seven specialists had submitted documents in August.")
    assert not has_type(q, "One of the specialists had submitted documents in August.")


def test_go_ahead_and_sign_asks_whether_they_signed():
    assert asked_verb(_q("did the uae actually go ahead and sign for a soyuz seat?")) == "sign"


def test_another_crew_member_yet_to_be_named_leaves_the_asked_one_named():
    lead = (
        "Roscosmos named cosmonaut Anton Lebedev for the autumn Crew Dragon flight. He will "
        "join NASA astronauts Laura Dunn and Reid Okafor and a Japanese astronaut yet to be "
        "named."
    )
    assert left_unnamed(_q("which cosmonaut is flying on the autumn dragon"), lead) is None
    # the Japanese astronaut asked about is the one not named yet
    assert left_unnamed(_q("which japanese astronaut is flying on the autumn dragon"), lead)


def test_a_count_of_people_named_by_nationality_is_a_count():
    """ "how many nigerians": "two Nigerians would begin training" counts them, though a
    nationality is a name the question carries."""
    q = _q("how many nigerians start cosmonaut training at star city")
    story = "The minister said that two Nigerians would begin cosmonaut training next year."
    assert uncounted(q, story) is None
    assert uncounted(q, "The minister said training would begin next year.") is not None


def test_how_much_water_wants_an_amount_of_water():
    q = _q("how much water is the cargo dragon carrying up to the station")
    # another amount, with the water named only as part of a pump's system
    assert not measures(
        q,
        "It carries about 2,900 kilograms of supplies, including crew food and a pump for "
        "the water recovery system.",
    )
    assert measures(q, "The capsule carries 420 kilograms of water and fuel.")
    # the noun left out, as stories often do: no verdict either way
    assert measures(q, "The capsule carries 2,900 kilograms of food and spare parts.") is None
