"""Titles and bodies whose names hold a comma list of portfolios ("Minister for Science,
Research and Innovation", "Foreign, Commonwealth and Development Office"): one name, not
an apposition and not a person called "Research"."""

from summaries.quotes import extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


def test_a_portfolio_list_title_then_a_lord_is_the_lord():
    text = (
        "The reply came from the Minister for Energy, Trade and Industry, Lord "
        'Ashcombe-Vere. The minister wrote that supplies were "secure for the coming '
        'winter." He added that "no further measures are planned at this stage."'
    )
    assert _speakers(text) == ["Ashcombe-Vere", "Ashcombe-Vere"]


def test_a_spokesperson_for_a_department_with_a_list_in_its_name():
    text = (
        "A spokesperson for the Department for Culture, Media and Sport said the grant "
        'remained "under active review."'
    )
    assert _speakers(text) == ["Department for Culture, Media and Sport"]


def test_a_body_whose_name_opens_with_a_list():
    text = (
        "In its evidence, the Foreign, Commonwealth and Development Office had told the "
        'tribunal that the licence "was never granted and never applied for."'
    )
    assert _speakers(text) == ["Foreign, Commonwealth and Development Office"]


def test_a_person_of_a_listed_body_is_the_person():
    text = (
        "Ann Jones of the Department for Culture, Media and Sport said the grant "
        'remained "under active review."'
    )
    assert _speakers(text) == ["Jones"]
