"""Answers to "what did X say about Y": the quote of X's that best fits Y.

Candidates are X's stored key quotes plus every quote the extractor finds in stories
mentioning both X and Y. When X is a role ("the head of Roscosmos") rather than a name,
a quote counts as theirs when the stories describe its speaker that way. The speaker
being asked about is part of the evidence the decline gate weighs. ``_quote_answer``
returns None when X has no quote on Y, and the caller falls back to sentences.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from summaries import answer_speakers, answer_types
from summaries import text_patterns as tp
from summaries.aliases import Concept, load_aliases
from summaries.answer_confidence import _gate
from summaries.answer_coverage import (
    DATE_FIT,
    KNOWN_NAME_ZIPF,
    _cover,
    _date_fit,
    _match,
    _named_cover,
    _story_cover,
    _story_text,
    _weights,
)
from summaries.answer_quote_asked import unsummed
from summaries.answer_quote_owner import not_theirs
from summaries.answer_said import LEAD_IN, asked_before, quote_after
from summaries.answer_text import MAX_ANSWER, NOTHING, _date, _trim, render_quote, speaker_label
from summaries.gazetteer import speech_vocab
from summaries.generality import zipf
from summaries.lookups import quotes_by_speaker
from summaries.models import Answer, Citation, Quote, Story
from summaries.question import Question
from summaries.quotes import cached_quotes
from summaries.sentences import split_sentences
from summaries.store import Store
from summaries.story_search import search

if TYPE_CHECKING:
    from summaries.answers import Conversation

FOUND_NAMED = 0.75  # share of the names asked about (idf-weighted) the story must carry
QUOTE_FOUND = 0.35  # share of the topic the quote's paragraph or story must cover


def _quote_answer(
    store: Store, q: Question, result, weights: list[float], conv: Conversation | None, trace: dict
) -> Answer | None:
    """The speaker's quote that best fits the topic: stored key quotes first, then every
    quote the extractor finds in the stories that mention both speaker and topic. None
    when they have no quote on it (the caller then answers from sentences)."""
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
    found = {story.id: cached_quotes(story.text) for story in read}
    mentions = _mentions(read, found) if q.speaker_concepts else {}
    name_words = _name_words(q.speaker_concepts, read)
    for story in read:
        spans = split_sentences(story.text)
        for quote in found[story.id]:
            said = 1.0 if _same_speaker(quote.speaker, q.speaker_names) else 0.0
            if (
                not said
                and not any(aliases.person(c.text) for c in q.speaker_concepts)
                and not _someone_else(quote.speaker, name_words)
            ):
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
    # names of the opening clause that dates the question need not be in the story
    dated = [0.0 if c.text in q.scene else w for c, w in zip(q.topic, weights, strict=True)]
    # "the head of mexico's space agency" is not "the head of the Turkish Space Agency"
    place = tuple(p for p in _role_parts(q.speaker_concepts) if p.named)
    best, best_score = None, -1.0
    for s, sid, quote in scored[:40]:
        story = stories.get(sid)
        if story is None:
            continue
        by_name = pairs[(sid, quote.start)][1] >= 1.0
        if place and not by_name and len(_match(place, _story_text(story))) < len(place):
            continue
        context = _cover(_match(q.topic, _context(story, quote)), weights) if q.topic else 1.0
        whole = _story_cover(story, q.topic, weights) if q.topic else 1.0
        if q.topic and max(context, whole) < QUOTE_FOUND:
            continue
        if q.topic and _named_cover(story, q.topic, dated) < FOUND_NAMED:
            continue
        total = s + 0.5 * context + 0.3 * whole + DATE_FIT * _date_fit(q.text, story)
        if q.topic:
            total += _fragment_lift(story, quote, q, weights)
            total += LEAD_IN * _cover(
                _match(q.topic, asked_before(story.text, quote.start)), weights
            )
        if total > best_score and _someone_elses(story, quote, q):
            continue  # the kid's question in the astronaut's story: the next quote may be theirs
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
        why_not = answer_types.missing(q, quote.text, story) or _off_topic(q, story, quote)
        described = _described_here(story, quote, _role_parts(q.speaker_concepts))
        if not (quote.speaker or described) and _someone_elses(story, quote, q):
            why_not = "unattributed quote, someone else's"
        exact = pairs[(story.id, quote.start)][1] >= 1.0
        why_not = why_not or not_theirs(q, story, quote, exact) or unsummed(q, quote.text)
        if why_not:
            trace["declined"] = why_not
            return Answer(NOTHING, (), found=False)
        return _render_quote_answer(story, quote, q)
    return None


def _off_topic(q: Question, story: Story, quote: Quote) -> str | None:
    """ "Did Rubio say he wants to fly on a Soyuz again" is not answered by his "It's good
    to be home": when nothing asked about, beyond the speaker, is in the quote's paragraph,
    the quote was picked for who said it, and the story's other paragraphs are no
    evidence that it is on what was asked. A follow-up's topic ("and what did NASA say?"
    after "who is Voronov") is the conversation's, not asked of the quote."""
    if q.topic and not q.topic_inherited and not _match(q.topic, _context(story, quote)):
        return "nothing asked about is near the quote"
    return None


def _someone_elses(story: Story, quote: Quote, q: Question) -> bool:
    """A quote with no speaker that the story gives to someone other than the one asked
    about: "…," he said, where "he" is whoever the story names first, unless the story
    describes that person as the one asked about ("NASA astronaut Dev Malhotra")."""
    if quote.speaker:
        return False
    parts = _role_parts(q.speaker_concepts)
    if _described_here(story, quote, parts):
        return False
    # "… came from a sixth-grader named Priya: “…”": a name in the quote's own sentence
    # says whose it is before any "he" of the sentence before
    own = _own_sentence(story, quote)
    text = own if answer_speakers.first_other_name((), own) else _around(story, quote)
    other = answer_speakers.first_other_name(parts, text)
    return other is not None and not answer_speakers.described_as(other, parts, story.text)


def _fragment_lift(story: Story, quote: Quote, q: Question, weights: list[float]) -> float:
    """A few words quoted inside reported speech ("said the government would not "pay
    ransom in instalments"", "warns that the arrangement "is now load-bearing"") are
    answered with their sentence, so the sentence is what they cover: what was asked about
    is often in the words around them. A scare quote ("illegal sanctions") has no speech
    verb before it."""
    words = len(quote.text.split())
    if words >= SHORT_QUOTE:
        return 0.0
    before = _own_sentence(story, quote)
    if not _REPORTED.search(before):
        return 0.0
    sentence = before + quote.text
    short = min(1.0, words / 8)
    own = _cover(_match(q.topic, quote.text), weights)
    lift = max(0.0, _cover(_match(q.topic, sentence), weights) - own * short) + 0.2 * (1 - short)
    return min(lift, FRAGMENT_LIFT)  # a whole quote on it still wins


FRAGMENT_LIFT = 0.4
SHORT_QUOTE = 6  # fewer words than this are answered with their sentence
# what someone said, reported: "said the government would not", "warns that the arrangement"
_REPORTED = re.compile(
    r"\b(?:said|says|warned|warns|told|added|argued|insisted|accused|vowed|promised|"
    r"pledged|claimed|declared)\b[^“\"]{0,80}[“\"]?$",
    re.I,
)


def _own_sentence(story: Story, quote: Quote) -> str:
    """The quote's sentence up to the quote."""
    found = _sentences_at(story, quote)
    return story.text[found[1][0] : quote.start] if found else ""


def _sentences_at(story: Story, quote: Quote) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The spans of the sentence before the quote's (its own when it is the first) and of
    the quote's own, or None when the quote starts in no sentence."""
    spans = split_sentences(story.text)
    for i, (s, e) in enumerate(spans):
        if s <= quote.start < e:
            return spans[max(0, i - 1)], (s, e)
    return None


def _name_words(concepts: tuple[Concept, ...], stories: list[Story]) -> set[str]:
    """Words of the speaker asked about that can only be a name ("nikita grebenkin" typed
    in lower case): too rare in English to be a role, and written as a name in a story
    (so a typo such as "scientst" is not one)."""
    words = {
        w.lower()
        for c in concepts
        for w in c.text.replace("-", " ").split()
        if w.isalpha() and zipf(w) < KNOWN_NAME_ZIPF
    }
    return {w for w in words if any(w.capitalize() in s.text for s in stories)}


def _someone_else(speaker: str | None, name_words: set[str]) -> bool:
    """A quote another named person said is not the one asked about by name, however the
    story describes them together ("Commander Alexei Ovrashko, flight engineer Nikita
    Grebenkin and …")."""
    if not speaker or not name_words:
        return False
    return not name_words & {w.lower() for w in speaker.replace("-", " ").split()}


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
        surname = quote.speaker.split()[-1]
        first = _first_name(story.text, surname)
        around.extend(d for d in mentions.get(surname, ()) if _same_person(d, surname, first))
    best = max((_cover(_match(wanted, t), sw) for t in around), default=0.0)
    if best >= 0.6:
        return 0.8 * best
    if quote.speaker:  # "NASA astronaut Leah Tomasek led the spacewalk": the nasa spacewalker
        return _introduced(story, quote.speaker, wanted, around)
    return 0.0


def _introduced(story: Story, speaker: str, wanted: tuple[Concept, ...], around) -> float:
    """A person the member describes in their own words ("the nasa spacewalker") whom the
    story introduces partly beside the name ("NASA astronaut Leah Tomasek") and partly in
    the rest of the sentence that first names them ("… led the spacewalk"): the words
    beside the name must carry part of it, that sentence the rest. An organisation
    ("NASA said") is not introduced, and the match weighs less than one beside the name."""
    surname = speaker.split()[-1]
    if not speaker.istitle() or _first_name(story.text, surname) is None:
        return 0.0  # "Space Industry Association of Australia" is no person
    at = story.text.find(surname)
    # what they did after the name, not who acted on them before it ("The Russian embassy
    # in Ottawa has accused Canadian astronaut Maya Kowalchuk")
    end = next((e for s, e in split_sentences(story.text) if s <= at < e), at)
    rest = _match(wanted, story.text[at:end])
    sw = [1.0] * len(wanted)
    for t in around:
        beside = _match(wanted, t)
        if beside and _cover({**rest, **beside}, sw) >= INTRODUCED:
            return 0.5 * _cover({**rest, **beside}, sw)
    return 0.0


INTRODUCED = 0.75  # share of the description the sentence first naming them must carry


def _first_name(text: str, surname: str) -> str | None:
    """The first name the story gives ``surname`` ("Raymond" for "Gen. Raymond Ostrowski")."""
    m = _given_before(surname, r"\b").search(text)
    return m.group(1) if m and not tp.NOT_A_NAME.match(m.group(1)) else None


def _same_person(description: str, surname: str, first: str | None) -> bool:
    """Another story's "Assistant Secretary Daniel Ostrowski" is not the quote's "Gen.
    Raymond Ostrowski": a description giving another first name is someone else's."""
    m = _given_before(surname, "").search(description)
    other = m.group(1) if m and not tp.NOT_A_NAME.match(m.group(1)) else None
    return first is None or other is None or other == first


@lru_cache(maxsize=1024)
def _given_before(surname: str, start: str) -> re.Pattern[str]:
    """ "Raymond Ostrowski" for ``surname`` "Ostrowski", compiled once per surname: a
    quote question checks it for every quote of every story it reads."""
    return re.compile(start + r"([A-Z][a-z]+)\s+" + re.escape(surname) + r"\b")


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
    # longest first: "Adeyemi" must not take the "Adeyemi" of "Adeyemi-Cole" (a hyphen is
    # a word boundary), which a set's order would let it do in some runs and not others
    ordered = sorted(names, key=lambda n: (-len(n), n))
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, ordered)) + r")\b")
    for story in stories:
        spans = split_sentences(story.text)
        for i, (s, e) in enumerate(spans):
            for m in pattern.finditer(story.text, s, e):
                found = out.setdefault(m.group(0), [])
                described = _description(story.text, s, e, m.start(), m.end())
                found.append(described)
                back = _IN_QUESTION.search(described)
                if back:  # "The surgeon in question, Dr. Naomi Feld": the flight surgeon
                    earlier = _last_mention(story.text[:s], back.group(1))
                    if earlier:
                        found.append(earlier)
                if i + 1 < len(spans):  # "… Martin Ruchti. The Federal Councillor is unmoved."
                    after = _BACKREF.match(story.text, spans[i + 1][0], spans[i + 1][1])
                    head = after.group(1).split()[-1].lower() if after else ""
                    if head in speech_vocab()["roles"] or head in _MORE_ROLES:
                        found.append(after.group(1))
    return out


_MORE_ROLES = frozenset({"councillor", "councilor", "commissioner"})
# "The surgeon in question": the one the story spoke of just before ("the flight surgeon")
_IN_QUESTION = re.compile(r"\b[Tt]he\s+([a-z]+)\s+in\s+question\b")


def _last_mention(before: str, noun: str) -> str | None:
    """The last words naming ``noun`` before the sentence ("the flight surgeon")."""
    found = list(re.finditer(r"\b(?:[\w’'-]+\s+){1,2}" + re.escape(noun) + r"s?\b", before))
    return found[-1].group(0) if found else None


# A sentence that opens by describing someone without naming them ("The Federal
# Councillor is unmoved", "The deputy minister did not stop there") points back to the
# person named just before.
_BACKREF = re.compile(
    r"The\s+((?:[\w’'-]+\s+){0,5}?[\w’'-]+)\s+(?=is\b|was\b|has\b|had\b|did\b|"
    r"does\b|said\b|says\b|told\b|added\b|went\b|would\b|will\b|remains?\b|called\b|"
    r"insisted\b|argued\b|warned\b|struck\b|took\b|answered\b|replied\b)"
)


# a title's full stop ("Dr. Naomi Feld") or an initialism's ("Assistant U.S. Attorney")
# does not end the description before the name
_TITLE_DOT = re.compile(
    r"\b(?:Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gen|Col|Capt|Gov|Amb|Lt|Cmdr|Cdr|Maj|Adm|Sgt)\.|\b(?:[A-Z]\.){2,}"
)


def _undot(text: str) -> str:
    return _TITLE_DOT.sub(lambda m: m.group(0).replace(".", ""), text)


def _description(text: str, start: int, end: int, at: int, after: int) -> str:
    """The words that describe a name in its sentence: what stands right before it
    ("Roscosmos chief Voronov") and its apposition ("Voronov, the director general of the
    Russian space agency,"); not the rest of the sentence, which is about something else."""
    parts = re.split(r"[.;:,“”\"]", _undot(text[max(start, at - 80) : at]))
    before = re.split(r"[.;:,“”\"]", _undot(text[max(start, at - 40) : at]))[-1]
    if (
        len(parts) > 1
        and before == parts[-1]
        # a name's lower-case particles count ("Jeroen van der Berg", "Ana de la Cruz")
        and re.fullmatch(r"\s*(?:(?:" + _UPPER + r"[\w’'-]*|" + _PARTICLES + r")\s+)*", before)
        and re.match(
            r"\s*(?:The|the|Its|its|Their|their|(?:[A-Z][\w-]*\s+)*[A-Z][\w-]*['’]s|For\s+the|"
            r"for\s+the)\s",
            parts[-2],
        )
    ):
        # "The minister responsible for space policy, Carla Benedetti", "The surgeon in
        # question, Dr. Naomi Feld", "Kazakhstan's minister for the aerospace industry,
        # Yerlan Zhaksybekov": the description stands before the comma, the name after it
        before = parts[-2] + " " + before
    rest = text[after:end]
    apposition = ""
    if rest.startswith(","):
        apposition = re.split(r"[,;:“”\"]|\.\s", rest[1:], maxsplit=1)[0]
    elif place := _OF_PLACE.match(rest):  # "Sen. Roger Hadley of Montana wrote"
        apposition = place.group(0)
    return before + " " + text[at:after] + " " + apposition


# a capital, accented ones included ("Darragh Ó Briain", "Łukasz", "Šárka")
_UPPER = r"[A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĘĚĞĪİŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŹŻŽ]"
_PARTICLES = r"(?:van|von|der|den|de|del|della|la|le|da|di|dos|du|ter|ten|bin|al|el)"
_OF_PLACE = re.compile(r"\s+(?:of|from)\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?")


def _render_quote_answer(story: Story, quote: Quote, q: Question) -> Answer:
    quotes = cached_quotes(story.text)
    quote = _whole(quotes, story.text, quote)
    short = len(quote.text.split()) < SHORT_QUOTE  # a scare quote needs its sentence
    if short and (found := _sentences_at(story, quote)):
        # The sentence is the reporter's, with the speaker's few words inside it: it is not
        # theirs to be prefixed with their name. A speaker the sentence does not name
        # follows it, as in a sentence answer's lead (" — Voronov").
        s, e = found[1]
        sentence = story.text[s:e]
        # "… expected the allies "to show elementary responsibility." "If they want the
        # station to come down safely …," the diplomat said.": their own words follow
        spans = split_sentences(story.text)
        pos = spans.index((s, e))
        more = quote_after(story.text, spans, pos, sentence + " " + (quote.speaker or ""))
        if more:
            sentence = story.text[s : spans[more[-1]][1]]
        text = f"As reported on {_date(story)}: {sentence}"
        if quote.speaker and quote.speaker.lower() not in sentence.lower():
            text += f" — {speaker_label(story, quote)}"
        return Answer(_trim(text), (Citation(story.id, story.title, story.url),))
    text = render_quote(story, quote)
    more = [
        qt
        for qt in quotes
        if qt.speaker == quote.speaker and qt.start > quote.end and len(qt.text.split()) > 3
    ]
    if more and len(text) + len(more[0].text) < MAX_ANSWER - 10:
        text += f" … “{more[0].text}”"
    return Answer(_trim(text), (Citation(story.id, story.title, story.url),), found=True)


def _whole(quotes: list[Quote], text: str, quote: Quote) -> Quote:
    """A quote the attribution splits ("Think of it like a car tire," Roark said, "except
    the tire is 25 years old …") is given whole: its second half alone is a fragment.
    ``quotes`` are those extracted from the story's ``text``."""
    for first in quotes:
        gap = text[first.end : quote.start]
        if (
            first.speaker == quote.speaker
            and first.end <= quote.start
            and len(gap) <= 40
            and not re.search(r"[.!?]", gap)
            and not re.search(r"[.!?]\W*$", first.text)
        ):
            return replace(quote, text=f"{first.text} … {quote.text}", start=first.start)
    return quote


def _described_here(story: Story, quote: Quote, wanted: tuple[Concept, ...]) -> bool:
    """The quote's own attribution describes the one asked about: "…," one EU diplomat
    said, for "the anonymous EU diplomat" (an unnamed speaker has no name to match)."""
    if not wanted:
        return False
    end = story.text.find("\n", quote.end)
    tail = story.text[quote.end : end if end >= 0 else len(story.text)][:160]
    tail = re.split(r"(?<=[.!?])\s+[“\"A-Z]", tail, maxsplit=1)[0]
    return _cover(_match(wanted, tail), [1.0] * len(wanted)) >= 0.5


def _around(story: Story, quote: Quote) -> str:
    """The quote's sentence and the one before: where "…," he said finds its "he"."""
    found = _sentences_at(story, quote)
    return story.text[found[0][0] : found[1][1]] if found else quote.text


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
