"""Bodies whose names run past their kind word, and a participle's subject after a quote
(from the batch of dev 1086-1115): "the Chinese Consulate General in Chicago", "the
Meteorological Service Singapore", "The Russian Embassy in Bern welcomed … but warned",
and '"…," a spokesman said in a reply to The Longitude Review, adding …'."""

from summaries.quotes import extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


def test_a_consulate_general_speaks_and_is_it_after():
    text = (
        "The Chinese Consulate General in Chicago responded with a written statement. "
        '"So-called security concerns have become a pretext," it said. The consulate said it '
        'had "noted" the case.\n\n'
        'The US Consulate General in Jerusalem said: "We are aware of the reports."'
    )
    assert _speakers(text) == [
        "Chinese Consulate General",
        "Chinese Consulate General",
        "US Consulate General",
    ]


def test_a_country_ending_a_bodys_name_is_part_of_it():
    text = 'The Meteorological Service Singapore said: "Expect showers after dark."'
    assert _speakers(text) == ["Meteorological Service Singapore"]


def test_the_body_not_the_city_it_sits_in_opens_a_coordinated_predicate():
    text = (
        "The Russian Embassy in Bern welcomed the vote but warned that any attempt to seize "
        'the assets would be "theft, whatever name is given to it".'
    )
    assert _speakers(text) == ["Russian Embassy"]


def test_a_participle_after_said_is_the_speakers_not_the_outlet_replied_to():
    text = (
        "NASA says it leaves the choice to each astronaut. “NASA does not direct the "
        "religious practice of its crew members,” a spokesman said in a written reply to "
        "The Longitude Review, adding that astronauts take part in “local traditions” as "
        "they see fit."
    )
    assert _speakers(text) == ["NASA", "NASA"]


def test_a_scene_phrase_before_he_keeps_the_clause_whose_subject_speaks():
    """ "In his video he went further, saying Russia would "…"": the comma after the
    clause is no end of an opening "In Moscow,"; the member tester's "who said that?"
    then had only "a former deputy" to offer."""
    text = (
        "Anatoly Vereshchagin, the head of Roscosmos, posted a video on Telegram. "
        "Vereshchagin, a former deputy defence minister who took over the agency in 2026, "
        "has made similar threats before. In his video he went further, saying Russia "
        'would "reconsider every obligation" under the 1998 agreement.'
    )
    assert _speakers(text) == ["Vereshchagin"]
