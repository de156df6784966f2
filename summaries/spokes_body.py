"""The body an unnamed spokesperson speaks for, read from the sentence before.

'Donauland, Austria's fourth-largest bank, said it "respectfully disagrees". "…," a
spokeswoman said': a new, indefinite spokesperson speaks for whoever just said something
as a body. Many such bodies are single words the gazetteer never heard of (a bank, a
police force), so the clause itself is read: a capitalised subject, an optional
apposition, then a speech verb, and no given name that would make it a person.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from summaries.backrefs import subject_org
from summaries.gazetteer import given_gender, speech_vocab
from summaries.mentions import Mentions

__all__ = [
    "body_of_sentence",
    "body_said_before",
    "described_firm",
    "noun_said_before",
    "speaks_for_owner",
]

_RUN = re.compile(r"(?:The[ \t]+)?([A-Z][\w’'\-]*(?:[ \t]+[A-Z][\w’'\-]*){0,3})")
_SAID_AFTER = re.compile(
    r"(?:,[^,.\"“”]{1,80},)?[ \t]+(?:said|says|stated|announced|confirmed|added|insisted|"
    # "Halvorsen pushed back. “…,” a company spokesman said": the body that answered
    r"pushed[ \t]+back|hit[ \t]+back|fired[ \t]+back|responded|replied|denied|disputed|"
    r"rejected|countered|objected|defended)\b"
)


def body_said_before(ctx: Mentions, pos: int) -> str | None:
    """The capitalised subject of a speech verb heading one of the last three sentences
    of this paragraph, when it is no person ('The Guardia Civil said traffic was heavy.')."""
    text = ctx.text
    v = speech_vocab()
    given = given_gender()
    for s in _subjects_before(ctx, pos, 3):
        m = _RUN.match(text, s)
        if not m or not _SAID_AFTER.match(text, m.end()):
            continue
        words = m.group(1).split()
        if words[0] in v["not_names"] or words[0] in given or words[-1][-2:] in ("'s", "’s"):
            continue
        if words[0] in v["place"] or any(w in v["people"] for w in words):
            continue
        if len(words) == 1 and words[0] in ctx.after_capital:
            continue  # "Marsh said", and "Lena Marsh" elsewhere: a person
        return m.group(1)
    return None


def noun_said_before(ctx: Mentions, pos: int) -> str | None:
    """'The ministry confirmed the refusal. A spokesperson said …': the common noun
    ("ministry") of a body heading a speech verb in one of the last two sentences of the
    paragraph; the spokesperson is that body's, whatever other body was named nearer."""
    text = ctx.text
    for s in _subjects_before(ctx, pos, 2):
        m = _THE_NOUN.match(text, s)
        if m and m.group(1) in speech_vocab()["org_nouns"] and _SAID_AFTER.match(text, m.end()):
            return m.group(1)
    return None


def _subjects_before(ctx: Mentions, pos: int, n: int) -> Iterator[int]:
    """Where the subjects of the ``n`` sentences before ``pos`` start, nearest first,
    within its paragraph."""
    para = ctx.text.rfind("\n", 0, pos) + 1
    k = ctx.sent_of(pos)
    for j in range(k - 1, max(-1, k - 1 - n), -1):
        s = ctx.subject_start(j)
        if s < para:
            return
        yield s


def body_of_sentence(ctx: Mentions, pos: int) -> str | None:
    """'The ministry does not comment on "individual cases", a spokesperson added': the
    body the spokesperson's own sentence is about ("The ministry", "The agency"), the one
    of that kind the story named last."""
    k = ctx.sent_of(pos)
    if k < 0:
        return None
    m = _THE_NOUN.match(ctx.text, ctx.subject_start(k))
    if not m or m.group(1) not in speech_vocab()["org_nouns"]:
        return None
    return ctx.last_org(m.start(), noun=m.group(1), within=1500)


_THE_NOUN = re.compile(r"The[ \t]+([a-z]+)\b")


def speaks_for_owner(words: list[tuple[str, int]], v: dict[str, frozenset[str]]) -> bool:
    """'Its press service wrote', 'Her statement says', 'Its secretary has said': a
    document or spokesperson of the possessor, or an unnamed office-holder of a body
    ("its" only: 'his secretary' is somebody else)."""
    noun = " ".join(w for w, _ in words[1:]).lower()
    if noun in v["documents"] or noun in v["spokes"] or words[-1][0] in v["documents"]:
        return True
    return words[0][0] in ("Its", "its") and len(words) == 2 and noun in _OFFICE_HOLDERS


# Office-holders who speak for a body when the story names only the body ("Its secretary").
_OFFICE_HOLDERS = frozenset(["secretary", "chairman", "chairwoman", "chair", "president"])


def described_firm(words: list[tuple[str, int]], pos: int, ctx: Mentions) -> str | None:
    """'Institutional Shareholder Services has advised …. The proxy adviser said': a firm
    described by its trade, whose last word is otherwise a person's role ("adviser"); the
    organisation the sentence before is about, else the last one named."""
    if len(words) < 2 or (words[-2][0].lower(), words[-1][0].lower()) not in _FIRM_KINDS:
        return None
    return subject_org(ctx, pos) or ctx.last_org(pos, within=1500)


# Trades whose head noun alone would be a person: "proxy adviser", "proxy firm".
_FIRM_KINDS = frozenset(
    [("proxy", "adviser"), ("proxy", "advisor"), ("proxy", "firm"), ("advisory", "firm")]
)
