"""'the Prime Minister said', 'the Deputy Foreign Minister said': a title whose role has
capitalised modifiers points back like 'the Minister said', to the one introduced with
it; and a portfolio list in a title ("Minister of Energy and Mineral Resources") names
nobody."""

from summaries.quotes import extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


def test_the_prime_minister_is_the_one_introduced_so():
    text = (
        "Prime Minister Ana Brnabić opened the plant on Friday. Workers lined the road.\n\n"
        '"This is the first of five," the Prime Minister said.'
    )
    assert _speakers(text) == ["Brnabić"]


def test_the_deputy_foreign_minister_is_the_one_introduced_so():
    text = (
        "Deputy Foreign Minister Tomasz Wrona met the envoys in Warsaw. The talks ran late."
        '\n\n"We asked for dates, not promises," the Deputy Foreign Minister said.'
    )
    assert _speakers(text) == ["Wrona"]


def test_a_listed_portfolio_in_a_long_title_names_nobody():
    text = (
        "Deputy Prime Minister–Minister of Transport and Communications of the Republic "
        "Pavel Igorevich Orlov spoke on Monday. Vice Minister of Digital Development and "
        "Mobile Communications, Timur Askarovich Seitkali, replied.\n\n"
        '"We paid on time," the Deputy Prime Minister said.'
    )
    assert _speakers(text) == ["Orlov"]
