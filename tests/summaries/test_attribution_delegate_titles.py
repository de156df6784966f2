"""A title with a portfolio joined by "and" before the name ("Minister Delegate for Digital
Affairs and Space Bastien Morel-Aubry said"): the person, by surname, never the whole run
as if it were a body, nor "Delegate" as a person."""

from summaries.quotes import extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


def test_a_portfolio_title_joined_by_and_then_a_name():
    text = (
        'Paris wants a strong text. "Europe writes its own rules," Minister Delegate for '
        'Industry and Space Camille Durand-Lefort said in Toulouse. "Sovereignty starts '
        'with our law."'
    )
    assert _speakers(text) == ["Durand-Lefort", "Durand-Lefort"]
