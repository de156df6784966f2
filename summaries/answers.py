"""Grounded answers to members' questions, from stored stories only.

``answer(store, question)`` finds the stories a question is about (retrieval.search),
splits the best few into sentences, scores every sentence by the question's concepts
(idf-weighted, aliases and synonyms included) plus what the question type wants — a date
for "when", a name for "who", a cause for "why" — and leads the reply with the winning
sentence, verbatim, or with the quote asked for. Nothing is generated: every word of an
answer after the speaker/date prefix is a slice of a stored story.

When the best evidence does not cover enough of what was asked (measured as the share
of the question's idf mass it matches, with unknown proper names counting heavily), the
reply is a plain "nothing on that" with ``found=False``. Any string is a valid question:
the cleaning step turns empty, over-long or control-character input into a short reply,
and retrieval quotes every term, so FTS5 syntax in a question is just words.
"""

from __future__ import annotations

import logging
import math
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import datetime

from summaries import answer_types
from summaries import question as q_parse
from summaries.models import Answer, Citation, Quote, Story
from summaries.question import Question
from summaries.quotes import extract_quotes
from summaries.retrieval import (
    Concept,
    indexed,
    load_aliases,
    quotes_by_speaker,
    search,
    stems,
)
from summaries.sentences import split_sentences
from summaries.store import Store
from summaries.timeutil import from_rfc3339

log = logging.getLogger(__name__)

MAX_ANSWER = 700
FAILED = "Sorry, I could not answer that just now."
NOTHING = "I have nothing on that in the stored stories. Try /brief for the latest."
EMPTY = "Ask me something about the ISS and its politics, e.g. “who provides propulsion for the station?”"
STORIES_READ = 10
FOUND_NAMED = 0.75  # share of the names asked about (idf-weighted) the story must carry
FOUND_STORY = 0.45  # ("latest") share of the whole question's weight the story must cover
FOUND_SENTENCE = 0.2  # … and its best sentence
QUOTE_FOUND = 0.35  # share of the topic the quote's paragraph or story must cover
UNKNOWN_NAME = 2.5
WINDOW = 0  # sentences either side of the answering one that count as its evidence
CONFIDENT = 0.5  # the evidence's confidence (_confidence) below which we decline
LEAD_BUDGET = 640  # characters of answering sentences, before speaker and citations
DATE_FIT = 0.4  # the story is dated when the question says ("in March 2022")
ORDER_BONUS = 0.08  # per pair of adjacent question concepts adjacent in the sentence
STORY_WEIGHT = 0.6  # how much the story's coverage of the question counts for its sentences
NAMED_LOCAL = 0.4  # a name the story carries, when ranking that story's sentences
PLAIN_WORD = 0.7  # a lower-case word is often the member's paraphrase; names are not  # a proper name the store never mentions weighs this × the rarest idf

# A candidate sentence's score is a weighted sum of these features (see _features).
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


_model = Model()


def use_model(model: Model) -> Model:
    """Swap the weights in use (the fitting script's cross-validation); returns the old."""
    global _model
    old, _model = _model, model
    return old


@dataclass
class Conversation:
    """What a channel (or a user) asked last, so "and what did NASA say?" has context."""

    story_ids: tuple[int, ...] = ()
    topic: tuple[Concept, ...] = ()
    speaker: str | None = None

    def remember(self, answer: Answer, topic: tuple[Concept, ...], speaker: str | None) -> None:
        if answer.found:
            self.story_ids = tuple(c.id for c in answer.citations)
            self.topic = topic
            self.speaker = speaker or self.speaker

    def clear(self) -> None:
        self.story_ids, self.topic, self.speaker = (), (), None


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


def answer(
    store: Store,
    question: str,
    *,
    conversation: Conversation | None = None,
    now: datetime | None = None,
    trace: dict | None = None,
) -> Answer:
    """Answer ``question`` from ``store``; never raises on any string. ``trace``, when
    given, receives the confidence of the evidence behind the answer (``"confidence"``)
    and why it was declined (``"declined"``), for the eval's calibration report."""
    cleaned, reply = q_parse.clean(question)
    if reply is not None:
        return Answer(
            reply.format(n=len(question or ""), max=q_parse.MAX_QUESTION), (), found=False
        )
    try:
        parsed = q_parse.parse(cleaned, load_aliases(), conversation)
        result = _answer(store, parsed, conversation, now, trace if trace is not None else {})
    except Exception:  # the bot must always reply; the bug is logged once with context
        log.exception("answering %r failed", cleaned[:200])
        return Answer(FAILED, (), found=False)
    if conversation is not None:
        conversation.remember(result, parsed.topic, parsed.speaker)
    return result


def _answer(
    store: Store, q: Question, conv: Conversation | None, now: datetime | None, trace: dict
) -> Answer:
    if not q.topic and not q.speaker_names:
        if q.kind == "latest":
            return _latest(store, q, [], now)
        return Answer(EMPTY, (), found=False)
    result = search(store, q.topic, limit=STORIES_READ * 3)
    weights = _weights(q.topic, result.idf, result.df)
    if q.kind == "quote" and (q.speaker_names or q.speaker_concepts):
        return _quote_answer(store, q, result, weights, conv, trace)
    if q.kind == "latest":
        stories = _relevant_stories(store, q, result, weights, conv)
        if stories:
            newest = max(stories, key=lambda s: (s.published or s.first_seen, s.id))
            if not _gate(q, weights, newest, _story_text(newest), trace, path="latest"):
                return Answer(NOTHING, (), found=False)
            if answer_types.missing(q, newest.summary, newest):
                return Answer(NOTHING, (), found=False)
        return _latest(store, q, stories, now, weights)
    sentences = _score_sentences(store, q, result, weights, conv)
    # Only stories that carry every name and number asked about may answer it: a
    # sentence that matches well in a story lacking them is a near miss, not evidence.
    named = {s.story.id: _named_all(s.story, q) for s in sentences}
    sentences = [s for s in sentences if named[s.story.id]]
    if not sentences:
        trace["confidence"] = 0.0
        return Answer(NOTHING, (), found=False)
    best = sentences[0]
    trace["candidates"] = sentences
    if not _gate(q, weights, best.story, _window(best), trace, ranked=sentences):
        return Answer(NOTHING, (), found=False)
    lead = _lead(best, sentences, q)
    why_not = answer_types.missing(q, lead, best.story)
    if why_not:
        trace["declined"] = why_not
        return Answer(NOTHING, (), found=False)
    text = lead
    if q.kind == "when" and not q_parse.DATE.search(lead):
        text += f" (The story is dated {_date(best.story)}.)"
    support = _support_quote(best.story, q, weights, exclude=(best.start, best.end), room=len(text))
    if support:
        text += "\n" + support
    return Answer(_trim(text), _citations(best, sentences), found=True)


def _window(best: _Sentence) -> str:
    """The answering sentence with its neighbours: the evidence a reader would check."""
    spans = split_sentences(best.story.text)
    lo = spans[max(0, best.position - WINDOW)][0]
    hi = spans[min(len(spans) - 1, best.position + WINDOW)][1]
    return best.story.title + "\n" + best.story.text[lo:hi]


def _confidence(q: Question, weights: list[float], story: Story, passage: str) -> float:
    """How well one story supports an answer, in 0..1: every proper name, number and
    designator asked about must be in the story (a different mission number, country or
    official is a near miss, not evidence: 0); otherwise the idf-weighted share of the
    question the story covers, averaged with the share the answering passage covers."""
    return _evidence(q, weights, story, passage)[0]


def _evidence(
    q: Question, weights: list[float], story: Story, passage: str
) -> tuple[float, float, float, float]:
    """Confidence, story cover, passage cover, and the largest share of the question's
    weight on one concept the story lacks."""
    if not q.topic:
        return 1.0, 1.0, 1.0, 0.0
    in_story = _match(q.topic, _story_text(story))
    story_cover = _cover(in_story, weights)
    passage_cover = _cover(_match(q.topic, passage), weights)
    total = sum(weights) or 1.0
    missing = max((w for i, w in enumerate(weights) if i not in in_story), default=0.0) / total
    if any(c.named and i not in in_story for i, c in enumerate(q.topic)):
        return 0.0, story_cover, passage_cover, missing
    return 0.5 * story_cover + 0.5 * passage_cover, story_cover, passage_cover, missing


def _named_all(story: Story, q: Question) -> bool:
    in_story = _match(q.topic, _story_text(story))
    return all(i in in_story for i, c in enumerate(q.topic) if c.named)


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
        return conf >= CONFIDENT
    z = gate[0] + sum(w * f for w, f in zip(gate[1:], feats, strict=True))
    return z >= 0.0


def _story_of(sentences: list[_Sentence], story_id: int) -> Story:
    return next(s.story for s in sentences if s.story.id == story_id)


# -- weights and coverage ------------------------------------------------------------


def _weights(concepts: tuple[Concept, ...], idf: list[float], df: list[float]) -> list[float]:
    """How much each concept matters: its idf; a name the store never mentions, a lot."""
    known = [i for i, d in zip(idf, df, strict=True) if d > 0]
    top = max(known, default=1.0)
    out = []
    for c, i, d in zip(concepts, idf, df, strict=True):
        plain = 1.0 if c.named else PLAIN_WORD
        if d > 0:
            out.append(i * plain)
        else:
            out.append(top * (UNKNOWN_NAME if c.named else 0.6 * plain))
    return out


def _cover(matched: dict[int, float], weights: list[float]) -> float:
    total = sum(weights) or 1.0
    return sum(weights[i] * w for i, w in matched.items()) / total


def _match(concepts: tuple[Concept, ...], text: str) -> dict[int, float]:
    st, st_set = indexed(text)
    out = {}
    for i, c in enumerate(concepts):
        w = c.weight_in(st, st_set)
        if w:
            out[i] = w
    return out


def _story_text(story: Story) -> str:
    """Title, the month the story is dated ("March 2022"), its sources' names ("the Long
    Orbit blog": members ask that way) and text."""
    try:
        moment = from_rfc3339(story.published or story.first_seen)
        dated = f"{moment:%B %Y}"
    except (TypeError, ValueError):
        dated = ""
    sources = " / ".join(dict.fromkeys([story.source, *(s.feed for s in story.sources)]))
    return f"{story.title}\n{dated} {sources}\n{story.text}"


def _date_fit(question: str, story: Story) -> float:
    """1 when the story is dated in the month and year the question names ("in March
    2022"), 0.5 for the year alone; 0 when the question names no date or another one."""
    years = {int(y) for y in q_parse.YEAR_IN.findall(question)}
    months = {m[:3].lower() for m in q_parse.MONTH_IN.findall(question)}
    if not years and not months:
        return 0.0
    try:
        moment = from_rfc3339(story.published or story.first_seen)
    except (TypeError, ValueError):
        return 0.0
    year_ok = moment.year in years
    month_ok = f"{moment:%b}".lower() in months
    if years and months:
        return 1.0 if year_ok and month_ok else 0.5 * year_ok
    return float(year_ok) if years else 0.5 * month_ok


def _story_cover(story: Story, concepts: tuple[Concept, ...], weights: list[float]) -> float:
    return _cover(_match(concepts, _story_text(story)), weights)


def _named_cover(story: Story, concepts: tuple[Concept, ...], weights: list[float]) -> float:
    """The share of the proper names asked about that the story carries: a question
    about "Artemis II" or "Gaganyaan" is not answered by a story that lacks them, however
    many common words it shares. 1.0 when the question names nothing."""
    named = [w if c.named else 0.0 for c, w in zip(concepts, weights, strict=True)]
    if not any(named):
        return 1.0
    return _cover(_match(concepts, _story_text(story)), named)


# -- sentences ----------------------------------------------------------------------


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
    rank = _model.rank
    out: list[_Sentence] = []
    for story in stories:
        story_matched = _match(q.topic, _story_text(story))
        story_cover = _cover(story_matched, weights)
        title_cover = _cover(_match(q.topic, story.title), weights)
        fit = _date_fit(q.text, story)
        said = {i for i, c in enumerate(q.topic) if c in q.speaker_concepts}
        spans = split_sentences(story.text)
        sentences = []
        for pos, (start, end) in enumerate(spans):
            s = _Sentence(story, start, end, pos)
            s.matched = _match(q.topic, s.text)
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
                _type_bonus(q, s.text) * (focus > 0.15),
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


def _local_weights(
    q: Question, weights: list[float], sentences: list[_Sentence], story_matched: dict[int, float]
) -> list[float]:
    """Which concepts pick the sentence once the story is chosen. A concept most of the
    story's sentences mention (its subject) says little about which one answers, and a
    proper name the story carries mostly chose the story: the question's other words
    ("first module", "launch", "greenhouse") locate the answer."""
    seen = Counter(i for s in sentences for i in s.matched)
    out = []
    for i, w in enumerate(weights):
        w = w / math.sqrt(seen.get(i, 1))
        if q.topic[i].named and i in story_matched and q.kind != "said":
            w *= NAMED_LOCAL
        out.append(w)
    return out


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
    if not q_parse.SPEECH.search(s.text):
        return False
    named = {i for i in said if q.topic[i].named} or said
    if named & s.matched.keys():
        st, _ = indexed(s.text)
        verbs = [k for k, w in enumerate(st) if w in _SPEECH_STEMS]
        for i in named & s.matched.keys():
            for a, b in q.topic[i].positions(st):
                if any(-4 <= v - b <= 3 or 0 <= a - v <= 4 for v in verbs):
                    return True
        return False
    if s.position > 0 and q_parse.PRONOUN_SPEECH.search(s.text):
        before = story.text[slice(*spans[s.position - 1])]
        return bool(named & _match(q.topic, before).keys())
    return False


_DIGIT = re.compile(r"\d")
_SPEECH_STEMS = frozenset(
    stems(
        "said says told stated wrote tweeted posted warned added argued claimed announced "
        "declared insisted noted replied responded threatened according statement letter "
        "interview remarks comments called described urged accused"
    )
)


def _type_bonus(q: Question, text: str) -> float:
    if q.kind == "when":
        body = q_parse.DATELINE.sub("", text)
        if q_parse.EXPLICIT_DATE.search(body):
            return 0.4
        return 0.15 if q_parse.DATE.search(body) else 0.0
    if q.kind == "where":
        return 0.25 if q_parse.PLACE.search(text) else 0.0
    if q.kind == "who":
        if answer_types.new_name(q, text):
            return 0.25
        return 0.1 if q_parse.names_someone(text) else 0.0
    if q.kind == "why":
        return 0.25 if q_parse.CAUSE.search(text) else 0.0
    if q.kind == "how":
        return 0.1 if q_parse.MEANS.search(text) else 0.0
    if q.kind == "quantity":
        return 0.3 if q_parse.AMOUNT.search(text) else 0.0
    return 0.0


def _lead(best: _Sentence, ranked: list[_Sentence], q: Question) -> str:
    """The answering sentence(s), in story order, chosen by priority: the best one; the
    best one carrying the kind of fact asked for (a date, number, place, name, cause)
    when the best does not; for why/how the next sentence when it gives the cause; then
    sentences of the same story that answer nearly as well. Each brings the sentence
    before it when it only says "he said" or "The decision …". Lowest priority goes first
    when the whole is too long."""
    story = best.story
    spans = split_sentences(story.text)
    core = [best.position]
    if not _has_type(q, best.text):
        # The best-covered sentence often sets the scene ("A mock-up … was presented at
        # the forum"); the fact asked for sits in one sharing fewer of the question's words.
        typed = [
            s for s in ranked[1:80] if s.story is story and s.focus > 0 and _has_type(q, s.text)
        ]
        if typed:  # what it shares with the question, and nearness to the best sentence
            near = max(typed, key=lambda s: _supplement_score(q, s, best))
            core.append(near.position)
    nxt = best.position + 1
    if (
        q.kind in ("why", "how")
        and nxt < len(spans)
        and q_parse.CAUSE.search(story.text[slice(*spans[nxt])])
    ):
        core.append(nxt)
    for s in ranked[1:10]:
        if s.story is story and s.score >= 0.7 * best.score and len(core) < 3:
            core.append(s.position)
    groups: list[list[int]] = []
    taken: set[int] = set()
    for pos in dict.fromkeys(core):
        if pos in taken:
            continue
        group = [pos]
        sentence = story.text[slice(*spans[pos])]
        needs = q_parse.NEEDS_ANTECEDENT.match(sentence) or q_parse.PRONOUN_SPEECH.search(sentence)
        if pos > 0 and needs and pos - 1 not in taken:
            group.append(pos - 1)
        groups.append(group)
        taken.update(group)

    def size(gs: list[list[int]]) -> int:
        return sum(spans[p][1] - spans[p][0] + 5 for g in gs for p in g)

    while len(groups) > 1 and size(groups) > LEAD_BUDGET:
        groups.pop()
    chosen = sorted(p for g in groups for p in g)
    parts, last = [], None
    for pos in chosen:
        if last is not None:
            parts.append(" " if pos == last + 1 else " … ")
        parts.append(story.text[slice(*spans[pos])])
        last = pos
    text = "".join(parts)
    return text + _unnamed_speakers(story, [spans[p] for p in chosen], text)


def _supplement_score(q: Question, s: _Sentence, best: _Sentence) -> float:
    """How well a sentence of the lead's story supplies the fact asked for: what it shares
    with the question, nearness to the lead, and for "why" how plainly it gives a cause
    ("in response to sanctions" over a passing "reason")."""
    score = s.focus + 0.05 * (abs(s.position - best.position) <= 3)
    if q.kind == "why":
        score += 0.1 * len({m.group(0).lower() for m in q_parse.CAUSE.finditer(s.text)})
    return score


def _has_type(q: Question, text: str) -> bool:
    """Does the sentence carry the kind of fact the question asks for?"""
    if q.kind == "when":
        return bool(q_parse.EXPLICIT_DATE.search(q_parse.DATELINE.sub("", text)))
    if q.kind == "quantity":
        return bool(q_parse.AMOUNT.search(text))
    if q.kind == "where":
        return bool(q_parse.PLACE.search(text))
    if q.kind == "who":  # "Russia supplies the propulsion" answers "who provides …"
        return answer_types.new_name(q, text, things=True)
    if q.kind == "why":
        return bool(q_parse.CAUSE.search(text))
    return True


def _unnamed_speakers(story: Story, spans: list[tuple[int, int]], text: str) -> str:
    """ " — Beaumont" when the lead quotes someone it does not name."""
    names = []
    for quote in extract_quotes(story.text):
        inside = any(s <= quote.start < e for s, e in spans)
        if inside and quote.speaker and quote.speaker.lower() not in text.lower():
            names.append(quote.speaker)
    return " — " + ", ".join(dict.fromkeys(names)) if names else ""


def _citations(best: _Sentence, ranked: list[_Sentence]) -> tuple[Citation, ...]:
    stories = [best.story]
    for s in ranked[1:]:
        if len(stories) == 3:
            break
        if s.story not in stories and s.score >= 0.8 * best.score and s.cover >= FOUND_SENTENCE:
            stories.append(s.story)
    return tuple(Citation(s.id, s.title, s.url) for s in stories)


# -- quotes --------------------------------------------------------------------------


def speaker_label(story: Story, quote: Quote) -> str:
    person = load_aliases().person(quote.speaker or "") if quote.speaker else None
    name = quote.speaker or "Unattributed"
    if person and person.org and person.org.lower() not in name.lower():
        name += f" ({person.org})"
    return name


def render_quote(story: Story, quote: Quote) -> str:
    return f"{speaker_label(story, quote)} said, as reported on {_date(story)}: “{quote.text}”"


def _same_speaker(speaker: str | None, names: tuple[str, ...]) -> bool:
    if not speaker:
        return False
    said = speaker.casefold()
    return any(said == n.casefold() or said.split()[-1] == n.casefold().split()[-1] for n in names)


def _described(
    story: Story, quote: Quote, q: Question, spans, mentions: dict[str, list[str]]
) -> float:
    """How well the story ties this quote to the speaker asked about when quotes store a
    different name: "Lin Xiqiang, a spokesman for the China Manned Space Agency, said…"
    (the description next to the name), or, for a quote with no speaker, "…, a former NASA
    flight director. "…," he said." (the sentence or the one before). A quote by someone
    else that merely mentions the Kremlin is not the Kremlin's."""
    wanted = _role_parts(q.speaker_concepts)
    if not wanted:
        return 0.0
    sw = [1.0] * len(wanted)
    around = []
    for i, (s, e) in enumerate(spans):
        if s <= quote.start < e and not quote.speaker:  # "…," he said: whoever was introduced
            around = [story.text[s:e]] + ([story.text[slice(*spans[i - 1])]] if i else [])
            break
    if quote.speaker:  # "Lin Xiqiang, a spokesman for …": how the stories describe them
        around.extend(mentions.get(quote.speaker.split()[-1], ()))
    best = max((_cover(_match(wanted, t), sw) for t in around), default=0.0)
    return 0.8 * best if best >= 0.6 else 0.0


def _role_parts(concepts: tuple[Concept, ...]) -> tuple[Concept, ...]:
    """A role the gazetteer knows ("head of Roscosmos") matched word by word, so a story's
    own wording fits it ("Arkady Voronov, the director general of the Russian space
    agency"): the title's synonyms and the organisation's names."""
    aliases = load_aliases()
    out: list[Concept] = []
    for c in concepts:
        if c.people and not aliases.person(c.text):
            out.extend(p for word in c.text.split() for p in aliases.concepts(word))
        else:
            out.append(c)
    return tuple(out)


def _mentions(stories: list[Story], quotes: dict[int, list[Quote]]) -> dict[str, list[str]]:
    """Speaker surname → the descriptions the stories give them ("Arkady Voronov, the
    director general of the Russian space agency"; "Roscosmos chief Voronov"), across
    every story read for the question: one story may name the role, another the quote."""
    names = {q.speaker.split()[-1] for qs in quotes.values() for q in qs if q.speaker}
    out: dict[str, list[str]] = {}
    if not names:
        return out
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b")
    for story in stories:
        for s, e in split_sentences(story.text):
            for m in pattern.finditer(story.text, s, e):
                out.setdefault(m.group(0), []).append(
                    _description(story.text, s, e, m.start(), m.end())
                )
    return out


def _description(text: str, start: int, end: int, at: int, after: int) -> str:
    """The words that describe a name in its sentence: what stands right before it
    ("Roscosmos chief Voronov") and its apposition ("Voronov, the director general of the
    Russian space agency,"); not the rest of the sentence, which is about something else."""
    before = text[max(start, at - 40) : at]
    before = re.split(r"[.;:,“”\"]", before)[-1]
    rest = text[after:end]
    apposition = ""
    if rest.startswith(","):
        apposition = re.split(r"[,;:“”\"]|\.\s", rest[1:], maxsplit=1)[0]
    return before + " " + text[at:after] + " " + apposition


def _quote_answer(
    store: Store, q: Question, result, weights: list[float], conv, trace: dict
) -> Answer:
    """The speaker's quote that best fits the topic: stored key quotes first, then every
    quote the extractor finds in the stories that mention both speaker and topic."""
    pairs: dict[tuple[int, int], tuple[Quote, float]] = {}
    for name in q.speaker_names:
        for sid, quote in quotes_by_speaker(store, name, limit=200):
            pairs.setdefault((sid, quote.start), (quote, 1.0))
    both = search(store, q.topic + q.speaker_concepts, limit=6)
    both_weights = _weights(q.topic + q.speaker_concepts, both.idf, both.df)
    ids = [h.story_id for h in both.hits]
    if q.follow_up and conv is not None:
        ids = list(conv.story_ids) + ids
    read = store.stories_by_ids(dict.fromkeys(ids))
    aliases = load_aliases()
    found = {story.id: extract_quotes(story.text) for story in read}
    mentions = _mentions(read, found) if q.speaker_concepts else {}
    for story in read:
        spans = split_sentences(story.text)
        for quote in found[story.id]:
            said = 1.0 if _same_speaker(quote.speaker, q.speaker_names) else 0.0
            if not said and not any(aliases.person(c.text) for c in q.speaker_concepts):
                said = _described(story, quote, q, spans, mentions)  # not for a named person
            if said and pairs.get((story.id, quote.start), (None, 0.0))[1] < said:
                pairs[(story.id, quote.start)] = (quote, said)
    story_score = {h.story_id: h.score for h in result.hits}
    top = max(story_score.values(), default=1.0) or 1.0
    previous = set(conv.story_ids) if conv and q.follow_up else set()
    scored = []
    for (sid, _), (quote, said) in pairs.items():
        cover = _cover(_match(q.topic, quote.text), weights) if q.topic else 0.0
        short = min(1.0, len(quote.text.split()) / 8)  # "illegal sanctions" is a scare quote
        s = cover * short + 0.5 * story_score.get(sid, 0.0) / top + 0.3 * (sid in previous)
        scored.append((s + 0.2 * short + 0.3 * said, sid, quote))
    scored.sort(key=lambda t: (-t[0], -t[1], t[2].start))
    stories = {
        s.id: s for s in store.stories_by_ids(dict.fromkeys(sid for _, sid, _ in scored[:40]))
    }
    best, best_score = None, -1.0
    for s, sid, quote in scored[:40]:
        story = stories.get(sid)
        if story is None:
            continue
        context = _cover(_match(q.topic, _context(story, quote)), weights) if q.topic else 1.0
        whole = _story_cover(story, q.topic, weights) if q.topic else 1.0
        if q.topic and max(context, whole) < QUOTE_FOUND:
            continue
        if q.topic and _named_cover(story, q.topic, weights) < FOUND_NAMED:
            continue
        total = s + 0.5 * context + 0.3 * whole + DATE_FIT * _date_fit(q.text, story)
        if total > best_score:
            best, best_score = (story, quote), total
    if best is not None:
        story, quote = best
        # The speaker is part of what was asked: the quote being theirs is evidence too.
        # (a role counts by its words: the story may describe the holder its own way)
        topic, weights_all = list(q.topic), list(both_weights[: len(q.topic)])
        for c, w in zip(q.speaker_concepts, both_weights[len(q.topic) :], strict=True):
            parts = _role_parts((c,))
            topic += parts
            weights_all += [w / len(parts)] * len(parts)
        asked = replace(q, topic=tuple(topic))
        passage = _context(story, quote) + "\n" + (quote.speaker or "")
        if not _gate(asked, weights_all, story, passage, trace, path="quote", best=best_score):
            return Answer(NOTHING, (), found=False)
        why_not = answer_types.missing(q, quote.text, story)
        if not quote.speaker and answer_types.someone_else_first(
            _role_parts(q.speaker_concepts), _around(story, quote)
        ):  # "…," he said: "he" is whoever the story names first, not the one asked about
            why_not = "unattributed quote, someone else's"
        if why_not:
            trace["declined"] = why_not
            return Answer(NOTHING, (), found=False)
        return _render_quote_answer(story, quote, q)
    # No quote of theirs on it: the sentences that mention them are the next best thing.
    fallback = replace(q, kind="said", topic=q.topic + q.speaker_concepts, speaker_names=())
    return _answer(store, fallback, conv, None, trace)


def _render_quote_answer(story: Story, quote: Quote, q: Question) -> Answer:
    if len(quote.text.split()) < 6:  # a scare quote means little without its sentence
        for s, e in split_sentences(story.text):
            if s <= quote.start < e:
                text = f"{speaker_label(story, quote)}, as reported on {_date(story)}: "
                text += story.text[s:e]
                return Answer(_trim(text), (Citation(story.id, story.title, story.url),))
    text = render_quote(story, quote)
    more = [
        qt
        for qt in extract_quotes(story.text)
        if qt.speaker == quote.speaker and qt.start > quote.end and len(qt.text.split()) > 3
    ]
    if more and len(text) + len(more[0].text) < MAX_ANSWER - 10:
        text += f" … “{more[0].text}”"
    return Answer(_trim(text), (Citation(story.id, story.title, story.url),), found=True)


def _around(story: Story, quote: Quote) -> str:
    """The quote's sentence and the one before: where "…," he said finds its "he"."""
    spans = split_sentences(story.text)
    for i, (s, e) in enumerate(spans):
        if s <= quote.start < e:
            return story.text[spans[max(0, i - 1)][0] : e]
    return quote.text


def _context(story: Story, quote: Quote) -> str:
    """The paragraph around a quote: its topic is often outside the quote marks."""
    start = story.text.rfind("\n\n", 0, quote.start)
    end = story.text.find("\n\n", quote.end)
    return story.title + "\n" + story.text[start + 1 : end if end >= 0 else len(story.text)]


def _support_quote(
    story: Story, q: Question, weights: list[float], *, exclude: tuple[int, int], room: int
) -> str | None:
    best, best_cover = None, 0.0
    for quote in story.quotes:
        if quote.start < exclude[1] and quote.end > exclude[0]:
            continue
        cover = _cover(_match(q.topic, quote.text), weights)
        if cover > best_cover:
            best, best_cover = quote, cover
    if best is None or best_cover < 0.4:
        return None
    line = render_quote(story, best)
    return line if room + len(line) + 1 <= MAX_ANSWER else None


# -- latest --------------------------------------------------------------------------


def _relevant_stories(store: Store, q: Question, result, weights, conv) -> list[Story]:
    """Stories *about* the topic, for "the latest on X": carrying it is not enough (a
    story on peace talks may mention the Russian segment once); it must be in the title,
    the opening, or much of the text, as much as in the stories most about it."""
    stories = _candidate_stories(store, result, conv, q, limit=20)
    carrying = [
        s for s in stories if _story_cover(s, q.topic, weights) >= FOUND_STORY and _named_all(s, q)
    ]
    prominence = {s.id: _prominence(s, q, weights) for s in carrying}
    top = max(prominence.values(), default=0.0)
    return [s for s in carrying if prominence[s.id] >= 0.5 * top]


def _prominence(story: Story, q: Question, weights: list[float]) -> float:
    spans = split_sentences(story.text)
    covers = [_cover(_match(q.topic, story.text[a:b]), weights) for a, b in spans]
    lead = max(covers[:2], default=0.0)
    share = sum(c > 0 for c in covers) / max(1, len(covers))
    return 0.5 * _cover(_match(q.topic, story.title), weights) + lead + min(1.0, 3 * share)


def _latest(
    store: Store,
    q: Question,
    stories: list[Story],
    now: datetime | None,
    weights: list[float] | None = None,
) -> Answer:
    if not q.topic:
        stories = store.stories(iss_only=True, limit=3)
    if not stories:
        return Answer(NOTHING, (), found=False)
    stories = sorted(stories, key=lambda s: (s.published or s.first_seen, s.id), reverse=True)[:3]
    first = stories[0]
    summary = first.summary or first.text
    extra = _latest_detail(first, q, weights, summary) if q.topic and weights else None
    if extra and len(extra) <= 300:
        summary = _trim(summary, 560 - len(extra)) + " … " + extra
    else:
        summary = _trim(summary, 420)
    lines = [f"{_date(first)} — {first.title}: {summary}"]
    lines += [f"Earlier, {_date(s)}: {s.title}" for s in stories[1:]]
    text = "\n".join(lines)
    return Answer(_trim(text), tuple(Citation(s.id, s.title, s.url) for s in stories), found=True)


def _latest_detail(story: Story, q: Question, weights: list[float], summary: str) -> str | None:
    """The newest story's sentence on what was asked ("the ExoMars rover") when its
    summary leaves it out, preferring one that says what happens next (a date, a plan)."""
    story_matched = _match(q.topic, _story_text(story))
    local = [
        w * (NAMED_LOCAL if c.named and i in story_matched else 1.0)
        for i, (c, w) in enumerate(zip(q.topic, weights, strict=True))
    ]
    total = sum(local) or 1.0
    best, best_score = None, 0.0
    for start, end in split_sentences(story.text):
        sentence = story.text[start:end]
        if sentence in summary:
            continue
        matched = _match(q.topic, sentence)
        score = sum(local[i] * m for i, m in matched.items()) / total
        if score <= 0.0:
            continue
        score = 0.5 * score + 0.3 * bool(q_parse.EXPLICIT_DATE.search(sentence))
        score += 0.2 * bool(q_parse.NEXT_STEP.search(sentence))
        if score > best_score:
            best, best_score = sentence, score
    return best


# -- text ------------------------------------------------------------------------------


def _date(story: Story) -> str:
    stamp = story.published or story.first_seen
    try:
        moment = from_rfc3339(stamp)
    except (TypeError, ValueError):
        return "an unknown date"
    return f"{moment.day} {moment:%b %Y}"


def _trim(text: str, limit: int = MAX_ANSWER) -> str:
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    cut = cut[: max(cut.rfind(" "), limit // 2)]
    return cut.rstrip(" ,;:") + "…"
