"""The speaker's own words that follow a sentence reporting them.

Stories paraphrase first and quote second: "Ferrante was asked whether the leak had
worried him. … “If it worried me, we wouldn't have launched.”", or "Vorobyov … said that
Moscow expected … “If they want the station to come down safely …,” the diplomat said."
The reporting sentence is what shares the question's words; a member asking what someone
said wants the quote after it, so both answer paths bring it along.
"""

from __future__ import annotations

import re

from summaries import text_patterns as tp
from summaries.sentences import split_sentences

QUOTE_AHEAD = 3  # sentences after the reporting one that may lead up to the quote
LEAD_IN = 0.3  # weight, for a quote, of what the question it answered shares with the member's

_OPEN = re.compile(r"[“\"]")
_MARKS = re.compile(r"[“”\"]")
_NAME = re.compile(r"(?<!^)(?<![.!?:]\s)\b[A-Z][a-z]+")
# a sentence on the way to the quote must still be about the one reported on
_STILL_THEM = re.compile(r"^(?:He|She|They|His|Her|Their)\b")


# the question asks for someone's words, however it puts it: "what did the scientist
# say", "how did the manager sum up …", "what were her first words", "what line did he
# fall back on", "what did he call the delay", "how did she react"
_WORDS_Q = re.compile(
    r"\b(?:say|says|said|sum(?:med)?\s+(?:it\s+)?up|describe[ds]?|put\s+it|words|line|"
    r"call|called|tell|told|react(?:ed)?|reaction|respond(?:ed)?|quote|make\s+of|"
    r"repl(?:y|ied)|answer(?:ed)?|joke|caption)\b",
    re.I,
)


def asks_words(question: str) -> bool:
    """Does the question ask what someone said, rather than for a fact?"""
    return _WORDS_Q.search(question) is not None


def quote_after(text: str, spans: list[tuple[int, int]], pos: int, reporting: str) -> list[int]:
    """Positions from the sentence after ``pos`` through the end of the first direct quote
    within QUOTE_AHEAD sentences of the same paragraph, when that quote is the reported
    speaker's: said by "he", a role ("the delegate said"), a name ``reporting`` has, or
    no one. [] when someone else is named first, or no quote comes."""
    out: list[int] = []
    for p in range(pos + 1, min(pos + 1 + QUOTE_AHEAD, len(spans))):
        if "\n" in text[spans[p - 1][1] : spans[p][0]]:
            return []  # the next paragraph is another voice
        sentence = text[slice(*spans[p])]
        out.append(p)
        if _OPEN.search(sentence):
            block = sentence
            # “We are scientists. We do not sanction anyone …,” he said.
            if len(_MARKS.findall(sentence)) % 2 and p + 1 < len(spans):
                nxt = text[slice(*spans[p + 1])]
                if "\n" not in text[spans[p][1] : spans[p + 1][0]] and _MARKS.search(nxt):
                    out.append(p + 1)
                    block += " " + nxt
            return out if _theirs(block, reporting) else []
        if not (_STILL_THEM.match(sentence) or _names_in(sentence, reporting)):
            return []
    return []


def _names_in(sentence: str, reporting: str) -> bool:
    """The sentence opens with a name the reporting sentence has ("Ferrante's response")."""
    m = re.match(r"[A-Z][a-z]+", sentence)
    return m is not None and re.search(r"\b" + m.group(0) + r"\b", reporting) is not None


def _theirs(block: str, reporting: str) -> bool:
    """Outside its quotation marks the block names nobody the reporting sentence lacks."""
    rest = tp.QUOTED.sub(" ", block)
    return all(re.search(r"\b" + re.escape(n) + r"\b", reporting) for n in _NAME.findall(rest))


def asked_before(text: str, start: int) -> str:
    """The words leading up to the quote at ``start`` (its sentence and the one before, in
    its paragraph, other quotes left out) when they put a question to the speaker: "was
    asked whether the leak had worried him. Ferrante's response was blunt: “If it
    worried me …”". A member's question repeats that question, not the quote's words.
    "" when no question was put."""
    spans = split_sentences(text)
    at = next((i for i, (s, e) in enumerate(spans) if s <= start < e), None)
    if at is None:
        return ""
    first = at - 1 if at and "\n" not in text[spans[at - 1][1] : spans[at][0]] else at
    before = tp.QUOTED.sub(" ", text[spans[first][0] : start])
    return before if _ASKED.search(before) else ""


# the speaker was put a question: "was asked whether", "Asked what he wanted most"
_ASKED = re.compile(r"\b(?:asked|question(?:ed)?)\b", re.I)
