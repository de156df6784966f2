"""'…," said Minister of Labour, Social Protection and Migration Aida Nurlanovna Bekova':
a full ministerial title listing its portfolios (as translated copy writes them) goes on
to the name that closes it; no portfolio noun is the speaker."""

from summaries.quotes import extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


def test_a_portfolio_list_with_commas_goes_on_to_the_name():
    text = (
        '"Pensions will rise in January," said Minister of Labour, Social Protection and '
        "Migration Aida Nurlanovna Bekova."
    )
    assert _speakers(text) == ["Bekova"]


def test_a_portfolio_pair_with_and_goes_on_to_the_name():
    text = '"The archive stays in Tbilisi," said Minister of Culture and Sport Tea Gelashvili.'
    assert _speakers(text) == ["Gelashvili"]


def test_a_clause_after_the_title_is_not_a_portfolio():
    text = (
        '"We will not pay," said Minister of Finance Jan Novak, who took office in May, '
        "and the cabinet agreed."
    )
    assert _speakers(text) == ["Novak"]
