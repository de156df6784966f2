""" "Who is the flight surgeon": the words of a multi-word role ("flight director") are a
role together, not one by one. Counting "flight" alone as a role made the who-role check
look for "flight" beside a new name, so "Commander Anna Petrova's flight" read as
introducing the one asked for."""

from __future__ import annotations

from summaries import question as q_parse
from summaries.aliases import load_aliases
from summaries.answer_who_role import asked_words
from summaries.terms import stems


def _asked(text: str) -> frozenset[str]:
    return asked_words(q_parse.parse(text, load_aliases(), None))


def test_a_word_of_a_multi_word_role_is_no_role_alone():
    assert not _asked("who is the flight surgeon for the soyuz crew")
    assert _asked("who was the flight controller on duty") == frozenset(stems("controller"))


def test_a_multi_word_role_asked_whole_is_still_a_role():
    assert _asked("who was the flight director on duty") >= frozenset(stems("flight director"))
    assert _asked("who is the director general of roscosmos") >= frozenset(stems("director"))
