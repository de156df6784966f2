"""'The Sevenoaks MP', 'the Texas Republican': a member described by the place they sit
for is the person the story named beside that place, never a person called after it."""

from summaries.quotes import extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


def test_the_constituency_mp_is_the_member_named_with_it():
    text = (
        "Priti Lal (Labour, Ealing Southall) asked the minister about the delay. Dame "
        "Ruth Kerr chaired the session.\n\nThe Southall MP said the answer was "
        '"a shrug dressed up as a timetable."'
    )
    assert _speakers(text) == ["Lal"]


def test_the_state_and_party_is_the_member_named_with_them():
    text = (
        "Rep. Marcus Bell, a Nevada Republican, questioned the budget. Admiral Joan Ford "
        "defended it.\n\nThe Nevada Republican later said the plan was "
        '"dead before it reached the floor."'
    )
    assert _speakers(text) == ["Bell"]
