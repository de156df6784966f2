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
    assert _speakers(text) == ["Kazakh customs service"]  # another state's: not Russia's


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


def test_a_state_body_the_story_never_names_is_the_body_as_written():
    # "the Indian space agency" is one body of one state: it is the speaker as the story
    # calls it, whichever way round the attribution is written
    quote = '"We have not received any request from Moscow,"'
    assert _speakers(f"{quote} the Indian space agency said in a statement.") == [
        "Indian space agency"
    ]
    assert _speakers(f"{quote} Kazakhstan's aerospace committee said on Tuesday.") == [
        "Kazakhstan's aerospace committee"
    ]
    assert _speakers(
        'Kazakhstan\'s aerospace committee said the terms were "no longer acceptable".'
    ) == ["Kazakhstan's aerospace committee"]


def test_a_state_body_named_before_is_that_body():
    text = (
        "Officers of Russia's Federal Customs Service held the luggage for two days. The "
        'Russian customs service said the check was "routine and lawful".'
    )
    assert _speakers(text) == ["Russia's Federal Customs Service"]
    text = (
        'The Indian Space Research Organisation, ISRO, is building a station. "We have not '
        'been asked," the Indian space agency said.'
    )
    assert _speakers(text) == ["ISRO"]


def test_a_short_state_noun_still_needs_a_body_named():
    # "the Turkish agency" points back at an agency already named; none of Turkey's was
    assert _speakers('NASA and JAXA spoke. "We are on schedule," the Turkish agency said.') == [
        None
    ]
