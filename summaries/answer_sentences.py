"""Candidate answering sentences, scored by how well they answer the question.

A sentence's score is the model's weighted sum of RANK_FEATURES: how much of the question
it matches (overall, and with the story's subject and names discounted, since those
chose the story, not the sentence), how much the whole story covers, the kind of fact
asked for (a date for "when", a cause for "why"), question words side by side, and a
few story facts. For "what did X say", only sentences reporting X's words compete.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from summaries import answer_names, answer_roles, answer_who_role
from summaries import text_patterns as tp
from summaries.aliases import Concept
from summaries.answer_confidence import current_model
from summaries.answer_coverage import _cover, _date_fit, _match, _story_text
from summaries.detect import iss_in_passing, without_iss
from summaries.models import Story
from summaries.question import Question
from summaries.sentences import paragraph_spans, split_sentences
from summaries.store import Store
from summaries.terms import indexed, stems

if TYPE_CHECKING:
    from summaries.answers import Conversation

STORIES_READ = 10
ORDER_BONUS = 0.08  # per pair of adjacent question concepts adjacent in the sentence
NAMED_LOCAL = 0.4  # a name the story carries, when ranking that story's sentences
SCENE = 0.25  # a concept only in a subordinate clause ("when …"), ranking sentences


@dataclass
class _Sentence:
    story: Story
    start: int
    end: int
    position: int
    score: float = 0.0
    cover: float = 0.0
    focus: float = 0.0
    matched: dict[int, float] = field(default_factory=dict)
    features: tuple[float, ...] = ()

    @property
    def text(self) -> str:
        return self.story.text[self.start : self.end]


def _candidate_stories(
    store: Store, result, conv: Conversation | None, q: Question, limit: int = STORIES_READ
) -> list[Story]:
    ids = [h.story_id for h in result.hits[:limit]]
    if q.follow_up and conv is not None:
        ids = list(conv.story_ids) + [i for i in ids if i not in conv.story_ids]
    return store.stories_by_ids(ids[: limit + 3])


def _score_sentences(
    store: Store, q: Question, result, weights: list[float], conv: Conversation | None
) -> list[_Sentence]:
    stories = _candidate_stories(store, result, conv, q)
    previous = set(conv.story_ids) if conv and q.follow_up else set()
    rank = current_model().rank
    out: list[_Sentence] = []
    # crew roles are answer_roles' own; other roles ("director", "official") here
    role_words = frozenset() if answer_roles.asked_role(q) else answer_who_role.asked_words(q)
    for story in stories:
        topic = _in_story(q.topic, story)
        # a story naming the station in passing is not about it: the station lifts only
        # the sentence that names it ("About ESA: … contributions to the ISS")
        story_matched = _match(_in_story(topic, story, passing=True), _story_text(story))
        story_cover = _cover(story_matched, weights)
        title_cover = _cover(_match(topic, story.title), weights)
        fit = _date_fit(q.text, story)
        said = {i for i, c in enumerate(q.topic) if c in q.speaker_concepts}
        # "did Nelson say Russia might leave?": the sentences where Nelson says something
        claim = {i for i, c in enumerate(q.topic) if c in q.claimant}
        spans = split_sentences(story.text)
        heads, under = _headings(story.text, spans)
        sentences = []
        for pos, (start, end) in enumerate(spans):
            if pos in heads:
                continue  # an explainer's "Who keeps the station in orbit?" answers nothing
            s = _Sentence(story, start, end, pos)
            s.matched = _match(topic, s.text)
            if pos in under:
                # the paragraph under that heading answers it, with the heading's words
                asked = _match(topic, story.text[slice(*spans[under[pos]])])
                s.matched = {k: max(w, s.matched.get(k, 0.0)) for k, w in asked.items()} | {
                    k: w for k, w in s.matched.items() if k not in asked
                }
            if s.matched and (q.kind != "said" or _said_by(q, said, story, s, spans)):
                sentences.append(s)
        local = _local_weights(q, weights, sentences, story_matched)
        local_total = sum(local) or 1.0
        for s in sentences:
            s.cover = _cover(s.matched, weights)
            s.focus = focus = sum(local[i] * m for i, m in s.matched.items()) / local_total
            s.features = (
                s.cover,
                focus,
                story_cover,
                title_cover,
                (_type_bonus(q, s.text) + CLAIM_BONUS * _said_by(q, claim, story, s, spans))
                * (focus > 0.15)
                # "who was the astronaut …": "The astronaut in question, Cmdr. Eli Navarro"
                # names the one asked for however little else of the question it has
                + ROLE_BONUS * answer_roles.names_role(q, s.text)
                + _who_role_bonus(q, s.text, role_words, focus),
                _order_bonus(q.topic, s),
                float(story.id in previous),
                float(story.iss_geopolitical),
                fit,
                float(s.position),
                float(_DIGIT.search(s.text) is not None),
                (s.end - s.start) / 200,
            )
            s.score = sum(w * f for w, f in zip(rank, s.features, strict=True))
            out.append(s)
    out.sort(key=lambda s: -s.score)
    return out


def _headings(text: str, spans: list[tuple[int, int]]) -> tuple[set[int], dict[int, int]]:
    """Question headings (a paragraph that is one question, "Who keeps the station in
    orbit?") and, for each sentence of the paragraph after one, that heading's index."""
    heads: set[int] = set()
    under: dict[int, int] = {}
    if "?\n" not in text:
        return heads, under
    paras = paragraph_spans(text)
    starts = [a for a, _ in spans]
    for k, (a, e) in enumerate(paras[:-1]):
        if text[e - 1] != "?" or e - a > HEADING_CHARS or text[a] in "\"“‘'":
            continue
        i = bisect_left(starts, a)
        if i >= len(spans) or spans[i][1] < e - 1 or (i + 1 < len(spans) and starts[i + 1] < e):
            continue  # more than one sentence: a paragraph that ends by asking
        heads.add(i)
        nxt = paras[k + 1]
        j = i + 1
        while j < len(spans) and starts[j] < nxt[1]:
            if starts[j] >= nxt[0]:
                under[j] = i
            j += 1
    return heads, under


HEADING_CHARS = 200


def _in_story(
    topic: tuple[Concept, ...], story: Story, *, passing: bool = False
) -> tuple[Concept, ...]:
    """The question's concepts as they can be found in ``story``: where the detector
    found no ISS (its "station" is a power station, its "ISS" a proxy adviser), the
    station is not there to be found; with ``passing``, nor where it is named in passing."""
    if not (without_iss(story.reasons, story.tags) or (passing and iss_in_passing(story.reasons))):
        return topic
    return tuple(
        replace(c, phrases=()) if any(p[0] == ("iss",) for p in c.phrases) else c for c in topic
    )


CLAIM_BONUS = 0.3  # the claimant of a yes/no question speaking in the sentence


def _local_weights(
    q: Question, weights: list[float], sentences: list[_Sentence], story_matched: dict[int, float]
) -> list[float]:
    """Which concepts pick the sentence once the story is chosen. A concept most of the
    story's sentences mention (its subject) says little about which one answers, and a
    proper name the story carries mostly chose the story: the question's other words
    ("first module", "launch", "greenhouse") locate the answer."""
    seen = Counter(i for s in sentences for i in s.matched)
    scene = _scene(q)
    out = []
    for i, w in enumerate(weights):
        w = w / math.sqrt(seen.get(i, 1))
        if i in scene:
            w *= SCENE
        if q.topic[i].named and i in story_matched and q.kind != "said":
            w *= NAMED_LOCAL
        out.append(w)
    return out


_SCENE = re.compile(
    r"\b(?:when|after|before|while|during|since|following|once|as\s+soon\s+as)\b", re.I
)


_WHEN_AT = re.compile(
    r"\s+(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?(?:(?:19|20)\d\d\b|" + tp._MONTH + r"|"
    r"(?:mid|early|late)[- ]|next\b|last\b|then\b|that\b)",
    re.I,
)


def _scene(q: Question) -> set[int]:
    """Concepts that only set the scene: "was anyone put at risk *when the station fired
    Progress MS-29's engines*", "*back when Modi was in Washington*, did India's minister
    say …". They find the story, but the sentence that answers carries the main clause."""
    text = q.text
    # "leave before 2028", "since February": a time, part of the claim, not a scene
    # the question's own "when" opens a when-question; any other opening one sets a scene
    start = 1 if q.kind == "when" else 0
    m = next((m for m in _SCENE.finditer(text, start) if not _WHEN_AT.match(text, m.end())), None)
    if m is None:
        return set()
    comma = text.find(",", m.end())
    end = comma if comma >= 0 else len(text)
    main = text[: m.start()] + " " + text[end:]
    part = text[m.start() : end]
    in_main = _match(q.topic, main)
    return {i for i in _match(q.topic, part) if i not in in_main}


def _order_bonus(concepts: tuple[Concept, ...], s: _Sentence) -> float:
    """Words the question puts side by side, found side by side in the same order:
    "took over from Yuri Borisov" fits "replaced Yuri Borisov", not "Borisov … replaced"."""
    matched = sorted(s.matched)
    if len(matched) < 2:
        return 0.0
    st, _ = indexed(s.text)
    spans = {i: concepts[i].positions(st) for i in matched}
    pairs = 0
    for a, b in zip(matched, matched[1:], strict=False):
        if b != a + 1:
            continue
        if any(0 <= sb - ea <= 3 for _, ea in spans[a] for sb, _ in spans[b]):
            pairs += 1
    return min(ORDER_BONUS * pairs, 2 * ORDER_BONUS)


def _said_by(q: Question, said: set[int], story: Story, s: _Sentence, spans) -> bool:
    """A sentence reporting the speaker's words: the speaker right next to the speech verb
    ("Beijing said", "said a spokesman for China"), or "he said" after a sentence naming
    them. A sentence that merely mentions the speaker near someone else's words is not
    theirs. Named parts of the speaker ("Peskov") count over descriptions ("cosmonaut")."""
    if not tp.SPEECH.search(s.text) and not _REPORTING.search(s.text):
        return False
    named = {i for i in said if q.topic[i].named} or said
    if named & s.matched.keys():
        st, _ = indexed(s.text)
        verbs = [k for k, w in enumerate(st) if w in _SPEECH_STEMS]
        for i in named & s.matched.keys():
            for a, b in q.topic[i].positions(st):
                # "Ukraine's foreign ministry called …": its body speaks for the owner
                reach = 4 if b < len(st) and st[b] == "s" else 3
                if any(-4 <= v - b <= reach or 0 <= a - v <= 4 for v in verbs):
                    return True
        return False
    if s.position > 0 and tp.PRONOUN_SPEECH.search(s.text):
        before = story.text[slice(*spans[s.position - 1])]
        return bool(named & _match(q.topic, before).keys())
    return False


_DIGIT = re.compile(r"\d")
# speech verbs tp.SPEECH leaves out, as they also have other senses ("a probe called
# Pyl-2"); here the speaker must stand right beside one, as with the others
_REPORTING = re.compile(r"\b(?:called|described|urged|accused)\b", re.I)


_SPEECH_STEMS = frozenset(
    stems(
        "said says told stated wrote tweeted posted warned added argued claimed announced "
        "declared insisted noted replied responded threatened according statement letter "
        "interview remarks comments called described urged accused"
    )
)


def _who_role_bonus(q: Question, text: str, role_words: frozenset[str], focus: float) -> float:
    """ "Who's the tournament director": "Tournament director Kjell Bråthen" names the one
    asked for however little else of the question it has, so it keeps the who-bonus the
    focus gate would take (on top of its own), as the crew roles do."""
    if not answer_who_role.introduces(q, text, role_words):
        return 0.0
    gated = _type_bonus(q, text) if focus > 0.15 else 0.0
    return WHO_ROLE_BONUS + max(0.0, WHO_BONUS - gated)


def _type_bonus(q: Question, text: str) -> float:
    bonus = _kind_bonus(q, text)
    if q.kind in ("who", "what", "quantity") and _HYPOTHETICAL.search(text):
        bonus -= HYPOTHETICAL  # "to study how Columbus would operate if … no longer provided"
    return bonus


HYPOTHETICAL = 0.3
LAW_TITLE_BONUS = 0.8  # a title answers it outright, as a clock time answers 'what time'
# "what time did the hatch close": a clock time is the answer, not a date
_WHAT_TIME = re.compile(r"\b(?:what|which)\s+time\b", re.I)
_CLOCK = re.compile(r"\b\d{1,2}:\d\d\b|\b\d{1,2}(?::\d\d)?\s*[ap]\.?m\b", re.I)
ROLE_BONUS = 0.5
WHO_ROLE_BONUS = 0.5
WHO_BONUS = 0.25  # a new name for "who"
# A sentence about what might happen states no fact: "if the Russian segment no longer
# provided propulsion", "would be left without".
_HYPOTHETICAL = re.compile(
    r"\bif\b[^.;]{0,80}\b(?:would|could|no\s+longer|were\s+to|ever)\b|"
    r"\b(?:would|could)\b[^.;]{0,80}\bif\b|\bhow\b[^.;]{0,40}\bwould\s+operate\b",
    re.I,
)


# "under what law …", "what's the name of the bill": the answer is a law's title
_LAW_Q = re.compile(
    r"\b(?:what|which|name\s+of\s+the)\s+(?:[\w-]+\s+)?(?:law|act|bill|treaty|statute|"
    r"convention|legislation)\b",
    re.I,
)
_LAW_TITLE = re.compile(
    r"\b(?:[A-Z][\w’'-]+\s+){1,6}(?:Act|Law|Bill|Treaty|Convention|Statute)\b"
    r"|\b(?:Act|Law|Treaty|Convention)\s+(?:of|on)\s+(?:the\s+)?[A-Z]"
)


# How newsrooms give a reason besides CAUSE's words: an event clause after the fact
# ("frozen the arrangement after Colombia signed", "after discovering that …"), or
# what someone could not do ("said it could not pay a sanctioned company").
_CAUSE_CLAUSE = re.compile(
    r"\b[Aa]fter\s+(?:[A-Z][\w’'-]+\s+(?:[A-Z][\w’'-]+\s+)?[a-z]+(?:ed|ew|ent|id|ade|ook|ot)\b|"
    r"(?:it|they|he|she|officials|the\s+[a-z]+)\s+[a-z]+(?:ed|ew|ent|id|ade|ook|ot)\b|"
    r"[a-z]+ing\b)|"
    r"\b(?:could\s+not|cannot|can['’]t|couldn['’]t)\b|\bin\s+protest\b"
)


def _kind_bonus(q: Question, text: str) -> float:
    if _LAW_Q.search(q.text) and _LAW_TITLE.search(text):
        return LAW_TITLE_BONUS
    if q.kind == "when":
        body = tp.DATELINE.sub("", text)
        if _WHAT_TIME.search(q.text) and _CLOCK.search(body):  # "Hatch closed at 03:12"
            return 0.4
        if tp.EXPLICIT_DATE.search(body) or tp.WEEKDAY_DATE.search(body):
            return 0.4  # "posed on Tuesday": a news story's weekday is a date, its own week's
        return 0.15 if tp.DATE.search(body) else 0.0
    if q.kind == "where":
        return 0.25 if tp.PLACE.search(text) else 0.0
    if q.kind == "who":
        if answer_names.new_name(q, text):
            return 0.25
        return 0.1 if tp.names_someone(text) else 0.0
    if q.kind == "why":
        return 0.25 if tp.CAUSE.search(text) or _CAUSE_CLAUSE.search(text) else 0.0
    if q.kind == "how":
        return 0.1 if tp.MEANS.search(text) else 0.0
    if q.kind == "quantity":
        units = tp.measure(q.text)
        if units is not None and units.search(text):
            return 0.45
        return 0.3 if tp.AMOUNT.search(text) else 0.0
    return 0.0
