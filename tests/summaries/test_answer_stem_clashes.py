"""Snowball stems "Department" as "depart" and "according" as "accord": a question on
leaving or on an accord matched every "State Department …" or "according to …"
sentence. Each of those words keeps its own stem."""

from __future__ import annotations

from summaries.aliases import load_aliases
from summaries.answer_coverage import _match
from summaries.question import parse
from summaries.terms import stem

WITHDRAWAL = (
    "kremlin-withdrawal-timetable",
    "Kremlin sets out a timetable for ending its station role",
    "2026-05-04T09:00:00Z",
    True,
    [
        "The State Department said it had not received any formal note from Moscow and "
        "declined to discuss the diplomatic contacts.",
        "According to the Kremlin, the government will announce its plans for the "
        "station in the autumn.",
        "Russia will quit the International Space Station in 2028, the Kremlin said on "
        "Monday, once its own orbital station is ready.",
    ],
    [],
)


def test_department_and_according_keep_their_own_stems():
    assert stem("Department") != stem("depart")
    assert stem("according") != stem("accord")
    assert stem("departs") == stem("depart") and stem("accords") == stem("accord")


def test_a_departments_sentence_is_not_about_leaving():
    q = parse("is russia departing the station?", load_aliases())
    leaving = next(i for i, c in enumerate(q.topic) if c.text == "departing")
    department, quitting = WITHDRAWAL[4][0], WITHDRAWAL[4][2]
    assert leaving not in _match(q.topic, department)
    assert leaving in _match(q.topic, quitting)  # "quit", a synonym, still counts
