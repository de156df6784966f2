"""Text patterns shared by the answer modules: dates, places, causes, amounts, speech,
names. They describe sentences of stories, not questions (question.py parses those)."""

from __future__ import annotations

import re

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_YEAR = r"(?<![A-Za-z]-)(?:19|20)\d\d\b(?!-[A-Za-z])"  # not "Army-2022", "2030-ready"
DATE = re.compile(
    r"\b(?:" + _MONTH + r"\s+\d{1,2}\b|\d{1,2}\s+" + _MONTH + r"|(?:in|by|until|from|since|"
    r"through|after|before|of|to|end\s+of)\s+(?:\w+\s+)?(?:19|20)\d\d\b|" + _YEAR + r"|"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|tonight|"
    r"last\s+(?:week|month|year)|next\s+(?:week|month|year)|this\s+(?:week|month|year)|"
    r"(?:in|since|until|by)\s+" + _MONTH + r")",
)
EXPLICIT_DATE = re.compile(
    r"\b(?:" + _MONTH + r"\s+\d{1,2}\b|\d{1,2}\s+" + _MONTH + r"|" + _YEAR + ")"
)
# "posed on Tuesday": in a news story, a day of its own week, as good as a written date
WEEKDAY_DATE = re.compile(r"\bon\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
YEAR_IN = re.compile(r"\b((?:19|20)\d\d)\b")
MONTH_IN = re.compile(
    r"\b(January|February|March|April|June|July|August|September|October|November|December)\b"
)
PLACE = re.compile(
    r"\b(?:is|are|was|were|lies|sits)\s+(?:in|on|at|inside|near|between|under)\b|\blocated\b|"
    r"\bconnects?\b|\bbased\s+in\b|\bfrom\s+the\b|\b(?:takes?|took)\s+place\s+in\b|\bheld\s+in\b",
    re.I,
)
CAUSE = re.compile(
    # "due to the leak", not "due to return at the end of the month": a timetable
    r"\b(?:because|due\s+to(?!\s+(?:be|return|launch|lift|begin|start|arrive|fly|dock|undock|"
    r"land|leave|depart|open|close|end|expire|take|make|meet|visit|vote|sign|go|come|resume|"
    r"complete|reach|enter|hold|present|report|deliver|travel|replace|retire|spend|stay|"
    r"remain|testify|appear|publish|announce|decide|rule|issue|receive|join|head|move)\b)|"
    r"owing\s+to|as\s+a\s+result|in\s+response|in\s+retaliation|"
    # "following the leak", not "the following is a transcript", "the following week"
    r"response\s+to|over\s+the|amid|after\s+the|(?<!the\s)following(?!\s+(?:day|week|month|"
    r"year|morning|evening|night)s?\b)|so\s+that|in\s+order\s+to|reason|"
    # "since the sanctions", not "since the Shuttle era" or "the first review since the
    # facility opened in 2017": a time, no cause
    r"caused|since\s+the(?!\s+(?:[\w-]+\s+){0,2}?(?:era|days|start|beginning|time|age|"
    r"1\d\d0s|20\d0s)\b)(?!\s+(?:[\w’'-]+\s+){1,3}?(?:began|begun|started|opened|ended|"
    r"launched|(?:was|were)\s+(?:founded|built|launched|opened|created|established|set\s+up)|"
    r"came\s+into)\b)|blamed|citing|cited|given\s+that|depends?\s+on|relies\s+on|"
    r"because\s+of|aimed\s+at|to\s+protest|in\s+protest|sanctions?|retaliat\w+|reprisals?\s+(?:for|against)|"
    r"traced\s+(?:[\w’'-]+\s+){0,4}?to|triggered\s+by|prompted\s+by|root\s+cause|causes?\s+of|"
    r"the\s+result\s+of|stem(?:s|med)\s+from|attributed\s+to|driven\s+(?:\w+\s+)?by|"
    r"concluded\s+that|would\s+otherwise|to\s+(?:verify|ensure|make\s+sure)|"
    # the reason someone gives: "arguing that data … would pass through Russian ground
    # stations", "on the grounds that", "concerned that"
    r"argu(?:ing|ed|es)\s+that|on\s+the\s+grounds\s+that|(?:concerns?|concerned|worried|"
    r"fears?|feared)\s+that|"
    # what something is held up by, or the snag itself: "still waiting for US export
    # licences", "the only hiccup had been a stuck bolt"
    r"(?:still\s+)?waiting\s+for|awaiting|held\s+up\s+by|blocked\s+by|hiccups?|snags?|glitch|"
    # what it is for: "the relocation clears the way for the arm to capture a cargo ship"
    r"(?:clear|clears|cleared|clearing|pave|paves|paved|paving)\s+the\s+way)\b",
    re.I,
)
SPEECH = re.compile(
    r"\b(?:said|says|told|stated|wrote|tweeted|posted|warned|added|argued|claimed|announced|"
    r"declared|insisted|noted|replied|responded|threatened|according\s+to|statement|letter|"
    r"interview|telegram|twitter|remarks|comments?)\b|[\"“”]",
    re.I,
)
PRONOUN_SPEECH = re.compile(
    r"\b(?:he|she|they)\s+(?:said|asked|wrote|added|told|argued|warned|insisted|noted|"
    r"continued|replied|posted)\b|\b(?:said|asked|wrote|added)\s+(?:he|she|they)\b",
    re.I,
)
NUMBER = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|dozen|hundred|thousand|million|billion|half)\b",
    re.I,
)
# a count written out, too long to be "one of them" ("it came to twenty-six")
COUNT_WORDS = re.compile(
    r"\b(?:eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
    r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?\b",
    re.I,
)
AMOUNT = re.compile(
    r"(?:[$€£]\s?\d|\d[\d,.]*\s*(?:%|percent|per\s+cent|tonnes?|tons?|kg|kilograms?|days?|weeks?|"
    r"months?|years?|hours?|minutes?|km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|billion|million|"
    r"dollars?|rubles?|roubles?|euros?|people|astronauts|cosmonauts|seats?|flights?|modules?))",
    re.I,
)
_COUNT = (
    r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    r"twenty|thirty|forty|fifty|sixty|ninety|hundred|a|an|several|a\s+few|half\s+an?)"
)
# What a "how hot / far / long / fast / heavy" question measures, and the units it is
# answered in: "30 degrees", "about 500 metres", "three minutes", "two kilometres a month".
MEASURES = (
    (
        re.compile(r"\bhow\s+(?:hot|cold|warm)\b|\btemperature", re.I),
        re.compile(r"\d\s*(?:°|degrees?)|\bdegrees?\s+(?:celsius|fahrenheit)", re.I),
    ),
    (
        re.compile(
            r"\bhow\s+(?:far|high|low|deep|close|tall|wide|much\s+(?:higher|lower))\b|"
            r"\bhow\s+much\b.{0,40}\b(?:climb|rais|rise|rose|lift|boost|drop|descend|sink|sank)",
            re.I,
        ),
        re.compile(
            _COUNT + r"[\s-]+(?:km|kilomet(?:re|er)s?|met(?:re|er)s?|miles?|feet|ft|degrees?)\b",
            re.I,
        ),
    ),
    (
        re.compile(r"\bhow\s+(?:long|many\s+(?:days|hours|minutes|weeks|months|years))\b", re.I),
        re.compile(
            _COUNT + r"[\s-]+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b", re.I
        ),
    ),
    (
        re.compile(r"\bhow\s+(?:fast|quickly)\b|\bspeed\b|\brate\b", re.I),
        re.compile(
            r"\b(?:a|an|per|each|every)\s+(?:second|minute|hour|day|week|month|year)\b|km/h|mph|km/s",
            re.I,
        ),
    ),
    (
        re.compile(
            r"\bhow\s+heavy\b|\bweigh|\bhow\s+much\s+(?:cargo|fuel|propellant|water|supplies|food)\b",
            re.I,
        ),
        re.compile(_COUNT + r"[\s-]+(?:tonnes?|tons?|kilograms?|kg|pounds|lb)\b", re.I),
    ),
    (  # "how big was the piece of fairing": a length or a mass, not a date or a count
        re.compile(r"\bhow\s+big\b|\bwhat\s+size\b", re.I),
        re.compile(
            _COUNT + r"[\s-]+(?:centimet(?:re|er)s?|cm|met(?:re|er)s?|m|feet|foot|ft|inch(?:es)?|"
            r"tonnes?|tons?|kilograms?|kg|pounds|lb)\b|\bthe\s+size\s+of\b|"
            r"[$€£]\s?\d|\d[\d,.]*\s*(?:%|percent|per\s+cent|million|billion)",  # "a big cut"
            re.I,
        ),
    ),
)


def measure(question: str) -> re.Pattern[str] | None:
    """The units a measuring question is answered in, or None."""
    return next((units for asks, units in MEASURES if asks.search(question)), None)


# "MOSCOW -", "BAIKONUR (S&O) -", "BAIKONUR, Kazakhstan, July 14 (SWS) —": where and when
# a story was filed
DATELINE = re.compile(r"^[A-Z][A-Z .'’/-]+(?:\([A-Z&]+\))?(?:,[^—–\n]{1,48}?)?\s*[-–—]\s+")
NEXT_STEP = re.compile(
    r"\b(?:will|would|could|plans?|planned|planning|expects?|expected|scheduled|due|next|"
    r"now|aims?|intends?|working\s+on)\b",
    re.I,
)
# a refusal told in a phrase: "turned the request down", "rebuffed"
REFUSAL = r"rebuffed|turned\s+(?:[\w'’-]+\s+){0,3}?down"
# the manner a "how" asks for ("with a mallet", "by sending notes"); "will", "would" or
# "engines" tell a plan or a topic, not how it is done
MEANS = re.compile(r"\b(?:by|through|using|via|with)\b", re.I)
NEEDS_ANTECEDENT = re.compile(
    r"^[\"“]?(?:He|She|They|It|This|That|These|Those|The\s+move|The\s+decision|But|However|"
    r"Instead|Such)\b"
)
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*")
# "Bakanov", "Jasmin Moghbeli", "Nasser al-Rashidi", "Jeroen van der Berg"
# (accented letters too: "Lucía Morales", "Joëlle Martin-Lavoie")
_UP, _LOW = "[A-ZÀ-ÖØ-Þ]", "[a-zß-öø-ÿ]"
PERSON = re.compile(
    rf"\b{_UP}{_LOW}+(?:[- ](?:(?:al|el|bin|ibn|van|von|der|den|de|del|da|di|dos|du|la|le)"
    rf"[- ])*{_UP}{_LOW}+)*\b"
)
NOT_A_NAME = re.compile(
    r"(?:The|A|An|In|On|At|But|And|He|She|They|It|This|That|His|Her|Their|Its|When|After|"
    r"Before|Under|Since|While|If|As|For|With|Despite|According|Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|"
    r"September|October|November|December|President|Prime|Minister|Director|General|"
    r"Commander|Deputy|Secretary|Administrator|Chief|Head|Dr|Mr|Ms|Mrs)$"
)
_AGENCY = re.compile(
    r"\b(?:NASA|Roscosmos|ESA|JAXA|CSA|Kremlin|SpaceX|Boeing|Russia|Russian|United States|"
    r"U\.S\.|Japan|Canada|Europe|China|Ukraine)\b"
)


def names_someone(text: str) -> bool:
    """Does the sentence name a person or organisation (beyond its first word)?"""
    return bool(_AGENCY.search(text) or _NAME.search(text[1:]))


# A closed quotation, straight or curly: left out where a sentence's own words are read.
QUOTED = re.compile(r"[“\"][^”\"]*[”\"]")
