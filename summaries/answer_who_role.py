"""Which sentence introduces the person a "who" question describes?

Members ask for a person by the role the story gives them: "who's the tournament
director", "which state department official pushed back", "who signed the letter".
Newsrooms introduce that person with the role beside the name ("Tournament director
Kjell Bråthen", "Eric Kramer, deputy assistant secretary of state", "signed by …,
Sergei Gubarev"), often deep in the story, while its first sentence names someone else.
A sentence naming a new person with the asked role beside the name is the answer.
"""

from __future__ import annotations

import re
from functools import lru_cache

from summaries import answer_names
from summaries.answer_described import _description
from summaries.answer_speakers import titles
from summaries.gazetteer import speech_vocab
from summaries.question import Question
from summaries.retrieval import load_aliases, stems
from summaries.sentences import split_sentences

# "who was the norway chess director …", "which us state dept official …": the words
# right after the opener describe the one asked for
_ASKED = re.compile(
    r"\b(?:which|who(?:['’]s|\s+(?:is|was|are|were|will\s+be))\s+(?:the|that|this|a|an))\s+"
    r"((?:[\w’'-]+\s+){0,4}[\w’'-]+)",
    re.I,
)
# "who signed the letter", "whose name is on it": the signatory, introduced "signed by X"
_SIGNED = re.compile(r"\bwho\s+signed\b|\bwhose\s+(?:name|signature)\s+is\s+on\b", re.I)
# the description ends where the question turns to what the person did
_CLAUSE_END = frozenset({"that", "who", "which", "whose", "to", "in", "on", "at", "for", "with"})


def asked_words(q: Question) -> frozenset[str]:
    """Stems of the description the question gives the person it asks for, when that
    description holds a role ("director", "official", "spokeswoman"); else empty."""
    if _SIGNED.search(q.text):  # "the letter - whose name is on it" reads as a "what"
        return frozenset({"sign"})
    if q.kind != "who":
        return frozenset()
    m = _ASKED.search(q.text)
    if m is None:
        return frozenset()
    words = []
    for word in m.group(1).lower().split():
        if word in _CLAUSE_END:
            break
        words.append(word)
    # only the role words: "us state dept", "norway chess" also describe the story's others
    single, phrases = _roles()
    roles = [w for w in words if w in single or re.sub(r"s$", "", w) in single]
    said = " ".join(words)
    roles += [p for p in phrases if re.search(rf"\b{re.escape(p)}s?\b", said)]
    return frozenset(stems(" ".join(roles)))


def introduces(q: Question, text: str, wanted: frozenset[str]) -> bool:
    """Does the text name a person the question does not, with the asked role's words
    beside the name: a title before it, an apposition after it, or "signed by"?"""
    if not wanted:
        return False
    names = [
        n for n in answer_names.other_names(q, text) if " " in n and not answer_names.a_thing(n)
    ]
    if not names:
        return False
    stop = load_aliases().stopwords
    spans = split_sentences(text)
    for name in names:
        for start, end in spans:
            at = text.find(name, start, end)
            if at < 0:
                continue
            before, _, after = _description(text, start, end, at, at + len(name)).partition(name)
            before_words = [w for w in stems(before) if w not in stop]
            after_words = [w for w in stems(after) if w not in stop]
            beside = set(before_words[-4:] + _title_words(name) + after_words[:6])
            if wanted & beside:
                return True
    return False


def _title_words(name: str) -> list[str]:
    """ "Tournament Director Kjell Bråthen" found as one name: its title words."""
    return stems(" ".join(w for w in name.split()[:-1] if w.lower() in titles()))


@lru_cache(maxsize=1)
def _roles() -> tuple[frozenset[str], tuple[str, ...]]:
    """(one-word roles, multi-word roles): "flight director" is a role, "flight" alone
    ("the flight surgeon", "her third flight") is not."""
    roles = {r.lower() for r in speech_vocab()["roles"]}
    return frozenset(r for r in roles if " " not in r), tuple(sorted(r for r in roles if " " in r))
