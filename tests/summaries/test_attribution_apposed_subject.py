"""A subject written as a description with the name apposed ("Her counterpart, Deputy
Minister Anna Ivanova, was more pointed, accusing …"; "The energy minister, Ruaridh Baxter,
visited the site and called it …"): the apposed name is the one speaking."""

from summaries.quotes import extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


def test_an_apposed_name_before_a_participle():
    text = (
        "The talks ended without a statement. Her Russian counterpart, Deputy Foreign "
        "Minister Boris Ivanovich Lagunov, was more pointed, accusing Washington of "
        '"talking with a loaded gun on the table" by moving missiles west.'
    )
    assert _speakers(text) == ["Lagunov"]


def test_an_apposed_name_before_a_coordinated_predicate():
    text = (
        "The Welsh Government's climate minister, Huw Pritchard, toured the dam in May "
        'and called it "the backbone of our clean power plan."'
    )
    assert _speakers(text) == ["Pritchard"]
