"""A verbless introduction past opening phrases ('Later, asked about Russia, the minister
was blunt. "…"'): the person the description points back at, as without the phrases."""

from summaries.quotes import extract_quotes

_STORY = (
    "BERLIN — Germany's research minister Hanna Albrecht toured the astronaut centre in "
    "Cologne on Monday.\n\n"
    'She said Europe needed its own capsule. "We cannot depend on anyone," Albrecht said.\n\n'
    '{opening} the minister was blunt. "That door has been closed for years."'
)


def _last_speaker(text: str) -> str | None:
    return extract_quotes(text)[-1].speaker


def test_a_description_after_an_asked_phrase_is_the_one_it_points_back_at():
    assert _last_speaker(_STORY.format(opening="Asked about Moscow,")) == "Albrecht"


def test_a_description_after_two_opening_phrases_is_the_one_it_points_back_at():
    assert _last_speaker(_STORY.format(opening="Later, asked about Moscow,")) == "Albrecht"
