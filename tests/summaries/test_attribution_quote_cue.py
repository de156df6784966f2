"""A broadcaster reading a quote out says "Quote:" or "And I quote," first: the cue is no
sentence of its own, so the quote is the one the sentence before it is about."""

from summaries.quotes import extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


def test_quote_colon_after_the_speaker_sentence():
    text = (
        "REPORTER: I reached Helen Marsh, who runs the shelter, this morning. She said the "
        'night had been hard. Quote: "We turned away eleven people, and I know their names."'
    )
    assert _speakers(text) == ["Marsh"]


def test_and_i_quote_after_the_speaker_sentence():
    text = (
        "Colonel Ahmed Rashid commands the base. He sent a short statement. And I quote, "
        '"The runway will reopen when it is safe, not before."'
    )
    assert _speakers(text) == ["Rashid"]
