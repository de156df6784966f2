"""Names from a fresh batch (dev 1086-1115): a minister whose given name the lists
lacked ("Minister of Enterprises Giulio Ferrandi" was nobody, so "the minister" had no
one to point back to), two family names shortened to the first ("Valentina Ardila Rueda"
… "Ardila chose her words"), and a company named with its country in front
("Kazakhstan Temir Zholy said in a press release")."""

from summaries.quotes import extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


def test_a_minister_with_an_italian_given_name_is_the_minister_after():
    text = (
        "Minister of Enterprises Giulio Ferrandi defended the decision at a press "
        'conference. "Technology that protects astronauts cannot end up in the hands of '
        'those who build missiles," the minister declared.'
    )
    assert _speakers(text) == ["Ferrandi"]


def test_two_family_names_are_the_first_when_the_story_shortens_to_it():
    text = (
        "Among those receiving a doctorate was Dr. Valentina Ardila Rueda, 34, Colombia's "
        "candidate for a research mission to the International Space Station.\n\n"
        'Speaking to reporters, Ardila chose her words carefully. "I am an engineer, not a '
        'diplomat," she said.\n\n'
        "Her father, Álvaro Ardila, a retired bus driver, was less diplomatic. "
        '"My daughter did everything right," he said.'
    )
    assert _speakers(text) == ["Ardila", "Ardila"]


def test_a_city_sharing_the_first_family_name_does_not_shorten_it():
    # "La Paz" is no use of "Paz" alone: the eval matches "Quiroga" to the label
    # "Paz Quiroga", never "Paz"
    text = (
        "Foreign Minister Martín Paz Quiroga, speaking at the Palacio Quemado, said the "
        'decision was not aimed at any country. "Bolivia will not sign blank cheques in '
        'space," he said.\n\nThe Chinese Embassy in La Paz answered the same evening.'
    )
    assert _speakers(text) in (["Quiroga"], ["Paz Quiroga"])


def test_a_company_named_with_its_country_in_front_speaks_for_itself():
    text = (
        "The national railway company said the project had cost 6.8 billion tenge. "
        "\"The reconstruction was financed entirely from the company's investment "
        'programme," Kazakhstan Temir Zholy said in a press release.'
    )
    assert _speakers(text) == ["Kazakhstan Temir Zholy"]
