"""A person written with a title and several names ("Professor Ana Teresa Sousa Lobo")
is as much their sentence's subject as one with two names: a later "she said" is theirs,
not a name inside a quote."""

from summaries.quotes import extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


def test_a_five_word_name_in_apposition_is_the_subject():
    text = (
        "Ukraine's ambassador to the Holy See, Andriy Kostenko, said it was welcome.\n\n"
        "Russia's envoy Kirill Ostapov said Moscow \"welcomes the Holy Father's appeal.\"\n\n"
        "The Portuguese Space Agency's president, Professor Ana Teresa Sousa Lobo, said the "
        'call took months. "The politics came from the Holy Father, not from us," she said.'
    )
    assert _speakers(text) == ["Ostapov", "Lobo"]
