"""Interstate terms as the story writes them: "continuously occupied for 26 years" is the
station's own history, not an invasion (a Cygnus delay was flagged ISS-geopolitical on
"interstate: 'invasion' 1×"), and a reason names the words a term was read from."""

from __future__ import annotations

from summaries.analyse import analyse

CYGNUS = (
    "A cargo ship carrying food and spare parts to the International Space Station will "
    "arrive two days late after one of its engine burns ended early, NASA said Thursday. "
    "On the Russian side of the outpost, two cosmonauts are preparing for the arrival of a "
    "Progress freighter next month.\n\n"
    "The space station has been continuously occupied for 26 years. It is home to three "
    "NASA astronauts, one from Japan and three Russians."
)


def test_a_station_continuously_occupied_is_no_invasion():
    a = analyse("Cargo ship's arrival at space station slips after engine burn", CYGNUS)
    assert not a.iss_geopolitical
    assert not any("invasion" in r for r in a.reasons), a.reasons


def test_occupied_territory_still_counts_as_the_war():
    text = CYGNUS + (
        "\n\nKyiv protested after the cosmonauts posed with a flag of a battalion fighting in "
        "the occupied territories of Ukraine, and called on NASA to condemn it."
    )
    a = analyse("Cosmonauts' flag from occupied Ukraine angers Kyiv", text)
    assert any("invasion" in r for r in a.reasons), a.reasons


def test_a_reason_says_the_words_a_term_was_read_from():
    """ "interstate: 'invasion' 2×" on a story that never says "invasion" (it says
    "Luhansk" and "Donetsk") read as a false claim about the article."""
    text = (
        "Cosmonauts aboard the International Space Station were photographed with the flags "
        "of the self-proclaimed Luhansk and Donetsk republics, and Kyiv demanded that NASA "
        "condemn the act."
    )
    a = analyse("Cosmonauts' flags aboard the ISS anger Kyiv", text)
    shown = [r for r in a.reasons if "'invasion'" in r]
    assert shown and "(as 'luhansk', 'donetsk')" in shown[0], a.reasons


TRANSCRIPT = (
    "The following is an edited transcript of a news conference held at NASA's Johnson Space "
    "Center after the signing of an amendment extending the crew seat exchange between NASA "
    "and Roscosmos through 2028.\n\n"
    "MBEKI-FORD: Today we signed an amendment that keeps Russian cosmonauts flying on U.S. "
    "commercial spacecraft and NASA astronauts flying on Soyuz through 2028. Every crew "
    "needs a way home, with at least one American and one Russian aboard the station. That "
    "is how you run a station whose halves depend on each other.\n\n"
    "DANILOV: We do not mix cosmos and politics in this agreement, despite the sanctions. "
    "The station will be operated as long as it is safe and useful for Russia."
)


def test_nasa_and_roscosmos_crews_on_soyuz_and_the_station_are_the_iss():
    """A briefing transcript on the seat swap never said "ISS": "ISS not mentioned",
    score 0, though NASA and Roscosmos share no other station."""
    a = analyse("Transcript: officials brief reporters on extended crew seat exchange", TRANSCRIPT)
    assert a.reasons[0].startswith("ISS implied"), a.reasons
    assert a.iss_geopolitical, a.reasons


def test_the_station_of_a_russian_programme_alone_is_not_the_iss():
    text = TRANSCRIPT.replace("NASA", "the agency").replace("American", "Belarusian")
    assert (
        not analyse("Roscosmos briefs reporters on its crews", text)
        .reasons[0]
        .startswith("ISS implied")
    )


def test_the_reason_says_what_iss_stands_for_when_it_is_not_the_station():
    text = (
        "Institutional Shareholder Services, the proxy adviser, urged investors to vote "
        "against two directors of Orbitek, citing the board's handling of sanctions risk."
    )
    a = analyse("ISS urges Orbitek shareholders to reject two directors", text)
    assert a.reasons[0] == "ISS not mentioned ('ISS' here: Institutional Shareholder Services)"
