"""Questions a newcomer types after the README's first command: the console demo's sample
feeds, polled for real, then asked in one conversation as `chat` would. Each answer below
went wrong once (declined, held to the last topic, or a quote given twice)."""

from __future__ import annotations

import re

import pytest

from summaries.answers import Conversation, answer
from summaries.store import Store
from tests.bot.helpers import run_demo


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Store:
    db = tmp_path_factory.mktemp("demo") / "demo.db"
    out = run_demo(db)
    assert out.returncode == 0, out.stderr
    store = Store(db)
    yield store
    store.close()


def test_a_state_speaks_through_its_foreign_ministry(demo):
    reply = answer(demo, "what did ukraine say about the banner?")
    assert reply.found and "foreign ministry called the gesture" in reply.answer, reply.answer


def test_the_head_of_roscosmos_is_found_by_his_title(demo):
    reply = answer(demo, "who is the head of roscosmos?")
    assert reply.found and "Arkady Voronov" in reply.answer, reply.answer


def test_a_new_speaker_is_not_held_to_the_last_topic(demo):
    conv = Conversation()
    assert answer(demo, "what's happening with rosalind franklin?", conversation=conv).found
    reply = answer(demo, "what did reyes say?", conversation=conv)
    assert reply.found and reply.answer.startswith("Reyes said"), reply.answer


def test_no_quote_is_given_twice(demo):
    reply = answer(demo, "what do the partners think of the banner?")
    assert reply.found, reply.answer
    assert reply.answer.count("asks the Americans to apologise") <= 1, reply.answer


def test_a_lawmakers_quote_is_found_for_the_bill_he_is_asked_about(demo):
    # the story's title says "who pays", the member says "the bill"
    for question in (
        "what did dorsey say about the deorbit bill?",
        "what did congress say about the deorbit bill?",
    ):
        reply = answer(demo, question)
        assert reply.found and reply.answer.startswith("Dorsey said"), (question, reply.answer)


def test_a_state_asked_about_speaks_through_its_agency(demo):
    # "Roscosmos spokeswoman Irina Belova": Russia answering, in a member's words
    for question in (
        "how did the russians respond to the banner criticism?",
        "what did russia say about the banner?",
    ):
        reply = answer(demo, question)
        assert reply.found and reply.answer.startswith("Belova said"), (question, reply.answer)


def test_question_words_typed_in_a_hurry(demo):
    # the same answer as the question spelt out (which quote leads can turn on story ids,
    # which the demo's concurrent poll hands out in any order)
    typed = answer(demo, "wht did roscosmos say abt the export licnce delay")
    spelt = answer(demo, "what did roscosmos say about the export licence delay")
    assert typed.found and typed.answer == spelt.answer, typed.answer
    reply = answer(demo, "whn did nasa and roscosmos extend the seat swap")
    assert reply.found and "announced on Tuesday" in reply.answer, reply.answer


def test_whats_the_deal_with_asks_for_the_latest(demo):
    reply = answer(demo, "whats the deal with the deorbit vehicle")
    assert reply.found and "who pays to bring the outpost down" in reply.answer, reply.answer


def test_it_and_they_in_a_follow_up_are_the_last_topic(demo):
    conv = Conversation()
    assert answer(demo, "what's stuck in a connecticut warehouse?", conversation=conv).found
    reply = answer(demo, "when's the flight they need them for?", conversation=conv)
    assert reply.found and reply.answer.startswith("Russia needs the parts"), reply.answer
    conv = Conversation()
    assert answer(demo, "whats the deal with the deorbit vehicle", conversation=conv).found
    reply = answer(demo, "how much does it cost?", conversation=conv)
    # the deorbit story's price, or nothing: never the shareholder adviser's $4.2 billion
    assert "takeover" not in reply.answer, reply.answer


def test_a_sum_for_another_thing_does_not_answer_how_much(demo):
    # "reboosts" is jargon, not a name: the $843 million vehicle is not what NASA pays for them
    reply = answer(demo, "how much does nasa pay russia for reboosts?")
    assert not reply.found, reply.answer


def test_who_provides_propulsion_opens_with_the_fact(demo):
    # PRODUCT.md's own example question; the answer opened with Voronov's "will not pay"
    # because the best sentence began "He said Russian Progress ships … provide …"
    reply = answer(demo, "Who provides propulsion for the station?")
    assert reply.found, reply.answer
    assert reply.answer.startswith("The Russian segment supplies most of the station's propulsion")


def test_who_provides_propulsion_mid_conversation_is_still_about_the_station(demo):
    # after a quote from the deorbit story, whose "reboost thrust" is only a synonym of
    # propulsion: the bare question is not a follow-up on that story
    conv = Conversation()
    assert answer(demo, "what did voronov say?", conversation=conv).found
    reply = answer(demo, "who provides propulsion?", conversation=conv)
    assert reply.answer.startswith("The Russian segment supplies most of the station's propulsion")


def test_who_provides_propulsion_asked_bare_is_about_the_station(demo):
    # the README's example: two everyday words naming nothing led with the braking engines
    # NASA supplies for ESA's Mars rover (the sample's space-politics decoy)
    reply = answer(demo, "who provides propulsion?")
    assert reply.found, reply.answer
    assert reply.answer.startswith("The Russian segment supplies most of the station's propulsion")


@pytest.mark.parametrize(
    "typed",
    [
        "what did Voronov say? <@300000000000000001>",  # a member mentioned in Discord
        "@everyone <@&123> what did Voronov say?",
        "hey, what did Voronov say?",
        "ok so what did Voronov say? thanks",
        "WHAT DID VORONOV SAY?",
        "What Did Voronov Say?",
    ],
)
def test_chat_habits_get_the_answer_the_plain_question_gets(demo, typed):
    plain = answer(demo, "what did Voronov say?")
    reply = answer(demo, typed)
    assert plain.found and reply.answer == plain.answer, reply.answer


def test_title_case_keeps_acronyms_and_finds_the_fact(demo):
    reply = answer(demo, "Who Provides Propulsion For The Station?")
    assert reply.answer.startswith("The Russian segment supplies"), reply.answer
    reply = answer(demo, "What Did NASA Say About The ISS?")
    assert reply.found and reply.answer.startswith("NASA said"), reply.answer


@pytest.mark.parametrize(
    "typed",
    ["hello", "hi there!", "thanks!", "ok thanks", "Hey", "lol", "cool story", "interesting"],
)
def test_small_talk_is_not_told_the_stories_have_nothing(demo, typed):
    reply = answer(demo, typed)
    assert not reply.found and "nothing on that" not in reply.answer, reply.answer
    assert "ISS" in reply.answer  # it says what it can be asked


def test_a_year_asked_about_is_when_the_story_is_dated(demo):
    reply = answer(demo, "what did Voronov say in 2026?")
    assert reply.found and "2026" in reply.answer.split(":")[0], reply.answer
    assert not answer(demo, "what did Voronov say in 2019?").found


def test_when_was_that_gives_the_date_of_the_last_answer(demo):
    conv = Conversation()
    first = answer(demo, "what did Belova say about the banner?", conversation=conv)
    assert first.found
    for follow_up in ("when was that?", "and when did she say it?"):
        reply = answer(demo, follow_up, conversation=conv)
        assert reply.answer.startswith("That was reported on 8 Oct 2025"), reply.answer
        assert reply.citations == first.citations[:1]


def test_and_another_speaker_asks_them_the_same_question(demo):
    conv = Conversation()
    assert answer(
        demo, "what did Roscosmos say about leaving the station?", conversation=conv
    ).found
    reply = answer(demo, "what about Belova?", conversation=conv)
    assert reply.answer.startswith("Belova said"), reply.answer
    reply = answer(demo, "and the Europeans?", conversation=conv)
    # ESA's director of human spaceflight on Russia leaving, not "European and Japanese
    # officials said …" followed by JAXA's Kenji Sato (the answer before 376b07b)
    assert reply.answer.startswith("Marchetti said"), reply.answer
    assert "ready for the day it leaves" in reply.answer
    assert "largest budget yet" not in reply.answer  # the ESA budget story's opening


def test_where_something_was_posted_is_answered_with_the_channel(demo):
    reply = answer(demo, "where did roscosmos post the banner video")
    assert reply.answer.startswith("Roscosmos posted it on its Telegram channel"), reply.answer


@pytest.mark.parametrize(
    ("typed", "name"),
    [("what did voronv say?", "Voronov"), ("what did marcheti say?", "Marchetti")],
)
def test_a_speakers_name_typed_one_letter_wrong_is_found(demo, typed, name):
    reply = answer(demo, typed)
    assert reply.answer.startswith(f"{name} said"), reply.answer


def test_the_feminine_form_of_a_surname_is_another_person(demo):
    assert not answer(demo, "what did Belov say about the banner?").found


def test_who_said_that_names_the_speaker_of_the_last_answers_quote(demo):
    conv = Conversation()
    assert answer(demo, "what did Belova say about the banner?", conversation=conv).found
    reply = answer(demo, "who said that?", conversation=conv)
    assert reply.answer.startswith("That was Belova, in “Cosmonauts' banner"), reply.answer
    assert answer(demo, "who provides propulsion for the station?", conversation=conv).found
    reply = answer(demo, "who said that?", conversation=conv)
    assert reply.answer.startswith("No one is quoted there"), reply.answer


def test_a_speakers_name_after_a_quote_does_not_run_into_the_next_sentence(demo):
    for question in ("does money change hands", "what happens if russia leaves"):
        text = answer(demo, question).answer
        assert "” — " in text, (question, text)  # the quote's speaker is named after it
        assert not re.search(r"” — [A-Z][\w’'-]+ [A-Z]", text), (question, text)


def test_a_cut_summary_and_the_detail_after_it_have_one_ellipsis_between(demo):
    text = answer(demo, "whats the deal with the zvezda parts").answer
    assert "The sensors" in text and "… …" not in text, text


def test_source_and_more_are_about_the_last_answer_not_searches(demo):
    conv = Conversation()
    first = answer(demo, "who provides propulsion for the station?", conversation=conv)
    sources = answer(demo, "source?", conversation=conv)
    assert sources.found and sources.citations == first.citations
    assert sources.answer.startswith("That came from") and first.citations[0].title in (
        sources.answer
    ), sources.answer
    more = answer(demo, "more?", conversation=conv)
    assert more.found and more.citations == first.citations[:1], more.answer
    assert more.answer.startswith(f"More from “{first.citations[0].title}”: ")
    again = answer(demo, "tell me more", conversation=conv)
    said = more.answer.split(": ", 1)[1]
    assert again.found and said[:60] not in again.answer and said[:60] not in first.answer
    assert "Voronov said" in said  # the story's next sentences, in its order


@pytest.mark.parametrize(
    "typed", ["what's going on with the station", "whats the latest on the station"]
)
def test_the_latest_on_the_station_is_station_news_not_a_namesake(demo, typed):
    # the sample site's newest "ISS" and "station" titles are a think tank's report and a
    # nuclear power station's; a newcomer asking about the station means neither
    reply = answer(demo, typed)
    assert reply.found, reply.answer
    assert "Export licence delay strands replacement parts" in reply.answer.split("\n")[0]
    titles = " ".join(c.title for c in reply.citations)
    assert "Nuclear power station" not in titles and "ISS report" not in titles, titles


@pytest.mark.parametrize(
    ("typed", "cited"),
    [
        ("roscomos sanctons", "Roscosmos chief ties Russia's future"),
        ("seat swpa", "seat-swap deal"),
        # Roscosmos's own words: its letter ("… the letter states") since 2042bca, not
        # only its spokeswoman's
        ("what did roscomos say", "Roscosmos chief ties Russia's future"),
    ],
)
def test_a_body_or_word_typed_one_letter_wrong_is_read_as_meant(demo, typed, cited):
    # "roscomos" is one edit from a name the gazetteer knows; "swpa" two letters swapped
    reply = answer(demo, typed)
    assert reply.found and cited in reply.citations[0].title, (reply.answer, reply.citations)


@pytest.mark.parametrize(
    "typed", ["who is the head of nasa", "nasa boss", "who heads nasa", "who runs nasa"]
)
def test_the_head_of_nasa_is_its_administrator(demo, typed):
    # the gazetteer's NASA heads include an acting administrator, whose title hid the
    # office's ("NASA Administrator Dana Whitfield" in the sample story)
    reply = answer(demo, typed)
    assert reply.found and "Dana Whitfield" in reply.answer, reply.answer
    assert "Reyes" not in reply.answer.split(".")[0], reply.answer  # not the programme's


def test_a_speakers_quote_far_below_the_story_subject_still_answers_it(demo):
    """The Zvezda story's first sentence is about the sensors; NASA's quote four
    paragraphs down never names them, and was declined as off the topic."""
    reply = answer(demo, "what did nasa say about the zvezda sensors")
    assert reply.found and reply.answer.startswith("Reyes said"), reply.answer
    assert "safety of the crew" in reply.answer
    assert [c.title for c in reply.citations][0].startswith("Export licence delay")
    # a topic the story is not about stays declined
    assert not answer(demo, "what did nasa say about the zvezda toilet").found
