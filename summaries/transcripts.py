"""A transcript's or Q&A's speech: the lines a speaker's label opens ("SEN. RAYMOND
KOWALCZYK: Margaret, I think it's a shakedown.", "HAUGLAND: … the station would lose a
couple of kilometres of altitude a month"). Broadcast and podcast transcripts print what
people said without quotation marks, so the quote extractor finds only the words they
quote from elsewhere; a member asking what they said on the show means these lines.
"""

from __future__ import annotations

import re
from functools import lru_cache

from summaries.gazetteer import speech_vocab
from summaries.models import Quote

# a label in capitals at the start of a paragraph: "HAUGLAND:", "SEN. RAYMOND KOWALCZYK:",
# "HOST MARGARET O'TOOLE:"
_LABEL = re.compile(r"^([A-Z][A-Z.'’ -]{1,60}[A-Z.]):[ \t]+(?=\S)", re.M)
# a Q&A's answers under the interviewee's name as the story writes it: "Beaulieu: It is
# 27 years old …" (the name must be written whole elsewhere, "Claire Beaulieu", so that
# "Update:" or "Correction:" is no speaker)
_NAME_LABEL = re.compile(r"^([A-Z][a-zà-ÿ'’-]+(?:[ -][A-Z][a-zà-ÿ'’-]+)?):[ \t]+(?=\S)", re.M)
_FIRST_SENTENCES = re.compile(r"(?:[^.!?\n]+[.!?]+[”\"]?[ \t]*){1,3}")
_ROLE_LABELS = frozenset({"host", "moderator", "question", "q", "answer", "a", "interviewer"})


@lru_cache(maxsize=256)
def transcript_quotes(text: str) -> tuple[Quote, ...]:
    """The first sentences (up to three) of each labelled line of a transcript, as the
    quote of the person the label names. A text with fewer than two such lines is no
    transcript ("NEW DELHI: India on Tuesday …" is a dateline)."""
    found = []
    named = [m for m in _NAME_LABEL.finditer(text) if _written_whole(text, m.group(1))]
    for m in sorted([*_LABEL.finditer(text), *named], key=lambda m: m.start()):
        speaker = _speaker(m.group(1))
        if speaker is None:
            continue
        said = _FIRST_SENTENCES.match(text, m.end())
        if said is None:
            continue
        end = m.end() + len(said.group(0).rstrip())
        found.append(Quote(text[m.end() : end], speaker, m.end(), end))
    return tuple(found) if len(found) >= 2 else ()


def _written_whole(text: str, label: str) -> bool:
    """ "Beaulieu" is a person's label when the story names "Claire Beaulieu" (or "S.
    Raghunathan") too."""
    return re.search(r"\b[A-Z](?:[\w'’-]+|\.) " + re.escape(label) + r"\b(?!:)", text) is not None


def _speaker(label: str) -> str | None:
    """ "SEN. RAYMOND KOWALCZYK" → "Raymond Kowalczyk"; a role ("MODERATOR") names no one."""
    titles = speech_vocab()["titles"]
    words = [w for w in label.replace(".", " ").split() if w]
    while words and (words[0].lower() in titles or words[0].lower() in _ROLE_LABELS):
        words = words[1:]
    if not words:
        return None
    if not label.isupper():  # "Dahl-Sørensen" as the story writes it
        return " ".join(words)
    return " ".join(w.capitalize() if "'" not in w else w.title() for w in words)


def is_interview(text: str) -> bool:
    """A Q&A printed as "Q: …" lines (two at least) and the answers under them."""
    return len(_QUESTION_LINE.findall(text)) >= 2


def interview_answers(text: str) -> tuple[Quote, ...]:
    """A Q&A's answers under the interviewee's name as the story writes it ("Raghunathan:
    We do not accept …"); none in a text that is no "Q:" interview, nor a broadcast's
    capitalised labels ("HOST MARGARET O'TOOLE:"), whose lines are its host's too."""
    if not is_interview(text):
        return ()
    return tuple(q for q in transcript_quotes(text) if not _label(text, q.start).isupper())


def _label(text: str, start: int) -> str:
    """The label a transcript line opens with: "Raghunathan" of "Raghunathan: We …"."""
    return text[text.rfind("\n", 0, start) + 1 : start].strip().rstrip(":")


_QUESTION_LINE = re.compile(r"^Q:", re.M)
