"""A given name and patronymic ("Oleksandr Vasylyovych said") is the polite address of the
person the story named in full, in Ukrainian and Belarusian forms as in Russian ones."""

from summaries.quotes import extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


def test_ukrainian_patronymics_are_the_person_named_in_full():
    text = (
        "The plant's chief engineer, Mykola Petrovych Hordiienko, met the inspectors. "
        '"The turbine hall is dry again," Mykola Petrovych said.\n\n'
        "His deputy, Iryna Serhiivna Melnyk, was less sure. "
        '"We patched the roof, we did not rebuild it," Iryna Serhiivna said.'
    )
    assert _speakers(text) == ["Hordiienko", "Melnyk"]


def test_a_belarusian_patronymic_is_the_person_named_in_full():
    text = (
        "The exiled editor Hanna Aliaksandrauna Karpovich spoke from Vilnius. "
        '"Nobody in Minsk may print this," Hanna Aliaksandrauna said.'
    )
    assert _speakers(text) == ["Karpovich"]
