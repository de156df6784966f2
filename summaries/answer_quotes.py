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
from summaries.aliases import Concept, demonyms, load_aliases
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
from summaries.answer_dates import another_time
from summaries.answer_described import (
    _described,
    _mentions,
    _opening_body,
    _role_parts,
    best_described,
)
from summaries.answer_quote_asked import unsummed
from summaries.answer_quote_owner import not_theirs, other_bearer, other_body
from summaries.answer_said import LEAD_IN, asked_before, quote_after
from summaries.answer_text import MAX_ANSWER, NOTHING, _date, _trim, render_quote, speaker_label
from summaries.gazetteer import load_data, speech_vocab
from summaries.generality import zipf
from summaries.lookups import quotes_by_speaker
from summaries.models import Answer, Citation, Quote, Story
from summaries.namesakes import bearer_at
from summaries.question import UNION_NAMES, Question
from summaries.quotes import cached_quotes
from summaries.sentences import split_sentences
from summaries.store import Store
from summaries.story_search import search
from summaries.terms import stems
from summaries.transcripts import transcript_quotes

if TYPE_CHECKING:
    from summaries.answers import Conversation

FOUND_NAMED = 0.75  # share of the names asked about (idf-weighted) the story must carry
BEST_DESCRIBED_SAID = 0.4  # less than a description beside the name
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
    # a transcript's labelled lines are its speakers' words too
    found = {
        story.id: [*cached_quotes(story.text), *transcript_quotes(story.text)] for story in read
    }
    mentions = _mentions(read, found, q.follow_up) if q.speaker_concepts else {}
    name_words = _name_words(q.speaker_concepts, read)
    # "what did the senior official say?": a person named by role alone, whose words are
    # not a body's own statement ("Roscosmos said in a letter"), however near the role is
    unnamed_person = bool(q.speaker_concepts) and _person_role_only(q.speaker_concepts)
    # "and the europeans?" after a story: its bodies of that state speak for it (ESA, or
    # "Lukas Brenner, ESA's director")
    bodies = _state_bodies(q.speaker_concepts) if conv and q.follow_up else ()
    here = set(conv.story_ids[:1]) if conv and bodies else set()
    for_state: set[tuple[int, int]] = set()
    document = _asked_document(q)
    for story in read:
        spans = split_sentences(story.text)
        for quote in found[story.id]:
            if story.id in here and _body_speaks(quote, bodies, mentions):
                pairs[(story.id, quote.start)] = (quote, 1.0)
                for_state.add((story.id, quote.start))
                continue
            said = 1.0 if _same_speaker(quote.speaker, q.speaker_names) else 0.0
            if not said and document and _document_says(story.text, quote, document):
                said = 1.0  # "what does the letter say": the words "The letter states"
            if not said and name_words and _named_whole(quote.speaker, q, story.text):
                said = 1.0
            if not said and _speaker_as_asked(quote.speaker, q):
                said = 1.0  # "the Russian foreign ministry", stored as that body's name
            if (
                not said
                and not any(aliases.person(c.text) for c in q.speaker_concepts)
                and not _someone_else(quote.speaker, name_words, story.text)
                and not (unnamed_person and quote.speaker and aliases.is_thing(quote.speaker))
            ):
                # not for a named person; a body's own words as its role's, read as the
                # story describes them around the quote ("The Kremlin's spokesman … said")
                body = any(_role_of_body(c, quote.speaker) for c in q.speaker_concepts)
                read_as = replace(quote, speaker=None) if body else quote
                said = _described(story, read_as, q, spans, mentions)
            if said and pairs.get((story.id, quote.start), (None, 0.0))[1] < said:
                pairs[(story.id, quote.start)] = (quote, said)
    top = next((s for s in read if both.hits and s.id == both.hits[0].story_id), None)
    if q.speaker_concepts and not q.speaker_names and top and not _has_pair(pairs, top.id):
        # no quote of the best story has a speaker fitting the description outright: the
        # one its sentences describe most nearly, if one clearly does
        who = best_described(top, found[top.id], q.speaker_concepts)
        for quote in found[top.id] if who else ():
            if quote.speaker == who:
                pairs[(top.id, quote.start)] = (quote, BEST_DESCRIBED_SAID)
    story_score = {h.story_id: h.score for h in result.hits}
    top = max(story_score.values(), default=1.0) or 1.0
    previous = set(conv.story_ids) if conv and q.follow_up else set()
    scored = []
    for (sid, _), (quote, said) in pairs.items():
        cover = _cover(_match(q.topic, quote.text), weights) if q.topic else 0.0
        short = min(1.0, len(quote.text.split()) / 8)  # "illegal sanctions" is a scare quote
        s = cover * short + 0.5 * story_score.get(sid, 0.0) / top + 0.3 * (sid in previous)
        scored.append((s + 0.2 * short + 0.3 * said, sid, quote))
    # on a tie, the story the conversation's last answer led with ("what did he say" after
    # "who is voronov" answered from the sanctions story), then the newest
    led = {sid: i for i, sid in enumerate(conv.story_ids)} if conv and q.follow_up else {}
    scored.sort(key=lambda t: (-t[0], led.get(t[1], len(led)), -t[1], t[2].start))
    stories = {
        s.id: s for s in store.stories_by_ids(dict.fromkeys(sid for _, sid, _ in scored[:40]))
    }
    # names of the opening clause that dates the question need not be in the story
    dated = [0.0 if c.text in q.scene else w for c, w in zip(q.topic, weights, strict=True)]
    # "the head of mexico's space agency" is not "the head of the Turkish Space Agency"
    place = tuple(p for p in _role_parts(q.speaker_concepts) if p.named)
    # "kashmir" typed in lower case is as much a name as "Kashmir": a story lacking it is
    # another row, however much of the rest it shares
    named_topic = _written_as_names(q.topic, read)
    subject = subject_phrase(q.topic, dated)
    # "what did washington say?" after two turns on the UAE's seat: the State Department's
    # quote in the conversation's story, not an analyst its pages describe with Washington
    named_here = {sid for (sid, _), (_, said) in pairs.items() if said >= 1.0} & previous
    # "and what did NASA say?" after a Roscosmos threat: the story's "NASA spokeswoman Dana
    # Whitfield" answers it, not NASA's words on another matter in another story
    theirs_here = {sid for (sid, _), (_, said) in pairs.items() if said >= DESCRIBED_HERE}
    theirs_here &= previous if q.topic_inherited else set()
    # "what did he call the crew swap deal": a term is what is asked ("a rope bridge")
    named_asked = bool(_CALLED.search(q.text))
    best, best_score = None, -1.0
    namesake = False
    # a quote tied to the asked body by name or a description beside its speaker: another
    # body's own words then give way to it
    others = {
        key
        for key, (quote, _) in pairs.items()
        if quote.speaker and other_body(q.speaker_concepts, quote.speaker)
    }
    strong = any(said >= DESCRIBED_HERE and k not in others for k, (_, said) in pairs.items())
    # a story quoting the asked body's own spokesperson: another body's words in it are
    # never theirs ("what did NASA say": Reyes for NASA, not Roscosmos's retort beside him)
    spoken_for = {
        k[0] for k, (_, said) in pairs.items() if said >= DESCRIBED_HERE and k not in others
    }
    for s, sid, quote in scored[:40]:
        story = stories.get(sid)
        if story is None:
            continue
        by_name = pairs[(sid, quote.start)][1] >= 1.0
        if sid in named_here and not by_name:
            continue
        if by_name and other_bearer(story.text, quote, q):
            namesake = True
            continue  # "Sergei Lavrov" asked, the cosmonaut Gennady Lavrov quoted
        if not quote.speaker and len(quote.text.split()) < TERM_WORDS and not named_asked:
            continue  # '"Donetsk People's Republic," the Moscow-backed …': a name, not words said
        if theirs_here and sid not in theirs_here:
            continue
        if place and not by_name and len(_match(place, _story_text(story))) < len(place):
            continue
        near = _context(story, quote)
        context = _cover(_match(q.topic, near), weights) if q.topic else 1.0
        whole = _story_cover(story, q.topic, weights) if q.topic else 1.0
        if q.topic and max(context, whole) < QUOTE_FOUND:
            continue
        if q.topic and _named_cover(story, named_topic, dated) < FOUND_NAMED:
            continue
        if another_time(q, near, story):
            continue
        if subject is not None and subject not in _match(q.topic, _story_text(story)):
            continue
        total = s + 0.5 * context + 0.3 * whole + DATE_FIT * _date_fit(q.text, story)
        if not by_name and sid in spoken_for and (sid, quote.start) in others:
            continue
        if strong and not by_name and (sid, quote.start) in others:
            # NASA's own words are not ESA's, however near a description of ESA: chosen
            # over ESA's director only when far better (and then declined as NASA's)
            total -= OTHER_BODY
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
        # ESA's words are the Europeans' asked for: that the story never says "Europeans"
        # is no evidence against them
        speakers = () if (story.id, quote.start) in for_state else q.speaker_concepts
        for c, w in zip(speakers, both_weights[len(q.topic) :], strict=False):
            parts = _role_parts((c,))
            topic += parts
            weights_all += [w / len(parts)] * len(parts)
        asked = replace(q, topic=tuple(topic))
        passage = _on_subject(story, quote, q) + "\n" + (quote.speaker or "")
        if not _gate(asked, weights_all, story, passage, trace, path="quote", best=best_score):
            # their best quote is off the topic: the story may still report what they
            # said in its own words ("NASA said the station's safety did not depend …")
            trace.pop("gate", None)
            return None
        why_not = answer_types.missing(q, quote.text, story) or _off_topic(q, story, quote)
        described = _described_here(story, quote, _role_parts(q.speaker_concepts))
        if not (quote.speaker or described) and _someone_elses(story, quote, q):
            why_not = "unattributed quote, someone else's"
        exact = pairs[(story.id, quote.start)][1] >= 1.0
        owner = None if why_not else not_theirs(q, story, quote, exact)
        if owner and _asks_a_body(q):
            # "what did ESA say about the package?": the quote found was another's, and
            # the story may still report ESA in its own words ("ESA declined to comment")
            trace["declined"] = owner
            return None
        why_not = why_not or owner or unsummed(q, quote.text)
        if why_not:
            trace["declined"] = why_not
            return Answer(NOTHING, (), found=False)
        if not exact and (told := _body_told(story, quote, q)):
            # "what did ukraine say": the sentence giving its foreign ministry's position,
            # then its spokesman's words, not "Melnyk said" to someone who asked a state
            return Answer(
                _trim(f"As reported on {_date(story)}: {told}"),
                (Citation(story.id, story.title, story.url),),
                speaker=person(quote.speaker),
            )
        return _render_quote_answer(story, quote, q)
    if namesake:
        # the sentences would give the namesake's words ("… enemies," Lavrov wrote.) too
        trace["declined"] = "quoted only under another bearer of the name"
        return Answer(NOTHING, (), found=False)
    return None


_CALLED = re.compile(
    r"\b(?:call(?:s|ed)?|describ(?:e|es|ed)|dub(?:s|bed)?|label(?:s|l?ed)?|term(?:s|ed)?|"
    r"nicknam(?:e|es|ed)|nam(?:e|es|ed))\b",
    re.I,
)
OTHER_BODY = 0.3
TERM_WORDS = 4  # fewer words in quotation marks, with no one saying them, are a term
DESCRIBED_HERE = 0.8  # a description beside the name (``_described``): theirs, as written


def _asked_document(q: Question) -> str | None:
    """ "what does the letter say": the document asked to speak ("letter"), or None."""
    who = (q.speaker or "").lower().strip()
    who = re.sub(r"^(?:the|a|an|that|this|their|its)\s+", "", who)
    return who if who in speech_vocab()["documents"] else None


def _document_says(text: str, quote: Quote, noun: str) -> bool:
    """Is the quote framed as the document's words ("The letter states that “…”", "“…,”
    the statement reads")?"""
    verbs = r"(?:states?|stated|reads?|says?|said|warns?|warned|adds?|added|declares?|notes?)"
    before = text[max(0, quote.start - 80) : quote.start]
    after = text[quote.end : quote.end + 60]
    doc = rf"\b(?:the|a|its|their|this)\s+(?:[\w'’-]+\s+)?{re.escape(noun)}\b"
    return bool(
        re.search(rf"{doc}\s+{verbs}\b[^.!?“”\"]{{0,30}}[“\"]?\s*$", before, re.I)
        or re.match(rf"\W{{0,4}}\s*{doc}\s+{verbs}\b", after, re.I)
    )


def _state_bodies(concepts: tuple[Concept, ...]) -> tuple[str, ...]:
    """The aliases of the gazetteer's bodies of the one state asked about ("europeans":
    ESA, the European Commission); none when the speaker asked is anything else."""
    if len(concepts) != 1:
        return ()
    keys = {k for k, _, _ in concepts[0].phrases}
    if ("congress",) in keys:
        # "what did congress think": its members speak for it ("Rep. Elaine Marchetti")
        return ("Congress", *_US_LAWMAKERS)
    if not concepts[0].named:
        return ()
    # "and the eu?": the union's institutions, not ESA, which is no body of the EU
    union = concepts[0].text.lower() in UNION_NAMES
    out: list[str] = []
    states: set[str] = set()
    for org in load_data()["orgs"].values():
        state = org.get("state")
        if union and org.get("kind") != "government":
            continue
        if state and tuple(stems(state)) in keys:
            out.extend(org["aliases"])
            states.add(state.lower())
    # "Russian officials see it differently. Deputy Prime Minister Vitaly Orlov said …":
    # the state's officials, as a story groups them, speak for it too
    people = [w.capitalize() for w, c in demonyms().items() if c in states and " " not in w]
    out.extend(f"{p} {g}" for p in people for g in _STATE_GROUPS)
    if "united states" in states:
        # "Representative Alicia Ford, the ranking member of the House Science Committee":
        # a member of Congress, whose committees the gazetteer does not list
        out.extend(_US_LAWMAKERS)
    return tuple(out)


_US_LAWMAKERS = ("Representative", "Rep", "Congressman", "Congresswoman", "Senator", "Sen")


_STATE_GROUPS = ("officials", "authorities", "diplomats", "government", "ministers")


def _body_speaks(quote: Quote, bodies: tuple[str, ...], mentions: dict[str, list[str]]) -> bool:
    """Is the quote one of these bodies' own words, or said by a person the stories
    describe as theirs ("ESA's director of human and robotic exploration")?"""
    speaker = quote.speaker
    if not speaker:
        return False
    if speaker in bodies:
        return True
    if load_aliases().is_thing(speaker):
        return False  # another body: its own words, whatever sentences name it
    described = mentions.get(speaker.split()[-1], ())
    return any(re.search(rf"\b{re.escape(b)}\b", d) for d in described for b in bodies)


def _speaker_as_asked(speaker: str | None, q: Question) -> bool:
    """A body's name as stored holds every word of the one asked for ("Russian foreign
    ministry" for "the Russian foreign ministry"): not "Ukraine's foreign ministry"."""
    if not speaker or len(q.speaker_concepts) < 2:
        return False
    return len(_match(q.speaker_concepts, speaker)) == len(q.speaker_concepts)


def _role_of_body(asked: Concept, speaker: str | None) -> bool:
    """ "the kremlin spokesman" (Peskov's role, not his name) asked, and the quote is the
    Kremlin's own, given by an unnamed spokesman ("The Kremlin's spokesman … said"): the
    words may be the role's, as the story describes them."""
    if not speaker:
        return False
    said = speaker.casefold()
    return any(
        p.org
        and p.org.casefold() == said
        and asked.text.casefold() not in {n.casefold() for n in p.names}
        for p in asked.people
    )


def _person_role_only(concepts: tuple[Concept, ...]) -> bool:
    v = speech_vocab()
    people = v["roles"] | v["anonymous"] | v["person_nouns"]
    return not any(c.named for c in concepts) and concepts[-1].text.lower() in people


def _has_pair(pairs: dict[tuple[int, int], tuple[Quote, float]], story_id: int) -> bool:
    return any(sid == story_id for sid, _ in pairs)


SUBJECT_SHARE = 1 / 3  # of the topic's weight: the phrase is what the question is about


def subject_phrase(topic: tuple[Concept, ...], weights: list[float]) -> int | None:
    """The index of the question's heaviest concept when it is a phrase carrying a good
    share of what was asked, or None. A quote whose story lacks it answers another row:
    "what did the Kremlin say about cutting the segment to one cosmonaut" is not answered
    by its words on crew rotation. A single word may be how the member put it ("skip",
    "complained"); a phrase names the subject."""
    if not topic:
        return None
    total = sum(weights) or 1.0
    i = max(range(len(weights)), key=weights.__getitem__)
    return i if " " in topic[i].text and weights[i] / total >= SUBJECT_SHARE else None


def _written_as_names(topic: tuple[Concept, ...], stories: list[Story]) -> tuple[Concept, ...]:
    """A word typed in lower case that the stories only ever write capitalised
    ("kashmir", "geneva") is a name: what the question is about, not a way of asking."""
    texts = [s.text for s in stories]
    out = []
    for c in topic:
        w = c.text
        if not c.named and w.isalpha() and w.islower():
            capital = w.capitalize()
            # a substring test first: most words are in none of the texts, or only in lower
            # case, and a compiled pattern per word and story would cost every question
            with_cap = [t for t in texts if capital in t]
            if (
                with_cap
                and not any(w in t and re.search(rf"\b{w}\b", t) for t in texts)
                and any(re.search(rf"\b{capital}\b", t) for t in with_cap)
            ):
                c = replace(c, named=True)
        out.append(c)
    return tuple(out)


_SETTING = re.compile(
    r"\b(?:at|during|in|on)\s+(?:the|a|an|his|her|their|that|this|today's|yesterday's)\s+"
    r"([a-z]+)\s*[?.!]*\s*$",
    re.I,
)
OPENING_CHARS = 600  # the title and first paragraph or so: what the story is set at


def _off_topic(q: Question, story: Story, quote: Quote) -> str | None:
    """ "Did Rubio say he wants to fly on a Soyuz again" is not answered by his "It's good
    to be home": when nothing asked about, beyond the speaker, is in the quote's paragraph,
    the quote was picked for who said it, and the story's other paragraphs are no
    evidence that it is on what was asked. A follow-up's topic ("and what did NASA say?"
    after "who is Voronov") is the conversation's, not asked of the quote."""
    # "what did Voronov say in 2026?": a year the story is dated asks when, not about what
    year = (story.published or story.first_seen or "")[:4]
    topic = tuple(c for c in q.topic if not (c.text == year and year.isdigit()))
    # "what did Pruett say at the hearing?": where the words were said, when the story
    # opens on that hearing, is the whole story's setting, not what the quote is about
    setting = _SETTING.search(q.text)
    if setting:
        opening = _story_text(story)[:OPENING_CHARS]
        topic = tuple(
            c for c in topic if not (c.text == setting.group(1).lower() and _match((c,), opening))
        )
    if topic and not q.topic_inherited and not _match(topic, _on_subject(story, quote, q)):
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


def _body_told(story: Story, quote: Quote, q: Question) -> str | None:
    """The sentence before the quote's, in its paragraph, when it opens with the body asked
    about ("Ukraine's foreign ministry called the gesture …") and the quote is its
    spokesperson's, through the end of the quote's sentence ("“…,” ministry spokesman Taras
    Melnyk said."); in a follow-up, also the sentence before when it names the speaker at
    the body asked and says what they said; else None."""
    if not _asks_a_body(q):
        return None
    found = _sentences_at(story, quote)
    if found is None or found[0] == found[1]:
        return None
    (ps, pe), (s, _) = found
    if "\n" in story.text[ps:s]:
        return None  # the paragraph opens with the quote's sentence
    end = next((e for a, e in split_sentences(story.text) if a < quote.end <= e), None)
    if end is None:
        return None
    before = story.text[ps:pe]
    surname = quote.speaker.split()[-1] if quote.speaker else ""
    if (
        q.follow_up  # asked outright, their quote leads; after a story, who they are first
        and surname[:1].isupper()
        and re.search(rf"\b{re.escape(surname)}\b", before)
        and _SAID.search(before)
        and _match(q.speaker_concepts, before)
    ):
        # "Ayumi Kurosawa, a JAXA vice president …, said the ship could “support, not
        # replace” Russian propulsion. “One vessel …,” she told reporters": the sentence
        # that places them at the body asked about and gives their gist comes first
        return story.text[ps:end]
    if not _SPOKES.search(story.text[s : quote.start] + " " + story.text[quote.end : end]):
        return None  # a minister or an analyst speaks as themself: "Marchuk said"
    owner = _opening_body(story.text[ps:pe])
    if owner is None or not _match(q.speaker_concepts, owner):
        return None
    return story.text[ps:end]


_SAID = re.compile(r"\b(?:said|says|told|added|warned|argued|insisted|wrote)\b")
# who speaks for a body, not as themself
_SPOKES = re.compile(
    r"\bspokes(?:man|woman|person)\b|\bpress\s+(?:secretary|service|office)\b", re.I
)


def _asks_a_body(q: Question) -> bool:
    """A body or a state asked ("ukraine", "ESA"), not a person or a role ("esa's director
    general")."""
    aliases = load_aliases()
    return bool(q.speaker_concepts) and not any(
        aliases.person(c.text) or set(c.text.lower().split()) & _person_words()
        for c in q.speaker_concepts
    )


@lru_cache(maxsize=1)
def _person_words() -> frozenset[str]:
    """Words that make a description a person's: "delegate", "deputy", "spokesman"."""
    v = speech_vocab()
    return frozenset(
        v["roles"] | v["titles"] | v["person_nouns"] | v["anonymous"] | v["seat_roles"]
    )


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


def _someone_else(speaker: str | None, name_words: set[str], text: str = "") -> bool:
    """A quote another named person said is not the one asked about by name, however the
    story describes them together ("Commander Alexei Ovrashko, flight engineer Nikita
    Grebenkin and …"). The quote keeps only the surname ("Zhou"), so the name is read as
    the story writes it ("Zhou Mingxia" answers "zhou mingxia")."""
    if not speaker or not name_words:
        return False
    words = {w.lower() for w in speaker.replace("-", " ").split()}
    if text and " " not in speaker:
        words |= {w.lower() for w in _full_names(speaker, text)}
    return not name_words & words


def _named_whole(speaker: str | None, q: Question, text: str) -> bool:
    """ "zhou mingxia", typed in lower case and unknown to the gazetteer, is the quote's
    "Zhou" when every word asked is in the name the story writes ("Zhou Mingxia")."""
    if not speaker or " " in speaker:
        return False
    asked = [w.lower() for c in q.speaker_concepts for w in c.text.replace("-", " ").split()]
    written = {speaker.lower()} | {w.lower() for w in _full_names(speaker, text)}
    return len(asked) > 1 and all(w in written for w in asked)


def _full_names(surname: str, text: str) -> set[str]:
    """The capitalised words written next to ``surname`` in the story ("Zhou Mingxia",
    "Marco Zanetti"): the rest of the name the quote does not keep."""
    pattern = _beside(surname)
    return {w for m in pattern.finditer(text) for w in m.groups() if w}


@lru_cache(maxsize=1024)
def _beside(surname: str) -> re.Pattern[str]:
    return re.compile(
        r"(?:\b([A-Z][a-z]+)\s+)?\b" + re.escape(surname) + r"\b(?:\s+([A-Z][a-z]+)\b)?"
    )


def _same_speaker(speaker: str | None, names: tuple[str, ...]) -> bool:
    """The whole name, or the same surname ("Nelson" for "Bill Nelson"); a body's last
    word is its kind, not a surname: "UK Space Agency" is not "European Space Agency"."""
    if not speaker:
        return False
    said = speaker.casefold()
    last = said.split()[-1]
    return any(
        said == n.casefold() or (last == n.casefold().split()[-1] and last not in _body_words())
        for n in names
    )


@lru_cache(maxsize=1)
def _body_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in speech_vocab()["org_words"])


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
        return Answer(
            _trim(text),
            (Citation(story.id, story.title, story.url),),
            speaker=person(quote.speaker),
        )
    text = render_quote(story, quote)
    more = _their_other_quote(quotes, quote, q, story.text)
    if more and len(text) + len(more.text) < MAX_ANSWER - 10:
        text += f" … “{more.text}”"
    return Answer(
        _trim(text), (Citation(story.id, story.title, story.url),), speaker=person(quote.speaker)
    )


def person(speaker: str | None) -> str | None:
    """A speaker when a person ("Calder"), not a body ("NASA"): the "she" of a follow-up."""
    return speaker if speaker and not load_aliases().is_thing(speaker) else None


def _their_other_quote(quotes: list[Quote], quote: Quote, q: Question, text: str) -> Quote | None:
    """The speaker's other words worth adding: those sharing most of the question's words
    (a member recalls "what he said about a Ukrainian on the station" by words of it,
    which may sit in an earlier quote of theirs), else their next quote, else the words
    quoted in the sentence introducing them, right before."""
    bearer = bearer_at(text, quote.speaker, quote.start) if quote.speaker else frozenset()
    others = [
        qt
        for qt in quotes
        if qt.speaker == quote.speaker
        and (qt.start > quote.end or qt.end < quote.start)
        and len(qt.text.split()) > 3
        # Diane Harlow's other words, not Senator Tom Harlow's
        and (not bearer or bearer_at(text, qt.speaker, qt.start) == bearer)
    ]
    if not others:
        return None
    shared = [len(_match(q.topic, qt.text)) for qt in others]
    after = next((qt for qt in others if qt.start > quote.end), None)
    k = max(range(len(others)), key=lambda i: (shared[i], others[i] is after))
    if shared[k]:
        return others[k]
    # none later: the few words quoted in the sentence introducing them, which the full
    # quote follows at once ("… would be "a deliberate provocation." / "The station is
    # not a stage …," the deputy minister stressed.") and which the story leads with
    lead_in = [qt for qt in others if 0 < quote.start - qt.end <= LEAD_IN_GAP]
    return after or (lead_in[-1] if lead_in else None)


LEAD_IN_GAP = 20  # characters from the introduction's closing quote mark to the next quote


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


def _on_subject(story: Story, quote: Quote, q: Question) -> str:
    """The quote's paragraph, and the story's first sentence when what is asked about is
    the story's subject: "what did NASA say about the Zvezda sensors" is answered by
    NASA's quote in the story whose title and first sentence are about those sensors,
    however far down it stands and whatever words it uses."""
    near = _context(story, quote)
    if q.kind != "quote" or not q.topic or q.follow_up:
        return near
    first = split_sentences(story.text[:OPENING_CHARS])[:1]
    lead = story.title + "\n" + (story.text[slice(*first[0])] if first else "")
    if len(_match(q.topic, lead)) < len(q.topic):
        return near
    return near + "\n" + lead


def _support_quote(
    story: Story,
    q: Question,
    weights: list[float],
    *,
    exclude: tuple[int, int],
    room: int,
    shown: str = "",
) -> str | None:
    """The story's quote that covers most of the question, to follow the answer; not one
    the answer already gives (``shown``: its text, where a quote may stand in full)."""
    best, best_cover = None, 0.0
    for quote in story.quotes:
        if quote.start < exclude[1] and quote.end > exclude[0]:
            continue
        if quote.text.strip(" ,.") in shown:
            continue
        if (
            q.kind == "said"
            and q.speaker_concepts
            and not _match(q.speaker_concepts, quote.speaker or "")
        ):
            continue  # "what did ESA say": ESA's own words in a story's, not Shelestov's after
        cover = _cover(_match(q.topic, quote.text), weights)
        if cover > best_cover:
            best, best_cover = quote, cover
    if best is None or best_cover < 0.4:
        return None
    line = render_quote(story, best)
    return line if room + len(line) + 1 <= MAX_ANSWER else None
