"""'analyst Jane Doe of the Centre for Democratic Reform said …' and then '…, she said':
the person before 'of the', not a word of the body's name after it."""

from summaries.quotes import extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


def test_a_body_whose_name_holds_a_sentence_word_is_no_person():
    text = (
        "Senior researcher Dana Voicu spoke first. Political scientist Irina Haldane of the "
        "Bucharest Institute for Democratic Studies said the vote would change little. "
        '"The money is small and the audience is large," she said.'
    )
    assert _speakers(text) == ["Haldane"]


def test_a_role_noun_before_an_unlisted_name_and_its_affiliation():
    text = (
        "The ministry protested again. Security analyst Tadeo Marbella "
        "of the Cebu-based Institute for Ocean Affairs said the protest showed the limits "
        'of pressure. "Nobody can hide a fleet from a camera any more," he said.'
    )
    assert _speakers(text) == ["Marbella"]
