"""Attribution: places are never speakers (datelines with a colon or a date, towns named
for a saint, a place adjective before a person), and bodies named by kind and state."""

from summaries.quotes import extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


def test_a_dateline_with_a_colon_is_not_the_owner_of_a_post():
    text = (
        "NAIROBI: Kenya's Foreign Ministry on Tuesday summoned a diplomat over a map.\n\n"
        "The map was shared by astronaut Wanjiru Kamau on Sunday. "
        'The post read: "The whole lake is ours, even from orbit."'
    )
    assert "NAIROBI" not in _speakers(text)


def test_a_body_in_a_saints_town_keeps_its_short_name():
    text = (
        "Russia's Institute of Applied Astronomy (IAA) in St. Petersburg, which tracks "
        "the station, said the orbit would be lowered "
        '"step by step, as agreed with partners".'
    )
    assert _speakers(text) == ["IAA"]


def test_a_place_adjective_before_a_full_name_is_no_speaker():
    text = (
        "Most of the crowd came for the rocket. The Neapolitan baker Lucia Esposito, "
        "whose stall sold star-shaped cakes, was unmoved. "
        '"People will always want breakfast, launch or no launch."'
    )
    assert _speakers(text) == ["Esposito"]


def test_the_state_corporation_is_the_one_body_that_bears_the_name():
    text = (
        "Roscosmos kept quiet for a week. A spokeswoman for the Russian corporation said "
        'on Friday that the module was "in good condition and fully staffed".'
    )
    assert _speakers(text) == ["Roscosmos"]


def test_the_us_agency_with_dotted_initials_is_the_one_us_agency_named():
    text = (
        "NASA has not commented on the talks. A spokesman for the U.S. agency told "
        'reporters the crew schedule "remains unchanged for now".'
    )
    assert _speakers(text) == ["NASA"]


def test_he_is_the_one_named_with_a_role_after_the_subjects_description():
    text = (
        "Senator Carlos Ibarra Soto called the deal a surrender. Ibarra Soto spoke for an "
        "hour.\n\n"
        "Scientists worry about money. Its former chief scientist, physicist Tomas Quispe, "
        'said the lab needed power more than allies. "Our antennas work and our fuses '
        'blow," he told the radio.'
    )
    assert _speakers(text) == ["Quispe"]


def test_a_portfolio_closing_a_name_is_a_body_not_a_surname():
    text = (
        "The Energy Department opened an inquiry on Monday. In a notice, Energy said "
        'the transfers were "inconsistent with the licence granted in March".\n\n'
        'The Federal Public Service Economy called the matter "a question for the courts".'
    )
    assert _speakers(text) == ["Energy Department", "Federal Public Service Economy"]
