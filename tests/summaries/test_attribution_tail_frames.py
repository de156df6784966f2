"""Phrases after a closing mark that hand the words to their owner without a speech verb
of the owner's own: '…," in Nelson's words', '…," per Borisov', '…," to quote Nelson',
'…," as Nelson likes to say'."""

from summaries.quotes import extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


def test_in_someones_words():
    text = 'The station was "a miracle of engineering," in Nelson\'s words.'
    assert _speakers(text) == ["Nelson"]


def test_in_his_words_after_the_person_was_named():
    text = (
        'Borisov spoke on Monday. The ban is "a serious mistake with consequences," in his words.'
    )
    assert _speakers(text) == ["Borisov"]


def test_per_a_name():
    assert _speakers('"The station has no future," per Borisov.') == ["Borisov"]


def test_to_quote_a_name():
    text = 'The station is "a miracle of engineering," to quote Nelson.'
    assert _speakers(text) == ["Nelson"]


def test_a_habit_of_speech():
    text = 'The station is "a miracle of engineering," as Nelson likes to say.'
    assert _speakers(text) == ["Nelson"]


def test_per_an_estimate_names_nobody():
    text = 'The ban will cost "about 40 million dollars," per the ministry\'s estimate.'
    assert _speakers(text) == [None]
