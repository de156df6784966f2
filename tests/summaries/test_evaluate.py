"""The labelled-set loader, the matching rules, and the floors on the held-out split."""

from pathlib import Path

import pytest

from summaries.devset import load_article, load_set, norm_quote, same_speaker
from summaries.evaluate import check_summary, evaluate, format_report

DEVSET = Path(__file__).resolve().parents[1] / "data" / "devset"

ARTICLE = """title: Agency ties station to sanctions
label: iss-geo
kind: positive
late_angle: no
published: 2024-03-01
source: Test Wire
key_quote: Petrov | Relations are possible only when the sanctions are lifted,
quote: null | a rare bridge
---
Russia's space chief said cooperation on the International Space Station could end.

"Relations are possible only when the sanctions are lifted," Petrov wrote.
"""


def test_load_article_reads_header_quotes_and_text(tmp_path):
    p = tmp_path / "sub" / "a.txt"
    p.parent.mkdir()
    p.write_text(ARTICLE, encoding="utf-8")
    a = load_article(p)
    assert a.label and a.kind == "positive" and not a.late_angle
    assert [q.speaker for q in a.quotes] == ["Petrov", None]
    assert [q.key for q in a.quotes] == [True, False]
    assert a.text.startswith("Russia's space chief")
    assert [x.path for x in load_set(tmp_path)] == [str(p)]


def test_matching_ignores_edge_punctuation_whitespace_and_name_forms():
    assert norm_quote("“We stay,” ") == norm_quote("We  stay")
    assert same_speaker("Bill Nelson", "Nelson")
    assert same_speaker("European Space Agency", "ESA")
    assert same_speaker(None, None) and not same_speaker("Petrov", None)
    assert same_speaker("von der Leyen", "Ursula von der Leyen")
    assert same_speaker("Accounts Chamber", "Russia's Accounts Chamber")
    assert same_speaker("Ukrainian Foreign Ministry", "Ukraine’s Foreign Ministry")
    assert same_speaker("Energia", "Space Corporation Energia")
    assert same_speaker("U.S. Embassy", "U.S Embassy")
    assert same_speaker("ISS", "Institute for Security Studies")


@pytest.mark.parametrize(
    ("label", "got"),
    [
        ("State Department", "Commerce Department"),
        ("Canadian Space Agency", "European Space Agency"),
        ("Russian Foreign Ministry", "Ukrainian Foreign Ministry"),
        ("National Centre for Polar and Ocean Research", "Research"),
        ("Department of Science and Innovation", "Innovation"),
        ("Council of the EU", "EU"),
    ],
)
def test_a_different_or_truncated_organisation_is_not_the_speaker(label, got):
    # the last word alone ("Department", "Agency") would call these the same speaker
    assert not same_speaker(label, got)


def test_summary_check_counts_sentences_chars_and_verbatim():
    assert check_summary("One. Two.", "One. Two. Three.") == (True, True)
    assert check_summary("x" * 481, "x" * 481)[0] is False
    assert check_summary("Not there.", "Other text.")[1] is False


def test_report_prints_metrics_and_baselines(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    out = format_report(evaluate(tmp_path))
    assert "baseline: mentions ISS" in out and "speaker acc" in out and "lead-3" in out


WRONG_SPEAKER = """title: Russia stays on the station
label: iss-geo
kind: positive
late_angle: no
published: 2024-03-01
source: Test Wire
key_quote: Borisov | We will not leave the station before 2028,
---
Russia's space agency said the International Space Station partnership would continue.

"We will not leave the station before 2028," Ivanov said on Tuesday.
"""


def test_report_counts_errors_and_lists_them_only_when_asked(tmp_path):
    # a held-back split must be measurable without its misses appearing on screen
    (tmp_path / "a.txt").write_text(WRONG_SPEAKER, encoding="utf-8")
    report = evaluate(tmp_path)
    quiet, listed = format_report(report), format_report(report, show_errors=True)
    assert "1 quote errors" in quiet and "Ivanov" not in quiet and "Borisov" not in quiet
    assert "Ivanov" in listed and "leave the station" in listed


# Floors = what the current code measured on the held-out split (163 articles: 051-078,
# 151-185, 251-300, 351-375, 451-475; the last five batches written blind by fresh hands),
# run after tuning on dev/ and unit fixtures only (never above what was reached). Targets:
# detection precision 0.95 (reached 0.956) and recall 0.90 (0.956); quote precision 0.95
# (1.000); speaker accuracy 0.95 (missed: 0.847 overall; each new blind batch scored lower
# than the batches tuned on: 0.786 -> 0.858 for 251-275 over three looks, 0.883 for 276-300,
# 0.841 for 351-375 and 0.743 for 451-475, each measured once; 451-475 also brought the
# split's first two detection false alarms since 138 articles); summaries 100% within limits
# and verbatim. Key recall@3 0.8298. After two more attribution rounds tuned on dev
# (401-430: 0.797 -> 0.929), the split reads speakers 0.858 and key recall 0.844 (below 400:
# 0.877 -> 0.884). Session 4 made the speaker match strict (a truncated or different
# organisation no longer passes on its last word: 0.858 -> 0.860 under it at the session's
# start) and ran attribution rounds 8-10 on dev 501-530, 561-590 and 591-620 (0.801 ->
# 0.990, 0.778 -> 0.991, 0.869 -> 0.906 before round 10 -> 0.995): the split reads 0.887,
# key recall 0.846 (aggregates only). Session 5, round 11 on dev 621-650 (0.913 -> 1.000):
# 0.891 of 746 quotes, key recall 0.846, detection unchanged (aggregate looked at once).
# Round 12 on dev 701-730 (0.819 -> 0.990): 0.894, key recall 0.846, detection unchanged
# (aggregate looked at once).
# Round 13 on dev 731-760 (0.883 -> 0.989): 0.897 (669/746), key recall 0.844 (362/429,
# one key quote fewer than 0.846), detection unchanged (aggregates only; no dev article
# lost a key quote, so the one lost here is a ranking side effect of new speakers).
# Round 14 on dev 761-790 (0.863 -> 0.975): 0.898, key recall 0.844, detection unchanged.
# Session 7, rounds 15-16 on dev 791-820 (0.832 -> 0.945) and 17 on dev 821-850 (0.840 ->
# 0.949; the session-start code also read 0.840 there, so rounds 15-16 carried nothing to
# it): 0.901 (672/746), key recall 0.844, detection unchanged (aggregate read once).
# Session 14: census given names ("Marcus Reyes", "Nadia Kessler" are people wherever
# they are written): 0.906 (676/746), key recall 0.841 (361/429, one key quote fewer: on
# dev the one lost, 882, is a ranking side effect of two quotes now given to their right
# speaker, which lets a third voice into the top 3), detection unchanged. Then the halves
# of a split quote kept together: key recall 0.844 (362/429) again.
# Session 25, attribution rounds on dev only (subjects behind modifiers and earlier
# quotes, bodies of a kind named once, the paragraph's one person as "the astronaut"):
# 0.912 (680/746), key recall 0.844 (362/429), detection unchanged (aggregates only).
# See benchmarks/README.md "Intelligence" and the issue 3 closing note.
FLOORS = {
    "precision": 0.955,
    "recall": 0.955,
    "quote_precision": 1.0,
    "speaker_accuracy": 0.911,
    "key_recall": 0.843,
}


# The blind split: 476-500, written blind to stress attribution, measured once at 482e1e3
# (speakers 0.765, key recall@3 0.707), and after session 4's rounds 8-9 and 10 (0.813,
# 0.824 under the strict match, which gives the session-start code 0.765 too; key recall
# 0.720 -> 0.680); 531-555, written blind as ordinary copy in session 4, measured before
# and after the rounds (0.936 each time; key recall 0.765). The whole split: detection
# P 1.000 / R 0.909, quote precision 1.000, speakers 0.838 -> 0.872, key recall@3 0.741 ->
# 0.720, summaries 100% / 100%. Session 5 added 651-675 (ordinary copy, written blind),
# measured once with the session's final attribution code (speakers 0.908, key recall@3
# 0.733, detection 13/0/0/12) and once with the session-start code 57e2195 (0.890, 0.720).
# The whole split of 75 then reads detection P 1.000 / R 0.943, speakers 0.888 (436/491),
# key recall@3 0.734. Session 6 added 676-700 (ordinary copy, written blind), measured once
# with the session-start code b89e46e (speakers 0.848, key recall 0.640, detection
# 13/0/0/12) and once with the final attribution code (0.867, 0.627, 13/0/0/12); the first
# 75 then read 0.900 and 0.739. The whole split of 100: detection P 1.000 / R 0.958,
# speakers 0.890 (of 701 quotes), key recall@3 0.710 (the new batch's 0.627 pulls the
# split's figure below the 0.73 floor the first 75 held). Session 7 added 851-875 (ordinary
# copy, written blind), measured once with the session-start code 20ba827 (speakers 0.881,
# key recall 0.667, detection 13/0/0/12) and once with the final attribution code (0.892,
# 0.652, 13/0/0/12); the first 100 then read 0.896 and 0.710. The whole split of 125: detection P 1.000 / R 0.967, speakers 0.895 (of
# 877 quotes), key recall@3 0.699 (253/362; the new batch's 0.652 pulls it under the 0.70
# the first 100 held, so the floor follows the grown split, not a regression of the code).
# Session 8 added 901-925 (ordinary copy, written blind), measured once with the
# session-start code abe85ae and once after attribution round 18: the same speakers 0.907,
# key recall 0.662, detection 12/0/1/12. The first 125 then read speakers 0.897 and key
# recall 0.699 (unchanged). The whole split of 150: detection P 1.000 / R 0.959, speakers
# 0.899 (of 1070 quotes), key recall@3 0.693 (298/430; again the new batch pulls it under
# the first 125's figure). Session 10: a body referred back to by what the story or the
# gazetteer calls it ("Volga Rocket Centre, the state-owned rocket maker, …", "the state
# corporation said" for Roscosmos) took the whole split to speakers 0.901 (964/1070) and key
# recall@3 0.695 (299/430); held-out unchanged. Session 10 then added 926-950 (ordinary
# copy, written blind), measured once with the session-start code 85e6f29 and once with the
# code after that change: the same detection 11/0/2/12, speakers 0.935, key recall 0.622.
# The whole split of 175: detection P 1.000 / R 0.943 (82/0/5/88; the batch's two missed
# positives pull it under the first 150's 0.959), speakers 0.906 (1137/1255), key recall@3
# 0.685 (345/504). The floors follow the grown split, not a regression of the code.
# Session 11 added 951-975 (ordinary copy, written blind, after the held-out and blind
# speaker errors had been displayed once by mistake), measured once with the session-start
# code 55bbfe5 and once with the session's attribution change 2f1a38a: the same detection
# 13/0/0/12, speakers 0.898, key recall 0.520. The whole split of 200: detection P 1.000 /
# R 0.950 (95/0/5/100), speakers 0.904 (of 1539 quotes), key recall@3 0.663 (384/579); the
# batch pulls speakers and key recall under the first 175's 0.906 and 0.685.
# Session 14, census given names: speakers 0.906 (1395/1539), the rest unchanged. Then
# 976-1000 (ordinary copy, written blind), measured once with the session-start code
# 944c069 and once with the session's attribution code: detection 13/0/0/12 both, speakers
# 0.904 -> 0.908, key recall 0.632 -> 0.618. The whole split of 225: detection P 1.000 / R
# 0.956 (108/0/5/112), speakers 0.906 (of 1790 quotes), key recall@3 0.658 (426/647; the
# batch pulls it under the first 200's 0.663).
# Session 15, speech.toml's lists of bodies referred back to, staff who speak for their
# body and texts that speak for their author: speakers 0.907 (1623/1790), key recall@3
# 0.660 (427/647), the rest unchanged.
# Session 25 (dev-only attribution rounds): speakers 0.910 (1629/1790), key recall@3
# 0.666 (431/647), the rest unchanged.
BLIND_FLOORS = {
    "precision": 1.0,
    "recall": 0.955,
    "quote_precision": 1.0,
    "speaker_accuracy": 0.91,
    "key_recall": 0.659,
}


@pytest.mark.parametrize(("split", "floors"), [("heldout", FLOORS), ("blind", BLIND_FLOORS)])
def test_floors_reached_on_the_unseen_splits(split: str, floors: dict[str, float]):
    if not (DEVSET / split).is_dir():
        pytest.skip(f"{split} split not present")
    r = evaluate(DEVSET / split)
    assert r.detection.precision >= floors["precision"]
    assert r.detection.recall >= floors["recall"]
    assert r.quotes.precision >= floors["quote_precision"]
    assert r.quotes.speaker_accuracy >= floors["speaker_accuracy"]
    assert r.quotes.recall_at_3 >= floors["key_recall"]
    assert r.summaries.within_share == 1.0
    assert r.summaries.verbatim_share == 1.0
