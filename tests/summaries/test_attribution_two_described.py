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


def test_a_name_after_the_descriptions_clause_is_not_its_holder():
    text = (
        "The ceremony was attended by Sergei Krikalev, the former cosmonaut who now runs "
        "the crewed programmes, and by NASA's Joel Montalbano. \"The partnership has "
        'survived worse," the former cosmonaut said.'
    )
    assert _speakers(text) == ["Krikalev"]


def test_a_name_after_the_role_and_a_verb_is_someone_else():
    text = (
        "Marta Keller, Germany's economy minister, spoke after Chancellor Olaf Scholz. "
        '"Our seats on the station are not for sale," the minister said.'
    )
    assert _speakers(text) == ["Keller"]


def test_a_title_with_a_list_in_it_still_names_its_holder():
    text = (
        "Answer, from the Minister for Space, Research and Industry, Lady Ormsby-Vane. "
        'The minister added that "no British payload is at risk on the station."'
    )
    assert _speakers(text) == ["Ormsby-Vane"]
