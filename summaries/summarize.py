"""Extractive summaries: at most 3 sentences and 480 characters, verbatim, in article order.

Sentences are scored for the ISS-geopolitical core (interstate vocabulary, the station,
its actors, words shared with the title) with a bonus for the lead, so a withdrawal
threat in paragraph four can outrank a launch-time lead. A sentence opening with a
dangling "He"/"This"/"It" is penalised unless the sentence before it is also chosen.

The one non-verbatim case, decided here: when every sentence is longer than the limit,
the best one is cut at a word boundary and ends with "…" (never empty when there is a
sentence).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from summaries.detect import scan
from summaries.quote_blocks import block_leads
from summaries.sentences import paragraph_spans, split_sentences
from summaries.transcripts import is_interview

MAX_SENTENCES = 3
MAX_CHARS = 480

_DANGLING = frozenset(
    [
        "he",
        "she",
        "it",
        "this",
        "that",
        "they",
        "these",
        "those",
        "his",
        "her",
        "its",
        "their",
        "but",
        "however",
        "also",
        "and",
        "such",
        "there",
        "both",
        "instead",
        "yet",
        "still",
        "neither",
    ]
)
_STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "and",
        "or",
        "but",
        "with",
        "by",
        "from",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "has",
        "have",
        "had",
        "it",
        "its",
        "this",
        "that",
        "will",
        "would",
        "could",
        "after",
        "over",
        "says",
        "said",
        "say",
        "new",
    ]
)
_WORD = re.compile(r"\w+")
_CAT_WEIGHT = {
    "iss": 0.6,
    "anaphora": 0.3,
    "part": 0.4,
    "person": 0.25,
    "org": 0.2,
    "state": 0.1,
    "craft": 0.15,
}


LEAD_BONUS = 1.0  # the story's first sentence; the rest of its first paragraph less
SECOND_LEAD_BONUS = 0.6
_LOWER_WORD = re.compile(r"(?<![\w’'])[a-z]{2,}")


def _score_sentences(title: str, text: str, spans: list[tuple[int, int]]) -> list[float]:
    hits, _ = scan(text)
    starts = [s for s, _ in spans]
    scores = [0.0] * len(spans)
    iss = [0.0] * len(spans)
    for h in hits:
        i = bisect_right(starts, h.start) - 1
        if i < 0:
            continue
        if h.cat == "topic":
            scores[i] += min(h.weight, 1.0)
        elif h.cat in _CAT_WEIGHT:
            w = _CAT_WEIGHT[h.cat]
            if h.cat in ("iss", "anaphora", "part"):
                if iss[i] >= 1.2:
                    continue
                iss[i] += w
            scores[i] += w
    title_words = {w for w in _WORD.findall(title.lower()) if w not in _STOP and len(w) > 2}
    paras = paragraph_spans(text)
    lead_end = paras[0][1] if paras else 0
    second_end = paras[1][1] if len(paras) > 1 else lead_end
    for i, (s, e) in enumerate(spans):
        sc = min(scores[i], 3.5)
        if title_words:
            low = text[s:e].lower()
            shared = sum(1 for w in title_words if w in low and _has_word(low, w))
            sc += 1.5 * shared / len(title_words)
        if s < lead_end:
            sc += LEAD_BONUS if i == 0 else SECOND_LEAD_BONUS
        elif s < second_end:
            sc += 0.3
        n = e - s
        if n < 40:
            sc -= 1.0
        elif n > 320:
            sc -= 0.5
        scores[i] = sc
    return scores


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"  # what ``\w`` matches


def _has_word(s: str, w: str) -> bool:
    """``w`` (word characters only) is one of ``_WORD.findall(s)``.

    Asked only for the few title words, this is several times cheaper than splitting
    every sentence into words.
    """
    i = s.find(w)
    while i != -1:
        j = i + len(w)
        if (i == 0 or not _is_word_char(s[i - 1])) and (j == len(s) or not _is_word_char(s[j])):
            return True
        i = s.find(w, i + 1)
    return False


def _dangling(sentence: str) -> bool:
    m = _WORD.match(sentence.lstrip("\"“'‘ "))
    return (
        bool(m)
        and m.group().lower() in _DANGLING
        or bool(_PRONOUN_SAID.search(sentence))
        or bool(_SCENE_THEN_PRONOUN.match(sentence))
        or bool(_NARRATOR_OF_THEM.match(sentence))
        or bool(_BARE_QUOTATION.fullmatch(sentence))
    )


# '… ," said JAXA President Hiroshi Takeda. "Japan is proud to carry more of the load."':
# a quotation with no one saying it; whose words, the sentence before says
_BARE_QUOTATION = re.compile(r"\s*[“\"][^“”\"]+[.!?…][”\"]\s*")


# "I never once thought of them as hostages.": an op-ed writer's own words about people an
# earlier sentence named
_NARRATOR_OF_THEM = re.compile(r"\s*I\s[^.\"“”:;]{0,60}?\b(?:them|they|him|her|he|she)\b")


# "In his video he went further, …", "At ESA's headquarters in Paris she talked …": a
# scene-setting phrase, then a pronoun as the subject; who it is, is in an earlier sentence
_SCENE_THEN_PRONOUN = re.compile(
    r"\s*(?:In|At|On|During|After|Before|From|Later|Earlier|Speaking|Asked|Then)\b"
    r"[^.,;:!?\"“”]{0,60}?\b(?:he|she|they)\s+[a-z]"
)


def _refers_back(text: str, spans: list[tuple[int, int]], i: int, title: str) -> bool:
    """ "The statement did not name those actions.": a sentence opening with "The <noun>"
    whose noun the sentence before introduced, and the headline did not; alone in a
    summary it points at nothing."""
    m = _THE_NOUN.match(text, spans[i][0])
    if m is None:
        return False
    noun = m.group(1)
    before = text[spans[i - 1][0] : spans[i - 1][1]].lower()
    return _has_word(before, noun) and not _has_word(title.lower(), noun)


_THE_NOUN = re.compile(r"[\"“]?The ([a-z]{4,})\b")


# '"Yes, your honour," he replied.': whose words they are is in the sentence before
_PRONOUN_SAID = re.compile(
    r"[”\"’],?\s+(?:he|she|they)\s+(?:said|replied|added|told|answered|wrote)\b[^.!?]{0,40}[.!?]?\s*$"
)
# not what happened: a question put (an interviewer's "Q: …?"), a transcript's preamble,
# an update note, a live page's greeting or sign-off ("Good morning and welcome to our
# live coverage …"). Checked on every sentence of every article: the opening and the
# end are matched in place, the phrases only when a cheap word test lets them.
_NOT_NEWS_START = re.compile(
    r"\s*(?:Q\s*(?:\([^)]{0,40}\))?\s*:|(?:UPDATE|CORRECTION|Correction|Editor'?s\s+note)\b|"
    r"(?:PARTICIPANTS|PRESENT|SPEAKERS|ATTENDEES)\s*:|"
    # a press release's boilerplate: "About JAXA: The Japan Aerospace Exploration Agency
    # is …", "Media contacts:", "For more information"
    r"About\s+(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,6}\s*:|"
    r"(?:Media|Press)\s+(?:contacts?|enquiries|inquiries)\b|For\s+more\s+information\b|"
    # a wire's credit line, a translator's note
    r"\(?(?:Reporting|Additional\s+reporting|Writing|Editing)\s+by\b|"
    r"(?:Translated|Adapted)\s+from\b)"
)
# a transcript's turn ("ORBITAL LEDGER: Moscow says …", "MARCHETTI: I believe …"): an
# exchange, not the story told. Only a label opening two paragraphs or more is a turn:
# "NEW DELHI: India on Tuesday …" opens one, and is a dateline.
_TURN = re.compile(r"^[ \t]*([A-Z][A-Z.'’-]+(?:[ \t]+[A-Z][A-Z.'’-]+){0,3})[ \t]*:[ \t]", re.M)


def _turns(text: str) -> tuple[str, ...]:
    if ":" not in text:
        return ()
    labels = [m.group(1) for m in _TURN.finditer(text)]
    return tuple(f"{label}:" for label in set(labels) if labels.count(label) >= 2)


_NOT_NEWS_PHRASE = re.compile(
    r"\bthis\s+(?:story|article)\s+has\s+been\s+(?:updated|corrected)\b|"
    r"\bthe\s+following\s+is\s+an?\s+(?:\w+\s+){0,2}transcript\b|"
    r"\b(?:remarks|answers|interview|conversation)\s+(?:has|have)\s+been\s+(?:\w+\s+)?"
    r"(?:edited|condensed|shortened)\b|"
    # an interview's introduction of itself: "We spoke to ISRO chairman S. Raghunathan"
    r"^\s*we\s+(?:spoke|talked|met)\b|\bedited\s+excerpts\b|"
    r"\b(?:good\s+(?:morning|afternoon|evening)|welcome\s+to\s+(?:our|the)\s+live|"
    r"that'?s\s+(?:where|all)\s+(?:we'?ll|for)|stay\s+with\s+us|follow\s+(?:our|the)\s+live)\b|"
    # "Roscosmos did not respond to a request for comment.": no news, in any story
    r"\b(?:did\s+not|didn'?t)\s+(?:immediately\s+)?(?:respond|reply)\s+to\s+(?:a\s+)?"
    r"requests?\s+for\s+comment|\bcould\s+not\s+(?:immediately\s+)?be\s+reached\s+for\s+comment",
    re.I,
)
_PHRASE_WORDS = (
    "good morning",
    "good afternoon",
    "good evening",
    "welcome to",
    "that's",
    "thats",
    "stay with",
    "follow ",
    "transcript",
    " been updated",
    " been corrected",
    " been edited",
    " been lightly",
    "we spoke",
    "we talked",
    "we met",
    "excerpts",
    "for comment",
)


def _interviewer_paragraphs(text: str, paras: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A Q&A whose answers open on the speaker's name ("Haller: No. We took …") puts the
    interviewer's words, unlabelled, in the paragraph before, ending on a question:
    "Some member states want Europe to leave the ISS before 2030 … Do you?". Its
    statements are the premise of a question, not what happened."""
    if ":" not in text or len(paras) < 4:
        return []
    labels = [_LABEL.match(text, a) for a, _ in paras]
    names = [m.group(1) for m in labels if m]
    answered = {n for n in names if names.count(n) >= 2}
    return [
        paras[i]
        for i in range(len(paras) - 1)
        if labels[i] is None
        and text[paras[i][0] : paras[i][1]].rstrip(' ”"’').endswith("?")
        and labels[i + 1] is not None
        and labels[i + 1].group(1) in answered
    ]


def _answer_paragraphs(text: str, paras: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """An interview printed as "Q: …" and "Raghunathan: …": the answers are the
    interviewee's words without quotation marks (the key quotes carry them); in a summary
    "If the station is a symbol of cooperation, it cannot be used to punish a country"
    would read as the reporter's own claim."""
    if not is_interview(text):
        return []
    labels = [_LABEL.match(text, a) for a, _ in paras]
    names = [m.group(1) for m in labels if m and m.group(1) not in ("Q", "A")]
    answered = {n for n in names if names.count(n) >= 2}
    # ("A: …" as much as "Raghunathan: …"), and the questions, whose premises are the
    # interviewer's ("Q: And Moscow? Roscosmos has sold seats to Indian astronauts before.")
    return [
        p for p, m in zip(paras, labels, strict=True) if m and m.group(1) in {"Q", "A", *answered}
    ]


# a speaker's name opening a paragraph of a Q&A or transcript: "Haller:", "MR. PRICE:"
_LABEL = re.compile(r"[ \t]*([A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3})[ \t]*:[ \t]")


def _not_news(sentence: str) -> bool:
    if sentence.rstrip(' ”"’').endswith(("?", ":")) or _NOT_NEWS_START.match(sentence):
        # a question put, or a lead-in to what follows ("… she went further:")
        return True
    low = sentence.lower()
    return any(w in low for w in _PHRASE_WORDS) and bool(_NOT_NEWS_PHRASE.search(sentence))


def summarize(
    title: str,
    text: str,
    *,
    max_sentences: int = MAX_SENTENCES,
    max_chars: int = MAX_CHARS,
    station: bool = False,
) -> str:
    """A short extractive summary of ``text`` ("" only when it has no sentence).
    ``station``: the story is ISS-geopolitical, so the summary must name the station."""
    title = title if isinstance(title, str) else ""
    if not isinstance(text, str):
        return ""
    spans = split_sentences(text)
    if not spans:
        return ""
    scores = _score_sentences(title, text, spans)
    # the headline repeated as the text's first line (a page's <h1>, a feed that opens
    # its content with it) shares every title word: it would always win, and say nothing;
    # nor does a question put or a live page's greeting. Left out unless nothing else is
    headline = _WORD.findall(title.lower())
    turns = _turns(text)
    # "Okafor said in a statement:" and the statement set apart after it, with no marks:
    # in a summary it would read as the reporter's own claim (the key quotes carry it)
    paras = paragraph_spans(text)
    blocked = [
        (paras[i][0], paras[i + 1][1]) for i in (block_leads(text, paras) if ":\n" in text else ())
    ]
    asked = _interviewer_paragraphs(text, paras) + _answer_paragraphs(text, paras)
    left_out = [
        i
        for i, (s, e) in enumerate(spans)
        if (headline and e - s <= 2 * len(title) and _WORD.findall(text[s:e].lower()) == headline)
        or _not_news(text[s:e])
        or not _LOWER_WORD.search(text, s, e)  # "MOSCOW, 2 December.", "/Novosti Orbity/."
        or (turns and text[s:e].lstrip().startswith(turns))
        or any(a <= s < b for a, b in blocked)
        or any(a <= s < b for a, b in asked)
    ]
    if len(left_out) < len(spans):
        for i in left_out:
            scores[i] = float("-inf")
        if left_out and left_out[0] == 0 and paras:
            # the story's first sentence after a dateline line is its lead
            first = next(i for i in range(len(spans)) if scores[i] != float("-inf"))
            if spans[first][0] < paras[0][1]:
                scores[first] += LEAD_BONUS - SECOND_LEAD_BONUS
    order = sorted(range(len(spans)), key=lambda i: (-scores[i], i))
    groups = _quote_runs(text, spans, paras)
    chosen = _select(text, spans, scores, order, groups, max_sentences, max_chars, [], title)
    if station and chosen and not any(_near_station(text[slice(*spans[i])]) for i in chosen):
        # an ISS-geopolitical story whose lead is all politics ("Treasury blacklists 46
        # Russian companies …"): its best sentence naming the station or its parts goes
        # in first, or a digest never says what the story has to do with the ISS
        first = next(
            (
                i
                for i in order
                if scores[i] != float("-inf")
                and groups[i] == (i, i)
                and _names_station(text, spans[i])
                and not _PRONOUN_SAYS.search(text, *spans[i])
                and not (_dangling(text[slice(*spans[i])]) or _refers_back(text, spans, i, title))
            ),
            None,
        )
        best = chosen[0] if chosen else None
        if first is not None and (
            best is None or _length(spans, first) + 1 + _length(spans, best) <= max_chars
        ):
            forced = _select(
                text, spans, scores, order, groups, max_sentences, max_chars, [first], title
            )
            # never at the cost of the best sentence or the story's lead
            if all(i in forced for i in chosen if i in (best, min(chosen))):
                chosen = forced
    if not chosen:
        s, e = spans[order[0]]
        cut = text[s : s + max_chars - 1]
        cut = cut[: cut.rfind(" ")] if " " in cut else cut
        return cut.rstrip(" ,;:") + "…"
    return _joined(text, spans, sorted(set(chosen)), scores)


def _select(
    text: str,
    spans: list[tuple[int, int]],
    scores: list[float],
    order: list[int],
    groups,
    max_sentences: int,
    max_chars: int,
    chosen: list[int],
    title: str,
) -> list[int]:
    """Sentences by score while they fit, each with the antecedent it needs; ``chosen``
    holds any already in."""
    chosen = list(chosen)
    total = sum(spans[i][1] - spans[i][0] + 1 for i in chosen) - (1 if chosen else 0)
    for i in order[:40]:
        if len(chosen) >= max_sentences:
            break
        if scores[i] == float("-inf") or i in chosen:
            continue
        run = groups[i]
        if run is None:
            continue  # a quotation left open for the next paragraph: no end to show
        if run[0] != run[1]:
            # one quotation over several sentences: all of it or none, so no summary
            # shows half a quotation, or joins one speaker's words to another's
            a, b = run
            if (
                a > 0
                and a - 1 not in chosen
                and (_dangling(text[slice(*spans[a])]) or _dangling(text[slice(*spans[b])]))
            ):
                continue  # '"…. …," he said.': whose words, the sentence before says
            added, size = _rest_of(run, chosen, spans)
            if len(chosen) + len(added) <= max_sentences and total + size <= max_chars + 1:
                total += size
                chosen.extend(added)
            continue
        s, e = spans[i]
        n = e - s + (1 if chosen else 0)
        if total + n > max_chars:
            continue
        if (
            i > 0
            and i - 1 not in chosen
            and (_dangling(text[s:e]) or _refers_back(text, spans, i, title))
        ):
            if scores[i - 1] == float("-inf"):  # the headline is no antecedent to add
                continue
            before = groups[i - 1]  # the antecedent, with the rest of its quotation
            if before is None:
                continue
            added, size = _rest_of(before, chosen, spans)
            if scores[i] - 1.0 < scores[i - 1] or total + n + size > max_chars:
                continue
            if len(chosen) + len(added) + 1 > max_sentences:
                continue
            chosen.extend(added)
            total += size
        chosen.append(i)
        total += n
    return chosen


def _length(spans: list[tuple[int, int]], i: int) -> int:
    return spans[i][1] - spans[i][0]


def _near_station(sentence: str) -> bool:
    """Does the sentence speak of the station at all: named, its parts, its craft, or
    "the station" however written ("the same crew on the same station")? (Not merely
    "cosmonauts and astronauts alike".)"""
    return bool(_STATION_WORD.search(sentence)) or _names_station(sentence, (0, len(sentence)))


_STATION_WORD = re.compile(r"\bstation\b", re.I)
# '"…," she said': a sentence whose speaker is in the one before
_PRONOUN_SAYS = re.compile(r"\b(?:he|she|they)\s+(?:said|says|added|told|wrote)\b", re.I)


def _names_station(text: str, span: tuple[int, int]) -> bool:
    """Does the sentence name the station, a part of it or one of its craft?"""
    hits, _ = scan(text[span[0] : span[1]])
    return any(h.cat in _STATION_CATS for h in hits)


_STATION_CATS = frozenset({"iss", "anaphora", "part", "craft"})


def _quote_runs(
    text: str, spans: list[tuple[int, int]], paras: list[tuple[int, int]]
) -> list[tuple[int, int] | None]:
    """For each sentence, the first and last sentence of the quotation it is part of
    ((i, i) when it opens and closes its own, or has none); None when the quotation is
    still open where the paragraph ends (it runs on into the next one)."""
    out: list[tuple[int, int] | None] = [(i, i) for i in range(len(spans))]
    if '"' not in text and "“" not in text:
        return out
    p, first = 0, 0
    open_at: int | None = None  # the sentence that opened a quotation still open
    for i, (s, e) in enumerate(spans):
        while p + 1 < len(paras) and paras[p + 1][0] <= s:
            if open_at is not None:
                for k in range(open_at, i):
                    out[k] = None
            p, open_at = p + 1, None
        first = paras[p][0] if paras else 0
        before_open = _open_quote(text[first:s])
        after_open = _open_quote(text[first:e])
        if before_open and open_at is None:
            open_at = i  # a quotation the splitter found open before this paragraph began
        if not before_open and after_open:
            open_at = i
        if open_at is not None and not after_open:
            for k in range(open_at, i + 1):
                out[k] = (open_at, i)
            open_at = None
    if open_at is not None:
        for k in range(open_at, len(spans)):
            out[k] = None
    return out


def _rest_of(
    run: tuple[int, int], chosen: list[int], spans: list[tuple[int, int]]
) -> tuple[list[int], int]:
    """The sentences of a quotation's run not chosen yet, and the room they take."""
    added = [k for k in range(run[0], run[1] + 1) if k not in chosen]
    return added, sum(spans[k][1] - spans[k][0] + 1 for k in added)


def _open_quote(passage: str) -> bool:
    return passage.count("“") > passage.count("”") or passage.count('"') % 2 == 1


def _joined(text: str, spans: list[tuple[int, int]], chosen: list[int], scores) -> str:
    """The chosen sentences joined by spaces, such that splitting the summary again gives
    them back: "… in Washington, D.C." ended a paragraph in the article, but followed by
    " Roscosmos …" in a summary it reads as an abbreviation, and the two would be checked
    (and shown) as one sentence that is nowhere in the article. The lowest-scored sentence
    that merges goes."""
    while True:
        summary = " ".join(text[spans[i][0] : spans[i][1]] for i in chosen)
        if len(chosen) <= 1 or len(split_sentences(summary)) == len(chosen):
            return summary
        chosen = sorted(sorted(chosen, key=lambda i: scores[i])[1:])
