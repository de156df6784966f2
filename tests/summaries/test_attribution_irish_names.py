"""Irish names with a surname particle ("Síle Ní Bhraonáin", "Dónal Ó Ceallaigh"): a
person even when the given name is in no list, and a woman or a man by the particle, so
"she said" finds her; a long title alone before the name leaves her the subject."""

from summaries.quotes import extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


def test_a_long_title_then_a_womans_irish_name_then_she():
    text = (
        "Minister of State for Overseas Development Aoibhe Nic Aodha announced "
        'the grant on Monday. "Ireland keeps its promises," she said.\n\n'
        'She said the department would publish the contract. "We have nothing to hide," '
        "the minister said."
    )
    assert _speakers(text) == ["Nic Aodha", "Nic Aodha"]


def test_an_unlisted_given_name_and_a_particle_open_the_sentence():
    text = (
        "Síofra Ní Bhraonáin confirmed the decision on Tuesday. "
        '"That is not a question of science," she said.'
    )
    assert _speakers(text) == ["Ní Bhraonáin"]
