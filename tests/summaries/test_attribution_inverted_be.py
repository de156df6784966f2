"""A sentence inverted round "was" ("Joining Nelson on stage was …, Sergei Krikalev") is
about the person after "was": a "he said" after it is theirs, not the one the opening
phrase mentions."""

from summaries.quotes import extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


def test_the_person_after_was_is_the_subject():
    text = (
        "Bill Nelson and Yuri Borisov met in Baku. Joining Nelson on stage was Borisov's "
        'deputy, Sergei Krikalev. "We are not leaving tomorrow," he said.'
    )
    assert _speakers(text) == ["Krikalev"]


def test_among_those_was():
    text = (
        "Bill Nelson and Yuri Borisov met in Baku. Among the officials who travelled with "
        'Nelson was NASA\'s station chief, Joel Montalbano. "We are not leaving tomorrow," '
        "he said."
    )
    assert _speakers(text) == ["Montalbano"]


def test_an_adjective_in_ing_is_no_inversion():
    text = (
        "Bill Nelson and Yuri Borisov met in Baku. Acting deputy Sergei Krikalev was also "
        'there. "We are not leaving tomorrow," he said.'
    )
    assert _speakers(text) == ["Krikalev"]
