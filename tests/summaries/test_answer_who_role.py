"""A "who" question that describes the person by a role ("the festival's artistic
director", "who signed the complaint") is answered by the sentence that introduces someone
with that role, not by the story's first sentence, which names someone else."""

from __future__ import annotations

import pytest

from summaries.answers import answer
from summaries.store import Store
from tests.summaries.answer_stories import ARTICLES

FESTIVAL = (
    "orbit-film-festival-cosmonaut-clip",
    "Film festival in Tampere screens cosmonaut's clip from orbit",
    "2026-09-14T12:00:00Z",
    True,
    [
        "TAMPERE — Finnish actress Liisa Korhonen opened the Orbit Film Festival on Friday "
        "with a short film shot aboard the International Space Station by a cosmonaut.",
        "The clip ran without the Russian flag patch, which had been blurred by the editors.",
        "The Russian Embassy in Helsinki called the blurring an insult to the cosmonaut.",
        "The festival had agreed to screen the clip in the spring, through ESA.",
        "Artistic director Mikko Saarinen, who chose the programme, defended the screening.",
    ],
    [],
)
COMPLAINT = (
    "esa-complaint-payload-held",
    "ESA complains to Roscosmos over payload held in Russian segment",
    "2026-10-02T12:00:00Z",
    True,
    [
        "PARIS — Dutch astronaut Femke de Groot said on Tuesday that a Dutch plant-growth "
        "payload had sat unused in the Russian segment of the space station for months.",
        "ESA has sent Roscosmos a formal complaint about the payload.",
        "The complaint is signed by the head of its legal office, Annelies Vermeulen.",
    ],
    [],
)


@pytest.fixture
def store(make_store) -> Store:
    return make_store([*ARTICLES, FESTIVAL, COMPLAINT])


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("who's the orbit film festival director defending the cosmonaut clip", "Saarinen"),
        ("who signed the complaint esa sent roscosmos", "Vermeulen"),
    ],
)
def test_role_asked_for_leads(store: Store, question: str, name: str) -> None:
    r = answer(store, question)
    assert r.found
    assert name in r.answer[:200]
