"""summaries.qa_eval: how answers are scored, and the floors reached on the QA set."""

from __future__ import annotations

import json

import pytest

from summaries.answers import answer
from summaries.devset import load_set
from summaries.models import Answer
from summaries.qa_eval import (
    QA_DIR,
    baseline,
    build_store,
    id_range,
    judge,
    load_questions,
    run,
    run_conversations,
)

# The floors answer whole splits (the dev split is 1950 questions over a store of ~770
# stories: ~90 s on a quiet 2-core machine, over 120 s on a loaded CI one). Their time is
# not what they test, so they get room beyond the suite's 120 s default.
EVAL_TIMEOUT = 600

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


def test_a_conversation_asks_its_turns_in_one_conversation_and_scores_follow_ups_apart(
    qa_files,
):
    turns = [
        {"question": "What did Volkov say about telling partners?", "kind": "first"},
        {"question": "who said that?", "kind": "who"},
        {"question": "and the Europeans?", "kind": "group"},
    ]
    line = {
        "id": "c1",
        "split": "dev",
        "turns": [
            {**t, "story": "001-exit-notice", "keywords": [k]}
            for t, k in zip(
                turns, ["twelve months", "Volkov", "European Space Agency"], strict=True
            )
        ],
    }
    path = qa_files / "qa" / "conversations.jsonl"
    path.write_text(json.dumps(line) + "\n")
    report = run_conversations("all", devset=qa_files / "devset", path=path)
    assert set(report.splits) == {"dev", "heldout", "all"}
    dev = report.splits["dev"]
    assert (dev.conversations, dev.first.turns, dev.follow.turns) == (1, 1, 2)
    assert dev.first.right == 1  # the quote, cited
    assert dev.kinds["who"].right == 1  # "who said that?" needs the first turn's answer
    assert dev.kinds["group"].right == 0  # the article quotes no European
    assert report.splits["heldout"].conversations == 0
    assert report.splits["all"].follow.turns == 2


def test_a_batch_is_scored_alone_by_its_id_range(qa_files):
    numbered = [{**q, "id": f"q{700 + i}"} for i, q in enumerate(QUESTIONS)]
    (qa_files / "qa" / "dev.jsonl").write_text("\n".join(json.dumps(q) for q in numbered))
    report = run(
        "dev", devset=qa_files / "devset", qa_dir=qa_files / "qa", ids=id_range("q701-q702")
    )
    assert (report.engine.answerable, report.engine.unanswerable) == (1, 1)
    assert id_range("1701") == (1701, 1701) and id_range(" q5 – q9 ") == (5, 9)
    for bad in ("q9-q1", "q1701-", "all"):
        with pytest.raises(ValueError):
            id_range(bad)


def test_sources_that_differ_only_in_case_are_one_feed(tmp_path, qa_files):
    """Two writers typed "Continental Press Wire" and "… wire": feed names are unique
    whatever their case, so building the QA store must not stop on the second."""
    dev = qa_files / "devset" / "dev"
    other = (
        "title: Baikonur lease talks resume in Astana\nlabel: not\nkind: space-politics\n"
        "late_angle: no\npublished: 2022-06-01\nsource: TEST WIRE\n---\n"
        "Kazakh and Russian officials met in Astana on Tuesday to discuss the lease of the "
        "Baikonur launch site, which runs until 2050.\n"
    )
    (dev / "002-exit-notice-again.txt").write_text(other, encoding="utf-8")
    store = build_store(tmp_path / "s.db", load_set(dev))
    assert store.counts()["stories"] == 2
    assert [f.name for f in store.list_feeds()] == ["Test Wire"]
    store.close()


def test_an_answer_leads_when_its_first_sentence_carries_a_keyword(tmp_path, qa_files):
    """The lead rate counts, among right answers, those a member reads the fact in first."""
    store = build_store(tmp_path / "s.db", load_set(qa_files / "devset" / "dev"))
    item = load_questions(qa_files / "qa" / "dev.jsonl")[0]
    cited = answer(store, item.question).citations
    fact = " ".join(item.keywords)
    scene = "A Soyuz rolled out to the pad on Monday."
    led = judge(store, [item], lambda q: Answer(f"{fact} was said. {scene}", cited, True))
    late = judge(store, [item], lambda q: Answer(f"{scene} Then: {fact}.", cited, True))
    assert (led.correct, led.led, led.lead_rate) == (1, 1, 1.0)
    assert (late.correct, late.led, late.lead_rate) == (1, 0, 0.0)
    # a quotation opened in the first sentence leads whole, across its own full stops
    quoted = f"Sokolov said: “We agree. The {fact} is settled.” {scene}"
    whole = judge(store, [item], lambda q: Answer(quoted, cited, True))
    assert (whole.correct, whole.led) == (1, 1)
    # … with the speaker named after the closing mark, in the same sentence
    spoken = f"“We agree. It is settled,” said {fact}. {scene}"
    assert judge(store, [item], lambda q: Answer(spoken, cited, True)).led == 1
    store.close()


needs_qa = pytest.mark.skipif(not (QA_DIR / "heldout.jsonl").exists(), reason="no QA set")


@pytest.mark.slow
@pytest.mark.timeout(EVAL_TIMEOUT)
@needs_qa
def test_floors_reached_on_the_dev_split():
    """Dev = 1170 questions: q001-q360 and q401-q480 (tuned on), q701-q760 (40 unanswerable
    near misses and 20 controls), q801-q880 and q961-q1020 (fresh hands, session 3),
    q1201-q1280, q1401-q1480, q1501-q1580, q1601-q1651 (fresh hands, session 4; each
    scored once before tuning: 36/80, 42/80, 45/80 and 32/51; after tuning 56, 56, 69 and
    44), q1701-q1780 and q1901-q1980 (fresh hands, session 5: 51/80 with 8/16 false answers
    and 41/80 with 10/16 before tuning; 70/80 with 1/16 and 58/80 with 2/16 at the end;
    q1901-q1980 read 43/80 after the round tuned on q1701-q1780 alone). Store: all 513 dev
    and held-out articles (session 5 added dev 621-650 and 701-730; they made three older
    unanswerables false answers, and q740 became answerable from 634). End of session 5:
    accuracy 0.780 (baseline 0.234), false answers 31/181 = 0.171; q001-q1700 0.775
    (session start: 0.768 with the 453-article store). Session 6 added q2001-q2080 (a
    seventh fresh hand, over dev 201-350 and 701-730): 44/80, false answers 7/16 before
    tuning, which took the whole dev set to 0.761 (baseline 0.229), false 38/197 = 0.193;
    after answer rounds 8-9, 0.782. q2201-q2280 (an eighth fresh hand, over dev 001-130,
    501-620 and 731-760) read 49/80, false answers 4/16, before anyone tuned on it: whole
    dev 0.775 (baseline 0.225), false 40/213 = 0.188. A round on wrongful declines
    (shorthand, synonyms, party letters, 'what was X called') took dev to 0.793, false
    40/213, and q2201-q2280 to 56/80 (citations 0.781 -> 0.906), false 4/16; a round on
    the sentence chosen from the right story took dev to 0.805 and q2201-q2280 to 60/80.
    q2301-q2360 (a ninth fresh hand, over dev 401-430, 621-650 and 761-790; 1110 questions
    in all) read 0.633 with false answers 8/12 before anyone tuned on it: whole dev 0.796
    (baseline 0.228), false 48/225 = 0.213. A round on false answers (a quote that is
    another body's, a sum or the people counted missing from the lead) took dev to 0.805,
    false 38/225 = 0.169, and q2301-q2360 to 0.650, false 7/12. Session 7 added dev
    791-850 to the store (633 articles) and q2401-q2460 (a tenth fresh hand, over dev
    791-804 and older dev articles): 26/60, false answers 7/12, citation 0.708 against
    the baseline's 0.896 before anyone tuned on it, and still 26/60 (false 6/12) after
    answer rounds 13-14, which took the older questions from 0.805 to 0.824 (false answers
    38 -> 23 of 225). Rounds 15-16 (speakers described in the member's own words, a
    hash-seed-dependent surname match, "did X <verb>" needing that verb, a sum given
    beside its thing) took q2401-q2460 to 32/60, false 3/12: whole dev 0.814 (baseline
    0.224), false answers 22/237 = 0.093, citation 0.895. Round 17 (a described speaker
    matched partly beside the name, partly in the sentence that introduces them): 0.817,
    false 22/237, citation 0.898; q2401-q2460 33/60. Session 8 added dev 876-900 to the
    store (658 articles) and two fresh hands' batches: q2501-q2580 (over dev 821-850 and
    older dev), 42/80 and false answers 6/16 before tuning, which answer rounds 18-19 took
    to 57/80 and 1/16; q2601-q2680 (over dev 876-900 and older dev), measured once at the
    end with the session-start code and the final code: 44/80, false 6/16, both. Whole dev
    of 1330: 0.793 (baseline 0.218), false answers 28/269 = 0.104, citation 0.886; the
    session-start code on the same store reads 0.780 and 34/269. Two more fresh batches were
    measured before any tuner saw them, with the start code and the final code: q2701-q2780
    48/80 -> 49/80, false 3/16 -> 2/16; q2801-q2880 41/80 -> 42/80, false 7/16 -> 7/16.
    After answer rounds 20-21 the whole dev set of 1490 reads 0.776 (baseline 0.217), false
    answers 34/301 = 0.113, citation 0.877; the start code on it reads 0.756 and 44/301.
    Session 9 added q2901-q2980 (a fresh hand, near-miss unanswerables), measured once with
    the session-start code and the final code alike: 49/80, false answers 9/16; lead rate
    0.500 -> 0.643. The whole dev set of 1570 then reads 0.768 (baseline 0.215), false
    answers 43/317 = 0.136, citation 0.872; answers leading with the fact 0.504 -> 0.682. Adding the speaker's other quote that
    shares the question's words then made three more right (0.770, 1209/1570), none of them
    leading with the keyword (lead 636/935 = 0.680). Session 10 added two fresh hands'
    batches, each measured once before anyone tuned on it: q3001-q3080 55/80, false 3/16
    (the same with the session-start code), which the session's rounds then took to 61/80,
    false 2/16; and q3101-q3180, measured at the end: 48/80 -> 49/80, false 5/16 both. The
    whole dev set of 1730 then reads 0.7705 (1333; baseline 0.212), false answers 49/349 =
    0.140 (the 1570 older questions 42/317, one fewer than at the start), citation 0.881,
    leads with the fact 712/1033 = 0.689. The false-answer floor follows the grown set.
    After the op-ed author line and the latest-story check: 0.7734 (1338), false 49/349,
    citation 0.883, leads with the fact 717/1038 = 0.691. Session 11 (a speaker described
    after their age or by a long title; a "why" taking the next sentence of its paragraph):
    0.7757 (1342), false 49/349, citation 0.884, leads with the fact 718/1042 = 0.689: no
    answer lost its lead, but the four new right "why" answers give the reason in their
    second sentence, so the floor on leading answers is their count as well as their share.
    Then "which bank …" declined when the lead only says "a bank in a third country":
    0.7769 (1344), false 47/349 = 0.135; and "which did they end up choosing, A or B" when
    the story never reports the choice: 0.7780 (1346), false 45/349 = 0.129. Then two
    helpers' rounds (a sentence leaning on the lead comes with it; a speaker's lead-in
    words; outcomes put ahead in more shapes; a number before a span of time; "names of
    the two X"): 0.7861 (1360), false 40/349 = 0.115, citation 0.883, leads with the fact
    718/1051 = 0.683 (the same 718 lead; the new right answers carry the fact second).
    A second helpers' round (a name withheld then given by back-reference; a transcript
    guest's labelled lines; a yes/no asked in the story and its reply; the reply to a Q&A
    "why"): 0.7931 (1372), false 40/349, leads with the fact 725/1063 = 0.682. Then
    q3201-q3280 (a fresh hand, measured once at the end: 49/80 with the session-start code,
    50/80 with the final code, false 2/16 both) joined: the 1810 read 0.7856 (1422), false
    42/365 = 0.115, citation 0.875, leads with the fact 752/1099 = 0.684. Session 12: a
    described speaker's best-fitting quote, owned roles ("putin's envoy"), "who signed",
    dates gone by, a price referred back, and helpers' rounds on why, yes/no, latest, how
    and who; dev 1001-1025 joined the store: 0.8044 (1456), false 42/365 = 0.115, citation
    0.883, leads with the fact 784/1133 = 0.692. Session 13: q3401-q3460 (a fresh hand's
    near misses, 36 of 60 unanswerable, measured once before any change: 27/60, false
    21/36) joined, after one fix ("the astronaut up there w rudakov" is not Rudakov): the
    1870 read 0.7936 (1484), false 62/401 = 0.155, leads with the fact 791/1145 = 0.691.
    The false-answer and lead-rate floors follow the grown set, not a change of code.
    After the session's other fixes (a state speaking through its ministry, a sum of
    another's, a weekday's date; each +1 -1 on dev): 0.7936 (1484), false 61/401 = 0.152,
    leads with the fact 793/1144 = 0.693. Session 14 (stem clashes, census given names,
    "the bill", "reboosts" as a word, question-word typos): 0.796 (1488), false 61/401 =
    0.152, leads with the fact 796/1148 = 0.693. Session 20: dev 1056-1085 joined the store
    and q3501-q3540 (a fresh hand's batch over them, 6 unanswerable) the set, scored once
    before tuning: 22/40, false 2/6. Six new articles were reworded where a checker found
    them answering older questions, and q2948 now cites 1067, which answers it. The 1910
    read 0.791 (1510; baseline 0.208), false 63/406 = 0.155, leads with the fact 812 (0.696).
    The floors follow the grown set and store, not a change of code. Session 21: dev
    1086-1115 joined the store and q3601-q3640 the set (a fresh hand's, scored once before
    tuning: 20/40, false 2/6). The batch changed 12 older dev outcomes (10 lost, among them
    an unanswerable now answered falsely, q2574, and three "latest" questions that now cite
    a newer story); a checker judged each distraction, not a clash, so no article changed.
    The 1950 read 0.780 (1521; baseline 0.206), false 66/412 = 0.160, leads with the fact
    824 (0.701). The floors follow the grown set and store."""
    report = run("dev")
    assert report.engine.accuracy >= 0.779
    assert report.engine.false_answer_rate <= 0.161
    assert report.engine.accuracy - report.baseline.accuracy >= 0.573
    # session 9: the sentence carrying the fact asked for opens the answer
    assert report.engine.led >= 811
    assert report.engine.lead_rate >= 0.695


@pytest.mark.slow
@pytest.mark.timeout(EVAL_TIMEOUT)
@needs_qa
def test_floors_reached_on_the_heldout_split():
    """Floors at what the engine reaches, below the 0.90 / 0.10 targets (issue 4 stays
    open): 100 questions (q070-q265 and q501-q550, the latter by a fresh hand). End of
    session 5, store of all 513 articles: accuracy 0.730 (baseline 0.320), false answers
    3/15. The third false answer comes from adding dev 701-730 to the store, not from the
    code: the same code gives 2/15 without them (a helper checked that the article it
    cites does not answer the question). Earlier: 0.640 and 6/8 on the first 50 at the
    start of session 2; 0.680 at the start of sessions 3 and 4; 0.710 at the start of
    session 5. End of session 6 (answer rounds 8-12, store of 573 articles with dev
    731-790): 0.750 (baseline 0.310), false answers 3/15, citation 0.882. End of session
    7 (answer rounds 13-17; store of 633 articles with dev 791-850): 0.730 (baseline
    0.310), false answers 3/15, citation 0.847. The session-start code on the same store
    still reads 0.750 / 0.882, so the rounds cost two held-out answers; on the blind split
    the same rounds cut false answers from 15/51 to 12/51 at equal accuracy (0.621 ->
    0.624). The floor records that trade (0.749 -> 0.729); it is not a target. End of
    session 8 (answer rounds 18-19; store of 658 articles with dev 876-900): 0.730, false
    answers 3/15, citation 0.847, the same as the session-start code on that store, and
    still the same after rounds 20-21. Session 9 made the sentence carrying the fact asked
    for open the answer: the share of right answers whose first sentence holds a keyword
    went 0.492 -> 0.721 (44/61), accuracy unchanged. Session 10: a candidate for "the
    latest on X" must carry what the fullest story on X carries: 0.740 (74/100), false
    answers 3/15, citation 0.859, leads with the fact 0.742 (46/62). Session 11: "which
    bank …" is declined when the lead only ever says "a bank in a third country": 0.750,
    false answers 2/15, leads with the fact 0.742. Session 12 (store of 683 articles with
    dev 1001-1025): 0.750, false answers 2/15, leads with the fact 0.726 (45/62). The code
    did not cost the lead: with dev 1010 (a Duma grain-export law, a politics negative)
    left out of the store the same code leads 46/62, as at session start; that article's
    words move one held-out answer's fact to its second sentence. The floor records it.
    Session 14: 0.750, false answers 2/15, leads with the fact 0.742 (46/62) again (a
    question-word typo read as what it means). Session 19 (store of 938 articles with dev
    1026-1055): 0.740, false answers 2/15, leads with the fact 0.738 (45/61). The store
    costs it, not the code: the session-start code reads the same on that store, and 0.750
    / 0.742 without the new articles. Two held-out answers now cite a new dev article
    (a Russian-only documentation order naming the Gagarin centre; a newer Kibo robotic-arm
    story for a "latest" question); a helper reading the questions, not a tuner, found both
    to be distraction, not twins, and changed nothing. Session 20 (store of 968 articles with
    dev 1056-1085): 0.740, false answers 3/15, leads with the fact 0.774 (48/62). Again the
    store, not the code: the same code without the new articles reads 0.740 and 2/15. The
    new false answer (an unanswerable) cites new dev 1082 (India's first station module)
    with two older articles; a checker reading the question, not a tuner, reworded 1082
    where it came near answering it, then judged what is left distraction. The
    false-answer floor records it, as in session 5. Session 21: 0.750 (75), false answers
    3/15; dev 1086-1115 joined the store and changed no held-out outcome, and a schedule
    told in the present tense ("The rule takes effect Feb. 4", found by the member
    tester) now dates what is to come."""
    report = run("heldout")
    assert report.engine.accuracy >= 0.749
    assert report.engine.false_answer_rate <= 0.2
    assert report.engine.accuracy - report.baseline.accuracy >= 0.439
    assert report.engine.lead_rate >= 0.737


needs_blind = pytest.mark.skipif(not (QA_DIR / "blind.jsonl").exists(), reason="no blind set")


@pytest.mark.slow
@pytest.mark.timeout(EVAL_TIMEOUT)
@needs_blind
def test_floors_reached_on_the_blind_split():
    """Six batches, each written by a fresh hand and measured once when written:
    q601-q650 0.600 (baseline 0.180), false answers 0/7; q901-q950 0.580 (0.200), 3/8;
    q1101-q1150 0.380 (0.220), 7/10 (end of session 3); q1301-q1350 (32 held-out and 10 dev
    501-530 articles) 0.560 (0.220), 3/8 after three answer rounds of session 4, where the
    session-start code scores 0.500, 4/8; q1801-q1850 (session 5, 20 of dev 621-650 and 2
    older dev articles), measured once with the session's final code: 0.660 (0.160), 2/10,
    citation 0.800. All 250 with the store of 513 articles: accuracy 0.564 (baseline
    0.196), false answers 14/43, citation accuracy 0.783. The first 200 read 0.540 and
    12/33 (0.550 and 13/33 at the end of session 4 with 453 articles; with this session's
    pre-round code, adding dev 701-730 to the store lost three of them and gained one).
    q2101-q2140 (session 6, over 26 dev articles in 401-650), measured once with the
    session's final code: 0.700 (0.225), false answers 2/8, citation 0.875. All 290 with
    the store of 573 articles: 0.624 (baseline 0.200), false answers 15/51, citation 0.803;
    the first 250 read 0.612 and 13/43. End of session 7 (store of 633 articles): 0.624
    (baseline 0.197), false answers 12/51, citation 0.787; the session-start code on the
    same store reads 0.621, 15/51, citation 0.799; q2101-q2140 read 0.675, 2/8. Session 8
    added dev 876-900 to the store (658 articles): one of them (882, Bangladesh weighing the
    station against Tiangong for an experiment) is a near miss for an unanswerable blind
    question, and the engine answers from it, with the session-start code as with the final
    code (a re-checker judged it a distractor, not a clash, so neither was reworded): 0.624
    (baseline 0.197), false answers 13/51, citation 0.782 (start code: 0.624, 13/51,
    0.787). After answer rounds 20-21 (casual quote shapes, who-roles, names given by
    apposition, a lower-case place or a past year the quote's story must carry): 0.634
    (baseline 0.197), false answers 12/51, citation 0.782: three more right and one false
    answer fewer than the start code on the same store (0.624, 13/51). Session 9: answers
    lead with the fact asked for, 0.455 -> 0.623 of right answers; the review fixes (a body's
    capitalised name as one speaker, "the us", multi-word roles) took accuracy to 0.638
    (185/290), false answers still 12/51. Session 10: a speaker asked about by the full
    name the quote keeps only the surname of, or by the one role the story gives them,
    took it to 0.641 (186/290); the new right answer's keyword is in its second quote, so
    the lead rate reads 91/147 = 0.619 with no answer losing its lead (the count floor).
    Session 12 (store of 683 articles): 0.648 (188/290), false answers 12/51, leads with
    the fact 96/149 = 0.644; one more right from a described speaker's quote, one from a
    "how" round, against some thirty more on dev. Then q3301-q3360 (a seventh blind batch,
    written at the end of session 12 and never read by the tuners) joined, measured once:
    33/60 with the session-start code, 35/60 with the final code, false answers 8/12 both.
    All 350: 0.637 (223), false answers 20/63 = 0.317, leads with the fact 115/180 = 0.639,
    citation 0.805. Session 13: 0.643 (225), false answers 19/63 = 0.302: a sum naming
    none of the parties asked is declined (one false answer fewer), and "posed on Tuesday"
    dates an event (one partial answer now right, its date in the second sentence, so the
    lead rate reads 115/181 = 0.635 with no answer losing its lead: the count floor).
    Session 14: 0.649 (227), false answers 19/63, leads with the fact 117/183 = 0.639: two
    questions typed with a shorthand question word (counts only read) now answered whole.
    Session 15: 0.651 (228): a US state asked about is found in a lawmaker's label
    ("D-Fla."); the new right answer was a partial one whose keyword is not in its opening
    sentence, so the lead rate reads 117/184 = 0.636 with no answer losing its lead (the
    count floor). Session 17: 0.654 (229): a short typo of a function word ("abot") no
    longer stands as a name; the new right answer does not open with its keyword, so the
    lead rate reads 117/185 = 0.632 with no answer losing its lead (the count floor).
    Session 18: 0.657 (230), from the answer changes for the testers' findings (a story
    without the ISS no longer matches "the station"; question headings lend their words to
    the paragraph under them); the new right answer does not open with its keyword, so the
    lead rate reads 117/186 = 0.629 with no answer losing its lead (the count floor); the
    name of an unnamed quotation's speaker placed after it, not after the passage, makes
    one more answer open with its keyword: 118/186 = 0.634. Session 19 (store of 938
    articles with dev 1026-1055): 0.660 (231), false answers 18/63 = 0.286, the same with
    the session-start code on that store (the new articles took one false answer away).
    One answer's keyword had counted as leading only because a speaker's tag ran on into
    the next sentence ("” — Kessler Russia has used …"); with the tag ending its sentence
    the keyword is in the second one: 117/186 = 0.629, the count floor. Session 21: dev
    1086-1115 joined the store and took two blind answers (229, 0.654; baseline 0.191):
    the same code without them reads 231. A checker (not a tuner) read the four changed
    outcomes and judged each distraction: no new article answers them, so none changed.
    The floor follows the store, not a change of code. Then summaries stopped showing
    half a quotation (180 of the 998 development summaries had opened one they did not
    close, or closed one they had not opened, and some joined two speakers' words under
    one name): one blind "latest" answer, whose keyword stood in such a half, now has it
    in its second sentence. Leads with the fact 116/184 = 0.630; accuracy unchanged."""
    report = run("blind")
    assert report.engine.accuracy >= 0.653
    assert report.engine.false_answer_rate <= 0.286
    assert report.engine.accuracy - report.baseline.accuracy >= 0.462
    assert report.engine.lead_rate >= 0.629
    assert report.engine.led >= 116


needs_conversations = pytest.mark.skipif(
    not (QA_DIR / "conversations.jsonl").exists(), reason="no conversation set"
)


@pytest.mark.slow
@pytest.mark.timeout(EVAL_TIMEOUT)
@needs_conversations
def test_floors_reached_on_the_conversations():
    """Follow-ups asked in one conversation (tests/data/qa/conversations.jsonl, written blind
    to the code in session 15: 52 conversations of 2-3 turns over dev articles, every third
    held out). Measured once when written, with the code of 78e2bda, PYTHONHASHSEED=0,
    `spacebrief qa-eval --conversations --split all`, store of all 683 articles:

    - dev (35 conversations, 100 turns): first turns 25/35 = 0.714, follow-ups 25/65 =
      0.385 (41/65 cite the story), 5 conversations right throughout;
    - heldout (17 conversations, 49 turns): first turns 10/17 = 0.588, follow-ups 12/32 =
      0.375 (18/32 cite the story), 1 right throughout.

    By kind (follow-ups, dev / heldout): speaker 15/31 / 7/12, group ("and the russians?",
    "and the europeans?") 2/13 / 0/5, how_much 3/5 / 2/7, when 2/7 / 1/2, who 2/5 / 2/3,
    why 0/2 / 0/2, aspect 1/2 / 0/1. Four "when was that?" turns (three dev, one held out)
    are answered with the right date in another form ("9 Sep 2025" for the dateline's
    "Sept. 9") and fail on the keyword only; they were left as written. Floors, not
    targets.

    Then (tuned on dev only, held-out read once per change): "and X?" asks X the last
    question whatever it was (dev follow-ups 27/65, held-out 13/32), and a follow-up is
    answered from the conversation's story when its best sentence scores at least half
    the best (dev 31/65, held-out 14/32). Raising the quote path's preference for the
    conversation's story on topic-less follow-ups (0.3 -> 1.0) read dev 26 (-1), held-out
    15 (+2): dropped on dev's word. "and the us embassy?" is the US's embassy, a body of a
    known state (dev 32/65, held-out 14/32); the quote path choosing the conversation's
    story's quote at half the best score read dev 30 (-1): dropped. Session 16: "Its
    spokesman, …" after a sentence opening with a body is that body's ("and the kremlin?",
    dev 33/65, held-out 14/32); cutting a name's description at a clause word ("approved
    by the Russian government only days before Dmitry Rogozin") read dev 34 but two more
    false answers on the dev QA set: dropped. In a follow-up, a quote stored under a name
    of the speaker asked (the State Department for "washington") in the conversation's
    story beats one whose speaker is only described so (dev 34/65, held-out 14/32). A
    question of one or two concepts whose names are all in the conversation's story
    ("why is ankara even interested") is a follow-up on it (dev 34/65 with 46 citing the
    story, held-out 15/32 with 23). Lawmakers' titles (Sen., Rep.) as synonyms of
    Congress took "what did congress think" (dev 35) but cost dev and blind QA one each.
    Naming nothing, a short question whose words the story writes as asked ("how much did
    the experiment cost?") is a follow-up on it too (dev 35/65, held-out 15/32). "when was
    that?" quotes the story's own sentence dating what was shown, or its datelined lead
    ("MOSCOW, Sept. 9 —"), after the report's date (dev 38/65, held-out 15/32). The clause
    cut tried in session 16 now costs no false answer: words before "before", "after",
    "than"… do not describe the name after them (dev 39/65). A follow-up with no topic of
    its own ("and what did NASA say?") takes the quote of the conversation's story whose
    speaker is written as the one asked ("NASA spokeswoman Dana Whitfield") over the asked
    body's words in other stories (dev 39/65 with 49 citing the story, held-out 17/32).
    A proxy adviser's "ISS" is not the station, so "why?" after a question on ESA's
    budget no longer turns to that story (dev 40/65 with 50 citing, held-out 17/32).
    Session 20: "how much?" or "why?" after a story asks it of that story; another body's
    words give way to the asked body's director (held-out 18/32, citing 26); "and the
    europeans?" is that story's European bodies (ESA's director): dev 42/65, citing 52."""
    report = run_conversations("all")
    dev, held = report.splits["dev"], report.splits["heldout"]
    assert (dev.conversations, dev.first.turns, dev.follow.turns) == (35, 35, 65)
    assert (held.conversations, held.first.turns, held.follow.turns) == (17, 17, 32)
    assert dev.first.right >= 25 and dev.follow.right >= 42
    assert held.first.right >= 10 and held.follow.right >= 18
