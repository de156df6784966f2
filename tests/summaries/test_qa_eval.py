"""summaries.qa_eval: how answers are scored, and the floors reached on the QA set."""

from __future__ import annotations

import json

import pytest

from summaries.answers import answer
from summaries.devset import load_set
from summaries.qa_eval import QA_DIR, baseline, build_store, judge, load_questions, run

ARTICLE = """title: Roscosmos sets out when partners will hear of its exit
label: iss-geo
kind: positive
late_angle: no
published: 2022-05-01
source: Test Wire
key_quote: Volkov | Partners will be told twelve months before we go,
---
Roscosmos said on Sunday that it would give its station partners a year's notice before leaving the International Space Station.

"Partners will be told twelve months before we go," spokesman Ilya Volkov said.
"""

QUESTIONS = [
    {
        "id": "a",
        "question": "How much notice will Roscosmos give partners before leaving the station?",
        "story": "001-exit-notice",
        "keywords": ["year"],
        "type": "what",
    },
    {
        "id": "b",
        "question": "What did Volkov say about telling partners?",
        "story": "001-exit-notice",
        "keywords": ["twelve months"],
        "type": "quote",
    },
    {
        "id": "c",
        "question": "Who won the 1998 football World Cup?",
        "story": None,
        "keywords": [],
        "type": "unanswerable",
    },
]


@pytest.fixture
def qa_files(tmp_path):
    dev = tmp_path / "devset" / "dev"
    dev.mkdir(parents=True)
    (dev / "001-exit-notice.txt").write_text(ARTICLE, encoding="utf-8")
    qa = tmp_path / "qa"
    qa.mkdir()
    (qa / "dev.jsonl").write_text("\n".join(json.dumps(q) for q in QUESTIONS) + "\n")
    return tmp_path


def test_correct_needs_keywords_and_the_expected_story_cited(qa_files):
    report = run("dev", devset=qa_files / "devset", qa_dir=qa_files / "qa")
    e = report.engine
    assert (e.answerable, e.unanswerable) == (2, 1)
    assert e.accuracy == 1.0 and e.citation_accuracy == 1.0 and e.false_answer_rate == 0.0


def test_baseline_always_answers_so_it_fails_unanswerable_questions(qa_files):
    report = run("dev", devset=qa_files / "devset", qa_dir=qa_files / "qa")
    assert report.baseline.false_answer_rate == 1.0
    assert report.baseline.citation_accuracy == 1.0


def test_a_missing_keyword_is_a_failure(tmp_path, qa_files):
    store = build_store(tmp_path / "s.db", load_set(qa_files / "devset" / "dev"))
    items = load_questions(qa_files / "qa" / "dev.jsonl")
    wrong = [items[0].__class__(**{**items[0].__dict__, "keywords": ("decade",)})]
    score = judge(store, wrong, lambda q: answer(store, q))
    assert score.correct == 0 and score.cited == 1
    assert baseline(store, "").found
    store.close()


needs_qa = pytest.mark.skipif(not (QA_DIR / "heldout.jsonl").exists(), reason="no QA set")


@pytest.mark.slow
@needs_qa
def test_floors_reached_on_the_dev_split():
    """Dev = 439 questions on 2026-11-25: q001-q360 and q401-q480 (tuned on), q701-q760 (40
    unanswerable near misses and 20 controls: 22/40 answered before any change, 13/40
    now), q801-q880 (a fresh hand: 41/80 correct, 7/20 false answers before any tuning on
    them, 55/80 and 4/20 after) and q961-q1020 (another fresh hand: 32/60 and 9/15 before,
    with 29/60 for the code of the start of the session; 36/60 and 6/15 after). Store: all
    363 devset articles. Reached: accuracy 0.747 (baseline 0.228), false answers 0.232."""
    report = run("dev")
    assert report.engine.accuracy >= 0.746
    assert report.engine.false_answer_rate <= 0.24
    assert report.engine.accuracy - report.baseline.accuracy >= 0.515


@pytest.mark.slow
@needs_qa
def test_floors_reached_on_the_heldout_split():
    """Floors at what the engine reaches, below the 0.90 / 0.10 targets (issue 4 stays
    open): 100 questions (q070-q265 and q501-q550, the latter by a fresh hand), store of all
    363 articles: accuracy 0.690 (baseline 0.320), false answers 3/15. Earlier: 0.640 and
    6/8 on the first 50 at the start of session 2; 0.680 at the start of session 3."""
    report = run("heldout")
    assert report.engine.accuracy >= 0.689
    assert report.engine.false_answer_rate <= 0.2
    assert report.engine.accuracy - report.baseline.accuracy >= 0.369


needs_blind = pytest.mark.skipif(not (QA_DIR / "blind.jsonl").exists(), reason="no blind set")


@pytest.mark.slow
@needs_blind
def test_floors_reached_on_the_blind_split():
    """Three batches, each written by a fresh hand over held-out articles and measured once
    on 2026-11-25: q601-q650 0.600 (baseline 0.180), false answers 0/7; q901-q950 0.580
    (0.200), 3/8; q1101-q1150, mostly over the held-out articles 451-475 that nobody tuned
    attribution on, 0.380 (0.220), 7/10, at the end of session 3. All 150: accuracy 0.513
    (baseline 0.207), false answers 10/25, citation accuracy 0.712."""
    report = run("blind")
    assert report.engine.accuracy >= 0.512
    assert report.engine.false_answer_rate <= 0.4
    assert report.engine.accuracy - report.baseline.accuracy >= 0.306
