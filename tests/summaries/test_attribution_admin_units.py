"""Administrative units of translated copy ("the Primorsky Krai", "Yamalo-Nenets Okrug")
are places, never people, so "he" after one looks past it to the man named before."""

from summaries.quotes import extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


def test_he_after_a_woman_from_a_krai_is_the_man_before_her():
    text = (
        "Governor Oleg Kozhemyako opened the hearing on fishing quotas.\n\n"
        "Svetlana Rudenko, who speaks for trawler crews in the Primorsky Krai, said the "
        "quotas had ruined them.\n\n"
        'The quota, he said, was "a matter for Moscow, not for the fishermen."'
    )
    assert _speakers(text) == ["Kozhemyako"]


def test_he_after_a_woman_from_an_okrug_is_the_man_before_her():
    text = (
        "Deputy Ivan Sorokin spoke first.\n\nAnna Lebedeva, elected in the Yamalo-Nenets "
        'Okrug, objected.\n\nThe pipeline, he said, was "late by three winters."'
    )
    assert _speakers(text) == ["Sorokin"]
