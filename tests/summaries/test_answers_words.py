"""summaries.answers: a question asking for someone's words gets the quote, not only the
reporter's sentence that leads up to it."""

from __future__ import annotations

import pytest

from summaries.answer_said import asks_words, quote_after
from summaries.answers import answer
from summaries.sentences import split_sentences
from tests.summaries.answer_stories import ARTICLES

RESCUE = (
    "soyuz-rescue-plan",
    "Empty Soyuz to fly as lifeboat for damaged capsule's crew",
    "2023-01-11T10:00:00Z",
    True,
    [
        "MOSCOW — Roscosmos will launch an empty Soyuz next month to bring home the crew "
        "whose capsule lost its coolant, the agency said on Wednesday.",
        "Dana Whitfield, NASA's station programme manager, and Krikalev answered questions "
        "from Houston and Moscow. Asked what "
        "would happen if the station had to be evacuated before the new ship arrived, "
        "Whitfield said that a plan was in place to move Rubio's seat liner into the "
        "Crew Dragon. She said the fit had been checked. "
        "\u201cIt is not a comfortable ride, but it is a ride home,\u201d she added.",
        "The replacement capsule is due to dock in late February.",
    ],
    [],
)

SPLASHDOWN = (
    "halcyon-splashdown",
    "Private Halcyon crew splashes down off California",
    "2026-07-09T16:00:00Z",
    True,
    [
        "The four members of the Halcyon crew splashed down off San Diego on Thursday "
        "after 16 days in orbit, 13 of them docked to the station.",
        "The Portuguese crew member, Rui Medeiros, was helped out of the capsule first and "
        "gave a thumbs-up. His first words to the recovery team, relayed by the company: "
        "\u201cGravity is overrated.\u201d",
        "Recovery ships will bring the capsule back to port on Friday.",
    ],
    [],
)


@pytest.fixture
def store(make_store):
    return make_store([*ARTICLES, RESCUE, SPLASHDOWN])


def test_how_did_the_manager_sum_it_up_brings_her_quote_after_the_paraphrase(store):
    reply = answer(
        store,
        "How did the NASA manager sum up squeezing Rubio into the Dragon if the crew had to flee?",
    )
    assert reply.found
    assert "plan was in place" in reply.answer
    assert "not a comfortable ride" in reply.answer


def test_first_words_are_the_quote_after_the_sentence_naming_him(store):
    reply = answer(
        store,
        "What were the first words of the Portuguese member of the Halcyon crew after "
        "being helped out of the capsule?",
    )
    assert reply.found
    assert "Gravity is overrated" in reply.answer


def test_a_quote_by_someone_else_is_not_brought_along():
    text = "Whitfield said a plan was in place. \u201cWe are ready,\u201d Krikalev said."
    spans = split_sentences(text)
    assert quote_after(text, spans, 0, text[slice(*spans[0])]) == []
    own = "Whitfield said a plan was in place. \u201cWe are ready,\u201d she said."
    spans = split_sentences(own)
    assert quote_after(own, spans, 0, own[slice(*spans[0])]) == [1]


def test_words_questions_are_told_from_fact_questions():
    assert asks_words("how did the manager sum up the plan")
    assert asks_words("what were his first words after landing")
    assert not asks_words("when will the replacement Soyuz launch")


DEORBIT = (
    "deorbit-conditions",
    "Moscow sets conditions for helping bring the station down",
    "2026-04-08T09:00:00Z",
    True,
    [
        "MOSCOW — Russia will help steer the station into a controlled re-entry only if "
        "Western sanctions on its space industry are eased, Roscosmos said on Tuesday.",
        "Deputy Foreign Minister Konstantin Vorobyov, in an interview with the newspaper "
        'Izvestia, said that Moscow expected the West "to show elementary responsibility." '
        "\"If they want the station to come down safely and not on somebody's head, they "
        'know what to do," the diplomat said.',
        "NASA declined to comment.",
    ],
    [],
)


def test_a_few_words_quoted_in_his_sentence_bring_his_quote_after_it(make_store):
    store = make_store([*ARTICLES, DEORBIT])
    reply = answer(store, "What did Vorobyov tell Izvestia about responsibility for the station?")
    assert reply.found
    assert "elementary responsibility" in reply.answer
    assert "somebody's head" in reply.answer


LAUNCH = (
    "crew-launch-hydraulic-leak",
    "Dragon crew lifts off after hydraulic leak scrub",
    "2026-02-14T13:00:00Z",
    True,
    [
        "CAPE CANAVERAL — Four astronauts lifted off for the space station on Saturday, "
        "three days after a hydraulic leak on the launch pad scrubbed the first attempt.",
        "At the post-launch briefing, NASA's commercial crew manager, Luis Ferrante, was "
        "asked whether the hydraulic leak that scrubbed Tuesday's attempt had worried him. "
        "Ferrante's response was blunt: \u201cIf it worried me, we wouldn't have launched.\u201d "
        "He added: \u201cWe'll go back over the hydraulic leak data with SpaceX, as we always do.\u201d",
        "The crew is due to dock on Sunday morning.",
    ],
    [
        ("Ferrante", "If it worried me, we wouldn't have launched."),
        ("Ferrante", "We'll go back over the hydraulic leak data with SpaceX, as we always do."),
    ],
)


def test_the_quote_answering_what_he_was_asked_leads(make_store):
    """ "did Ferrante say the leak worried him?": the reply he gave when asked exactly that,
    not his other quote that happens to name the hydraulics."""
    store = make_store([*ARTICLES, LAUNCH])
    reply = answer(
        store, "did Ferrante say the hydraulic leak that scrubbed the launch worried him?"
    )
    assert reply.found
    assert reply.answer.startswith("Ferrante said")
    assert "If it worried me" in reply.answer[:120]


TURIN = (
    "minister-visits-turin-cargo",
    "Italian minister promises a cargo ship to replace Russian freighters",
    "2026-05-20T12:00:00Z",
    True,
    [
        "TURIN — Italy's industry minister promised on Tuesday that Italian factories "
        "could replace Russian cargo ships to the space station within three years.",
        "The head of the Italian Space Agency, Chiara Morandi, was more cautious about "
        "replacing the Russian cargo ships. She said the agency had not yet chosen a "
        "design. \u201cA freighter is not built in a year, whatever ministers say,\u201d "
        "she said.",
        "The minister toured the integration hall for two hours.",
    ],
    [],
)


def test_why_is_answered_with_the_quote_after_the_reporting_sentence(make_store):
    store = make_store([*ARTICLES, TURIN])
    reply = answer(
        store,
        "why was the italian space agency head cautious about replacing russian cargo ships",
    )
    assert reply.found
    assert "not built in a year" in reply.answer


HEARING = (
    "turkish-budget-hearing",
    "Turkish space agency asks parliament for more money",
    "2026-03-02T15:00:00Z",
    True,
    [
        "ANKARA — Turkey's space agency asked parliament's budget committee on Monday for "
        "a 40 percent increase, as its second astronaut still waits for a launch date.",
        "Opposition deputy Selin Akbaba blamed the S-400 dispute for the delay to the "
        "astronaut, saying he was being held hostage to a missile battery.",
        "Agency president Hakan Ertug answered questions for four hours. He said the "
        "astronaut's experiments were ready and that the delay was in Houston's hands.",
        '"I will not speculate about the S-400 dispute," Ertug replied when pressed.',
        "The committee will vote on the budget next week.",
    ],
    [],
)


def test_did_he_blame_is_answered_by_what_he_said(make_store):
    """A stance ("did the head blame …") is shown by the head's own words, not by the
    deputy's sentence that shares most of the question's."""
    store = make_store([*ARTICLES, HEARING])
    reply = answer(store, "did Ertug blame the S-400 dispute for the delay to the astronaut?")
    assert reply.found
    assert "I will not speculate" in reply.answer


def test_a_stance_verb_makes_the_subject_the_claimant():
    from summaries.aliases import load_aliases
    from summaries.question import parse

    q = parse("did the roscosmos boss want the seat swap to keep going?", load_aliases(), None)
    assert q.claimant
    assert not parse("did the seat swap keep going?", load_aliases(), None).claimant


def test_the_quote_outranks_the_sentences_leading_up_to_it():
    """Over budget, "He repeated a line NASA has used since 2022." goes before the line."""
    from summaries.answer_lead import _with_words
    from summaries.models import Story

    text = (
        "Montalbano was asked about the video at a briefing. He repeated a line NASA has "
        "used since 2022. \u201cOn orbit, we are one crew,\u201d he said.\n\n"
        "The next cargo flight is due in March."
    )
    story = Story(
        id=1,
        title="t",
        url="u",
        source="s",
        published=None,
        first_seen="",
        updated="",
        text=text,
        iss_geopolitical=True,
        score=0.0,
        reasons=(),
        tags=(),
        summary="",
        quotes=(),
    )
    assert _with_words(story, split_sentences(text), [0, 3]) == [0, 2, 3, 1]
