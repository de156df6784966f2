"""'…," a statement posted on the embassy's website said': the body whose site it is (or
nobody when the story names none of that kind), never the last body named before it."""

from summaries.quotes import extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


def test_a_statement_posted_on_a_bodys_website():
    text = (
        "The Ministry of Economy said the licences start in May. Russia's embassy in "
        'Tokyo condemned the decision. "These unfriendly steps will harm our ties," a '
        "statement posted on the embassy's website said."
    )
    assert _speakers(text) == ["Russia's embassy"]


def test_a_site_of_a_kind_the_story_never_named_is_nobodys():
    text = (
        "The Ministry of Economy said the licences start in May. "
        '"These steps will harm our ties," a statement posted on the company\'s website said.'
    )
    assert _speakers(text) == [None]
