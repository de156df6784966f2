"""'"…," Ivanova said. Asked about the claim, Petrov laughs. "…"': a sentence opening with
"Asked …," and a new subject hands the next quote to that subject; the participle is not
the first quote's attribution going on."""

from summaries.quotes import extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


def test_asked_about_it_then_a_new_subject_takes_the_next_quote():
    text = (
        "Marina Ivanova runs the rival lab. Pavel Petrov built the first one.\n\n"
        'Ivanova calls his methods "twenty years out of date." Asked about the claim, '
        'Petrov laughs. "Marina likes a headline."'
    )
    assert _speakers(text) == ["Ivanova", "Petrov"]


def test_pressed_on_it_then_a_pronoun_stays_with_the_speaker():
    text = (
        "Pavel Petrov built the first lab.\n\n"
        '"We were first," Petrov said. Pressed on the date, he shrugged. "Nobody kept notes."'
    )
    assert _speakers(text) == ["Petrov", "Petrov"]
