""" "pointed out" is a speech verb in two words: '"…," Okoye pointed out' and 'But Okoye
pointed out, "…"' are Okoye's, not the last speaker's before."""

from summaries.quotes import extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


def test_pointed_out_after_the_quote():
    text = (
        "Harriet Voss chairs the board. Emeka Okoye audits it.\n\n"
        '"The board approved it," Voss said. "Only after the money was spent," '
        "Okoye pointed out."
    )
    assert _speakers(text) == ["Voss", "Okoye"]


def test_pointed_out_before_the_next_quote():
    text = (
        "Harriet Voss chairs the board. Emeka Okoye audits it.\n\n"
        'Voss called the deal "fully approved." But Okoye points out, "Nobody read the annex."'
    )
    assert _speakers(text) == ["Voss", "Okoye"]
