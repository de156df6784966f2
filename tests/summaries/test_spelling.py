"""summaries.spelling: a typo is read as the word meant; a name stays a name."""

from __future__ import annotations

from summaries.answers import answer
from summaries.question import _asking_words_respelt
from summaries.retrieval import load_aliases
from summaries.spelling import corrections


def _topic(text: str):
    return tuple(load_aliases().concepts(text))


def test_a_typo_one_edit_from_a_stored_word_is_corrected():
    topic = _topic("festval experimnets")
    fixed = corrections(topic, [0.0, 0.0], lambda c: True)
    assert {c.text for c in fixed.values()} == {"festival", "experiments"}


def test_a_word_the_store_has_or_a_name_with_no_common_neighbour_is_kept():
    topic = _topic("festval tianzhou")
    assert corrections(topic, [3.0, 0.0], lambda c: True) == {}
    assert corrections(topic, [0.0, 0.0], lambda c: False) == {}


def test_a_short_typo_of_a_word_every_question_has_is_dropped():
    """ "wat did nasa say abot the cosmonauts banner" was declined: "abot" (too short for
    the topic-word guess) stood as a name no story has."""
    topic = _topic("abot banner")
    assert corrections(topic, [0.0, 2.0], lambda c: True) == {0: None}
    # a short word the store lacks that is no typo of such a word stays as it is
    assert corrections(_topic("jaxa banner"), [0.0, 2.0], lambda c: True) == {}


def test_a_mistyped_about_no_longer_makes_a_quote_question_decline(make_store):
    store = make_store()
    typed = answer(store, "what did rogozin say abot sanctions?")
    assert (
        typed.found
        and typed.answer == answer(store, "what did rogozin say about sanctions?").answer
    )


def test_a_mistyped_question_word_or_say_is_read_as_meant(make_store):
    """ "waht did shatrov sya on telegram" was declined; spelt right it was answered."""
    store = make_store()
    typed = answer(store, "waht did rogozin sya about sanctions")
    assert (
        typed.found and typed.answer == answer(store, "what did rogozin say about sanctions").answer
    )


def test_a_word_two_question_words_are_one_edit_from_is_left_alone():
    assert _asking_words_respelt("hwo is the nasa chief") == "hwo is the nasa chief"  # who? how?
    assert _asking_words_respelt("whne will the iss end") == "when will the iss end"
    assert _asking_words_respelt("what did tass say") == "what did tass say"
    assert _asking_words_respelt("is sary-arka blacklisted") == "is sary-arka blacklisted"
