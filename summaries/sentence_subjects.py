"""Whether a named person is their sentence's subject: the one "he" or "she" goes back to.

``Mentions`` prefers a subject over a more recent person in object position ('… by a
decree of President Putin. He …'). Kept apart from ``person_runs``, which decides whether
a capitalised run is a person at all; this module only judges where that person stands:
at the head of the sentence, past a title or an opening phrase, or before an apposition
and its verb.
"""

from __future__ import annotations

import re

from summaries.gazetteer import speech_vocab
from summaries.person_runs import FUNCTION_WORDS, IRREGULAR, NAMED_APPOS, SAYS_AFTER, UPPER

# A title written with a full stop between the comma and the name (", Dr. Kwame …").
_TITLE_BEFORE = re.compile(r",[ \t]+([A-Z][a-z]{1,4})\.[ \t]+$")
_CAME_FROM = re.compile(
    r"\b(?:came|comes|come)[ \t]+from[ \t]+"
    r"(?:[^.;:\"“”]|\b(?:Rep|Sen|Dr|Mr|Mrs|Ms|Gen|Col|Gov|Prof|Lt|Maj|Capt|St)\.){0,80}$"
)
_VERB_NEXT = re.compile(
    rf"[{UPPER}][\w’'\-]*[ \t]+(?!who\b|and\b|of\b|in\b)(?:[a-z]+(?:ed|s)|{IRREGULAR})\b"
)
# "Sen. Mark Ruiz, a Democrat from New Mexico, defended it": the subject, past its apposition.
_APPOS_VERB = re.compile(
    rf"[{UPPER}][\w’'\-]*(?:[ \t]+[{UPPER}][\w’'\-]*){{0,3}},[ \t]+(?:a|an|the)[ \t][^,.;\"“”]{{2,90}},"
    r"[ \t]+(?:\w+ly[ \t]+)?(?:[a-z]+ed|was|is|has|had)\b"
)


_WHO_AFTER = re.compile(rf"[{UPPER}][\w’'\-]*(?:[ \t]+[{UPPER}][\w’'\-]*){{0,3}},[ \t]+who\b")
# 'You will remember spring 2022: Dmitry Rogozin posting maps': the sentence already has a
# subject (a personal pronoun) or the name follows a colon, so it is not the subject.
_OTHER_SUBJECT = re.compile(r"\s*(?:(?:I|You|We|They|He|She)\b|[^:\n]*:(?!\d))")


_RUN_VERB_NEXT = re.compile(
    rf"[{UPPER}][\w’'\-]*(?:[ \t]+[{UPPER}][\w’'\-]*){{0,3}}[ \t]+"
    rf"(?:[a-z]+ed|{IRREGULAR}|has|had|was|is)\b"
)


# A sentence opening made of a capitalised title alone ("Minister of State for European
# Affairs ").
_TITLE_OPENER = re.compile(
    rf"[{UPPER}][\w’'\-]*(?:[ \t]+(?:of|for|the|and|[{UPPER}][\w’'\-]*))*[ \t]+"
)


# A name, an aside between commas, then a finite verb ("Lozinsky, asked about it, accused").
_RUN_ASIDE_VERB = re.compile(
    rf"[{UPPER}][\w’'\-]*(?:[ \t]+[{UPPER}][\w’'\-]*){{0,3}},[ \t]+[a-z][^,.;\"“”]{{2,80}},"
    rf"[ \t]+(?:[a-z]+ed|{IRREGULAR}|was|is)\b"
)


def _described_opener(before: list[str]) -> bool:
    """Words before a name that only describe its holder: capitalised words, and role,
    title or body nouns ("Russian foreign ministry deputy spokesman")."""
    v = speech_vocab()
    return (
        len(before) >= 2
        and before[0][:1].isupper()
        and before[0] not in v["not_names"]
        and any(w.lower() in v["titles"] or w.lower() in v["roles"] for w in before)
        and all(
            w[:1].isupper()
            or w in v["titles"]
            or w in v["roles"]
            or w in v["spokes"]
            or w in v["org_nouns"]
            for w in before
        )
    )


def _titled_after_opener(text: str, pos: int, sent_start: int) -> bool:
    """'During one burn in July, NASA astronaut Grace Whitlow posted a video': past an
    opening phrase, a name with only its title before it and a verb after it."""
    c = text.rfind(", ", sent_start, pos)
    if c == -1 or pos - c > 40:
        return False
    if _RUN_VERB_NEXT.match(text, pos) is None and _RUN_AGED_VERB.match(text, pos) is None:
        return False
    v = speech_vocab()
    before = text[c + 2 : pos].split()
    if len(before) == 1 and before[0].isalpha() and before[0].islower():
        # "In Büyükeceli, fisherman Hüseyin Çelik, 58, was unimpressed": an occupation
        word = before[0]
        return not (word in FUNCTION_WORDS or word in _LINKS or word.endswith(("ed", "ing")))
    return all(
        w.lower() in v["titles"]
        or w.lower() in v["roles"]
        or w.lower() in v["spokes"]
        or (w[:1].isupper() and w not in v["not_names"] and w[-2:] not in ("'s", "’s"))
        for w in before
    )  # "In Moscow, Foreign Ministry spokesman Nikolai Baranetsky rejected the protest"


# Conjunctions and adverbs that open a clause of their own ("In March, after Smith left").
_LINKS = frozenset(
    [
        "after",
        "before",
        "when",
        "while",
        "as",
        "until",
        "since",
        "because",
        "if",
        "though",
        "although",
        "unless",
        "once",
        "like",
        "but",
        "so",
        "then",
        "only",
        "even",
        "where",
    ]
)
# "Hüseyin Çelik, 58, was unimpressed": the subject, past the age between commas.
_RUN_AGED_VERB = re.compile(
    rf"[{UPPER}][\w’'\-]*(?:[ \t]+[{UPPER}][\w’'\-]*){{0,3}},[ \t]+\d{{1,3}},[ \t]+"
    rf"(?:[a-z]+ed|was|is|{IRREGULAR})\b"
)


# "Its acting director-general, Col. (Rtd) Hassan Abdi Farah, said": a rank and a bracketed
# retirement marker (Kenyan, Nigerian and Indian copy) between the comma and the name.
_RETIRED = re.compile(
    r",[ \t]+(?:[A-Z][A-Za-z]{0,5}\.?[ \t]+){1,2}\((?:Rtd|Retd|rtd|retd)\.?\)[ \t]+$"
)


# A sentence opening with a participle or "Among" and inverted round "was" ("Joining
# Nelson on stage was Borisov's deputy, Sergei Krikalev."): the name after "was", perhaps
# past a description and its comma, is the sentence's subject.
_INVERTED_BE = re.compile(
    r"\s*(?:[A-Z][a-z]+ing|Among|Also|Alongside|Beside)[ \t][^,.;:\"“”]{2,60}[ \t](?:was|were)[ \t]"
    r"(?:[^,.;:\"“”]{2,60},[ \t])?"
)


def is_subject(text: str, pos: int, sent_start: int, *, by_position: bool = True) -> bool:
    """At the head of its sentence, or the one doing the saying ('Asked …, Montalbano
    said')."""
    if text[pos - 3 : pos] == "by ":
        return False  # "Asked by Lena Sorensen whether …, the chief executive was firm"
    if text.endswith(("which ", "whom "), 0, pos):
        return False  # "Her letter, which Vestergaard read aloud, asks": a relative clause
    if SAYS_AFTER.match(text, pos) is not None:
        return True
    if _CAME_FROM.search(text, max(sent_start, pos - 100), pos):
        return True  # "The sharpest defense came from the ranking Democrat, Rep. Alma Zuniga"
    if _INVERTED_BE.fullmatch(text, sent_start, pos):
        return True  # "Joining Nelson on stage was Borisov's deputy, Sergei Krikalev."
    if by_position and pos - sent_start <= 35 and not _OTHER_SUBJECT.match(text, sent_start, pos):
        return True
    if _APPOS_VERB.match(text, pos) is not None or _WHO_AFTER.match(text, pos) is not None:
        return True  # described at length: the one the story is about
    if _titled_after_opener(text, pos, sent_start):
        return True
    if (
        pos - sent_start <= 90
        and _TITLE_OPENER.fullmatch(text, sent_start, pos)
        and text[sent_start:pos].split()[0].lower() in speech_vocab()["titles"]
        and not text.endswith(" and ", 0, pos)
    ):
        # "Minister of State for European Affairs Síle Ní Bhraonáin confirmed": only a long
        # title before the name
        return _RUN_VERB_NEXT.match(text, pos) is not None
    if 35 < pos - sent_start <= 90 and _described_opener(text[sent_start:pos].split()):
        # "Russian foreign ministry deputy spokesman Artyom Lozinsky, asked about …, accused":
        # a description in title case or role nouns alone, then the name and its verb
        return (
            _RUN_VERB_NEXT.match(text, pos) is not None
            or _RUN_ASIDE_VERB.match(text, pos) is not None
        )
    before = text[pos - 2 : pos]
    title = _TITLE_BEFORE.search(text, max(0, pos - 10), pos) if before == ". " else None
    if title and title.group(1).lower() in speech_vocab()["abbreviations"]:
        before = ", "  # "the acting director-general, Dr. Kwame Asante-Boakye, tried …"
    if before != ", " and not (before == ") " and _RETIRED.search(text, max(0, pos - 30), pos)):
        return False
    # "Norway's ambassador to South Africa, Ingrid Solheim, pushed back": the description
    # before the name is the subject's
    return _VERB_NEXT.match(text, pos) is not None or NAMED_APPOS.match(text, pos) is not None
