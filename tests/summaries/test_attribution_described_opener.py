"""A sentence opened by a long description of its subject in role nouns and title case
("Russian foreign ministry deputy spokesman Artyom Lozinsky, asked about it, accused …"):
the name is the subject, so the next "he said" is his, not the previous speaker's."""

from summaries.quotes import extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


def test_a_long_described_subject_with_an_aside_takes_the_pronoun():
    text = (
        "Asked by reporters, agency president Marc Delorme-Vidal said the talks would go "
        'on. "We need the data," he said.\n\n'
        "Belarusian foreign ministry deputy spokesman Oleg Petrovich Saveyko, asked about "
        "the request in Minsk, accused Paris of hypocrisy. "
        '"They froze our money and now they want favours," he said.'
    )
    assert _speakers(text) == ["Delorme-Vidal", "Saveyko"]
