"""A person named only inside someone's quote is somebody the speaker talked about: a
"he" or "she" after it goes back to the one who spoke, not to the name in the quote."""

from summaries.quotes import extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


def test_a_quoted_sentence_subject_is_not_the_next_he():
    text = (
        'Oleg Orlov spoke to reporters on Monday: "We met last week. Borisov was very '
        'calm."\n\n"The station is safe for years," he added.'
    )
    assert _speakers(text) == ["Orlov", "Orlov"]


def test_a_bare_surname_opening_a_quoted_sentence_is_not_she():
    text = (
        'Anna Lobo spoke on Monday. "Borisov called me. Nelson called me too." Later she '
        'said "the call went well overall."'
    )
    assert _speakers(text) == ["Lobo", "Lobo"]


def test_a_name_quoted_in_a_mans_sentence_is_not_the_woman_after_it():
    text = (
        'Kirill Ostapov said Moscow "welcomes what Director Sato proposed."\n\n'
        "The call took months to prepare, according to Ana Lobo. "
        '"The politics came from others, not from us," she said.'
    )
    assert _speakers(text) == ["Ostapov", "Lobo"]
