"""'the diplomat said' after 'Ambassador Kenji Oda' or 'the French ambassador, Claire
Dupuis,': an ambassador is the diplomat a later sentence points back to."""

from summaries.quotes import extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


def test_the_diplomat_is_the_ambassador_introduced_before():
    text = (
        "The French ambassador, Claire Dupuis, opened the exhibition in Hanoi on Friday. "
        "Students from three universities attended.\n\n"
        '"Science is the best embassy we have," the diplomat said.'
    )
    assert _speakers(text) == ["Dupuis"]


def test_the_diplomat_after_a_titled_ambassador():
    text = (
        "Ambassador Kenji Oda met the minister for an hour. Reporters waited outside.\n\n"
        '"We agreed on more than we expected," the diplomat told them.'
    )
    assert _speakers(text) == ["Oda"]


def test_another_countrys_ambassador_is_not_the_envoy_named_before():
    # nobody is written with "US": the reply is unknown, never the Russian envoy's
    text = (
        "Diplomats from Moscow and Washington argued at the United Nations on Tuesday "
        "over the space station.\n\n"
        '"Sanctions have made the station a bargaining chip," Russian envoy Oleg Voskresensky '
        "told the council.\n\n"
        '"No one is bargaining with the crew," the US ambassador replied. '
        '"Moscow can keep its word to its partners."'
    )
    assert _speakers(text) == ["Voskresensky", None, None]
