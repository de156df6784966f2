"""A pronoun after a sentence whose subject is a description ("The director of …"): the
person named in apposition after a long description, and never a described person of the
other gender."""

from summaries.quotes import extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


def test_a_name_after_a_long_description_is_the_subject():
    text = (
        "The ministry's director for Baltic affairs, Tomasz Wilk, said the plan was "
        'late. "We expected more," he said.\n\n'
        "The director of the Institute of Space Policy at the Gdańsk University of "
        "Technology, Professor Adam Nowicki, said the deal was cautious. "
        '"Paying contractors has become difficult," he said.'
    )
    assert _speakers(text) == ["Wilk", "Nowicki"]


def test_she_is_never_a_described_man():
    text = (
        "The ministry's director for Baltic affairs, Mikhail Zhelezov, said the plan was "
        'late. "We expected more," he said.\n\n'
        "The director of the regional office said the deal was cautious. "
        '"Paying contractors has become difficult," she said.'
    )
    assert _speakers(text) == ["Zhelezov", None]
