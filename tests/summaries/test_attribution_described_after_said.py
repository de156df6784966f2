"""After 'said', a description in lower case of any noun then a person's full name ("said
systems engineering graduate Juan Pico"), or a person who gave only a first name ("said one
porter, who gave only her first name, Lenka")."""

from summaries.quotes import extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


def test_a_lower_case_description_then_a_full_name():
    text = (
        'Other graduates were inspired. "If she got that far, anything is possible," said '
        "chemical engineering graduate Maria Fernanda Ortiz."
    )
    assert _speakers(text) == ["Ortiz"]


def test_a_description_of_a_broadcaster_is_no_person():
    text = '"The talks are over," said state broadcaster Radio Uno.'
    assert _speakers(text) == [None]


def test_a_speaker_who_gave_only_a_first_name():
    text = (
        '"When the heating bill is higher than your wage, you start asking," said one '
        "nurse, who gave only her first name, Jana. A meeting is set for Monday."
    )
    assert _speakers(text) == ["Jana"]


def test_a_person_described_by_a_word_that_can_name_a_body():
    # "operator" and "manager" also name firms ("the operator said"); before a given name
    # and a surname they describe the one speaking
    text = (
        '"This is the first Diwali in eleven years without a bonus," said machine operator '
        'Sunita Gaikwad. "We cut nothing we did not have to," said branch manager Anna Petit.'
    )
    assert _speakers(text) == ["Gaikwad", "Petit"]
