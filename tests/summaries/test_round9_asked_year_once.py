""" "What did NASA say back in 2015 about the alarm": the quote answer checks each of up
to 40 quotes against the question's year; the year is the question's, so it is read
from the question once, and the check answers as before."""

from __future__ import annotations

from summaries import answer_dates
from summaries import question as q_parse
from summaries.aliases import load_aliases
from summaries.answer_dates import another_time
from summaries.models import Story

WHEN = "2027-01-01T00:00:00Z"
STORY = Story(
    1, "t", "https://fixtures.example/x", "s", WHEN, WHEN, WHEN, "", True, 1.0, (), (), "", ()
)


def _parse(text: str) -> q_parse.Question:
    return q_parse.parse(text, load_aliases(), None)


def test_a_year_asked_years_before_the_story_must_be_in_the_answer():
    q = _parse("what did NASA say back in 2015 about the alarm")
    assert another_time(q, "The alarm went off on Monday.", STORY)
    assert another_time(q, "The 2015 alarm, when the crew sheltered, was false.", STORY) is None
    # a year to come is what was asked about, and no year asks nothing
    assert another_time(_parse("will russia leave in 2030, nasa said?"), "x", STORY) is None
    assert another_time(_parse("what did NASA say about the alarm"), "x", STORY) is None


def test_the_question_year_is_read_once_for_all_its_quotes(monkeypatch):
    calls = []
    pattern = answer_dates._IN_YEAR

    class Counting:
        def findall(self, text):
            calls.append(text)
            return pattern.findall(text)

    monkeypatch.setattr(answer_dates, "_IN_YEAR", Counting())
    q = _parse("what did the ESA chief say back in 2016 about the leak")
    for quote in ("The leak was small.", "Crews sealed the hatch.", "It was 2016."):
        another_time(q, quote, STORY)
    assert len(calls) == 1
