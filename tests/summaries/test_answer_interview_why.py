"""A "why" about a Q&A interview is answered with the reply to the interviewer's own
"why" ("Q: Why not a Soyuz this time?" / "A: We tried. …"): the reply gives the reason
over its first sentences, in words the member's question does not share."""

from __future__ import annotations

from summaries.answers import answer
from tests.summaries.answer_stories import ARTICLES

INTERVIEW = (
    "interview-peru-agency-chief-no-soyuz",
    "Five questions for Peru's space agency chief on flying with the Americans",
    "2026-11-18T09:00:00Z",
    True,
    [
        "LIMA — Peru's first astronaut will fly to the International Space Station in 2028 on "
        "a U.S. commercial capsule, after the agency's talks with Moscow ended, the head of "
        "the National Aerospace Research and Development Commission, Carlos Huamán, told "
        "Andean Science Weekly in an interview after the signing ceremony.",
        "Edited excerpts follow.",
        "Q: Where will the astronaut train?",
        "A: In Houston, for about a year, and then at the company's site in California.",
        "Q: Why not a Soyuz, like the Russians offered in 2019?",
        "A: We tried. Our ministry wrote to Roscosmos twice in 2024. The second letter was "
        "returned unopened by the embassy courier. That told us enough.",
        "Q: What will the astronaut study?",
        "A: Potato tubers and the bone loss of high-altitude populations.",
    ],
    [],
)


def test_a_why_about_an_interview_takes_the_reply_to_the_interviewers_why(make_store):
    store = make_store([*ARTICLES, INTERVIEW])
    reply = answer(
        store, "why is peru's first astronaut flying on an american capsule and not a soyuz"
    )
    assert reply.found, reply.answer
    assert "returned unopened" in reply.answer, reply.answer
    assert reply.answer.startswith("A: We tried."), reply.answer  # the reply leads
