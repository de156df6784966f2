"""summaries.qa_eval: how answers are scored, and the floors reached on the QA set."""

from __future__ import annotations

import json

import pytest

from summaries.answers import answer
from summaries.evaluate import load_set
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
    """Tuned on dev (159 questions, 27 unanswerable, q301-q360 casual paraphrases
    included): 0.767 accuracy vs baseline 0.289, false answers 4/27; since the 20 blind
    held-out articles 166-185 joined the store as distractors (ceb0679), 0.748 vs 0.289,
    false answers 6/27, engine unchanged. With the answer-type checks (answer_types.py)
    and "X reaction to …" read as a quote question: 0.780 vs 0.289, false answers 2/27.
    With the lead completed by a neighbouring sentence (answer_lead._filler): 0.799, 2/27.
    With Snowball English stems (terms.stem): 0.805 vs 0.283, 2/27."""
    report = run("dev")
    assert report.engine.accuracy >= 0.804
    assert report.engine.false_answer_rate <= 0.075
    assert report.engine.accuracy - report.baseline.accuracy >= 0.50


@pytest.mark.slow
@needs_qa
def test_floors_reached_on_the_heldout_split():
    """Floors at what the engine reaches, far below the 0.90 / 0.10 targets (issue 4 stays
    open): 0.640 accuracy and 6/8 false answers after both tuning passes; 0.620 (baseline
    0.380) and 7/8 once 20 more held-out articles (ceb0679) joined the store as distractors;
    0.620 and 6/8 with the answer-type checks (answer_types.py); 0.640 and 6/8 with the
    lead completed by a neighbouring sentence (answer_lead._filler); 0.640 (baseline 0.380)
    and 6/8 with Snowball English stems (terms.stem)."""
    report = run("heldout")
    assert report.engine.accuracy >= 0.639
    assert report.engine.false_answer_rate <= 0.75
    assert report.engine.accuracy - report.baseline.accuracy >= 0.259
