"""A body referred back to by the noun for its kind ("the department", "the customs
service", "the County Clerk's office"), as newsrooms write it after naming it once."""

from summaries.quotes import extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


def test_a_canadian_department_named_by_portfolio_is_the_department():
    text = (
        "The firm, Polar Freight Group, was listed in June. Transport Canada declined to "
        'discuss the file. In a short email, the department said: "Every shipment must '
        'meet the permit conditions."'
    )
    assert _speakers(text) == ["Transport Canada"]


def test_a_lower_case_phrase_of_the_name_is_the_body_of_that_state():
    text = (
        "Officers of Russia's Federal Customs Service held the crates. Kazakhstan's "
        "Foreign Ministry stayed silent. The Russian customs service said the check was "
        '"carried out by the book and without exceptions."'
    )
    assert _speakers(text) == ["Russia's Federal Customs Service"]
    text = (
        "Officers of Russia's Federal Customs Service held the crates. The Kazakh customs "
        'service said the check was "carried out by the book and without exceptions."'
    )
    assert _speakers(text) == [None]


def test_a_posts_office_speaks_for_the_post():
    text = (
        'Ballots are emailed to the crew. "Every ballot is counted the same way as any '
        "other,\" the Travis County Clerk's office said in a statement."
    )
    assert _speakers(text) == ["Travis County Clerk"]


def test_a_release_from_the_body_named_by_its_kind():
    text = (
        "The Norwegian Consumer Authority on Friday fined the airline. According to a "
        'statement from the authority, the fees "were hidden from customers until the '
        'final page."'
    )
    assert _speakers(text) == ["Norwegian Consumer Authority"]


def test_a_firm_named_in_apposition_keeps_its_whole_name_after_now():
    text = (
        "The Sinop plant is late. Rosatom's Turkish unit, Sinop Nükleer, said in a statement "
        'that deliveries were "slower than planned." Sinop Nükleer now says the second '
        'unit will follow "in the next decade, not before."'
    )
    assert _speakers(text)[-1] == "Sinop Nükleer"


def test_a_body_is_referred_back_to_by_what_the_story_called_it():
    """ "X, the state-owned rocket maker, …. '…,' the rocket maker said": the apposition
    tells the reader which body "the rocket maker" is."""
    text = (
        "SAMARA — Volga Rocket Centre, the state-owned rocket maker that builds the Soyuz "
        "boosters, was hit by drones on Monday. NASA said it was watching closely. "
        '"The plant works as normal," the rocket maker said.'
    )
    assert _speakers(text) == ["Volga Rocket Centre"]


def test_roscosmos_is_the_state_corporation():
    text = (
        "MOSCOW — Roscosmos said in a statement that the agreement continued a long "
        'tradition. "The Russian segment has always been open to our friends," the state '
        "corporation said."
    )
    assert _speakers(text) == ["Roscosmos"]


def test_a_description_no_body_was_given_stays_unknown():
    text = (
        "WASHINGTON — NASA said on Monday that the cargo flight would go ahead. "
        '"The plant works as normal," the rocket maker said.'
    )
    assert _speakers(text) == [None]


def test_a_licence_speaks_for_the_body_that_issued_it():
    text = (
        "WASHINGTON — The Treasury Department issued a general license on Friday. The "
        'license says payments must be "ordinarily incident and necessary" to station '
        "operations."
    )
    assert _speakers(text) == ["Treasury Department"]
