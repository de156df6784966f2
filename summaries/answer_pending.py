"""Does the story say the choice or outcome a question asks about is still to come?

"Which of the two officers did Roscosmos pick" cannot be answered by a story saying the
choice "will be made after a year of training", nor "did the rider get through the
markup" by one saying "Subcommittee markup is Tuesday": the story's words may cover the
question well, but what it asks for has not happened yet.
"""

from __future__ import annotations

import re

from summaries.question import Question
from summaries.retrieval import indexed
from summaries.sentences import split_sentences

# "which of the two officers did Roscosmos pick", "which of the four finalists got
# picked": one of several chosen, which a story saying the choice is still to come
# ("The choice, Roscosmos says, will be made after a year of training") cannot answer
_PICK_Q = re.compile(
    r"\bwhich\s+(?:one\s+)?of\b.{0,80}\b(?:picked|chosen|chose|selected|pick|choose|select|"
    r"won|named)\b",
    re.I,
)
# "what did the follow-up experiment find", "did the rider get through the markup": the
# result of something, which a story saying it is still to come cannot give
_OUTCOME_Q = re.compile(
    r"^(?:and\s+|so\s+)?(?:what\s+did\b.{3,80}\b(?:find|show|reveal|conclude|discover|"
    r"yield|turn\s+up)|(?:did|has|have)\b.{3,80}\b(?:get|got|gotten|go|gone|make|made)\s+"
    r"(?:it\s+)?(?:through|into)|(?:did|has|have)\b.{3,80}\b(?:pass|passed|survive|survived|"
    r"clear|cleared|vote|voted|confirm|confirmed|approve|approved|adopt|adopted|"
    # "did the jury convict …", "did he win his appeal": a verdict
    r"convict|convicted|acquit|acquitted|win|won|lose|lost|overturn|overturned|uphold|upheld)\b)",
    re.I,
)
_TO_COME = re.compile(
    r"\b(?:is|are)\s+(?:scheduled|due|set|expected|planned|slated)\s+(?:to|next|later)\b|"
    r"\b(?:would|will)\s+(?:seek|try|attempt)\s+to\b|"
    # "has ordered a technical inspection of …": ordered, not yet done
    r"\b(?:has|have)\s+(?:ordered|called\s+for|requested)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:inspection|review|investigation|audit|inquiry|study)\b|\b(?:is|are)\s+"
    r"(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|tomorrow|"
    r"next\s+(?:week|month))\b|\bhas\s+not\s+(?:yet\s+)?(?:been\s+)?(?:held|voted|published)\b",
    re.I,
)


def _outcome_to_come(q: Question, story_text: str) -> bool:
    """A sentence of the story says the thing whose outcome is asked about is still to come:
    it carries two of the question's plain words ("follow-up experiment", "subcommittee
    markup"), or one and two names ("deep-space station in Neuquén", Chinese), and a time
    ahead ("is scheduled to fly in 2027", "is Tuesday", "has ordered an inspection")."""
    for s, e in split_sentences(story_text):
        sentence = story_text[s:e]
        still_open = _STILL_OPEN.search(sentence)
        if still_open or _TO_COME.search(sentence):
            st, st_set = indexed(sentence)
            found = [c for c in q.topic if c.weight_in(st, st_set)]
            plain = sum(1 for c in found if not c.named)
            if plain >= 2 or (plain and (len(found) >= 3 or still_open)):
                return True
    return False


# "The trial continues.", "The defence will appeal.": a case whose outcome is still open;
# one of the question's plain words ("trial", "appeal") is enough to tie it to the question
_STILL_OPEN = re.compile(
    r"\b(?:trial|hearing|case|appeal|inquiry)\s+(?:continues|resumes|(?:is|was)\s+adjourned)\b|"
    r"\b(?:will|would|plans?\s+to|intends?\s+to|(?:is|are)\s+expected\s+to)\s+appeal\b",
    re.I,
)


_PENDING = re.compile(
    r"\b(?:choice|selection|decision|pick|winner)\b[^.;]{0,40}\b(?:will\s+be|is\s+to\s+be|is\s+"
    r"expected\s+to\s+be|has\s+not\s+(?:yet\s+)?been)\b|\b(?:yet\s+to|not\s+yet)\s+(?:be\s+)?"
    r"(?:choose|chosen|pick|picked|select|selected|decide|decided|announce|announced)\b",
    re.I,
)


def still_to_come(q: Question, story_text: str) -> str | None:
    """Why the story cannot answer ``q``: the choice or outcome asked about is still to
    come. None when it may."""
    if _PICK_Q.search(q.text) and _PENDING.search(story_text):
        return "the choice asked about is still to come"  # "will be announced in June"
    if _OUTCOME_Q.search(q.text) and _outcome_to_come(q, story_text):
        return "the outcome asked about is still to come"  # "Subcommittee markup is Tuesday."
    return None
