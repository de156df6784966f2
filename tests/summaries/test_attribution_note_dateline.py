"""A dateline under an editor's note or a byline is still a place, never a speaker."""

from __future__ import annotations

from summaries.quotes import extract_quotes

TEXT = (
    "[Translated from the Chinese by our staff]\n\n"
    "BEIJING, Nov. 26 (Huaxia) -- The Chinese government on Thursday expressed strong "
    "dissatisfaction with a U.S. decision to bar a detector from the International Space "
    'Station, calling the move "a typical act of technological bullying."\n\n'
    'Foreign Ministry spokesperson Guo Minghui said: "Space should not become a private '
    'club."'
)


def test_the_dateline_below_a_note_is_not_the_speaker():
    """ "BEIJING said" was the answer engine's attribution (second fresh tester)."""
    speakers = [q.speaker for q in extract_quotes(TEXT)]
    assert speakers[0] != "BEIJING" and speakers[0] == "Chinese government", speakers
    assert speakers[1] == "Guo"
