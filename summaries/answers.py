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

This module keeps the public API and dispatches on the kind of question; the work is in
answer_sentences.py (scoring sentences), answer_lead.py (the lead and its citations),
answer_quotes.py ("what did X say"), answer_latest.py ("the latest on X"),
answer_confidence.py (the decline gate and the fitted weights), answer_coverage.py (how
much of the question a text carries) and answer_text.py (how replies read).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import datetime

from summaries import answer_author, answer_more, answer_types, answer_undisclosed, written_forms
from summaries import question as q_parse
from summaries import text_patterns as tp
from summaries.aliases import Concept, load_aliases
from summaries.answer_choice import undecided
from summaries.answer_confidence import (
    CONFIDENT,
    GATE_FEATURES,
    HAND_RANK,
    RANK_FEATURES,
    Model,
    _gate,
    _window,
    use_model,
)
from summaries.answer_counts import uncounted
from summaries.answer_coverage import KNOWN_NAME_ZIPF, _match, _named_all, _story_text, _weights
from summaries.answer_dates import another_time
from summaries.answer_latest import _latest, _relevant_stories
from summaries.answer_lead import _citations, _close_second, _lead
from summaries.answer_many_named import left_unnamed, too_few_named, which_unnamed
from summaries.answer_names import did, new_person, undone
from summaries.answer_naming import asks_a_name, unnamed_thing
from summaries.answer_outcomes import unsettled
from summaries.answer_quotes import (
    _quote_answer,
    _support_quote,
    _written_as_names,
    person,
    subject_phrase,
)
from summaries.answer_roles import other_role
from summaries.answer_sentences import STORIES_READ, _score_sentences, _Sentence
from summaries.answer_speakers import role_silent, title_only
from summaries.answer_text import (
    EMPTY,
    FAILED,
    MAX_ANSWER,
    NOTHING,
    _date,
    _trim,
    render_quote,
    speaker_label,
)
from summaries.answer_when_that import WHEN_THAT, when_that
from summaries.detect import without_iss
from summaries.gazetteer import countries
from summaries.generality import specificity, zipf
from summaries.lead_order import needs_before
from summaries.lookups import misspelt_speaker, quotes_by_speaker
from summaries.mention_patterns import ANON
from summaries.models import Answer, Citation, Quote, Story
from summaries.question import Question
from summaries.quotes import cached_quotes
from summaries.sentences import covering, split_sentences
from summaries.spelling import corrections, respelt_name
from summaries.store import Store
from summaries.story_search import one_question, search
from summaries.transcripts import transcript_quotes

__all__ = [
    "CONFIDENT",
    "EMPTY",
    "FAILED",
    "GATE_FEATURES",
    "HAND_RANK",
    "MAX_ANSWER",
    "NOTHING",
    "RANK_FEATURES",
    "Conversation",
    "Model",
    "answer",
    "render_quote",
    "speaker_label",
    "use_model",
]

log = logging.getLogger(__name__)


@dataclass
class Conversation:
    """What a channel (or a user) asked last, so "and what did NASA say?" has context."""

    story_ids: tuple[int, ...] = ()
    topic: tuple[Concept, ...] = ()
    speaker: str | None = None
    shown: str = ""  # the last answer's text, for "who said that?"
    quoted: str | None = None  # the person whose words the last answer gave ("who's she?")
    kind: str = ""  # what the last question asked for: "what about japan?" after a latest

    def remember(
        self, answer: Answer, topic: tuple[Concept, ...], speaker: str | None, kind: str = ""
    ) -> None:
        if answer.found:
            self.story_ids = tuple(c.id for c in answer.citations)
            self.topic = topic
            self.speaker = speaker or self.speaker
            self.quoted = answer.speaker
            self.shown = answer.answer
            self.kind = kind

    def focus(self, story: Story) -> None:
        """A member who just opened a story ("/story 12") asks about it next: "and what
        about the partners?" is answered from that story first, and "who said that?" is
        about the key quotes the card showed."""
        shown = "\n".join([story.summary, *(q.text for q in story.quotes)])
        self.story_ids, self.topic, self.speaker, self.shown = (story.id,), (), None, shown
        self.quoted, self.kind = None, ""

    def showed(self, stories: list[Story], shown: str, speakers: Iterable[str | None] = ()) -> None:
        """A listing (/brief, /quotes) was just shown: "source?", "more?" and "who said
        that?" are about it, the first story listed leading; after one person's quotes
        ("/quotes belova"), "who's she?" is about them."""
        if stories:
            self.story_ids = tuple(dict.fromkeys(s.id for s in stories))
            self.topic, self.speaker, self.shown, self.quoted = (), None, shown, None
            self.kind = ""
            one = set(speakers)
            if len(one) == 1:
                self.quoted = person(one.pop())

    def clear(self) -> None:
        self.story_ids, self.topic, self.speaker, self.shown = (), (), None, ""
        self.quoted, self.kind = None, ""


PRICED_READ = 40  # sentences read for the one giving the sum a money question asks

NO_DATE = "No stored story gives a date for that yet. The nearest report: "
NOTHING_SHOWN = (
    "I haven't quoted anything here yet. Ask what someone said, e.g. “what did Roscosmos say "
    "about leaving the station?”"
)


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
    if conversation is not None and conversation.story_ids and WHEN_THAT.fullmatch(cleaned):
        dated = when_that(store, conversation.story_ids[0], conversation.shown)
        if dated is not None:
            return dated
    if conversation is not None and answer_more.SOURCE.fullmatch(cleaned):
        return answer_more.sources_of(store, conversation.story_ids)
    if conversation is not None and answer_more.CONFIRMED.fullmatch(cleaned):
        return answer_more.confirmed_by(store, conversation.story_ids)
    nth = answer_more.NTH.fullmatch(cleaned) if conversation is not None else None
    if nth and conversation is not None and conversation.story_ids:
        told, story = answer_more.nth_story(store, conversation.story_ids, nth.group("nth"))
        if story is not None:
            conversation.focus(story)
        return told
    if conversation is not None and answer_more.MORE.fullmatch(cleaned):
        more = answer_more.more_of(store, conversation.story_ids, conversation.shown)
        if more.found:  # "more?" twice goes on where the last one stopped
            conversation.shown += " " + more.answer
            conversation.story_ids = tuple(c.id for c in more.citations)
        return more
    if conversation is not None and _WHO_SAID.fullmatch(cleaned):
        said = _who_said(store, conversation) if conversation.shown else None
        if said is not None:
            return said
        if not conversation.shown:  # after "nothing on that", or first thing in a channel
            return Answer(NOTHING_SHOWN, (), found=False)
    named = _who_is(cleaned)
    if named in _HE_SHE and conversation is not None:
        # "who's she?" after Calder's words for the State Department, or after /quotes
        # belova: the one just quoted
        who = conversation.quoted or conversation.speaker
        if who:
            cleaned, named = f"who is {who}", who
    try:
        cleaned = _names_respelt(store, cleaned)
        traced = trace if trace is not None else {}
        parsed = _about_the_story(
            store, q_parse.parse(cleaned, load_aliases(), conversation), conversation
        )
        parsed = _the_story_asked(store, parsed, conversation)
        placed = q_parse.on_the_station(parsed, load_aliases())
        if placed is not parsed and not _named_in_stories(store, parsed):
            parsed = placed
        with one_question():
            result = _answer(store, parsed, conversation, now, traced)
        if not result.found and parsed.topic_inherited and not q_parse.marks_follow_up(cleaned):
            # "what did reyes say?" after a question on the rover: the last topic was a guess
            # at what they meant (no "and", no "he"); with nothing of theirs on it, they are
            # asked about on their own rather than declined
            traced.clear()
            parsed = q_parse.parse(cleaned, load_aliases(), None)
            with one_question():
                result = _answer(store, parsed, None, now, traced)
    except Exception:  # the bot must always reply; the bug is logged once with context
        log.exception("answering %r failed", cleaned[:200])
        return Answer(FAILED, (), found=False)
    if conversation is not None:
        conversation.remember(result, parsed.topic, parsed.speaker, parsed.kind)
        if result.found and named and named not in _HE_SHE:
            conversation.speaker = named  # "who's kessler?" then "what did she say?"
        elif result.found and not (result.speaker or conversation.speaker):
            # "who thinks it's just a negotiation" answered with Zhdanov's words: "where
            # does he work?" is about Zhdanov
            led = _quoted_first(store, result)
            if led:
                conversation.quoted = conversation.speaker = led
        elif not result.found and not conversation.story_ids:
            # "who did zimin replace?" declined: "when did he take over" is still about
            # Zimin, not whoever a story matching "take over" names
            asked = [c.text for c in parsed.topic if quotes_by_speaker(store, c.text, limit=1)]
            if len(asked) == 1:
                conversation.speaker = asked[0]
    return result


_WHO_IS = re.compile(
    r"(?:and\s+|so\s+|ok\s+)?who(?:'s|’s|s|\s+is|\s+was)\s+(?P<who>[^?!.,]{1,40}?)\s*[?!.]*",
    re.I,
)
_HE_SHE = frozenset({"he", "she", "him", "her"})
_NOT_A_NAME = frozenset({"the", "a", "an", "in", "on", "at", "of", "for", "behind", "that", "this"})
WHO_IS_ZIPF = 3.8  # "kessler" 3.2, "dorsey" 3.1; "running" 5.2, "charge" 5.0


def _who_is(text: str) -> str | None:
    """Whom "who's kessler?" / "who is ruth calder" asks about (a pronoun as typed), or
    None for "who's in charge", "who is the head of nasa" and other questions."""
    m = _WHO_IS.fullmatch(text.strip())
    if m is None:
        return None
    words = m.group("who").lower().split()
    if len(words) == 1 and words[0] in _HE_SHE:
        return words[0]
    if len(words) > 3 or set(words) & _NOT_A_NAME or zipf(words[-1]) >= WHO_IS_ZIPF:
        return None
    return m.group("who")


_HE_SHE_ASKED = re.compile(r"\b(?:he|she|him|her|his)\b", re.I)
# "since when?", "until when?": how a bare "when" is asked, not a word to look for
_WHEN_WORDS = frozenset({"since", "until", "till", "til"})


def _named_in_stories(store: Store, q: Question) -> bool:
    """ "mars rover": a word typed in lower case that the best-matching story writes only
    capitalised ("Mars") is a name, which places the question: it is not one of the
    everyday words ("who provides propulsion?") taken to be about the station. Asked only
    of the questions ``on_the_station`` would place there."""
    hits = search(store, q.topic, limit=1).hits
    story = next(iter(store.stories_by_ids([hits[0].story_id])), None) if hits else None
    if story is None:
        return False
    for c in q.topic:
        word = c.text
        if word.isalpha() and word.islower():
            capital = re.search(rf"\b{word.capitalize()}\b", story.text)
            if capital and not re.search(rf"\b{word}\b", story.text):
                return True
    return False


def _the_story_asked(store: Store, q: Question, conv: Conversation | None) -> Question:
    """ "why?", "how much?", "when?" right after /story 16 or an answer on Voronov's
    words: a question with nothing of its own to look for is about the conversation's
    story, so its title's words are the topic (after "/story" there is no last topic to
    inherit). Without a story in the conversation it stays empty, and gets the prompt."""
    if q.kind == "when":
        q = replace(q, topic=tuple(c for c in q.topic if c.text.lower() not in _WHEN_WORDS))
    topic = q.topic
    if q.kind != "quote" and conv is not None and conv.speaker and _HE_SHE_ASKED.search(q.text):
        # "where does she work?" after Kessler's words: about Kessler
        own = {k for c in topic for k, _, _ in c.phrases}
        person = load_aliases().concepts(conv.speaker)
        topic += tuple(c for c in person if not own & {k for k, _, _ in c.phrases})
        return replace(q, topic=topic, follow_up=True)
    if (
        topic
        or q.speaker_names
        or q.speaker_concepts
        or q.kind in ("latest", "quote")
        or conv is None
        or not conv.story_ids
    ):
        return q
    story = next(iter(store.stories_by_ids(conv.story_ids[:1])), None)
    if story is None:
        return q
    title = tuple(load_aliases().concepts(story.title))
    return replace(q, topic=title, follow_up=True, topic_inherited=True) if title else q


def _about_the_story(store: Store, q: Question, conv: Conversation | None) -> Question:
    """ "why is ankara even interested" after two turns on Turkey's Soyuz seat: a short
    question whose names (or, naming none, whose words) are all in the story being
    discussed is about that story, though it says no "it" or "and". A name the story
    lacks starts a new subject."""
    if conv is None or not conv.story_ids or q.follow_up or not 0 < len(q.topic) <= 2:
        return q
    if q.kind == "quote" and q.speaker_names and not _FOLLOWING.search(q.text):
        # "what did Roscosmos say about European astronauts?" names who and what: a
        # question of its own, not one about the story just opened
        return q
    # "how much did the experiment cost?": with no name, every word must be in the story
    # as written, not by a synonym ("propulsion" is not the story's "reboost thrust")
    named = tuple(c for c in q.topic if c.named)
    asked = named or q.topic
    story = next(iter(store.stories_by_ids(conv.story_ids[:1])), None)
    found = _match(asked, _story_text(story)) if story is not None else {}
    if len(found) < len(asked) or (not named and min(found.values()) < 1.0):
        return q
    return replace(q, follow_up=True)


# words that tie a question to what was just shown, though it names its speaker
_FOLLOWING = re.compile(r"\b(?:it|this|that|there|then|these|those|here)\b", re.I)


def _priced(q: Question, best: _Sentence, ranked: list[_Sentence]) -> tuple[_Sentence, str] | None:
    """The sentence of ``best``'s story giving the sum asked, alone or after the sentence
    before it when that one names the thing priced; None when none does."""
    spans = split_sentences(best.story.text)
    for s in ranked:
        if s.story.id != best.story.id:
            continue
        if answer_types.money_about(q, s.text):
            return s, s.text
        before = next(((a, e) for a, e in reversed(spans) if e <= s.start), None)
        if before is None:
            continue
        passage = best.story.text[before[0] : before[1]] + " … " + s.text
        if answer_types.money_about(q, passage):
            return s, passage
    return None


def _names_respelt(store: Store, text: str) -> str:
    """ "what did voronv say": a rare word no story writes, one edit from the name quotes
    are stored under, is that name; otherwise it would be taken for a name the stories
    lack and the question declined. Common words are left to ``spelling.corrections``."""
    for word in dict.fromkeys(_LONG_WORD.findall(text)):
        if zipf(word) >= NAME_ZIPF:
            continue
        typed = load_aliases().concepts(word)
        if len(typed) != 1 or search(store, typed, limit=1).df[0]:
            continue  # a word some story writes is not a typo
        name = misspelt_speaker(store, word)
        if name is None:  # "what did roscomos say": a body the gazetteer names
            known = respelt_name(word, lambda c: search(store, (c,), limit=1).df[0] > 0)
            name = known[0] if known else None
        if name is not None:
            text = re.sub(rf"\b{word}\b", name, text)
    return text


_LONG_WORD = re.compile(r"\b[^\W\d_]{4,}\b")


# "who said that?", "and who said it?": whose words the last answer quoted
_WHO_SAID = re.compile(r"(?:and\s+|so\s+|but\s+)?who\s+said\s+(?:that|this|it)\s*[?!.]*", re.I)


def _quoted_first(store: Store, result: Answer) -> str | None:
    """The one named speaker of the quotes an answer opens with (its first sentence, in
    the story it cites first), or None."""
    story = next(iter(store.stories_by_ids([c.id for c in result.citations[:1]])), None)
    spans = split_sentences(result.answer)
    if story is None or not spans:
        return None
    first = result.answer[spans[0][0] : spans[0][1]]
    names = {
        person(quote.speaker)
        for quote in cached_quotes(story.text)
        if quote.speaker and quote.text[:60] in first
    }
    return names.pop() if len(names) == 1 else None


def _who_said(store: Store, conv: Conversation) -> Answer | None:
    """The speakers of the quotes the last answer showed, from the story it led with, or
    that it quoted no one. None when that story is gone."""
    story = next(iter(store.stories_by_ids(conv.story_ids[:1])), None)
    if story is None:
        return None
    # a transcript's labelled lines ("MARCHETTI: …") are quotes shown too
    shown = [
        quote
        for quote in [*cached_quotes(story.text), *transcript_quotes(story.text)]
        if quote.text[:60] in conv.shown
    ]
    names = [speaker_label(story, quote) for quote in shown if quote.speaker]
    unnamed = [_described_as(story.text, quote) for quote in shown if not quote.speaker]
    cited = f"“{story.title}” ({_date(story)})"
    if names:
        text = f"That was {' and '.join(dict.fromkeys(names))}, in {cited}."
    elif any(unnamed):
        who = " and ".join(f"“{d}”" for d in dict.fromkeys(d for d in unnamed if d))
        text = f"The story does not name them: it quotes {who}, in {cited}."
    elif unnamed:
        text = f"The story does not say who said that, in {cited}."
    else:
        text = f"No one is quoted there: that is the reporting of {cited}."
    return Answer(text, (Citation(story.id, story.title, story.url),), found=True)


def _described_as(text: str, quote: Quote) -> str:
    """How the story describes an unnamed speaker in the quote's sentence or the one
    before ("a senior industry official"), or "" when it does not."""
    span = covering(text, quote.start, quote.end)
    if span is None:
        return ""
    lo = text.rfind(". ", 0, max(0, span[0] - 2))
    found = [m.group(0) for m in ANON.finditer(text, lo + 1 if lo != -1 else 0, span[1])]
    return found[-1][0].lower() + found[-1][1:] if found else ""


# Below this Zipf frequency a word the store never has is taken for a name: "sary"
# (1.95) and "shagan" in "sary shagan", not "lopsided" (2.9) or "congresswoman" (2.9).
NAME_ZIPF = 2.5


def _unknown_as_names(q: Question, df: list[float]) -> Question:
    """A word the store never has and English hardly knows ("tianzhou", "starlab", "sary
    shagan", typed in lower case) is a name: the stories lack what was asked about, so it
    must not be answered from the question's other words."""
    topic = tuple(
        replace(c, named=True)
        if not c.named
        and c.text.isalpha()
        and not _derived(c.text)
        and (
            zipf(c.text) < (NAME_ZIPF if d == 0 else KNOWN_NAME_ZIPF)
            or _ORDINAL.match(c.text)
            or c.text.lower() in countries()
        )
        else c
        for c, d in zip(q.topic, df, strict=True)
    )
    return replace(q, topic=topic) if topic != q.topic else q


# "unfrozen", "reapproved", "nonbinding": a common word with a prefix is rare in English
# only for the prefix, and is not a name
_PREFIX = re.compile(r"^(?:un|re|de|non|pre|mis|over|under)(?=[a-z]{4,}$)", re.I)


def _derived(word: str) -> bool:
    m = _PREFIX.match(word)
    if m is None:
        return False
    rest = word[m.end() :]  # "reboosts": "boosts" is rarer than "boost"
    return zipf(rest) >= 3.5 or (rest[-1:] in "sS" and zipf(rest[:-1]) >= 3.5)


def _self_contained(best: _Sentence, ranked: list[_Sentence]) -> _Sentence:
    """For "who": "He said Russian Progress ships … provide most of the station's reboost
    thrust" names the doer only with the sentence before it, which the answer would then
    open with; another story's sentence as good that stands alone ("The Russian segment
    supplies most of the station's propulsion.") answers first."""
    if not needs_before(best.story.text, (best.start, best.end)):
        return best
    for s in ranked[1:4]:
        if s.score < SELF_CONTAINED * best.score:
            break
        if s.story.id != best.story.id and not needs_before(s.story.text, (s.start, s.end)):
            return s
    return best


SELF_CONTAINED = 0.95
STAY = 0.5  # a follow-up's answer from the conversation's story, at this share of the best


# "the third HTV-X", "Belarus's second cosmonaut": which one of a series is asked about is
# as much a name as the series; a story on the first and second does not answer the third.
_ORDINAL = re.compile(r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$", re.I)


def _speaker_from_question(store: Store, q: Question) -> Question:
    """ "gromov, the guy who ran planning — what did he say …": the first of the
    question's words that names someone with stored quotes is "he". None found: the
    question is answered from sentences, as any "what" question."""
    for c in q.topic:
        if not c.text[:1].isalpha() or c.text.lower() in _NOT_SPEAKERS:
            continue
        if quotes_by_speaker(store, c.text, limit=1):
            topic = tuple(t for t in q.topic if t is not c)
            return replace(
                q, topic=topic, speaker=c.text, speaker_names=(c.text,), speaker_concepts=(c,)
            )
    return replace(q, kind="what")


_NOT_SPEAKERS = frozenset({"he", "she", "they", "it"})


def _unheard_of(q: Question, df: list[float]) -> bool:
    """A content word of the question that no stored story uses ("toilet", "bigelow"):
    there is no latest on a topic the store has never mentioned."""
    return any(
        d == 0 and (c.named or (specificity(c.text) >= 1.0 and not _PARTICIPLE.search(c.text)))
        for c, d in zip(q.topic, df, strict=True)
    )


# "russia's entry ban messing with japan's plans": a verb the stories never use is how the
# member put it, not what they ask about (a thing never mentioned is a noun: "toilet")
_PARTICIPLE = re.compile(r"^[a-z]{3,}(?:ing|ed)$")


def _in_story_of(
    best: _Sentence, sentences: list[_Sentence], keep: Callable[[_Sentence], bool]
) -> _Sentence | None:
    """The best-ranked sentence of ``best``'s story that ``keep`` accepts."""
    return next((s for s in sentences if s.story.id == best.story.id and keep(s)), None)


def _answer(
    store: Store, q: Question, conv: Conversation | None, now: datetime | None, trace: dict
) -> Answer:
    if not q.topic and not q.speaker_names and not q.speaker_concepts:
        if q.kind == "latest":
            return _latest(store, q, [], now)
        return Answer(EMPTY, (), found=False)
    result = search(store, q.topic, limit=STORIES_READ * 3)
    fixed = corrections(q.topic, result.df, lambda c: search(store, (c,), limit=1).df[0] > 0)
    if fixed:  # "experimnets": the word meant, before an unknown word is taken for a name
        topic = (fixed.get(i, c) for i, c in enumerate(q.topic))
        q = replace(q, topic=tuple(c for c in topic if c is not None))
        result = search(store, q.topic, limit=STORIES_READ * 3)
    if written_forms.wanted(q.topic, result.df):  # "the dfa spox", "canadarm", "ilrs"
        read = store.stories_by_ids([h.story_id for h in result.hits[:STORIES_READ]])
        spelled = written_forms.expand(q.topic, result.df, [s.text for s in read])
        if spelled:
            q = replace(q, topic=tuple(spelled.get(i, c) for i, c in enumerate(q.topic)))
            result = search(store, q.topic, limit=STORIES_READ * 3)
    q = _unknown_as_names(q, result.df)
    if q.speaker_earlier:
        q = _speaker_from_question(store, q)
        if q.speaker_concepts:
            result = search(store, q.topic, limit=STORIES_READ * 3)
    if q.kind == "quote" and answer_undisclosed.asks_disclosed(q):
        # "has ESA said when …": whether they told it, which a story answers in its own
        # words ("ESA has not said when …"), not in the speaker's quote; without such a
        # sentence, their quotes are asked as for any "did X say"
        told_trace: dict = {}
        topic = q.topic + q.speaker_concepts
        asked = replace(
            q, kind="yesno", topic=topic, speaker=None, speaker_names=(), speaker_concepts=()
        )
        told = _answer(store, asked, conv, None, told_trace)
        if told.found and answer_undisclosed.withheld(told.answer):
            trace.update(told_trace)
            # "did roscosmos respond": the line saying they did not, without what others
            # said after it
            said = answer_undisclosed.no_comment_line(q, told.answer)
            return replace(told, answer=said, citations=told.citations[:1]) if said else told
    weights = _weights(q.topic, result.idf, result.df)
    if q.kind == "quote" and (q.speaker_names or q.speaker_concepts):
        quoted = _quote_answer(store, q, result, weights, conv, trace)
        if quoted is not None:
            return quoted
        # No quote of theirs on it: the sentences that mention them are the next best thing.
        # (a place typed in lower case is still a name the story must carry: "kashmir")
        read = store.stories_by_ids([h.story_id for h in result.hits[:STORIES_READ]])
        topic = _written_as_names(q.topic, read)
        # and so is the subject phrase their quote was turned down for lacking
        if (i := subject_phrase(q.topic, weights)) is not None:
            topic = topic[:i] + (replace(topic[i], named=True),) + topic[i + 1 :]
        topic += q.speaker_concepts
        fallback = replace(q, kind="said", topic=topic, speaker_names=())
        said = _answer(store, fallback, conv, None, trace)
        if said.found or "gate" in trace or not asks_a_name(q.text):
            return said
        # "what was the korean cubesat called": the name of a thing, which no one says
        # (not "what was their reaction when the release was called off")
        return _answer(store, replace(fallback, kind="what"), conv, None, trace)
    if q.kind == "latest" and answer_types.only_the_beat(q):
        # "latest on iss politics?": the bot's whole beat, so its newest stories, not the
        # one story that happens to write "politics"
        return _latest(store, replace(q, topic=()), [], now, weights)
    if q.kind == "latest":
        if _unheard_of(q, result.df):  # "the latest on the bigelow module": never mentioned
            return Answer(NOTHING, (), found=False)
        stories = _relevant_stories(store, q, result, weights, conv)
        if answer_types.asks_station(q):
            # "what's going on with the station": the newest story with "ISS" or "station"
            # in its title may be a proxy adviser's or a power station's, not the news
            stories = [s for s in stories if not without_iss(s.reasons, s.tags)]
        if answer_types.asks_a_state(q):
            # "anything new from russia?": its newest ISS-political story, not a facility
            # company's write-down on leaving Russia
            stories = [s for s in stories if s.iss_geopolitical] or stories
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
    stories = {s.story.id: s.story for s in sentences}  # once per story, not per sentence
    named = {sid: _named_all(story, q) for sid, story in stories.items()}
    sentences = [s for s in sentences if named[s.story.id]]
    if not sentences:
        trace["confidence"] = 0.0
        return Answer(NOTHING, (), found=False)
    if (
        q.follow_up
        and conv is not None
        and conv.story_ids
        and not conv.speaker
        and _HE_SHE_ASKED.search(q.text)
    ):
        # "why is his flight held up" after the latest on a Kazakh cosmonaut: "his" is the
        # one the conversation's stories are about; another story matching "held up" ("How
        # is Canadarm2 holding up?") is not about him
        sentences = [s for s in sentences if s.story.id in conv.story_ids]
        if not sentences:
            trace["confidence"] = 0.0
            return Answer(NOTHING, (), found=False)
    if q.follow_up and conv is not None and conv.story_ids:
        # "when would she fly?", "why is moscow doing this": a follow-up asks about the
        # conversation's story; its own best sentence answers unless another story's is
        # far better
        here = next((s for s in sentences if s.story.id == conv.story_ids[0]), None)
        if (
            here is not None
            and here is not sentences[0]
            and here.score >= STAY * sentences[0].score
        ):
            sentences = [here, *(s for s in sentences if s is not here)]
    best = sentences[0]
    trace["candidates"] = sentences
    if not _gate(q, weights, best.story, _window(best), trace, ranked=sentences):
        return Answer(NOTHING, (), found=False)
    # "who wrote that op-ed": the author line the piece ends with, not its best sentence
    best = answer_author.author_sentence(q, best.story) or best
    best = _self_contained(best, sentences) if q.kind == "who" else best
    # "has ESA said when …": the sentence of the story saying they have not
    told = answer_undisclosed.withheld_sentence(q, sentences)
    best = told or best
    lead = _lead(best, sentences, q, weights)
    text = lead + _close_second(best, sentences, lead)
    if unnamed_thing(q, best.text):
        # "what's the detector called": the sentence of the story that names it leads, if
        # any, not a quote matching more of the question's words
        naming = _in_story_of(best, sentences, lambda s: not unnamed_thing(q, s.text))
        if naming is not None:
            best, lead = naming, _lead(naming, sentences, q, weights)
            text = lead + _close_second(best, sentences, lead)
    if q.kind == "who" and undone(q, lead):
        # "who headed the us team at the talks": the story's sentence on who led it, not
        # its best match on the talks
        doing = _in_story_of(
            best, sentences, lambda s: did(q, s.text) and new_person(q, s.text, best.story.text)
        )
        if doing is not None:
            best, lead = doing, _lead(doing, sentences, q, weights)
            text = lead + _close_second(best, sentences, lead)
    if answer_types.sum_asked(q) and not answer_types.money_about(q, lead):
        # "how much does the deorbit vehicle cost": the story's best sentence says what it
        # is ("… the U.S. Deorbit Vehicle"), the next its price ("The vehicle, being built
        # by SpaceX under a contract now valued at $1.2 billion"): the two, as written
        priced = _priced(q, best, sentences[:PRICED_READ])
        if priced is not None:
            best, lead = priced
            text = lead + _close_second(best, sentences, lead)
    why_not = (
        (told is None and answer_types.missing(q, lead, best.story))
        or other_role(q, lead)
        or unsettled(q, best.story)
        or undecided(q, best.story.text)
        or uncounted(q, best.story.text)
        or (q.kind == "said" and another_time(q, best.text, best.story))
        or too_few_named(q, lead)
        or left_unnamed(q, lead)
        or which_unnamed(q, lead)
        or (q.kind == "said" and title_only(q.speaker_concepts, lead))
        or (q.kind == "said" and role_silent(q.speaker_concepts, lead))
        or unnamed_thing(q, text)
    )
    if why_not == answer_types.NO_DATE_TO_COME:
        # "when will Russia detach its segment?": the stories threaten it and set no date;
        # "nothing on that" would hide them. Not an answer (found stays False): the report
        # nearest the question, said to carry no date
        trace["declined"] = why_not
        return Answer(_trim(NO_DATE + lead), _citations(best, sentences)[:1], found=False)
    if why_not:
        trace["declined"] = why_not
        return Answer(NOTHING, (), found=False)
    if q.kind == "when" and not tp.DATE.search(lead):
        text += f" (The story is dated {_date(best.story)}.)"
    support = _support_quote(
        best.story, q, weights, exclude=(best.start, best.end), room=len(text), shown=text
    )
    if support:
        text += "\n" + support
    return Answer(_trim(text), _citations(best, sentences), found=True)
