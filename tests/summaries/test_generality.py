"""summaries.generality: a member's everyday words do not outweigh what they ask about."""

from __future__ import annotations

from summaries.answer_coverage import _weights
from summaries.generality import FLOOR, specificity, zipf
from summaries.retrieval import load_aliases


def test_filler_words_count_less_than_the_subject_of_the_question():
    assert specificity("right") < specificity("supposed") < specificity("radiator")
    assert specificity("radiator") == 1.0
    assert specificity("the") == FLOOR


def test_a_word_english_never_uses_counts_fully():
    assert specificity("tianzhou") == 1.0


def test_equal_idf_the_filler_weighs_less_and_names_are_never_discounted():
    concepts = tuple(load_aliases().concepts("when is Crew-6 supposed to splash down"))
    texts = [c.text.lower() for c in concepts]
    n = len(concepts)
    weights = dict(zip(texts, _weights(concepts, [3.0] * n, [5.0] * n), strict=True))
    assert weights["supposed"] < weights["splash"]
    assert weights["crew 6"] == 3.0


def test_rare_english_words_are_words_and_unseen_ones_are_not():
    assert zipf("lopsided") > 0 and zipf("congresswoman") > 0
    assert zipf("starlab") == 0 and zipf("tianzhou") == 0
