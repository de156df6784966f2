"""summaries.spelling: a typo is read as the word meant; a name stays a name."""

from __future__ import annotations

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
