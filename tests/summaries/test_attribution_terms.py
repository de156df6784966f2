"""Quoted terms nobody speaks: a title joined by "and", a passive category, a term a
group of people uses ("what engineers call"), even beside a speaker's own quote."""

from summaries.quotes import extract_quotes


def _pairs(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract_quotes(text)]


def test_a_title_joined_by_and_is_nobodys_words():
    text = (
        'Dr. Anna Kowal said she would still speak at the "Sea and Sky" symposium in '
        "Gdansk next week."
    )
    assert all(s is None for _t, s in _pairs(text))


def test_a_passive_category_is_nobodys_words():
    text = (
        "Veldt Security won the bid. It added that it had consulted the Coast Guard, "
        'because the ports are classified as "protected sites" under the 2023 law.'
    )
    assert [s for t, s in _pairs(text) if t.startswith("protected")] in ([], [None])


def test_what_a_group_calls_something_is_not_the_speakers():
    text = (
        'Ruth Abena praised the pair. "They did it well," she said, adding that they spent '
        'an hour on what riggers call "the ladder," a climb along the mast.'
    )
    assert [s for t, s in _pairs(text) if t.startswith("the ladder")] in ([], [None])
    assert _pairs(text)[0][1] == "Abena"
