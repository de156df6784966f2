"""Attribution from before a quote's sentence: the paragraph or the sentence before.

A quote opening a paragraph after 'Rogozin wrote:', or a sentence right after 'X … said
…', has no attribution of its own; it is read from what came just before it.
"""

from __future__ import annotations

import re

from summaries.attribution_prefix import from_prefix
from summaries.clauses import clause_subject
from summaries.gazetteer import speech_vocab
from summaries.mentions import Mentions
from summaries.names import is_name_word, word_spans
from summaries.sentences import split_sentences
from summaries.speakers import UNKNOWN, Who, subject
from summaries.when_phrases import WEEKDAYS
from summaries.who import described_then_named


def continued(text, prev, part, paras, speakers, ctx) -> Who | None:
    """A quote opening a paragraph with no attribution: the previous paragraph announced it
    ('Rogozin wrote:') or was the same speaker's quote."""
    pps, ppe = paras[part.para - 1]
    if text[ppe - 1] == ":":
        return from_prefix(text, pps, ppe, ctx)
    if prev is not None and prev.close_mark is not None:
        who = speakers.get(prev.group)
        tail_end = text.find(".", prev.close_mark, ppe)
        if who and who.speaker and (tail_end == -1 or tail_end >= ppe - 1):
            return who
    return None


# A verbless topic before a colon ("Of the Japanese offer in particular:", "On Moscow:").
_ASIDE_INTRO = re.compile(
    r"\s*(?:Of|On|About|As for|Regarding)[ \t](?:[\w’'\-]+[ \t]){0,6}[\w’'\-]+:[ \t]*"
)


# A broadcaster's spoken cue before reading a quote out ("Quote:", "And I quote,").
_QUOTE_CUE = re.compile(r"\s*(?:And[ \t]+)?(?:I[ \t]+)?[Qq]uote[:,]?[ \t]*")


def previous_sentence(text: str, start: int, opened: int, ctx: Mentions) -> Who | None:
    """A quote opening a sentence right after 'X … said …' (same paragraph) is X's."""
    spans = split_sentences(text[start:opened])
    if not spans:
        return None
    if text[start + spans[-1][1] : opened].strip():
        return None
    if len(spans) > 1 and (
        _ASIDE_INTRO.fullmatch(text, start + spans[-1][0], opened)
        or _QUOTE_CUE.fullmatch(text, start + spans[-1][0], opened)
    ):
        # 'X said …. Of the Japanese offer in particular: "…"', 'She told me it was
        # easy. Quote: "…"'
        spans = spans[:-1]
    s, e = spans[-1]
    words = word_spans(text, start + s, start + e)
    v = speech_vocab()
    verb = next(
        (
            j
            for j, (w, _) in enumerate(words)
            if w.islower() and (w in v["verbs"] or w in v["paraphrase_verbs"])
        ),
        None,
    )
    tail = _reported_by(words, ctx)
    if tail is not None:
        return tail
    if words and words[0][0] in _INDEFINITE:
        # 'A JAXA official, speaking on condition of anonymity, said …. "…"': somebody
        # unnamed, unless named in apposition ('A spokeswoman, Anke Mühlberg, said')
        if verb is None:
            # 'A spokesman for HUR, Taras Bilyk, declined to comment on "…"': the name
            # given in apposition, whatever the verb
            return described_then_named(words[:16], ctx)
        if any(
            w in v["anonymous"] or w + "s" in v["anonymous"] for w, _ in words[1 : min(verb, 6)]
        ):
            return UNKNOWN  # 'A source close to the agency said': not the agency
        if _ANONYMITY.search(text, start + s, start + e):
            return UNKNOWN  # "An employee of OrbitHub who asked not to be named said"
        who = subject(words[:verb], words[verb][1], ctx)
        return who if who.speaker else UNKNOWN
    words = _past_openers(words)
    who = (
        described_then_named(words[:16], ctx) if words and words[0][0] in _DESCRIBED else None
    ) or clause_subject(words[: _head_end(words, 4)], ctx)
    if (
        verb is not None
        and verb + 1 < len(words)
        and words[verb + 1][0] == ","
        and (who.speaker is None or not who.is_person)
    ):
        # "Canada's commitment, the president said, was to the partnership. "…"": the one
        # in the parenthesis
        c = next((c for c in range(verb - 1, max(-1, verb - 7), -1) if words[c][0] == ","), None)
        if c is not None:
            inner = subject(words[c + 1 : verb], words[verb][1], ctx)
            who = inner if inner.speaker else who
    if who.speaker is None and len(words) > 2 and words[0][0] == "The" and words[1][0].islower():
        # 'The cosmonaut later spoke to RIA by video link. "…"': the one introduced so
        described = subject(words[:2], words[1][1], ctx)
        who = described if described.is_person else who
    said = verb is not None
    # A verbless introduction ("Sedykh was blunt. “…”"): only a person, named there.
    if not said and not who.is_person:
        return None
    return who if who.speaker else None


def _past_openers(words: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """'Asked whether the array would arrive on time, Vance was cautious.' / 'Later, asked
    about Russia, the minister was blunt.': the subject after the opening phrases, each up
    to its comma, when a name, a pronoun or a definite description follows them."""
    cut = -1
    while (
        cut + 1 < len(words)
        and words[cut + 1][0].capitalize() in _OPENERS
        and "," in (w for w, _ in words[cut + 1 : cut + 17])
    ):
        cut = next(i for i in range(cut + 1, len(words)) if words[i][0] == ",")
    if cut < 0 or cut + 1 >= len(words):
        return words
    nxt = words[cut + 1][0]
    if nxt[:1].isupper():
        return words[cut + 1 :]
    if nxt in ("he", "she"):
        return words[cut:]  # 'Asked whether …, she said an option should be studied.'
    if nxt == "the" and cut + 2 < len(words) and words[cut + 2][0].islower():
        # 'Asked about Russia, the minister was blunt.': read as the clause it opens
        return [("The", words[cut + 1][1]), *words[cut + 2 :]]
    return words


def _reported_by(words: list[tuple[str, int]], ctx: Mentions) -> Who | None:
    """'NASA has asked for a licence, agency spokeswoman Dana Kirkby confirmed on Monday.':
    a sentence whose last clause is its attribution is that clause's subject's."""
    v = speech_vocab()
    cut = max((i for i, (w, _) in enumerate(words) if w == ","), default=-1)
    if cut < 3:
        return None
    clause = words[cut + 1 :]
    j = next(
        (j for j, (w, _) in enumerate(clause[:8]) if w in v["verbs"] and w != "reported"),
        None,
    )  # not '…, Interfax reported.': an outlet passing on someone else's words
    if not j or len(clause) - j > 4 or any(w in v["object_verbs"] for w, _ in clause[j:]):
        return None
    if any(w not in (".", "!") and not (w.islower() or w in WEEKDAYS) for w, _ in clause[j:]):
        return None  # only a time may follow ('confirmed on Monday'), nothing said
    who = subject(clause[:j], clause[j][1], ctx)
    return who if who.speaker else None


def _head_end(words: list[tuple[str, int]], n: int) -> int:
    """The first ``n`` words, and on to the end of a name they cut in two ('POLSA president
    Dr. Grzegorz | Wieczorek said'): a given name alone is not the speaker."""
    while 0 < n < len(words) and is_name_word(words[n][0]) and is_name_word(words[n - 1][0]):
        n += 1
    return n


_ANONYMITY = re.compile(r"\banonymity\b|\bnot to be (?:named|identified)\b")
_INDEFINITE = frozenset(["A", "An", "One", "Another"])
_OPENERS = frozenset(
    ["Asked", "Pressed", "Speaking", "Questioned", "Later", "Earlier", "Afterwards", "Still"]
)
# A description heading a sentence before the name ("The Energia finance director, Yevgeny
# Polyakov, answered in writing.").
_DESCRIBED = frozenset(["The", "His", "Her", "Its", "Their"])
