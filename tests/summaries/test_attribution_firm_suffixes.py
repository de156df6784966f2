"""A firm first named with its legal form in the possessive ("Velden SE's chairman"), then
answered for by "a company spokeswoman": the firm, as financial copy writes it."""

from summaries.quotes import extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


def test_a_firm_named_with_its_legal_form_in_the_possessive():
    text = (
        "Glass Lewis recommended that investors vote against Velden SE's chairman, saying "
        "the chemicals maker's board had not explained its supply ties.\n\n"
        "Shares of Velden fell 3% in Frankfurt on Wednesday.\n\n"
        'Velden rejected the criticism. "The board has complied with every sanction," a '
        'company spokeswoman said in an emailed statement. "We regret the report."'
    )
    assert _speakers(text) == ["Velden", "Velden"]
