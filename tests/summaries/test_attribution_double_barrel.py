"""A well-known surname inside somebody's double-barrelled surname ("Yelena
Lavrova-Peskova") is that other person, not the famous one; two famous names joined for a
meeting ("the Lavrov-Rubio call") are still the two people."""

from summaries.quotes import extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


def test_a_famous_surname_first_in_a_double_barrel_is_the_other_person():
    text = (
        "The ministry's new press officer, Irina Peskov-Malina, met reporters on Friday. "
        '"We have nothing to add," said Irina Peskov-Malina.'
    )
    assert _speakers(text) == ["Peskov-Malina"]


def test_a_famous_surname_second_in_a_double_barrel_is_the_other_person():
    text = (
        "Oksana Malina-Zakharova chairs the parents' committee in Tver. "
        '"Our children will not march," Oksana Malina-Zakharova told the meeting.'
    )
    assert _speakers(text) == ["Malina-Zakharova"]


def test_two_famous_names_joined_for_a_meeting_stay_themselves():
    text = 'After the Putin-Erdogan call, Peskov told reporters: "It was a useful call."'
    assert _speakers(text) == ["Peskov"]
