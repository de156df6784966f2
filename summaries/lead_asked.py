"""A question someone in the story already put, and the reply: "The committee chairman asked
whether any further payment would reach Russia. “Not one krone,” Kjærgaard replied."

A member's yes/no question is often the one an MP, a committee or a reporter put to the
person in charge, and the story gives the question and the reply as an exchange. The
reply ("Not one krone") shares none of the member's words, and the sentence asking
shares them only in other wording, so neither is the best-covered sentence; the pair is
the answer. So is the reply to an interviewer's "why" in a Q&A ("Q: Why not Russia, as in
2008?" / "A: We asked. …"). Kept apart from ``answer_lead``, which chooses the sentences.
"""

from __future__ import annotations

import re

from summaries.answer_coverage import _match
from summaries.answer_outcomes import PUT_AND_ANSWERED, REFERS_BACK
from summaries.answer_sentences import _Sentence
from summaries.lead_types import has_type
from summaries.question import Question
from summaries.sentences import paragraph_spans

# someone putting the question: "asked whether", "pressed Bélisle on whether", "were
# entitled to know whether" (not "asked how the station would be kept aloft if …")
_ASKS = re.compile(
    r"\b(?:asked|asking|pressed|questioned|quizzed|know|wondered|demanded)\b"
    r"(?:(?!\b(?:how|why|what|when|where|who)\b)[^.!?“”\"]){0,80}?\b(?:whether|if)\b"
)
# the reply, the next sentence: "“Not one dollar,” he answered."
_REPLY = re.compile(r"[“\"][^”\"]{1,80}[”\"],?\s+(?:[\w’'.-]+\s+){1,3}?(?:replied|answered)\b")


def asked_in_story(
    q: Question, candidates: list[_Sentence], spans: list[tuple[int, int]]
) -> tuple[int, list[int], int] | None:
    """For a yes/no or a "why", the exchange in the story that answers it: where in the
    lead's priority order its sentences go (the yes/no reply after the best sentence, an
    interview's reply before it), the sentences, and the one the answer opens with."""
    if q.kind == "yesno" and candidates:
        pair = asked_and_answered(candidates, spans)
        if pair is not None:
            return (1, [pair[1]], pair[0])
        put = next((s for s in candidates if _put_and_answered(s)), None)
        return None if put is None else (1, [put.position], put.position)
    if q.kind == "why" and candidates:
        reply = interview_why(q, candidates[0].story.text, spans)
        return None if reply is None else (0, reply, reply[0])
    return None


def _put_and_answered(s: _Sentence) -> bool:
    """ "Asked whether Tokyo had discussed the station's future with Russian officials,
    Hayashida said only: …": the question put and answered in one sentence, which shares
    two or more of the member's concepts."""
    return len(s.matched) >= 2 and bool(PUT_AND_ANSWERED.search(s.text))


def asked_and_answered(
    candidates: list[_Sentence], spans: list[tuple[int, int]]
) -> list[int] | None:
    """The positions of the first candidate (a sentence of the lead's story sharing some
    of the question's words) that reports the question being put, and of the reply right
    after it; None when the story reports no such exchange."""
    for s in candidates:
        nxt = s.position + 1
        if nxt < len(spans) and _ASKS.search(s.text) and _REPLY.match(s.story.text, spans[nxt][0]):
            return [s.position, nxt]
    return None


def interview_why(q: Question, text: str, spans: list[tuple[int, int]]) -> list[int] | None:
    """In a Q&A interview, the reply to the interviewer's "why" ("Q: Why not Russia, as in
    2008?" / "A: We asked. In 2023 our ministry sent a formal letter … The answer came …"):
    a member's "why" about the story is the one the interviewer put, and the reply gives
    the reason over its first sentences, in words the member's question does not share.
    Of several, the one sharing most of the question's words. The positions of the reply
    paragraph's first three sentences; None without one."""
    paragraphs = paragraph_spans(text)
    found: list[tuple[int, list[int]]] = []
    for k, (a, b) in enumerate(paragraphs[:-1]):
        start, end = paragraphs[k + 1]
        if not (_INTERVIEW_Q.match(text, a) and _WHY.search(text, a, b)):
            continue
        if _INTERVIEW_Q.match(text, start):
            continue
        reply = [p for p, (s, _) in enumerate(spans) if start <= s < end][:3]
        if reply:
            found.append((len(_match(q.topic, text[a:b])), reply))
    return max(found, key=lambda f: f[0])[1] if found else None


# the label of a question in a transcript or Q&A interview
_INTERVIEW_Q = re.compile(r"\s*(?:Q[:.]|QUESTION\b|Question:)")
_WHY = re.compile(r"\b[Ww]hy\b")


def interview_replies(text: str, spans: list[tuple[int, int]], core: list[int]) -> list[int]:
    """In a transcript or Q&A, a lead sentence from a question ("QUESTION (Siberian
    Courier): Some bloggers call this a "soft exit" …", "Q: Why not Russia?") restates what
    the member asks; the answer is the opening of the paragraph after it ("KUZNETSOVA: It
    is not an exit.")."""
    paragraphs = paragraph_spans(text)
    out = []
    for p in core:
        k = next((k for k, (a, b) in enumerate(paragraphs) if a <= spans[p][0] < b), None)
        if k is None or k + 1 >= len(paragraphs):
            continue
        if not _INTERVIEW_Q.match(text, paragraphs[k][0]):
            continue
        start = paragraphs[k + 1][0]
        reply = next((r for r, (a, _) in enumerate(spans) if a >= start), None)
        if reply is not None and reply not in core and not _INTERVIEW_Q.match(text, start):
            out.append(reply)
    return out


# a request or an offer the sentence reports: "Roscosmos asked to rent time on the antenna"
_ASKED_FOR = re.compile(
    r"\b(?:ask(?:s|ed)?|request(?:s|ed)?|offer(?:s|ed|ing)?|propos(?:e|es|ed)|appl(?:y|ied)|"
    r"sought|invit(?:e|es|ed))\b",
    re.I,
)


def reply_to_request(q: Question, sentence: str, after: str) -> bool:
    """For a yes/no, does the sentence after the lead give the reply to a request or an
    offer the lead reports ("Roscosmos asked to rent time on the antenna …" / "The
    government turned the request down")? The reply names the request, not the words
    the member asked with, so no search finds it."""
    return (
        q.kind == "yesno"
        and bool(_ASKED_FOR.search(sentence))
        and bool(REFERS_BACK.search(after))
        and has_type(q, after)
    )
