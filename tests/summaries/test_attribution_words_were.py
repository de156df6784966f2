"""'Her words were "…"', 'Dvořák's remarks were "…"': a message noun with "were" or "are"
before the quote is its owner's, as 'Her verdict is "…"' already was."""

from summaries.quotes import extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


def test_her_words_were():
    text = (
        "Ingrid Solberg retired from the fleet in May. Solberg said she would miss the "
        'night watches. Her exact words were "the sea at three in the morning."'
    )
    assert _speakers(text) == ["Solberg"]


def test_the_ministers_remarks_were():
    text = (
        "Minister Pavel Dvořák visited the plant.\n\n"
        'Dvořák\'s remarks were "short, and mostly about the weather."'
    )
    assert _speakers(text) == ["Dvořák"]
