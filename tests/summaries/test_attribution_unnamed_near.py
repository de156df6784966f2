"""'A person close to the agency', 'a source familiar with the talks': an unnamed source
placed near a body is nobody, not the body and not the last name before it."""

from summaries.quotes import extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


def test_a_source_close_to_a_body_is_not_the_body():
    text = (
        "Gazprom Neft declined to comment on the tender. A person close to Gazprom Neft, "
        'reached on Friday, described the bid as "a formality the ministry already signed off."'
    )
    assert _speakers(text) == [None]


def test_a_source_familiar_with_a_review_is_not_the_firm_named_before():
    text = (
        "Moody Partners has not finished its audit of the port. An official familiar with "
        'the audit said it was "finding more than anyone expected."'
    )
    assert _speakers(text) == [None]
    text = (
        "The ministry is drafting the rules. A diplomat briefed on the draft called it "
        '"a polite way of saying no to Moscow."'
    )
    assert _speakers(text) == [None]
