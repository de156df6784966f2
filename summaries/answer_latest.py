"""Answers to "what's the latest on X": the newest story about X, and two before it.

A story that mentions X once is not *about* X, so the candidates must carry X in the
title, the opening or much of the text, as prominently as the stories most about it.
The newest one's summary leads; when that summary leaves out what was asked, the
sentence that says it (preferring one with a current date, a next step or where the
matter stands: "no decision", "under consideration") is appended.
"""

from __future__ import annotations

import re
from datetime import datetime

from summaries import answer_dates
from summaries import text_patterns as tp
from summaries.answer_coverage import _cover, _match, _named_all, _story_text
from summaries.answer_sentences import NAMED_LOCAL, _candidate_stories
from summaries.answer_speakers import titles
from summaries.answer_text import NOTHING, _date, _trim, undated
from summaries.generality import specificity
from summaries.models import Answer, Citation, Story
from summaries.question import Question
from summaries.sentences import split_sentences
from summaries.store import Store

# A story is about the topic when it features it at least this much relative to the
# story featuring it most (title, opening, share of sentences): a newer story that names
# Australia among "close allies" is not the latest on the Australian Space Agency.
PROMINENT = 0.7

FOUND_STORY = 0.45  # share of the whole question's weight the story must cover
NEAR_COVER = 0.7  # ... and this much of what the story covering most of it covers
MISSING_OK = 1  # of the fullest story's things, how many another may lack and be about it
THING = 0.5  # below this specificity a word ("put", "money") is no thing a story is about


def _relevant_stories(store: Store, q: Question, result, weights, conv) -> list[Story]:
    """Stories *about* the topic, for "the latest on X": carrying it is not enough (a
    story on peace talks may mention the Russian segment once); it must be in the title,
    the opening, or much of the text, nearly as much as in the story most about it."""
    stories = _candidate_stories(store, result, conv, q, limit=20)
    matched = {s.id: _match(q.topic, _story_text(s)) for s in stories}
    cover = {s.id: _cover(matched[s.id], weights) for s in stories}
    carrying = [s for s in stories if cover[s.id] >= FOUND_STORY and _named_all(s, q)]
    # a newer story sharing half of what was asked ("Kazakhstan", "landing") is not the
    # latest on what the story carrying all of it is about ("the landing zones fight")
    most = max((cover[s.id] for s in carrying), default=0.0)
    carrying = [s for s in carrying if cover[s.id] >= NEAR_COVER * most]
    # nor is one lacking two of the things the story carrying most of it has ("Turkey" and
    # "Russians" in a Black Sea shipping story, for "turkey flying an astronaut with the
    # russians"); the commonest words ("put", "money", "early") are left to cover
    if carrying:
        fullest = max(carrying, key=lambda s: (cover[s.id], len(matched[s.id])))
        things = {i for i in matched[fullest.id] if specificity(q.topic[i].text) >= THING}
        need = len(things) - MISSING_OK
        carrying = [s for s in carrying if len(things & matched[s.id].keys()) >= need]
    prominence = {s.id: _prominence(s, q, weights) for s in carrying}
    top = max(prominence.values(), default=0.0)
    return [s for s in carrying if prominence[s.id] >= PROMINENT * top]


def _prominence(story: Story, q: Question, weights: list[float]) -> float:
    spans = split_sentences(story.text)
    # a dateline ("BAIKONUR, Kazakhstan —") says where the story was filed, not what about
    covers = [
        _cover(_match(q.topic, tp.DATELINE.sub("", story.text[a:b])), weights) for a, b in spans
    ]
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
    summary = undated(first.summary or first.text)
    extra = _latest_detail(first, q, weights, summary) if q.topic and weights else None
    if extra and len(extra) <= DETAIL_ROOM:
        summary = _trim(_fit_summary(summary, 560 - len(extra), q), 560 - len(extra))
        summary += (" " if summary.endswith("…") else " … ") + extra  # never "… …"
    else:
        summary = _trim(_fit_summary(summary, 420, q), 420)
    lines = [f"{_date(first)} — {first.title}: {summary}"]
    lines += [f"Earlier, {_date(s)}: {s.title}" for s in stories[1:]]
    text = "\n".join(lines)
    return Answer(_trim(text), tuple(Citation(s.id, s.title, s.url) for s in stories), found=True)


def _fit_summary(summary: str, room: int, q: Question) -> str:
    """The summary cut to room by leaving out, from its end, the sentences that neither
    touch what was asked nor say what comes next, before cutting its tail: "The Chinese
    Embassy answered the same evening." goes before "A NASA delegation is expected in
    June.", which the detail, taking the summary as shown, would not repeat."""
    if len(summary) <= room:
        return summary
    parts = [summary[a:b] for a, b in split_sentences(summary)]
    for k in range(len(parts) - 1, 0, -1):
        if len(" ".join(parts)) <= room:
            break
        said = parts[k]
        if not _match(q.topic, said) and not tp.NEXT_STEP.search(said) and not _STATUS.search(said):
            del parts[k]
    return " ".join(parts)


def _latest_detail(story: Story, q: Question, weights: list[float], summary: str) -> str | None:
    """The newest story's sentence on what was asked ("the ExoMars rover") when its
    summary leaves it out, preferring one that says what happens next (a date, a plan).
    Stories often name the topic in one sentence and say where it stands in the next, so
    a status sentence next to one on the topic may win; reported words bring the quote
    that follows them."""
    story_matched = _match(q.topic, _story_text(story))
    local = [
        w * (NAMED_LOCAL if c.named and i in story_matched else 1.0)
        for i, (c, w) in enumerate(zip(q.topic, weights, strict=True))
    ]
    total = sum(local) or 1.0
    best, best_score = None, 0.0
    closest, closest_cover = None, 0.0
    # "latest on energia's finances? how bad did revenue drop": a figure is asked for too
    amount = _AMOUNT_Q.search(q.text)
    asked = _second_question(q)
    year = answer_dates.story_year(story)
    person = _WHO_SECOND.search(q.text) is not None
    spans = split_sentences(story.text)
    texts = [undated(story.text[start:end]) for start, end in spans]
    if asked and not any(asked & _match(q.topic, t).keys() for t in texts if t not in summary):
        asked = set()  # the story says it in other words: the whole question decides
    carried, quoting = 0.0, False
    leaning = False  # whether the best sentence won only through its neighbour
    for sentence in texts:
        matched = _match(q.topic, sentence)
        cover = sum(local[i] * m for i, m in matched.items()) / total
        # a sentence right after one on the topic (or after the quote such a one opens)
        # carries its cover, discounted: "But a detector can wait. It does not expire."
        # "He added that the instrument was ready and that talks had begun with India."
        reached = carried if cover <= 0.0 else 0.0
        carried = cover if cover > 0.0 else (carried if quoting else 0.0)
        quoting = _quoting(sentence, quoting)
        if sentence in summary:
            continue
        status = bool(_STATUS.search(sentence))
        leans = cover <= 0.0 and reached > 0.0 and status and not asked
        if leans:
            near = NEIGHBOUR * reached  # where things stand, said in the next sentence
        elif cover <= 0.0 and status and not asked:
            # "… indicated that a vote could come later this month": in a story about the
            # matter, where it stands is often said without naming it again
            near = STANDING
        elif cover <= 0.0 or (asked and not asked & matched.keys()):
            continue
        else:
            near = cover
        score = 0.5 * near + 0.3 * _dated_now(sentence, year)
        score += 0.2 * bool(tp.NEXT_STEP.search(sentence))
        score += 0.3 * status
        score += 0.3 * bool(amount and tp.AMOUNT.search(sentence))
        score += 0.3 * bool(person and _titled(sentence))
        if score > best_score:
            best, best_score, leaning = sentence, score, leans
        if cover > closest_cover:
            closest, closest_cover = sentence, cover
    if best is None:
        return None
    # "… said officials were looking at other routes. “We are exploring whether …,” he
    # said": the words reported come next, in the speaker's own quote
    quoted = _quote_opening(best, texts) or _with_quote(best, texts)
    if quoted == best:
        quoted = _with_status(best, texts, leaning, summary)
    if closest is None or closest in quoted:
        return quoted
    # the sentence saying most of what was asked, too, when a dated one won on its date;
    # when both do not fit, the words reported come first
    pair = {story.text.find(best): quoted, story.text.find(closest): closest}
    both = " … ".join(pair[k] for k in sorted(pair))
    return both if len(both) <= DETAIL_ROOM else quoted


DETAIL_ROOM = 420
STANDING = 0.3  # the cover a status sentence naming nothing asked counts as
NEIGHBOUR = 0.5  # share of its matching neighbour's cover a sentence reached by adjacency has


def _quoting(sentence: str, inside: bool) -> bool:
    """Whether a quotation is still open after the sentence."""
    for ch in sentence:
        if ch in '“”"':
            inside = ch == "“" or (ch == '"' and not inside)
    return inside


def _with_quote(sentence: str, texts: list[str]) -> str:
    """The sentence and the quote right after it, when it reports someone's words and the
    pair still fits."""
    k = texts.index(sentence)
    if k + 1 >= len(texts) or not tp.SPEECH.search(sentence):
        return sentence
    after = texts[k + 1]
    if not _OPENS_QUOTE.match(after) or len(sentence) + len(after) + 1 > DETAIL_ROOM:
        return sentence
    return f"{sentence} {after}"


_OPENS_QUOTE = re.compile(r"\s*[“\"]")


def _quote_opening(sentence: str, texts: list[str]) -> str | None:
    """A sentence that closes a quote opened sentences before ("The dosimeter measures
    radiation …” – said the spokesman") with the start of that quote ("“This is absurd
    propaganda."): a quote cut at its first full stop loses what the speaker said first."""
    if "“" in sentence or "”" not in sentence:
        return None
    k = texts.index(sentence)
    for back in range(k - 1, max(-1, k - 3), -1):
        if "”" in texts[back]:
            return None
        if "“" in texts[back]:
            whole = " ".join(texts[back : k + 1])
            return whole if len(whole) <= DETAIL_ROOM else None
    return None


def _with_status(sentence: str, texts: list[str], leaning: bool, summary: str) -> str:
    """Newsrooms name the matter in one sentence and say where it stands in the next: "A
    State Department spokesperson said it was reviewing the request. Officials would not
    say when a decision would come." A status sentence taken for its neighbour brings the
    sentence it leans on, and one on the matter brings the status said right after it."""
    k = texts.index(sentence)
    if leaning:
        pair = (texts[k - 1], sentence) if k > 0 else ()
    elif k + 1 < len(texts) and _STATUS.search(texts[k + 1]):
        pair = (sentence, texts[k + 1])
    else:
        pair = ()
    if not pair or any(p in summary for p in pair):
        return sentence
    both = " ".join(pair)
    return both if len(both) <= DETAIL_ROOM else sentence


def _second_question(q: Question) -> set[int]:
    """The concepts of a question asked after the "latest on X" ("whats the latest with
    the htv-x? *who grabbed the newest one with the arm*", "latest on italy's offer? *how
    much money did rome put up*"). Every story in the running is about X, so the detail
    must carry what the second question asks about."""
    m = _SECOND_Q.search(q.text)
    if m is None:
        return set()
    part = _match(q.topic, q.text[m.start(1) :]).keys()
    whole = _match(q.topic, q.text[: m.start(1)]).keys()
    # "where is it sitting now", "where's it kept": the verb only says "is", and the story
    # says where in its own words ("keep the furnace in storage in Noordwijk")
    where = m.group(1).lower() == "where"
    return {
        i for i in part if i not in whole and not (where and _LOCATED.fullmatch(q.topic[i].text))
    }


# where a matter stands: undecided, pending, still going on, or when it will be decided
_STATUS = re.compile(
    r"\b(?:no\s+decision|not\s+yet|has\s+yet\s+to|have\s+yet\s+to|remains?\s+(?:under|"
    r"unclear|in\s+place)|under\s+consideration|pending|"
    r"undecided|still\s+(?:waiting|weighing|studying|considering|being)|"
    r"(?:will|would|could|is\s+to|are\s+to)\s+(?:decide|vote|rule|come)|"
    r"(?:second|third|fourth)\s+week|later\s+this\s+(?:month|week|year)|"
    # what is being tried instead, and where things wait meanwhile: "talks had begun with
    # …", "exploring whether …", "now negotiating", "is now on hold", "until a decision …"
    r"(?:is|are)\s+now|on\s+hold|until\s+a\s+decision|talks\s+(?:have|had)\s+"
    r"begun|(?:began|begun|opened)\s+talks|exploring|negotiating|looking\s+(?:at|for)\s+"
    r"(?:other|another|alternative)s?|"
    # "could instead fly on …", "discussing alternatives"; and the court reporter's
    # closing line, "The trial continues."
    r"instead|alternatives|(?:trial|hearing|talks|case|search|investigation|review)\s+"
    r"continues)\b",
    re.I,
)


def _dated_now(sentence: str, year: int | None) -> bool:
    """A date that says where things stand ("on Friday", "in June"), not one in the
    background ("Turkey's first astronaut flew … in 2024", in a 2026 story)."""
    if not tp.EXPLICIT_DATE.search(sentence):
        return False
    years = [int(y) for y in tp.YEAR_IN.findall(sentence)]
    return year is None or not years or max(years) >= year


def _titled(text: str) -> bool:
    """A person named after their title: "NASA astronaut Marcus Lindell", "Cosmonaut
    Artyom Rudakov" (what a "who" asks for, not "the Ministry of Foreign Affairs")."""
    return any(m.group(1).lower() in titles() for m in _TITLED_NAME.finditer(text))


_TITLED_NAME = re.compile(r"\b([A-Za-z]+)\.?\s+[A-Z][a-z]+(?:\s+[A-Z][\w'’-]+)+")
_WHO_SECOND = re.compile(r"[?,;:—–-]\s*(?:and\s+|so\s+|also\s+)?who\b", re.I)
# verbs that only say where something is
_LOCATED = re.compile(
    r"(?:sit|sits|sitting|sat|kept|keep|keeping|stored|storing|stuck|parked|located|based|"
    r"held|lying|lies|stand|standing|stands|waiting)",
    re.I,
)
# a wh-word opening a second question, after "?", a comma or a dash
_SECOND_Q = re.compile(
    r"[?,;:—–-]\s*(?:and\s+|so\s+|also\s+)?(who|what|which|when|where|why|how)\b", re.I
)
_AMOUNT_Q = re.compile(
    r"\bhow\s+(?:much|many|bad|badly|far|big|steep|sharp)\b|\bby\s+how\s+much\b", re.I
)
