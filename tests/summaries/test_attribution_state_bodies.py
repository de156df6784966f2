"""A state's body written as "<State>'s foreign ministry", and a police force referred
back to as "the force": the body, not the state, and not nobody."""

from summaries.quotes import extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


def test_a_states_ministry_in_the_possessive_is_the_ministry():
    text = (
        "On Thursday, Russia's foreign ministry said the talks \"cannot be separated from "
        'the question of aviation parts," a link it had not made before.'
    )
    assert _speakers(text) == ["Russia's foreign ministry"]


def test_a_police_force_referred_back_to_as_the_force():
    text = (
        "Dyfed-Powys Police said patrols would continue. In a statement, the force said "
        'that "no officer will lose their post" and that the desk would "reopen by spring."'
    )
    assert _speakers(text) == ["Dyfed-Powys Police", "Dyfed-Powys Police"]
    text = (
        "Northumbria Constabulary said patrols would continue. In a statement, the force "
        'said that "no officer will lose their post."'
    )
    assert _speakers(text) == ["Northumbria Constabulary"]
