"""The order of a lead's sentences: the passage carrying the fact asked for opens the
answer, with the sentences it leans on ("Its spokesman …", the rest of a quote) and, for
"why", the cause that follows the sentence it explains; and the sentences that come with
a chosen one because they lean on it ("It expires …", "That plan collapsed …").

Kept apart from ``answer_lead``, which chooses the sentences.
"""

from __future__ import annotations

import re

from summaries import text_patterns as tp
from summaries.lead_types import has_type
from summaries.question import Question
from summaries.sentences import paragraph_spans


def cause_after(
    q: Question, text: str, spans: list[tuple[int, int]], core: list[int]
) -> int | None:
    """For "why", when no chosen sentence gives a cause: the sentence right after one of
    them that does (None when none does). "The original plan … was for a joint session
    with Tver. In September the ministry withdrew its approval, citing federal guidance …":
    the reason follows what it explains and shares none of the question's words, so no
    search finds it."""
    return next(
        (
            p + 1
            for p in core
            if p + 1 < len(spans) and p + 1 not in core and has_type(q, text[slice(*spans[p + 1])])
        ),
        None,
    )


def plans_undone(text: str, spans: list[tuple[int, int]], core: list[int]) -> list[tuple[int, int]]:
    """For "why did it lose its ride": each chosen sentence stating a plan ("It was
    originally meant to travel on a Progress", "The trays were booked on …") paired with
    the next sentence of its paragraph when that one tells what undid it ("That plan
    collapsed when the bank refused …", "But in September Ottawa added that company …").
    Newsrooms tell the plan, then its undoing, which is the reason asked for and shares
    none of the question's words."""
    out = []
    for p in core:
        nxt = p + 1
        if nxt >= len(spans) or nxt in core or not _PLAN.search(text, *spans[p]):
            continue
        if "\n" in text[spans[p][1] : spans[nxt][0]] or not _UNDOING.match(text, spans[nxt][0]):
            continue
        out.append((p, nxt))
    return out


# a plan that did not hold: "was originally meant to", "were booked on", "had reserved"
_PLAN = re.compile(
    r"\b(?:originally|(?:was|were|had\s+been)\s+(?:meant|supposed|due|scheduled|set|slated|"
    r"planned|booked|expected)\s+(?:to|on|for)\b|had\s+(?:reserved|booked|planned)\b)"
)
# what undid it: a turn ("But …", "That plan …") or the moment it came ("In December, …")
_UNDOING = re.compile(
    r"(?:But|However|Then|That\s+plan|The\s+plan|Those\s+plans|That\s+(?:deal|booking|"
    r"arrangement|contract)|In\s+(?:" + tp._MONTH + r"|(?:19|20)\d\d)\b)\b"
)


def reasons_told(
    text: str, spans: list[tuple[int, int]], core: list[int]
) -> tuple[list[int], set[int]]:
    """The lead's sentences with the one telling a reason right after each that only
    names it ("The reason is simple.", "The culprit was the Sun."), taking its priority,
    and the set of those telling ones: a speaker announces the reason, then gives it in
    a sentence sharing none of the question's words."""
    told = {p + 1 for p in core if p + 1 < len(spans) and REASON_IS.search(text, *spans[p])}
    out: list[int] = []
    for p in core:
        if p in told and p - 1 in core:
            continue  # placed after the sentence naming the reason
        out.append(p)
        if p + 1 in told:
            out.append(p + 1)
    return out, told


# a reason named in a word or two, explained in the sentence after it
REASON_IS = re.compile(r"\bthe\s+(?:reason|cause|culprit)\s+(?:is|was)\s+[^,;]{1,30}[.!]?$", re.I)


def fact_first(
    chosen: list[int], text: str, spans: list[tuple[int, int]], fact: int | None
) -> list[int]:
    """Lead with the fact asked for: when the best-covered sentence only sets the scene
    and the date, name or figure sits in a later passage, that passage (from the sentence
    it leans on, "Its spokesman …", through the ones running on from it) opens the answer
    and the scene follows, even when it is the very next sentence; a member reads the
    first line. A sentence leaning on one that is not quoted stays where it is."""
    if fact not in chosen:
        return chosen
    start = fact
    while _leans(text, spans[start]):
        if start - 1 not in chosen:
            return chosen
        start -= 1
    if start == chosen[0]:
        return chosen
    run = [start]
    while run[-1] + 1 in chosen:
        run.append(run[-1] + 1)
    return run + [p for p in chosen if p not in run]


def _leans(text: str, span: tuple[int, int]) -> bool:
    """Does the sentence mean nothing without the one before it: "It has two months …",
    "Its spokesman …", "… an agreement in principle there", or the rest of a quote opened
    earlier ("… not the Kremlin," he said)?"""
    sentence = text[slice(*span)]
    return bool(_LEANS.match(sentence) or _THERE.search(sentence)) or inside_quote(text, span[0])


def inside_quote(text: str, start: int) -> bool:
    """Does the sentence at ``start`` begin inside a quote opened earlier in its paragraph
    (a quote several sentences long)? Counted within the paragraph, where a quote running
    on to the next paragraph opens again."""
    para = max((s for s, _e in paragraph_spans(text) if s <= start), default=0)
    before = text[para:start]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def needs_before(text: str, span: tuple[int, int]) -> bool:
    """Does the lead print the sentence before this one with it: it opens on someone or
    something named there ("He said …", "It expires …"), reports a pronoun's words, or
    goes on a quote opened earlier?"""
    sentence = text[slice(*span)]
    return bool(
        tp.NEEDS_ANTECEDENT.match(sentence)
        or tp.PRONOUN_SPEECH.search(sentence)
        or _THERE.search(sentence)
        or inside_quote(text, span[0])
    )


# "… hoped to reach an agreement in principle there, but …": the place is the sentence
# before's ("the Multilateral Coordination Board meeting in Noordwijk in December")
# (not an idiom: "Canada has never quite got there.", "will be there", "out there")
_THERE = re.compile(
    r"(?<!\bgot )(?<!\bget )(?<!\bgets )(?<!\bbe )(?<!\bbeen )(?<!\bis )(?<!\bare )"
    r"(?<!\bwas )(?<!\bout )(?<!\bover )(?<!\bstill )(?<!\bhere and )\bthere\s*[,.;]"
)


_LEANS = re.compile(
    tp.NEEDS_ANTECEDENT.pattern + r"|^[\"“]?(?:Its|His|Her|Their|Among\s+them|Both)\b"
)


def same_paragraph(text: str, spans: list[tuple[int, int]], pos: int, nxt: int) -> bool:
    """Is sentence ``nxt`` the one right after ``pos``, in the same paragraph?"""
    return nxt == pos + 1 < len(spans) and "\n" not in text[spans[pos][1] : spans[nxt][0]]


def with_sequels(text: str, spans: list[tuple[int, int]], core: list[int]) -> list[int]:
    """The lead's sentences, each followed by the next one of its paragraph when that one
    leans on it ("It expires at the end of next year.", "This time they flew from …",
    "That plan collapsed …"): a newsroom splits one fact over two sentences, the second
    carrying the date, figure or outcome with a pronoun for the subject, so it shares
    none of the question's words and no search finds it. It takes its sentence's
    priority, so the budget keeps the pair together."""
    out: list[int] = []
    for p in core:
        out.append(p)
        nxt = p + 1
        if (
            nxt not in core
            and same_paragraph(text, spans, p, nxt)
            and (SEQUEL.match(text, spans[nxt][0]) or _HEADS_UP.search(text, *spans[p]))
        ):
            out.append(nxt)
    return out


# "It is not the first such incident.": a sentence announcing what the next one tells
_HEADS_UP = re.compile(
    r"\b(?:not\s+the\s+first|first\s+such|not\s+for\s+the\s+first\s+time|"
    r"has\s+happened\s+before)\b[^.!?]{0,30}[.!?]\s*$",
    re.I,
)


# a sentence whose subject is the one before it: "It …", "That plan …", "The move …"
# (``tp.NEEDS_ANTECEDENT`` without He/She and But/However/Instead, which cost answers)
SEQUEL = re.compile(r"(?:It|This|That|These|Those|They|The\s+move|The\s+decision|Such)\b")
