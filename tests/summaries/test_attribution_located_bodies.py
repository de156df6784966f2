"""A body written with where it sits or who owns it before its name ("The US-based
Satellite Industry Association said"): the body's name without the modifier."""

from summaries.quotes import extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


def test_a_based_modifier_is_no_part_of_the_name():
    text = (
        "Industry groups are split. The Brussels-based Space Operators Association said "
        'in a statement that it "shares the concerns of its members" and would keep talking.'
    )
    assert _speakers(text) == ["Space Operators Association"]
