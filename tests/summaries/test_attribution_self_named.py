"""'"Nadia taught me to fly," she says': a pronoun does not point at the person the quote
talks about by name; the speaker is the other person of that gender."""

from summaries.quotes import extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


def test_a_pronoun_skips_the_person_the_quote_names():
    text = (
        "Captain Lucia Ferraro trained at Pratica di Mare. Her instructor there was "
        "Nadia Conti, then a young major.\n\n"
        "Conti remembers a nervous cadet. She practised landings at night, she wrote "
        'everything down, she never missed a briefing. "Nadia gave me every hour she had," '
        "she says."
    )
    assert _speakers(text) == ["Ferraro"]


def test_a_reply_that_names_the_first_speaker_is_the_other_one():
    text = (
        "Captain Lucia Ferraro trained at Pratica di Mare under Nadia Conti.\n\n"
        '"Lucia was the best cadet I had," Conti says. "Nadia would say that to me," she added.'
    )
    assert _speakers(text) == ["Conti", "Ferraro"]
