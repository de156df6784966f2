"""Attribution patterns from dev 791-820: name particles, places, role nouns, bodies."""

from summaries.quotes import extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


def test_a_maori_te_particle_stays_with_the_surname():
    text = (
        "WELLINGTON — Aroha Te Whata-Morrison won the selection on Saturday at Te Aro Park. "
        "Te Whata-Morrison, 43, beat two rivals.\n\n"
        '"Politics turned out to be less predictable," she told supporters at Te Aro Park.'
    )
    assert _speakers(text) == ["Te Whata-Morrison"]


def test_a_country_after_a_city_is_a_place_not_the_next_she():
    text = (
        "Amankwah, who grew up in Kumasi, Ghana, and moved to Houston for graduate school, "
        'explained why the job could not wait. "The box was flickering," she said.'
    )
    assert _speakers(text) == ["Amankwah"]
