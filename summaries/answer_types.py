"""Does the chosen answer state the kind of fact the question asks for?

Coverage (the answer has the question's words) cannot tell "the story is about this" from
"the story says this": a "when will …" answered by a sentence with no date, a "how many"
by one with no number, a "who" by one naming only the people asked about, or "what did
X say" by someone else's words all look well covered. These checks run on the lead the
engine chose and return why it does not answer (the engine then declines), or None.
Each rule is general (question shape against answer text), none is keyed to a question.

This module holds the rules (``RULES``, ``missing``) and the checks on numbers, sums and
the ISS; the checks on dates (``answer_dates``), names and persons (``answer_names``),
the kind of thing asked for (``answer_kinds``) and outcomes still to come
(``answer_outcomes``) live in modules of their own.
"""

from __future__ import annotations

import re

from summaries import text_patterns as tp
from summaries.aliases import Concept
from summaries.answer_counts import measures
from summaries.answer_dates import FUTURE_Q, event, has_date, has_future_date, story_year
from summaries.answer_kinds import absent_kind, asked_attribute, mentions, unnamed_kind
from summaries.answer_names import (
    asks_person,
    named_predecessor,
    new_name,
    new_person,
    predecessor_unnamed,
    undone,
)
from summaries.answer_naming import NAMING_HEADS, names_something, titled
from summaries.answer_outcomes import still_to_come
from summaries.answer_speakers import speaks
from summaries.detect import scan
from summaries.gazetteer import state_of
from summaries.generality import zipf
from summaries.models import Story
from summaries.question import Question
from summaries.retrieval import indexed

# Which checks are on (the eval script toggles them to measure each one's trade).
RULES = frozenset(
    {
        "when",
        "quantity",
        "who",
        "said",
        "iss",
        "date",
        "money",
        "person",
        "name",
        "attribute",
        "kind",
        "units",
        "unnamed",
        "pending",
    }
)

# "a year's notice", "a third", "twice", "dozens": amounts without digits
_AMOUNT_WORDS = re.compile(
    r"\b(?:a|an|one)\s+(?:year|month|week|day|decade|third|quarter|fifth|half|dozen|"
    r"handful|couple|few)\b|\b(?:twice|double|doubled|triple|tripled|dozens|hundreds|"
    r"thousands|millions|billions|several|half|third|quarter|eleven|twelve|twenty|thirty|"
    r"forty|fifty|sixty|seventy|eighty|ninety)\b",
    re.I,
)
_NUMBER_Q = re.compile(
    r"\bhow\s+(?:many|much)\b|\bwhat\s+(?:share|percentage|proportion|amount|number|sum)\b",
    re.I,
)
# "how much did the repair cost", "what does Russia pay": a sum of money is the answer
_MONEY_Q = re.compile(
    # "how much did quiet orbit, the russian movie …, cost to make": one apposition between
    r"\bhow\s+much\b[^,;?]{0,60}?(?:,[^,;?]{3,60},[^,;?]{0,20}?)?"
    r"\b(?:costs?|costing|pa(?:y|id|ying|ys)|spen[dt]|worth|"
    r"charged?|charging|bill(?:s|ed|ing)?|invoic\w*|fees?|fined?|offer(?:s|ed|ing)?|"
    r"rent(?:s|ed|ing)?)\b|\b(?:price|cost)\s+(?:of|for|tag)\b"
    # "how many roubles did Energia lose": the currency names the answer's kind
    r"|\bhow\s+many\s+(?:dollars|euros|rubles|roubles|yen|rupees|francs)\b",
    re.I,
)
_MONEY = re.compile(
    r"[$€£¥₽₹]|\b(?:dollars?|euros?|rubles?|roubles?|pounds|yen|rupees|francs?|krona|kronor|"
    # "Rs 38 crore", "CHF 12 million", "A$40 million": the sum's unit before or after it
    r"crores?|lakhs?|Rs\.?|INR|CHF|NOK|SEK|DKK|yuan|renminbi|RMB|lira|shekels?|"
    r"dirhams?|riyals?|zloty|forint|reais)\b",
    re.I,
)
_DATE_ASKED = re.compile(r"\b(?:dates?|deadlines?|timetable|timeline)\b", re.I)
_ISS_WORD = re.compile(r"\bISS\b")
_STATION_Q = re.compile(
    r"\b(?:iss|space\s+station|the\s+station|orbiting\s+lab|outpost|orbit|astronauts?|"
    r"cosmonauts?|crew)\b",
    re.I,
)

# "what's the name of the new rocket", "what is the tunnel called": a name is the answer
_NAME_Q = re.compile(
    r"\bname\s+of\b|\bwhat\b.{0,80}\b(?:called|named|nicknamed|known\s+as)\b", re.I
)
# Durations may be answered by dates ("how long will Russia stay?" … "until 2028").
# … and "how far will spending fall" is not a distance: units are required only for
# temperatures, weights and speeds.
_ANY_UNITS = frozenset({tp.measure("how long"), tp.measure("how far")})


def has_amount(text: str) -> bool:
    return bool(tp.NUMBER.search(text) or _AMOUNT_WORDS.search(text))


def other_iss(story: Story) -> bool:
    """A story where "ISS" is not the station (Institutional Shareholder Services, ISS
    A/S, the Institute for Security Studies): the detector found no station mention in
    a text that says "ISS"."""
    not_station = any(r.startswith("ISS not mentioned") for r in story.reasons)
    return not_station and bool(_ISS_WORD.search(story.title + "\n" + story.text))


def _its_iss(q: Question, story: Story) -> bool:
    """ "what did ISS recommend for orbion": the question names, besides "ISS", a thing
    no station story carries and this story does, so the ISS asked about is the story's."""
    text = story.title + "\n" + story.text
    names = [c for c in q.topic if not _STATION_WORD.fullmatch(c.text) and zipf(c.text) < 3.0]
    return bool(names) and all(re.search(rf"\b{re.escape(c.text)}\b", text, re.I) for c in names)


_STATION_WORD = re.compile(r"(?i)iss|station|space\s+station|the\s+station|outpost")


def only_the_beat(q: Question) -> bool:
    """ "latest on iss politics?", "any news on space station geopolitics": the topic is
    the station and the bot's beat, nothing narrower."""
    if not q.topic:
        return False
    words = [c.text.lower().removeprefix("the ").strip() for c in q.topic]
    return any(_STATION_Q.fullmatch(w) for w in words) and all(
        _STATION_Q.fullmatch(w) or w in _BEAT_WORDS for w in words
    )


# what the bot covers, said in general: no topic narrower than "the station's politics"
_BEAT_WORDS = frozenset(
    [
        "politics",
        "political",
        "geopolitics",
        "geopolitical",
        "diplomacy",
        "relations",
        "tensions",
        "situation",
        "news",
        "affairs",
        "developments",
        "drama",
        "row",
        "rows",
    ]
)


def asks_station(q: Question) -> bool:
    """The question is about the space station, and does not itself name another ISS
    ("the proxy adviser ISS", "the security studies think tank")."""
    if not _STATION_Q.search(q.text):
        return False
    hits, _ = scan(q.text)
    return not any(h.cat == "iss_other" for h in hits)


def asks_a_state(q: Question) -> bool:
    """ "anything new from russia?", "latest on japan": a state and nothing else, which on
    this beat means the state in the station's politics, not its launches or companies."""
    return len(q.topic) == 1 and bool(state_of(q.topic[0].text, any_case=True))


def sum_asked(q: Question) -> bool:
    """ "how much does the deorbit vehicle cost": a question a sum answers (see missing)."""
    return "money" in RULES and bool(_MONEY_Q.search(q.text)) and q.kind not in ("quote", "latest")


def money_about(q: Question, lead: str) -> bool:
    """Does a sentence of the lead give a sum of money and something the question asks
    about (besides the money words)? "How much does the rover cost?" is not answered by
    the agency's budget in the sentence before the rover's."""
    asked = tuple(c for c in q.topic if not _MONEY_Q.search(f"how much {c.text}"))
    # "how much was roscosmos offering portugal to rent the santa maria antenna": the sum
    # is for the thing, not for a place or party named ("commit €150 million … on the
    # island of Santa Maria")
    things = tuple(c for c in asked if not c.named)
    named = [c for c in asked if c.named]
    parts = _parts(lead)
    for k, sentence in enumerate(parts):
        if not _MONEY.search(sentence):
            continue
        st, st_set = indexed(sentence)
        found = [c for c in asked if c.weight_in(st, st_set)]
        if not asked or (found and not things):
            return True
        # "how much is argentina paying russia for the soyuz flight": a sum with none of the
        # parties or craft named, nor in the sentence before it, is another's ("an
        # American capsule would cost 65 million dollars")
        near = " ".join(parts[max(0, k - 1) : k + 1])
        nt, nt_set = indexed(near)
        if named and not any(c.weight_in(nt, nt_set) for c in named):
            continue
        if any(c in things and not _named_in(c.text, sentence) for c in found):
            return True
    return _priced_in_passage(asked, things, lead)


def _priced_in_passage(asked: tuple[Concept, ...], things: tuple[Concept, ...], lead: str) -> bool:
    """ "Al Hammadi would not disclose the price, which regional media have put at about
    $60 million": the sum's sentence names the thing by a back-reference ("the price"),
    the lead around it the thing itself. Every name asked and most
    of the things must be in the lead, and the sum must be a price, not a budget."""
    if not asked or not any(_MONEY.search(s) and _PRICE.search(s) for s in _parts(lead)):
        return False
    st, st_set = indexed(lead)
    named = [c for c in asked if c not in things]
    if not all(c.weight_in(st, st_set) for c in named):
        return False
    return sum(bool(c.weight_in(st, st_set)) for c in things) * 2 >= len(things)


def _parts(lead: str) -> list[str]:
    return re.split(r"(?<=[.!?”\"])\s+|\s…\s", lead)


# the price of the thing asked, referred back to: not "funding", "a budget", "the package
# was worth", which is another thing's
_PRICE = re.compile(r"\b(?:the|its|their)\s+(?:price|cost|fee)\b", re.I)


def _named_in(word: str, sentence: str) -> bool:
    """Does the sentence write the question's word only as (part of) a name ("Santa
    Maria" for "santa maria")?"""
    parts = word.split()
    capital = all(re.search(r"\b" + re.escape(p.capitalize()) + r"\b", sentence) for p in parts)
    return capital and not re.search(r"\b" + re.escape(parts[0].lower()), sentence)


# "who at OFAC is handling it": someone the answer places at that body
_WHO_AT = re.compile(r"\bwho\s+at\s+(?:the\s+)?", re.I)


def _outside_body(q: Question, lead: str, story_text: str) -> bool:
    """Asked who at a body, does every part of the lead that names a new person leave
    the body out? "NASA's deputy station programme manager, Dana Kirkby, said …" is not
    who at the Office of Foreign Assets Control."""
    m = _WHO_AT.search(q.text)
    if m is None:
        return False
    after = q.text[m.end() :].lower()
    body = next((c for c in q.topic if after.startswith(c.text.lower())), None)
    if body is None:
        return False
    for part in _parts(lead):
        if new_person(q, part, story_text) and body.weight_in(*indexed(part)):
            return False
    return True


NO_DATE_TO_COME = "future 'when' without a date to come"


def missing(q: Question, lead: str, story: Story) -> str | None:
    """Why ``lead`` (from ``story``) does not answer ``q``, or None when it may."""
    if "iss" in RULES and asks_station(q) and other_iss(story) and not _its_iss(q, story):
        return "story's ISS is not the station"
    # a past event may fall back on the story's own date, said as such; a future one not
    future = FUTURE_Q.search(q.text)
    if (
        "when" in RULES
        and q.kind == "when"
        and future
        and not has_future_date(lead, event(q), story_year(story))
    ):
        return NO_DATE_TO_COME
    if "date" in RULES and q.kind != "when" and _DATE_ASKED.search(q.text) and not has_date(lead):
        return "asked for a date, none given"  # "what did CSA say about the launch date"
    if "quantity" in RULES and q.kind == "quantity":
        if _NUMBER_Q.search(q.text) and not has_amount(lead):
            return "no number"
        if not _NUMBER_Q.search(q.text) and not (has_amount(lead) or has_date(lead)):
            return "no amount or date"
        if measures(q, lead) is False:  # "2,900 kg of supplies, … the water recovery system"
            return "no amount of what was asked"
    # "the latest on … how to split the cost of …" asks for news, not a sum
    if sum_asked(q) and not money_about(q, lead):
        return "asked for a sum, none given on it"
    person = "person" in RULES and asks_person(q)
    if person and not new_person(q, lead, story.text):
        return "asked for a person, none named beyond the question's"
    if person and _outside_body(q, lead, story.text):
        return "the person named is not placed at the body asked about"
    if "who" in RULES and undone(q, lead):
        return "the lead never speaks of the doing asked about"
    if "who" in RULES and predecessor_unnamed(q, lead):
        return "the lead never names whom they replaced"
    if person and named_predecessor(q, lead):
        return "the lead names whom they replaced, not who replaced them"
    if (
        "who" in RULES
        and q.kind == "who"
        and not new_name(q, lead, things=True)
        and not asks_identity(q)
    ):
        return "no name beyond the question's"
    if "name" in RULES and _NAME_Q.search(q.text) and not new_name(q, lead, things=True):
        return "asked for a name, none given beyond the question's"
    pending = still_to_come(q, story.text) if "pending" in RULES else None
    if pending is not None:
        return pending
    unnamed = unnamed_kind(q, story.text)
    # "filed a bill … The Orbital Cleanup Funding Act would …": named by its title
    if "unnamed" in RULES and unnamed is not None and not titled(unnamed, story.text):
        return f"story never names the {unnamed}"  # only ever "a Chinese company"
    absent = absent_kind(q, story.text)
    if "kind" in RULES and absent is not None:
        return f"story never mentions a {absent} at all"
    units = tp.measure(q.text) if q.kind == "quantity" else None
    if (
        "units" in RULES
        and units is not None
        and units not in _ANY_UNITS
        and not units.search(lead)
    ):
        return "no amount in the units asked for"
    head = asked_attribute(q)
    if (
        "attribute" in RULES
        and head is not None
        and not mentions((head,), story.text)
        # "what's the name of …" is answered by a story naming it, not saying "name"
        and not (head.text in NAMING_HEADS and names_something(q, story.text))
    ):
        return f"story never mentions the {head.text} asked for"
    said = "said" in RULES and q.kind == "said" and q.speaker_concepts
    if said and not speaks(q.speaker_concepts, lead):
        return "speaker is not the one speaking"
    return None


def asks_identity(q: Question) -> bool:
    """ "who is Anke Velthuis?": who a named person is, answered by how the story
    describes them ("an ESA spokesperson"), not by another name."""
    return (
        q.kind == "who"
        and bool(q.topic)
        and bool(_IDENTITY.match(q.text))
        and all(c.named or _name_like(c.text) for c in q.topic)
    )


NAME_LIKE_ZIPF = 3.8  # "calder" 3.1, "kessler" 3.2: a surname typed in lower case


def _name_like(word: str) -> bool:
    return word.isalpha() and zipf(word) < NAME_LIKE_ZIPF


_IDENTITY = re.compile(
    r"^(?:and\s+|so\s+)?who(?:'s|’s|s|\s+is|\s+was)\s+"
    r"(?!(?:the|a|an|this|that|his|her|their|its|our|your)\b)(?![^?]*\bof\b)"
    r"[^,;:]{2,60}?\s*\??$",
    re.I,
)
