"""A body the sentence before names with a lower-case noun ("The Latvian foreign
ministry summoned …") and then calls "it": the whole body, never its adjective."""

from summaries.quotes import extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


def test_it_after_a_lower_case_body_is_the_whole_body():
    text = (
        "RIGA — The Latvian foreign ministry summoned the Russian chargé d'affaires on "
        'Friday. In a statement, it said the overflight was "a gross violation of our '
        'airspace."'
    )
    assert _speakers(text) == ["Latvian foreign ministry"]
