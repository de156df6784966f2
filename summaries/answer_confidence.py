"""Answer or decline: the evidence behind an answer, and the weights that judge it.

``Model`` holds both fitted weight sets — the sentence ranker's and the logistic decline
gate's — because benchmarks/fit_answers.py fits them together and swaps them in with
``use_model``; readers call ``current_model()`` so a swap is seen everywhere at once.
With no gate, the hand-set rule is ``confidence >= CONFIDENT``, where a story lacking a
name, number or designator asked about has confidence 0 (a near miss, not evidence).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from summaries.answer_coverage import DATE_FIT, _cover, _match, _story_text, roles_apart
from summaries.models import Story
from summaries.question import Question
from summaries.sentences import split_sentences

if TYPE_CHECKING:
    from summaries.answer_sentences import _Sentence

WINDOW = 0  # sentences either side of the answering one that count as its evidence
CONFIDENT = 0.5  # the evidence's confidence (_evidence) below which we decline
# A quote of the speaker asked about is evidence in itself (the quote path only reaches
# the gate with one), so its context needs to cover less of the rest of the question.
CONFIDENT_QUOTE = 0.35
STORY_WEIGHT = 0.6  # how much the story's coverage of the question counts for its sentences

# A candidate sentence's score is a weighted sum of these features
# (see answer_sentences._score_sentences).
RANK_FEATURES = (
    "cover",  # idf-weighted share of the question the sentence matches
    "focus",  # … with the story's subject and its names discounted (_local_weights)
    "story_cover",  # share of the question the whole story covers
    "title_cover",
    "type_bonus",  # the kind of fact asked for (a date, a name, a cause), when focused
    "order",  # question words side by side in the sentence
    "previous",  # story of the previous answer (follow-ups)
    "iss",  # story is about ISS geopolitics
    "date_fit",  # story dated when the question says
    "position",  # sentence index in the story
    "number",  # the sentence carries a digit
    "length",  # sentence length / 200 characters
)
HAND_RANK = (0.3, 0.7, STORY_WEIGHT, 0.2, 1.0, 1.0, 0.1, 0.1, DATE_FIT, -0.002, 0.0, 0.0)
# The decline gate sees these about the evidence behind the answer (see _gate).
GATE_FEATURES = (
    "confidence",
    "story_cover",
    "passage_cover",
    "quote",  # answered from a quote
    "latest",
    "best",  # best candidate's rank score (sentence answers)
    "margin",  # … minus the best one of another story
    "unknown",  # share of the question's weight on words the store never has
    "concepts",  # number of question concepts / 5
)


@dataclass(frozen=True)
class Model:
    """Weights of the sentence ranker and, when set, a logistic decline gate (bias first,
    then one weight per GATE_FEATURES); None keeps the hand-set ``confidence >= 0.5``."""

    rank: tuple[float, ...] = HAND_RANK
    gate: tuple[float, ...] | None = None


# Written by ``benchmarks/fit_answers.py --write``, and only when its cross-validation shows
# fitted weights beat the hand-set ones; absent, as now, the hand-set weights are used.
WEIGHTS = Path(__file__).parent / "data" / "answer_weights.toml"


def load_model(path: Path = WEIGHTS) -> Model:
    """The weights in ``path`` (a ``[rank]`` table, and a ``[gate]`` one if fitted), or the
    hand-set ones when there is no such file."""
    if not path.exists():
        return Model()
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    rank = tuple(float(data["rank"][k]) for k in RANK_FEATURES)
    gate = None
    if "gate" in data:
        gate = (float(data["gate"]["bias"]), *(float(data["gate"][k]) for k in GATE_FEATURES))
    return Model(rank, gate)


_model = load_model()


def use_model(model: Model) -> Model:
    """Swap the weights in use (the fitting script's cross-validation); returns the old."""
    global _model
    old, _model = _model, model
    return old


def current_model() -> Model:
    """The weights in use now (``use_model`` may have swapped them)."""
    return _model


def _window(best: _Sentence) -> str:
    """The answering sentence with its neighbours: the evidence a reader would check."""
    spans = split_sentences(best.story.text)
    lo = spans[max(0, best.position - WINDOW)][0]
    hi = spans[min(len(spans) - 1, best.position + WINDOW)][1]
    return best.story.title + "\n" + best.story.text[lo:hi]


def _evidence(
    q: Question, weights: list[float], story: Story, passage: str
) -> tuple[float, float, float, float]:
    """Confidence, story cover, passage cover, and the largest share of the question's
    weight on one concept the story lacks. Confidence is how well one story supports an
    answer, in 0..1: every proper name, number and designator asked about must be in the
    story (a different mission number, country or official is a near miss, not evidence:
    0); otherwise the idf-weighted share of the question the story covers, averaged with
    the share the answering passage covers."""
    if not q.topic:
        return 1.0, 1.0, 1.0, 0.0
    in_story = _match(q.topic, _story_text(story))
    story_cover = _cover(in_story, weights)
    passage_cover = _cover(_match(q.topic, passage), weights)
    total = sum(weights) or 1.0
    missing = max((w for i, w in enumerate(weights) if i not in in_story), default=0.0) / total
    apart = roles_apart(q.topic, _story_text(story))
    if any(
        c.named and i not in in_story and i not in apart and c.text not in q.scene
        for i, c in enumerate(q.topic)
    ):
        return 0.0, story_cover, passage_cover, missing
    return 0.5 * story_cover + 0.5 * passage_cover, story_cover, passage_cover, missing


def _gate(
    q: Question,
    weights: list[float],
    story: Story,
    passage: str,
    trace: dict,
    *,
    path: str = "sentence",
    ranked: list[_Sentence] | None = None,
    best: float = 0.0,
) -> bool:
    """Answer or decline: the hand-set ``confidence >= CONFIDENT``, or the model's
    logistic gate when it has one. ``trace`` receives the confidence and the features."""
    conf, story_cover, passage_cover, missing = _evidence(q, weights, story, passage)
    margin = 0.0
    if ranked:
        best = ranked[0].score
        other = next((s.score for s in ranked if s.story.id != ranked[0].story.id), 0.0)
        margin = best - other
    feats = (
        conf,
        story_cover,
        passage_cover,
        float(path == "quote"),
        float(path == "latest"),
        best,
        margin,
        missing,
        len(q.topic) / 5,
    )
    trace["confidence"] = round(conf, 3)
    trace["gate"] = dict(zip(GATE_FEATURES, feats, strict=True))
    gate = _model.gate
    if gate is None:
        return conf >= (CONFIDENT_QUOTE if path == "quote" else CONFIDENT)
    z = gate[0] + sum(w * f for w, f in zip(gate[1:], feats, strict=True))
    return z >= 0.0
