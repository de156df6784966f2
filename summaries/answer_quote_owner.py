"""Is a quote tied to the asked speaker only by the words around it really theirs?

The quote path accepts a quote whose stored speaker is not the one asked when the story
describes the speaker near it. Two kinds of near miss get through that way:

- a quote given to another body the gazetteer knows: "what did the UK space agency say"
  is not answered by Roscosmos, though stories call Roscosmos "Russia's space agency";
- a quote with no stored speaker whose own sentence says who speaks, and it is someone
  else: "…," the letter states; the prosecutor told the court: "…"; the decree states
  "…" (the asked speaker being named in the sentence before does not make it theirs).

And one the other way round: a quote stored under the asked surname said by another
bearer of it (``other_bearer``): the cosmonaut Gennady Lavrov for "Sergei Lavrov", NASA's
Diane Harlow for "Senator Harlow" in a story that quotes both Harlows.
"""

from __future__ import annotations

import re

from summaries.aliases import Concept, load_aliases
from summaries.answer_coverage import _match as _match_concepts
from summaries.answer_speakers import _place, speaks
from summaries.generality import zipf
from summaries.models import Quote, Story
from summaries.namesakes import bearer_at, full_mentions, given_lower
from summaries.question import Question
from summaries.retrieval import stems
from summaries.sentences import covering

_QUOTED = re.compile(r"“[^”]*”?|\"[^\"\n]*\"?")
# "<subject> said / states / told …": who speaks in the quote's own sentence
_SPEECH = re.compile(
    # ("A NASA official, speaking on background, said": the subject before an aside)
    r"\b([A-Za-z][\w'’-]*)(?:,[^,\"“”]{1,80},)?\s+(?:\w+ly\s+)?"
    r"(?:said|says|states|stated|told|tells|wrote|writes|reads|added|argued|warned|declared)\b"
)
# a pronoun or relative word points back to whoever was introduced: it may be them
_POINTS_BACK = frozenset(
    {"he", "she", "they", "it", "who", "which", "that", "i", "we", "also", "then"}
    | {"later", "had", "has", "have", "and", "but"}
)


def not_theirs(q: Question, story: Story, quote: Quote, exact: bool) -> str | None:
    """Why the quote is someone else's, or None when it may be the asked speaker's.
    ``exact``: its stored speaker is one of the names asked (nothing to check then)."""
    if exact or not q.speaker_concepts:
        return None
    if quote.speaker:
        return other_body(q.speaker_concepts, quote.speaker)
    span = covering(story.text, quote.start, quote.end)
    sentence = story.text[span[0] : span[1]] if span else ""
    plain = _QUOTED.sub(" ", sentence)
    found = list(_SPEECH.finditer(plain))
    subjects = [m.group(1).lower() for m in found]
    others = subjects and not any(s in _POINTS_BACK for s in subjects)
    # "A Ukrainian diplomat at the talks, asked about …, said": the asked speaker heads
    # the clause whose verb the aside puts far from them
    who = tuple(c for c in q.speaker_concepts if not _place(c)) or q.speaker_concepts
    heading = any(
        m.group(0).count(",") == 2  # only across an aside: else ``speaks`` reads it
        and _match_concepts(who, plain[max(0, m.start(1) - 40) : m.end(1)])
        for m in found
    )
    if others and not heading and not speaks(q.speaker_concepts, plain):
        return "the quote's own sentence gives it to someone else"
    return None


def other_body(asked: tuple[Concept, ...], speaker: str) -> str | None:
    """A quote stored under a body the gazetteer knows is not another named body's: the
    speaker's ways of being written share no word with the asked names."""
    aliases = load_aliases()
    if aliases.person(speaker):
        return None  # a person may be described as anyone's spokesman
    # the whole speaker is one gazetteer entry with other spellings ("Roscosmos", "NASA"),
    # not a surname the gazetteer merely capitalises ("van Dam")
    theirs = aliases.concepts(speaker)
    named = [c for c in asked if c.named and not aliases.person(c.text)]
    if len(theirs) != 1 or not theirs[0].named or len(theirs[0].phrases) < 2 or not named:
        return None
    # "space" and "agency" are in every agency's names: only the rarer words tell bodies
    # apart ("JAXA" is not "NASA", though both are "… space agency")
    their_words = _telling(theirs[0])
    if any(their_words & _telling(c) for c in named):
        return None
    if set(stems(speaker)) & {w for c in named for words, _, _ in c.phrases for w in words}:
        return None
    return f"the quote is {speaker}'s, not the speaker asked about"


COMMON_ZIPF = 4.5  # "space" (5.3), "agency" (4.9), "national": words many bodies share


def _telling(concept: Concept) -> set[str]:
    """The words of a body's names that are not shared by bodies of its kind."""
    words = {w for _, text, _ in concept.phrases for w in re.findall(r"[a-z]+", text.lower())}
    return {w for w in words if zipf(w) < COMMON_ZIPF}


def other_bearer(text: str, quote: Quote, q: Question) -> bool:
    """The quote's surname belongs, where the story writes it in full, to someone other
    than the one asked: another given name than the one typed, or, among two bearers,
    not the one with the asked title ("Senator Harlow")."""
    surname = quote.speaker
    if not surname or " " in surname:
        return False
    asked = {w.strip(".,").lower() for c in q.speaker_concepts for w in c.text.split()}
    asked.discard(surname.lower())
    mentions = full_mentions(text, surname)
    if not asked or not mentions:
        return False
    given = given_lower()
    bearer = bearer_at(text, surname, quote.start)
    if asked & given and not asked & given & bearer:
        return True  # "Sergei" asked, "Gennady Lavrov" written
    titles = {w for _p, words in mentions for w in words - given} & asked
    return bool(titles) and not titles & bearer
