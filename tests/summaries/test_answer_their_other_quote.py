"""A member recalls a quote by its words, and the words they recall may sit in the
speaker's other quote, earlier in the story: the answer adds the one sharing the
question's words, not simply the next."""

from __future__ import annotations

from summaries.answers import answer
from tests.summaries.answer_stories import ARTICLES, story_id

SEALS = (
    "ghent-seals-ruling",
    "EU court upholds listing of Belgian seal maker over Progress parts",
    "2027-03-02T09:00:00Z",
    True,
    [
        "The EU General Court on Tuesday upheld sanctions on a Ghent company that makes seals "
        "for the Progress cargo ships that supply the International Space Station.",
        "The company's lawyer, Maarten Vos, told reporters the firm would appeal.",
        '"The Court has decided that a seal on a space station is a weapon. We will take '
        'that to Luxembourg," Vos said.',
        "The ruling leaves Roscosmos without a European supplier for the part.",
        '"Every Progress that docks carries our seals. Nobody in Moscow will be short of '
        'air because of this judgment," Vos added.',
    ],
    [],
)


def test_the_speakers_quote_with_the_asked_words_is_added(make_store):
    store = make_store([*ARTICLES, SEALS])
    reply = answer(
        store,
        "what did vos say about nobody in moscow being short of air and taking it to luxembourg",
    )
    assert reply.found
    assert reply.citations[0].id == story_id(store, "ghent-seals-ruling")
    assert "Nobody in Moscow will be short of air" in reply.answer
    assert "We will take that to Luxembourg" in reply.answer
