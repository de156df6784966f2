"""Does the story count or measure the thing a "how many" / "how much" question asks about?

"How many drones hit Samara" is not answered by a story that says drones "set fire to at
least two buildings": it has a number, but not of drones. The count asked for is a number
written just before the noun ("17 countries", "two Ukrainian drones", "a dozen cosmonauts"),
or a tally closing a sentence ("It came to twenty-six."). Likewise "how much water" wants
an amount written beside the water ("420 kilograms of water").
"""

from __future__ import annotations

import re

from summaries.aliases import Concept
from summaries.question import Question
from summaries.retrieval import indexed, stems
from summaries.sentences import split_sentences

_HOW_MANY = re.compile(r"\bhow\s+many\s+([a-z][\w-]*)", re.I)
# the sums of money and spans of time a "how many" may ask for are checked elsewhere
_NOT_COUNTED = frozenset(
    stems(
        "dollars euros rubles roubles yen rupees francs pounds years months weeks days hours "
        "minutes seconds times people kilometres kilometers miles metres meters"
    )
)
_COUNT_STEMS = frozenset(
    stems(
        "one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
        "eighty ninety hundred hundreds thousand thousands dozen dozens several both"
    )
)
_YEAR = re.compile(r"(?:19|20)\d\d$")
_BEFORE = 3  # words between the number and its noun: "two Ukrainian attack drones"


def uncounted(q: Question, story_text: str) -> str | None:
    """Why the story cannot answer "how many <noun>", or None when it may."""
    nouns = counted_nouns(q)
    if not nouns:
        return None
    for s, e in split_sentences(story_text):
        words, _ = indexed(story_text[s:e])
        if words and _is_count(words[-1]) and not _YEAR.match(words[-1]):
            return None  # a tally given on its own: "It came to twenty-six."
        if _counts(words, nouns):
            return None
    return f"story never counts the {nouns[0].text} asked about"


def counted_nouns(q: Question) -> list[Concept]:
    """The noun a "how many" question counts, then the question's other plain words: the
    story may count the thing by another of them ("how many station hardware export
    requests": "two requests"). Empty for any other question, or a count of money or time
    (checked elsewhere)."""
    m = _HOW_MANY.search(q.text)
    if m is None or set(stems(m.group(1))) & _NOT_COUNTED:
        return []
    noun = _concept(q, m.group(1))
    if noun is None:
        return []
    # "how many nigerians": the counted noun itself, though a nationality is a name
    return [noun, *(c for c in q.topic if not c.named and c is not noun)]


def counts(q: Question, sentence: str) -> bool:
    """Does the sentence give the count asked for ("the group of seven specialists")? Not
    "one of the specialists", which picks one out rather than counting them."""
    m = _HOW_MANY_PHRASE.search(q.text)
    if m is None or not counted_nouns(q):
        return False
    asked = {w.lower() for w in m.group(1).split()}
    # the noun phrase after "how many" only: "roscosmos specialists", not "sleeping" later on
    nouns = [c for c in q.topic if set(c.text.lower().split()) <= asked]
    return _counts(indexed(sentence)[0], nouns, _PICKS)


_PICKS = frozenset(stems("one both"))
_HOW_MANY_PHRASE = re.compile(
    r"\bhow\s+many\s+((?:(?!(?:did|do|does|is|are|was|were|has|have|had|will|would|can|"
    r"could|got|get|went|go)\b)[a-z][\w'’-]*\s*){1,3})",
    re.I,
)


def _counts(
    words: tuple[str, ...], nouns: list[Concept], skip: frozenset[str] = frozenset()
) -> bool:
    for c in nouns:
        for start, _end in c.positions(words):
            for i in range(max(0, start - _BEFORE), start):
                # "two years lobbying congressional offices": the years are counted
                between = words[i + 1 : start]
                if _is_count(words[i]) and words[i] not in skip and not set(between) & _UNIT:
                    return True
    return False


# a span of time or a tally of people or times, counted by the number right before it
_UNIT = frozenset(stems("years months weeks days hours minutes times people"))


def _concept(q: Question, word: str) -> Concept | None:
    stem = word.lower().rstrip("s")
    return next((c for c in q.topic if c.text.lower().rstrip("s") == stem), None)


def _is_count(word: str) -> bool:
    return word.isdigit() or word in _COUNT_STEMS


def measures(q: Question, text: str) -> bool | None:
    """For "how much <noun>" ("how much water did progress bring"): does the text give an
    amount of that noun ("420 kilograms of water"), or only other amounts near it ("2,900
    kilograms of supplies, including a pump for the water recovery system")? None when the
    question measures no noun of its own, or no sentence gives both an amount and the noun
    (the noun is left out as often as not: "carrying 3,700 kg of food and parts")."""
    m = _HOW_MUCH.search(q.text)
    if m is None or m.group(1).lower() in _NOT_MEASURED:
        return None
    noun = _concept(q, m.group(1))
    if noun is None:
        return None
    verdict = None
    for a, b in split_sentences(text):
        words, _ = indexed(text[a:b])
        spots = noun.positions(words)
        amounts = [i for i in range(len(words)) if _is_amount(words, i)]
        if not spots or not amounts:
            continue  # an amount with the noun left out ("3,700 kg of food and parts")
        if any(
            0 < start - i <= _AFTER_AMOUNT or 0 < i - start <= _BEFORE_AMOUNT
            for start, _end in spots
            for i in amounts
        ):
            return True
        verdict = False
    return verdict


_HOW_MUCH = re.compile(r"\bhow\s+much\s+([a-z][\w-]*)", re.I)
# "how much did it cost", "how much more", "how much money" (sums are checked elsewhere)
_NOT_MEASURED = frozenset(
    {"did", "does", "do", "is", "was", "were", "are", "will", "would", "has", "have", "had"}
    | {"can", "could", "should", "more", "longer", "money", "cash", "funding", "extra"}
    | {"of", "the", "it", "in"}
)
# words from an amount to its noun: "2.5 tonnes of food, fuel and supplies"; from the noun
# to its amount: "water: 420 kilograms"
_AFTER_AMOUNT = 8
_BEFORE_AMOUNT = 4
_UNITS = frozenset(
    stems(
        "kg kilograms kilogram tonnes tonne tons ton pounds pound litres liters gallons "
        "percent per cent metres meters kilometres kilometers miles"
    )
)


def _is_amount(words: tuple[str, ...], i: int) -> bool:
    """A number with a unit after it ("420 kilograms"), or written with one ("1.7kg")."""
    w = words[i]
    if re.fullmatch(r"\d[\d,.]*(?:kg|t|lb|km|m|%)", w):
        return True
    return (w[:1].isdigit() or w in _COUNT_STEMS) and i + 1 < len(words) and words[i + 1] in _UNITS
