"""A body asked about in a follow-up ("and the eu?") is the one whose person the stories
describe as theirs ("EU Commissioner Margit Lindqvist"), not one whose sentence goes on to
say what the EU did ("…, Anatoly Vereshchagin, said that … after the European Union
expanded sanctions"): what happened after him is not who he is (the member tester)."""

from __future__ import annotations

from summaries.answers import Conversation, answer
from tests.summaries.answer_stories import ARTICLES

DETACH = (
    "russia-detach-threat",
    "Russia threatens to detach ISS segment as EU widens sanctions",
    "2027-11-08T15:00:00Z",
    True,
    [
        "Russia's space agency said on Monday it would begin studying how to operate its "
        "segment of the International Space Station on its own, hours after the European "
        "Union added 14 Russian aerospace suppliers to its sanctions list.",
        '"If Brussels wants to punish our engineers, it should not be surprised when our '
        'engineers stop answering its calls," Roscosmos Director General Anatoly '
        "Vereshchagin said in a video on Telegram.",
        "\"Our teams in Houston and Moscow spoke this morning, and the crew's schedule has "
        'not changed," NASA spokeswoman Kelly Ortega said of the detach threat.',
        'EU Commissioner Margit Lindqvist defended the listings. "These companies build '
        'components for missiles that are falling on Ukrainian cities," she told reporters.',
    ],
    [],
)
EARLIER = (
    "cross-flights-unsigned",
    "Roscosmos says 2028 seat-swap deal with NASA will not be signed",
    "2027-12-02T11:00:00Z",
    True,
    [
        "Roscosmos will not extend the agreement on integrated crews with NASA for 2028, its "
        "deputy director general told journalists.",
        "Earlier the head of Roscosmos, Anatoly Vereshchagin, said that the state "
        "corporation had begun an assessment of autonomous flight of the Russian segment "
        "after the European Union expanded sanctions against Russian aerospace enterprises.",
    ],
    [],
)


def test_and_the_eu_after_nasas_words_gives_the_commissioner(make_store):
    store = make_store([*ARTICLES, DETACH, EARLIER])
    conv = Conversation()
    first = answer(store, "what did nasa say about the detach threat", conversation=conv)
    assert first.answer.startswith("Ortega said"), first.answer
    reply = answer(store, "and the eu?", conversation=conv)
    assert reply.found and reply.answer.startswith("Lindqvist said"), reply.answer
