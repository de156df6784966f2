""" "Who is the head of Roscosmos?" is answered by a story that names a head the gazetteer
does not know ("Arkady Voronov, the director general of Roscosmos"): a role asked about is
also found by the office's other titles that all its known holders share."""

from __future__ import annotations

from summaries.aliases import load_aliases
from summaries.answers import answer
from tests.summaries.answer_stories import ARTICLES

NEW_HEAD = (
    "new-roscosmos-head-warns",
    "New Roscosmos chief warns partners over sanctions",
    "2031-03-13T18:05:00Z",
    True,
    [
        "Arkady Voronov, the director general of Roscosmos, told reporters in Moscow on Friday "
        "that Russia would reconsider its role on the International Space Station unless "
        "sanctions on its space industry were lifted.",
    ],
    [],
)


def test_a_role_carries_the_offices_other_titles():
    (concept,) = load_aliases().concepts("head of roscosmos")
    written = {w.lower() for _, w, _ in concept.phrases}
    assert {"director general of roscosmos", "roscosmos director general"} <= written


def test_an_unknown_holder_is_found_by_the_office(make_store):
    store = make_store([*ARTICLES, NEW_HEAD])
    reply = answer(store, "who is the head of roscosmos?")
    assert reply.found, reply.answer
    assert "Arkady Voronov" in reply.answer, reply.answer
