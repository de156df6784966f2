"""Delayed identification: a story that introduces someone by description first ("a
Republican senator had proposed …", "The boards, built by a small Colorado company, …")
and names them further down, with a back-reference to that description ("The proposal
from Sen. Ronald Hastings", "The Colorado manufacturer, Highline Microsystems, said").

For "who", the sentence that matches the question best is often the one withholding the
name; the name sits in the back-reference, which shares few of the question's words. Kept
apart from ``answer_lead``, which chooses the sentences.
"""

from __future__ import annotations

import re
from functools import lru_cache

from summaries.answer_names import asks_person
from summaries.backrefs import role_abbreviations
from summaries.gazetteer import speech_vocab
from summaries.question import Question
from summaries.sentences import split_sentences

# "a Republican senator", "a small Colorado company", "an Osaka manufacturer": the head
# noun is the first of the next four words that ``_heads`` knows
_INDEFINITE = re.compile(r"\b[Aa]n?\s+((?:[\w’'-]+\s+){0,3}[\w’'-]+)")
# what makes the description a name's apposition, not a withheld name: "a NASA astronaut,
# Jonny Kim," or "a NASA astronaut named Jonny Kim"
_NAMED_AFTER = re.compile(r",?\s+(?:named\s+|called\s+)?[A-Z][a-z]")
# "Kim, a former Navy SEAL": the description of a name just given
_NAME_BEFORE = re.compile(r"[A-Z][\w’'-]+,\s*$")
# a capitalised name of one to four words, as a back-reference gives it
_NAME = r"[A-Z][\w’'-]+(?:\s+(?:of\s+|de\s+|van\s+|von\s+)?[A-Z][\w’'-]+){0,3}"


@lru_cache(maxsize=1)
def _heads() -> tuple[frozenset[str], frozenset[str]]:
    """(person nouns, organisation nouns): what a withheld description can be of."""
    v = speech_vocab()
    return v["roles"], v["org_heads"]


def asked_for(q: Question) -> str | None:
    """Whom the question asks to be named: "person" ("which senator", "which federal
    judge"), "org" ("which company"), "either" ("who makes the boards"), or None when it
    asks for no one."""
    people, orgs = _heads()
    m = _WHICH_NOUN.search(q.text)
    nouns = [w.lower() for w in m.group(1).split()] if m else []
    if q.kind == "who" and asks_person(q) or any(w in people for w in nouns):
        return "person"
    if any(w in orgs for w in nouns):
        return "org"
    return "either" if q.kind == "who" else None


# "which federal judge", "which us state dept official": the noun of the one asked for
_WHICH_NOUN = re.compile(r"\bwhich\s+((?:[\w’'.-]+\s+){0,3}[\w’'-]+)", re.I)


def withheld(sentence: str, kind: str = "either") -> list[tuple[frozenset[str], str]]:
    """The descriptions in the sentence that stand for an unnamed person or organisation
    (only those of ``kind``: "person", "org" or "either"): (their words in lower case,
    their head noun). Words inside a quotation are someone's speech, not the story
    introducing anyone ("“We cannot have an astronaut trained …”")."""
    people, orgs = _heads()
    heads = {"person": people, "org": orgs}.get(kind, people | orgs)
    out = []
    for m in _INDEFINITE.finditer(sentence):
        words = m.group(1).split()
        k = next((k for k, w in enumerate(words) if w in heads), None)
        if k is None or len(_QUOTE_MARK.findall(sentence, 0, m.start())) % 2:
            continue
        end = m.start(1) + len(" ".join(words[: k + 1]))
        if _NAMED_AFTER.match(sentence, end) or sentence.startswith(("'s", "’s"), end):
            continue
        if _NAME_BEFORE.search(sentence[: m.start()]):
            continue
        out.append((frozenset(w.lower() for w in words[: k + 1]), words[k]))
    return out


_QUOTE_MARK = re.compile(r"[“”\"]")


def naming_sentence(
    text: str, spans: list[tuple[int, int]], pos: int, kind: str = "either"
) -> int | None:
    """The later sentence that names whom sentence ``pos`` describes without a name (None
    when none does): the next one opening with a name and "who" for a person or "which"
    for an organisation ("Morisaki Precision Works, which won …"), else one with the
    role's title and a name ("Sen. Ronald Hastings"), or a definite description sharing
    a word with it followed by the name ("The Colorado manufacturer, Highline
    Microsystems")."""
    described = withheld(text[slice(*spans[pos])], kind)
    if not described:
        return None
    if pos + 1 < len(spans) and _opens_with_name(text[slice(*spans[pos + 1])], described):
        return pos + 1
    return next(
        (p for p in range(pos + 1, len(spans)) if _refers_back(text[slice(*spans[p])], described)),
        None,
    )


def named_in(lead: str, at: int) -> bool:
    """Does another sentence of the lead name whom the description at ``at`` withholds?
    "A Dutch startup building … has stopped work" is answered when the lead also has
    "Orbiscope Imaging, which was founded …"."""
    spans = split_sentences(lead)
    here = next((k for k, (a, b) in enumerate(spans) if a <= at < b), None)
    if here is None:
        return False
    described = withheld(lead[slice(*spans[here])])
    return any(
        _opens_with_name(lead[a:b], described) or _refers_back(lead[a:b], described)
        for k, (a, b) in enumerate(spans)
        if k != here
    )


def _opens_with_name(sentence: str, described: list[tuple[frozenset[str], str]]) -> bool:
    """ "Morisaki Precision Works, which won …": a name opening the sentence, with "who"
    for a person and "which" for an organisation, as the description's head noun is."""
    m = _OPENS_NAMED.match(sentence)
    if m is None:
        return False
    people, orgs = _heads()
    wanted = people if m.group(1) == "who" else orgs
    return any(head in wanted for _, head in described)


def _refers_back(sentence: str, described: list[tuple[frozenset[str], str]]) -> bool:
    """Does the sentence name one of the described by the role's title ("Sen. Ronald
    Hastings") or a definite description sharing a word ("The Colorado manufacturer,
    Highline Microsystems")?"""
    people, orgs = _heads()
    for words, head in described:
        if _titled(sentence, head):
            return True
        for m in _DEFINITE.finditer(sentence):
            again = {w.lower() for w in m.group(1).split()} | {m.group(2)}
            same_kind = m.group(2) in (people if head in people else orgs)
            if same_kind and again & words:
                return True
    return False


# "The Colorado manufacturer, Highline Microsystems of Longmont," / "the senator, Ronald
# Hastings,": a definite description and the name in apposition
_DEFINITE = re.compile(rf"\b[Tt]he\s+((?:[\w’'-]+\s+){{0,3}}?)([a-z]+),\s+{_NAME}")


# the sentence after the lede opens with the name it withheld: "A small Osaka manufacturer
# … has halted final assembly …. Morisaki Precision Works, which won a … contract …"
_OPENS_NAMED = re.compile(rf"\s*{_NAME},\s+(which|who)\b")


def _titled(sentence: str, head: str) -> bool:
    """ "Sen. Ronald Hastings", "Senator Hastings": the role as the title of a name."""
    titles = [head.capitalize()]
    if head in role_abbreviations():  # "senator": "Sen." too
        titles.append(re.escape(role_abbreviations()[head].capitalize()) + r"\.?")
    return re.search(rf"\b(?:{'|'.join(titles)})\s+{_NAME}", sentence) is not None
