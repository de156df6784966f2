"""Two people introduced in one sentence, each with their own description: "the NASA
manager" / "the former cosmonaut" afterwards is the one written with those words, never
the other one named beside them."""

from summaries.quotes import extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


def test_a_body_before_a_comma_and_and_is_the_earlier_persons():
    text = (
        "Joel Montalbano, NASA's station manager, and Sergei Krikalev, a former "
        'cosmonaut, held a joint briefing. "The partnership has survived worse," the '
        "NASA manager said."
    )
    assert _speakers(text) == ["Montalbano"]


def test_a_body_in_apposition_right_before_the_name_still_counts():
    text = (
        "Russia's envoy, Vasily Nebenzya, spoke after Ambassador Linda Greenfield. "
        '"Nothing has changed for the station," the Russian envoy said.'
    )
    assert _speakers(text) == ["Nebenzya"]
