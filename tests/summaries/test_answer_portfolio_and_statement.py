"""A member's questions on the station treaty amendment and the deorbit bill: "What did the
Canadian minister say about the station?" was declined (a joint statement's words, the
minister named in the sentence before them, won over her own quote, whose description
"Canada's Minister of Innovation, Science and Industry, Élise Fournier" was cut at the
portfolio's first comma), and "How much does the deorbit vehicle cost?" was declined
although the story prices "the vehicle that will push the station out of orbit"."""

from __future__ import annotations

from summaries.answers import answer
from tests.summaries.answer_stories import ARTICLES

AMENDMENT = (
    "iga-amendment-ottawa",
    "Four ISS partners sign amendment to the station treaty; Russia stays out",
    "2026-11-17T10:00:00Z",
    True,
    [
        "The United States, Canada, Japan and the member states of the European Space Agency "
        "signed an amendment on Monday to the 1998 Intergovernmental Agreement that governs "
        "the International Space Station. Russia declined to sign.",
        "The amendment was signed in Ottawa at a ceremony hosted by Canada's Minister of "
        'Innovation, Science and Industry, Élise Fournier. "The partners who built this '
        'station together intend to finish its mission together," the joint statement reads.',
        '"Canada has been part of this station since the first bolt," Fournier said. "We were '
        'not going to let its last chapter be written by lawyers arguing over blame."',
    ],
    [],
)
DEORBIT = (
    "deorbit-bill-shared",
    "NASA asks partners to share deorbit bill; Europe says it never agreed to pay",
    "2026-11-12T10:00:00Z",
    True,
    [
        "NASA has asked the other International Space Station partners to pay roughly a "
        "third of the $1.1 billion cost of the vehicle that will push the station out of "
        "orbit at the end of its life, opening a dispute with Europe and Japan.",
        "The dispute matters because the deorbit vehicle is needed whatever happens.",
    ],
    [],
)


def test_a_ministers_own_words_not_the_joint_statement_after_her_name(make_store):
    store = make_store([*ARTICLES, AMENDMENT, DEORBIT])
    reply = answer(store, "What did the Canadian minister say about the station?")
    assert reply.found and reply.answer.startswith("Fournier said"), reply.answer
    assert "since the first bolt" in reply.answer


def test_the_price_of_the_vehicle_pushing_the_station_out_of_orbit(make_store):
    store = make_store([*ARTICLES, AMENDMENT, DEORBIT])
    reply = answer(store, "How much does the deorbit vehicle cost?")
    assert reply.found and "$1.1 billion" in reply.answer, reply.answer
