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
