"""A yes/no question someone in the story already put: "The committee chairman asked
whether any further payment would reach Russia. “Not one krone,” Kjærgaard replied."

A member's yes/no question is often the one an MP, a committee or a reporter put to the
person in charge, and the story gives the question and the reply as an exchange. The
reply ("Not one krone") shares none of the member's words, and the sentence asking
shares them only in other wording, so neither is the best-covered sentence; the pair is
the answer. Kept apart from ``answer_lead``, which chooses the sentences.
"""

from __future__ import annotations

import re

from summaries.answer_sentences import _Sentence

# someone putting the question: "asked whether", "pressed Bélisle on whether", "were
# entitled to know whether" (not "asked how the station would be kept aloft if …")
_ASKS = re.compile(
    r"\b(?:asked|asking|pressed|questioned|quizzed|know|wondered|demanded)\b"
    r"(?:(?!\b(?:how|why|what|when|where|who)\b)[^.!?“”\"]){0,80}?\b(?:whether|if)\b"
)
# the reply, the next sentence: "“Not one dollar,” he answered."
_REPLY = re.compile(r"[“\"][^”\"]{1,80}[”\"],?\s+(?:[\w’'.-]+\s+){1,3}?(?:replied|answered)\b")


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
