"""'Okafor, his voice shaking, told the judge …. "…," the judge said': a person
who acts on "the <role>" (after an aside between commas) is not the one the role names."""

from summaries.quotes import extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


def test_a_defendant_who_told_the_judge_is_not_the_judge():
    text = (
        "Daniel Okafor appeared before District Judge Ruth Ellery on Monday.\n\n"
        "Okafor, his voice shaking, told the judge he had not known the rules. "
        'His barrister asked for mercy.\n\nThe judge said she would weigh "every word '
        'of that apology."'
    )
    assert _speakers(text) == ["Ellery"]
