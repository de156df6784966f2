"""'He was careful to say, "…"', 'Dr. Ruiz was quick to add, "…"': an adjective and an
infinitive between the subject and the speech verb leave the subject the speaker."""

from summaries.quotes import extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


def test_careful_to_say_keeps_the_pronoun_speaker():
    text = (
        "Tomas Lindgren has studied the archive for a decade.\n\n"
        'He was careful to say, "None of this proves intent."'
    )
    assert _speakers(text) == ["Lindgren"]


def test_quick_to_add_keeps_the_named_speaker():
    text = (
        "The audit found gaps. Marta Ruiz, who led it, spoke to reporters.\n\n"
        'Ruiz was quick to add, "Nobody stole anything."'
    )
    assert _speakers(text) == ["Ruiz"]
