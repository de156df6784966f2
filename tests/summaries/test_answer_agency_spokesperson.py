"""A member asked "what did NASA say?" after a story in which "agency spokesperson Jacob
Reyes" answers for NASA, the sentence before naming it: the bot gave an unnamed NASA
spokesperson's words from another story, and asked outright it declined with Roscosmos's
retort in the same story ("the quote is Roscosmos's")."""

from __future__ import annotations

from summaries.answers import Conversation, answer
from tests.summaries.answer_stories import ARTICLES

FLAG = (
    "cosmonaut-flag-photo",
    "Ukraine demands NASA response after cosmonauts pose with occupation flag aboard ISS",
    "2026-11-22T10:00:00Z",
    True,
    [
        "Ukraine has demanded that NASA and the other station partners condemn a photograph "
        "taken aboard the International Space Station that shows two Russian cosmonauts "
        "holding the flag of the Moscow-installed administration of occupied Zaporizhzhia.",
        "The image, posted on Saturday on the Roscosmos Telegram channel, shows the "
        "cosmonauts in the Zvezda module with the flag, under a caption congratulating "
        '"the residents of the Zaporozhye region on the anniversary of reunification."',
        "NASA distanced itself from the image but stopped short of condemning Roscosmos. "
        '"NASA does not endorse political messages from the International Space Station," '
        "agency spokesperson Jacob Reyes said.",
        'Roscosmos rejected the criticism. "Our cosmonauts greeted Russian citizens, as they '
        "always have. Those who are offended by a flag should look at what they themselves "
        'send to Ukraine," Roscosmos said in a statement posted alongside the photo.',
    ],
    [],
)
INDIA = (
    "india-partnership-request",
    "India asks to join the ISS partnership",
    "2026-11-10T10:00:00Z",
    True,
    [
        "India has formally asked to become a participating state of the International "
        "Space Station, its space agency said.",
        'A NASA spokesperson said the request "will be considered by the partnership through '
        'the Multilateral Coordination Board."',
    ],
    [
        (
            "NASA",
            "will be considered by the partnership through the Multilateral Coordination Board.",
        )
    ],
)


def test_what_did_nasa_say_about_the_photo_gives_its_spokesperson(make_store):
    store = make_store([*ARTICLES, FLAG, INDIA])
    reply = answer(store, "what did NASA say about the flag photo?")
    # NASA's position as the story gives it, then its spokesperson's words
    assert reply.found and reply.answer.startswith("As reported on 22 Nov 2026: NASA distanced")
    assert '"NASA does not endorse political messages' in reply.answer


def test_what_did_nasa_say_after_the_story_stays_in_it(make_store):
    store = make_store([*ARTICLES, FLAG, INDIA])
    conv = Conversation()
    first = answer(store, "what happened with the flag on the space station?", conversation=conv)
    assert first.found and "Zaporizhzhia" in first.answer, first.answer
    reply = answer(store, "what did NASA say?", conversation=conv)
    assert reply.found and "NASA does not endorse" in reply.answer, reply.answer
