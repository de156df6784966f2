"""A quote in an aside between a subject and its verb ('X, nicknamed "…," told …') does
not cut the sentence in two: the quote after the verb is still the subject's."""

from summaries.quotes import extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


def test_a_nickname_between_commas_leaves_the_subject():
    text = (
        'Space boss Yuri Borisov, nicknamed "the Iron Manager," told Putin the station was '
        '"falling apart and unsafe."'
    )
    assert _speakers(text) == [None, "Borisov"]


def test_a_nickname_between_dashes_leaves_the_subject():
    text = (
        'Space boss Yuri Borisov — dubbed "the Iron Manager" — told Putin the station was '
        '"falling apart and unsafe."'
    )
    assert _speakers(text) == [None, "Borisov"]


def test_a_relative_clause_quoting_the_subject_leaves_the_subject():
    text = (
        'Borisov, who once called the station "a ticking bomb full of cracks," said it was '
        '"falling apart and unsafe."'
    )
    assert _speakers(text) == ["Borisov", "Borisov"]


def test_an_unnamed_subject_stays_unknown():
    text = (
        'Critics, calling the plan "a total fantasy," said it would "never get off the '
        'ground at all."'
    )
    assert _speakers(text) == [None, None]
