"""Has the outcome a question asks about happened, by the story's own account?

"Did Brazil end up renewing the deal", "what did the full Parliament decide", "did
Progress MS-35 ever get off the ground": the question asks how something turned out. A
story written while it was still open ("the government's plan to renew", "is expected to
vote in April", "was due to lift off on April 29") matches such a question word for word,
yet cannot answer it; nor can one that never mentions the outcome at all ("has Russia
released the engineer yet" of a story about his arrest).
"""

from __future__ import annotations

import re

from summaries.aliases import Concept
from summaries.models import Story
from summaries.question import Question
from summaries.retrieval import indexed, stems
from summaries.sentences import split_sentences

# How something turned out: "end up", "did … ever", "finally", "… yet", "what did X
# decide", "how did the assembly vote".
_TURNED_OUT = re.compile(
    r"\bend(?:s|ed)?\s+up\b|\b(?:finally|eventually|in\s+the\s+end)\b|"
    # "did it ever get off the ground", not "the worst the leak ever got"
    r"(?:^|[?.]\s*)(?:and\s+|so\s+)?(?:did|has|have|was|were)\b[^?]{0,80}\bever\b|"
    r"\byet\s*\??$|\byet\b(?=[^?]*\?)|"
    r"^(?:and\s+|so\s+)?(?:what|how)\s+did\b.{3,80}\b(?:decide|rule|vote|voting|agree|settle)\b",
    re.I,
)
# Said of the outcome while it is still open: "is expected to vote in April", "was due to
# lift off on April 29", "the plan to renew", "withdrawn before a vote", "yet to decide".
_OPEN = re.compile(
    r"\b(?:is|are|was|were)\s+(?:scheduled|due|set|expected|planned|slated)\s+(?:to|for)\b|"
    r"\bplan(?:s|ned)?\s+to\b|\bbefore\s+(?:a|the|any)\s+(?:final\s+)?vote\b|"
    r"\b(?:will|would)\s+(?:probably|likely)\b|\b(?:yet\s+to|not\s+yet)\b|"
    r"\bdid\s+not\s+say\s+(?:whether|when|if)\b|\bno\s+decision\b",
    re.I,
)


# "why might Hasegawa end up training alone", "why hasn't the astronaut flown yet": a
# reason or a guess is asked for, which a story of the open question gives
_NOT_OUTCOME = re.compile(r"^(?:and\s+|so\s+)?why\b|\b(?:might|could|may)\b", re.I)


def asks_outcome(q: Question) -> bool:
    """Does the question ask how something turned out (not why, nor what might)?"""
    return bool(_TURNED_OUT.search(q.text)) and not _NOT_OUTCOME.search(q.text)


def unsettled(q: Question, story: Story) -> str | None:
    """Why ``story`` cannot say how the thing asked about turned out, or None when it may."""
    if not asks_outcome(q):
        return None
    for s, e in split_sentences(story.text):
        sentence = story.text[s:e]
        if not _OPEN.search(sentence):
            continue
        st, st_set = indexed(sentence)
        found = [c for c in q.topic if c.weight_in(st, st_set)]
        plain = sum(1 for c in found if not c.named)
        if plain >= 2 or (plain and len(found) >= 3):
            return "the outcome asked about was still open when the story was written"
    verbs = [c for c in q.topic if not c.named and _DONE.search(c.text)]
    if verbs and not any(_reported(c, story.text) for c in verbs):
        return "story never says the outcome asked about happened"
    return None


# "has Russia released the engineer or swapped him yet": the question's verbs name the
# outcome; a story that has them only in a demand or a plan ("We call for his immediate
# release"), or not at all, has not reported it
_DONE = re.compile(r"^[a-z]{3,}(?:ed|ing)$")
_WANTED = re.compile(
    r"\b(?:call(?:s|ed|ing)?\s+for|demand(?:s|ed|ing)?|urg(?:e|es|ed|ing)|seek(?:s|ing)?|"
    r"sought|would|could|may|might|will|whether)\b",
    re.I,
)


def _reported(concept: Concept, text: str) -> bool:
    """Does a sentence of the text carry the concept's own word (not a looser relative:
    "swapped" is not "repair") other than in a demand or a plan?"""
    own = {p[0][0] for p in concept.phrases if len(p[0]) == 1 and p[2] >= 1.0}
    for s, e in split_sentences(text):
        sentence = text[s:e]
        if own & set(stems(sentence)) and not (_WANTED.search(sentence) or _OPEN.search(sentence)):
            return True
    return False
