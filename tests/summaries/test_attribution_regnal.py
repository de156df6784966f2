"""Regnal names ("Pope Gregory XVII", "King Charles III") keep their number, and
a capitalised title after "the" ("the Pope said") is the one the story introduced with it,
never a person called "Pope"."""

from summaries.quotes import extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


def test_a_pope_by_regnal_name_then_the_pope():
    text = (
        "Pope Gregory XVII met the crew by video link on Sunday. The call was arranged "
        "by the Italian Space Agency.\n\n"
        '"From up there you see no borders," the Pope said. "Pray for those below."'
    )
    assert _speakers(text) == ["Gregory XVII", "Gregory XVII"]


def test_a_capitalised_title_after_the_is_the_one_introduced_with_it():
    text = (
        "Minister for Health Jane Roe announced the plan on Monday. The unions were not "
        'told.\n\n"We will fund every ward," the Minister said.'
    )
    assert _speakers(text) == ["Roe"]
