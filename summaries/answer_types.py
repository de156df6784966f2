"""Does the chosen answer state the kind of fact the question asks for?

Coverage (the answer has the question's words) cannot tell "the story is about this" from
"the story says this": a "when will …" answered by a sentence with no date, a "how many"
by one with no number, a "who" by one naming only the people asked about, or "what did
X say" by someone else's words all look well covered. These checks run on the lead the
engine chose and return why it does not answer (the engine then declines), or None.
Each rule is general (question shape against answer text), none is keyed to a question.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from summaries import text_patterns as tp
from summaries.answer_speakers import phrase_stems, speaks, titles
from summaries.detect import scan
from summaries.gazetteer import speech_vocab
from summaries.generality import zipf
from summaries.models import Story
from summaries.question import Question
from summaries.retrieval import Concept, indexed, load_aliases, stems, tokens
from summaries.sentences import split_sentences

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

_FUTURE_Q = re.compile(
    r"\b(?:will|would|shall|going\s+to|gonna|plan(?:s|ned)?\s+to|expected\s+to|"
    r"scheduled|due\s+to|set\s+to|upcoming|next)\b"
    # "what date does the Dragon splash down": a date asked of an event in the present
    # tense is still to come ("when does …" is as often said of a past one)
    r"|\bwhat\s+(?:date|day)\s+(?:does|do)\b"
    # "when is the first launch from Duqm", "when are the experiments coming back": the
    # present tense of "be" asks when something is to happen
    r"|^(?:and\s+|so\s+)?when(?:['’]s|\s+is|\s+are)\b",
    re.I,
)
# A date stated as still to come: "will launch on Feb. 20", "is due in 2028",
# "by the end of the decade", "next month", "later this year".
_FUTURE_MARK = re.compile(
    r"\b(?:will|would|shall|could|may|might|likely|plans?|planned|planning|scheduled|due|"
    r"set\s+to|expects?|"
    r"expected|aims?|intends?|targets?|targeting|slated|to\s+launch|to\s+fly|to\s+be)\b",
    re.I,
)
_AHEAD = re.compile(
    r"\b(?:next\s+(?:week|month|year|spring|summer|autumn|fall|winter|decade)|later\s+this\s+"
    r"(?:week|month|year)|(?:by|until|before|through|after)\s+(?:the\s+end\s+of\s+)?(?:the\s+)?"
    r"(?:(?:19|20)\d\d|decade|" + tp._MONTH + r")|end\s+of\s+the\s+decade|"
    r"(?:in|from)\s+(?:early\s+|late\s+|mid-?)?(?:19|20)\d\d|(?:no\s+earlier|not\s+earlier|"
    r"no\s+later|not\s+before|as\s+early\s+as)\s+(?:than\s+)?(?:the\s+end\s+of\s+)?(?:(?:19|20)\d\d|"
    + tp._MONTH
    + r"))\b",
    re.I,
)
_DATE_WORDS = re.compile(
    r"\b(?:decade|end\s+of\s+the\s+(?:year|month)|(?:early|late|mid)[- ](?:19|20)\d\d|"
    r"spring|summer|autumn|winter|weeks?\s+(?:ago|later)|days?\s+(?:ago|later)|soon)\b",
    re.I,
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
    r"charged?|charging|bill(?:s|ed|ing)?|invoic\w*|fees?|fined?)\b|\b(?:price|cost)\s+(?:of|for|tag)\b"
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
# a "who" that asks for a person ("which official", "who replaced"), not an organisation
_PERSON_Q = re.compile(
    r"\b(?:officials?|spokes(?:man|woman|person)|astronauts?|cosmonauts?|backup|senators?|"
    r"pilots?|candidates?|nominees?|"
    r"congress(?:man|woman)|ministers?|ambassadors?|envoys?|governors?|diplomats?|"
    r"commanders?|commanded|replaced|succeeded|successor|name\s+of|named)\b",
    re.I,
)
_DATE_ASKED = re.compile(r"\b(?:dates?|deadlines?|timetable|timeline)\b", re.I)
_ISS_WORD = re.compile(r"\bISS\b")
_STATION_Q = re.compile(
    r"\b(?:iss|space\s+station|the\s+station|orbiting\s+lab|outpost|orbit|astronauts?|"
    r"cosmonauts?|crew)\b",
    re.I,
)


def has_date(text: str) -> bool:
    """A date or time expression, the story's dateline aside."""
    body = tp.DATELINE.sub("", text)
    return bool(tp.DATE.search(body) or _DATE_WORDS.search(body) or _AHEAD.search(body))


# "what's the name of the new rocket", "what is the tunnel called": a name is the answer
_NAME_Q = re.compile(
    r"\bname\s+of\b|\bwhat\b.{0,80}\b(?:called|named|nicknamed|known\s+as)\b", re.I
)
# "what was the verdict in …", "what's the outcome of …": the thing asked for
_ATTRIBUTE_Q = re.compile(
    r"^(?:so\s+|and\s+|ok\s+)?what(?:(?:['’]s|\s+is|\s+was|\s+were|\s+are)\s+the\s+([a-z]+)\b"
    # "what verdict did the jury reach", not "what phrase did he use" (the words are the answer)
    r"|\s+(?!(?:phrase|line|words?|term|else|kind|sort|type|role|part|impact|effect|reason|"
    r"message|point|argument|difference|exactly)\b)([a-z]+)\s+(?:did|does|do|has|have|had)\b)",
    re.I,
)


def _asked_attribute(q: Question) -> Concept | None:
    """The noun a "what was the X of/in …" question asks for, as a concept of the question."""
    m = _ATTRIBUTE_Q.search(q.text)
    if m is None or q.kind != "what":
        return None
    return _concept_of(q, m.group(1) or m.group(2))


def _concept_of(q: Question, word: str) -> Concept | None:
    """The question's concept written as ``word`` (by stem), if any."""
    key = tuple(stems(word))
    return next((c for c in q.topic if any(w[:1] == key for w, _, _ in c.phrases)), None)


# "which of the two officers did Roscosmos pick", "which of the four finalists got
# picked": one of several chosen, which a story saying the choice is still to come
# ("The choice, Roscosmos says, will be made after a year of training") cannot answer
_PICK_Q = re.compile(
    r"\bwhich\s+(?:one\s+)?of\b.{0,80}\b(?:picked|chosen|chose|selected|pick|choose|select|"
    r"won|named)\b",
    re.I,
)
# "what did the follow-up experiment find", "did the rider get through the markup": the
# result of something, which a story saying it is still to come cannot give
_OUTCOME_Q = re.compile(
    r"^(?:and\s+|so\s+)?(?:what\s+did\b.{3,80}\b(?:find|show|reveal|conclude|discover|"
    r"yield|turn\s+up)|(?:did|has|have)\b.{3,80}\b(?:get|got|gotten|go|gone|make|made)\s+"
    r"(?:it\s+)?(?:through|into)|(?:did|has|have)\b.{3,80}\b(?:pass|passed|survive|survived|"
    r"clear|cleared|vote|voted|confirm|confirmed|approve|approved|adopt|adopted|"
    # "did the jury convict …", "did he win his appeal": a verdict
    r"convict|convicted|acquit|acquitted|win|won|lose|lost|overturn|overturned|uphold|upheld)\b)",
    re.I,
)
_TO_COME = re.compile(
    r"\b(?:is|are)\s+(?:scheduled|due|set|expected|planned|slated)\s+(?:to|next|later)\b|"
    r"\b(?:would|will)\s+(?:seek|try|attempt)\s+to\b|"
    # "has ordered a technical inspection of …": ordered, not yet done
    r"\b(?:has|have)\s+(?:ordered|called\s+for|requested)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:inspection|review|investigation|audit|inquiry|study)\b|\b(?:is|are)\s+"
    r"(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|tomorrow|"
    r"next\s+(?:week|month))\b|\bhas\s+not\s+(?:yet\s+)?(?:been\s+)?(?:held|voted|published)\b",
    re.I,
)


def _outcome_to_come(q: Question, story_text: str) -> bool:
    """A sentence of the story says the thing whose outcome is asked about is still to come:
    it carries two of the question's plain words ("follow-up experiment", "subcommittee
    markup"), or one and two names ("deep-space station in Neuquén", Chinese), and a time
    ahead ("is scheduled to fly in 2027", "is Tuesday", "has ordered an inspection")."""
    for s, e in split_sentences(story_text):
        sentence = story_text[s:e]
        still_open = _STILL_OPEN.search(sentence)
        if still_open or _TO_COME.search(sentence):
            st, st_set = indexed(sentence)
            found = [c for c in q.topic if c.weight_in(st, st_set)]
            plain = sum(1 for c in found if not c.named)
            if plain >= 2 or (plain and (len(found) >= 3 or still_open)):
                return True
    return False


# "The trial continues.", "The defence will appeal.": a case whose outcome is still open;
# one of the question's plain words ("trial", "appeal") is enough to tie it to the question
_STILL_OPEN = re.compile(
    r"\b(?:trial|hearing|case|appeal|inquiry)\s+(?:continues|resumes|(?:is|was)\s+adjourned)\b|"
    r"\b(?:will|would|plans?\s+to|intends?\s+to|(?:is|are)\s+expected\s+to)\s+appeal\b",
    re.I,
)


_PENDING = re.compile(
    r"\b(?:choice|selection|decision|pick|winner)\b[^.;]{0,40}\b(?:will\s+be|is\s+to\s+be|is\s+"
    r"expected\s+to\s+be|has\s+not\s+(?:yet\s+)?been)\b|\b(?:yet\s+to|not\s+yet)\s+(?:be\s+)?"
    r"(?:choose|chosen|pick|picked|select|selected|decide|decided|announce|announced)\b",
    re.I,
)


# "which Chinese company made …", "who was the Roscosmos deputy who told …", "which
# Bengaluru institute developed …": the noun naming the one asked for, before the clause
# that says what they did
_ASKED_ONE = re.compile(
    r"^(?:and\s+|so\s+)?(?:which|who\s+(?:was|is|were|are)\s+the)\s+"
    r"(?:(?!(?:on|of|in|at|with|from|for|the|a|an|to|and)\b)[\w’'-]+\s+){0,3}?"
    r"([a-z]+)\s+(?:who|that|which|whose|did|does|do|was|is|were|had|has|made|makes|built|"
    r"told|said|wrote|sold|supplied|ran|runs|led|"
    # "the Turkish researcher chosen for the visit": the one picked, not the one picking
    r"(?:chosen|picked|selected|tapped)\s+(?:for|to|as)|(?P<done>[a-z]{3,}ed))\b",
    re.I,
)
_INDEFINITE = re.compile(r"\b(?:a|an|one|another|some)\s+(?:[\w’'-]+\s+){0,2}$", re.I)


def _unnamed_kind(q: Question, story_text: str) -> str | None:
    """The noun asked for when the story only ever speaks of "a Chinese company" or "a
    Roscosmos deputy": it never says which one, so no name in the answer can be it."""
    if q.kind not in ("who", "what"):
        return None
    m = _ASKED_ONE.search(q.text)
    if m is None:
        # "whats the name of the antonov test pilot ukraine wants to fly": any of its words
        named = _NAME_OF.search(q.text)
        words = named.group(1).lower().split() if named else []
        return next(
            (w for w in reversed(words) if w.isalpha() and _never_named(w, story_text)), None
        )
    noun = m.group(1).lower()
    if m.group("done") and noun in speech_vocab()["roles"]:
        return None  # "which senator wanted …": people are named as "Sen. Hastings" too
    return noun if _never_named(noun, story_text) else None


_NAME_OF = re.compile(
    r"\bname\s+of\s+(?:the|that|this|their|its)\s+((?:[\w’'-]+\s+){0,3}[\w’'-]+)", re.I
)


def _never_named(noun: str, story_text: str) -> bool:
    """Does the story speak of ``noun`` only as "a …" with no name beside it?"""
    if noun in {"one", "ones", "of"} or zipf(noun) > 6.0:
        return False
    found = list(re.finditer(r"\b" + re.escape(noun) + r"(?:s|es)?\b", story_text, re.I))
    if not found:
        return False
    for f in found:
        before = story_text[max(0, f.start() - 60) : f.start()]
        indefinite = _INDEFINITE.search(before)
        if not indefinite or _NAMED_BESIDE.search(before[: indefinite.start()]):
            return False  # "the company", or "Canadarm3, a robotic arm"
        if _NAME_AFTER.match(story_text, f.end()) or _NAMED_NEXT.match(story_text, f.end()):
            return False  # "a Moscow consultancy analyst, Ivan Kholodov"
    return True


_NAMED_BESIDE = re.compile(r"[A-Z][\w’'-]*,?\s+(?:(?:is|was|as)\s+)?$")
# "a member of Russia's parliament tied … . Viktor Sedykh, deputy chair of …, told": the
# next sentence opens by naming the one just introduced
_NAMED_NEXT = re.compile(r"[^.!?\n]*[.!?]\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+,")
_NAME_AFTER = re.compile(r"(?:s|es)?(?:,\s+[A-Z]|\s+(?:called|named|known\s+as)\b|\s+[A-Z][a-z])")


# "which university built …", "what's the name of Lebedev's backup": the kind of thing
# or person asked for must appear in the story, or the story cannot say which one
_WHICH = re.compile(r"\bwhich\s+([a-z]+)\b|\bname\s+of\s+(?:[\w’'-]+['’]s\s+)?([a-z]+)\b", re.I)


# "who's the backup for the russian cosmonaut …": the one holding that place
_WHO_THE = re.compile(
    r"^(?:and\s+|so\s+)?who(?:['’]s|\s+is|\s+was|\s+will\s+be|\s+would\s+be)\s+the\s+"
    r"([a-z]+)\s+(?:for|of|to|on|behind|in)\b",
    re.I,
)
# places a crew or an office keeps for someone else
_POSITIONS = frozenset(["backup", "successor", "replacement", "understudy"])


def _absent_kind(q: Question, story_text: str) -> str | None:
    m = _WHICH.search(q.text)
    who = _WHO_THE.search(q.text) if m is None else None
    if (m is None and who is None) or q.kind not in ("who", "what"):
        return None
    typed = (m.group(1) or m.group(2)).lower() if m else who.group(1).lower()
    kind = typed.rstrip("s")
    if who is not None and kind not in _POSITIONS:
        return None  # "who is the head of …": a story may say "chief"
    if who is None and kind not in _KINDS | speech_vocab()["roles"] and typed not in _KINDS:
        return None  # "which capital": the story names the city without the word
    c = _concept_of(q, typed)
    if c is None or c.named or _mentions((c,), story_text):
        return None
    return c.text


# Organisations a "which …" may ask for; people go by speech.toml's roles ("senator").
_KINDS = frozenset(
    [
        "university",
        "company",
        "firm",
        "institute",
        "agency",
        "lab",
        "laboratory",
        "contractor",
        "bank",
        "ministry",
        "department",
        "committee",
        "court",
        "backup",
    ]
)
# Durations may be answered by dates ("how long will Russia stay?" … "until 2028").
# … and "how far will spending fall" is not a distance: units are required only for
# temperatures, weights and speeds.
_ANY_UNITS = frozenset({tp.measure("how long"), tp.measure("how far")})


def future_when(q: Question) -> bool:
    """ "When will …", "when's it likely to happen": a date still to come is asked for."""
    return q.kind == "when" and bool(_FUTURE_Q.search(q.text) or _LIKELY.search(q.text))


_LIKELY = re.compile(r"\b(?:likely|expected|supposed|due)\b", re.I)


def has_future_date(text: str, event: tuple[Concept, ...] = (), since: int | None = None) -> bool:
    """A date stated as still to come: an "ahead" phrase, or a date with a future marker
    (will, due, scheduled …) shortly before it in the same sentence ("docked on Thursday,
    … that will include" is a past date). With ``event`` (what the question asks the date
    of), the sentence or the one just before it must mention one of them: "the ISS
    retires by 2030" does not date the launch of a Tiangong module, but "… one of whom
    will fly on a Soyuz. We are talking about the period after 2027" dates the flight.
    A lead's parts are joined by " … "; "from Jan. 1 next year" is one sentence. With
    ``since`` (the year the story was written), "cut from the syllabus in 2023" in a 2025
    story is past, not ahead."""
    for part in re.split(r"\s…\s", tp.DATELINE.sub("", text)):
        previous = ""
        for start, end in split_sentences(part):
            sentence = part[start:end]
            about = not event or _mentions(event, sentence) or _mentions(event, previous)
            previous = sentence
            if about and _dated_ahead(sentence, since):
                return True
    return False


def _mentions(concepts: tuple[Concept, ...], text: str) -> bool:
    st, st_set = indexed(text)
    return any(c.weight_in(st, st_set) for c in concepts)


def _dated_ahead(sentence: str, since: int | None = None) -> bool:
    for m in _AHEAD.finditer(sentence):
        if not _before(m.group(0), since):
            return True
    for m in tp.DATE.finditer(sentence):
        before = sentence[max(0, m.start() - 80) : m.start()]
        if _FUTURE_MARK.search(before) and not _before(m.group(0), since):
            return True
    return False


def _before(date: str, since: int | None) -> bool:
    """A year earlier than the story's own ("in 2023" written in 2025)."""
    years = tp.YEAR_IN.findall(date)
    return since is not None and bool(years) and all(int(y) < since for y in years)


def story_year(story: Story) -> int | None:
    """The year the story was published, when known."""
    m = tp.YEAR_IN.match(story.published or story.first_seen or "")
    return int(m.group(1)) if m else None


def has_amount(text: str) -> bool:
    return bool(tp.NUMBER.search(text) or _AMOUNT_WORDS.search(text))


def new_person(q: Question, text: str, story_text: str = "") -> bool:
    """Does the text name a person the question does not: a known one, or a first name and
    surname (here or, for a surname alone, elsewhere in the story)? "Korolyov" or
    "Russian" alone is a place or a people, not the official asked for."""
    aliases = load_aliases()
    return any(
        not _a_thing(name) and (aliases.person(name) or " " in name or _full_name(name, story_text))
        for name in _other_names(q, text)
    )


def _a_thing(name: str) -> bool:
    """A known thing ("Soyuz"), or an institution or place by its first or last word."""
    return bool(
        load_aliases().is_thing(name) or _THING_HEAD.search(name) or _THING_START.match(name)
    )


# "Northern Plains University", "Pacific Ocean", "Gagarin Cosmonaut Training Centre": two
# capitalised words that end in an institution or a place are not a first name and surname.
_THING_HEAD = re.compile(
    r"[ -](?:University|College|Institute|Academy|School|Agency|Administration|Centre|Center|"
    r"Office|Ministry|Committee|Commission|Council|Parliament|Senate|Court|Embassy|Company|"
    r"Corporation|Industries|Group|Systems|Aerospace|Laboratory|Lab|Program|Programme|"
    r"Station|Module|Cosmodrome|Base|Ocean|Sea|Gulf|Bay|River|Lake|Island|Islands|Desert|"
    r"Mountains|Region|Province|State|States|City|Republic|Union|Federation|Kingdom)$"
)
_THING_START = re.compile(
    r"(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower|"
    r"Mount|Lake|Cape|Port|Fort|International|National|European|American)\b"
)


def titled_person(q: Question, text: str) -> bool:
    """Does the text name a person the question does not, by a first name and surname
    next to a title or role: "astronaut Ryo Takeda", "Commander Alexei Ovrashko", "Lisa
    Campbell, president of …", "said Dr. Leah Okonkwo-Baptiste"?"""
    for name in _other_names(q, text):
        if " " not in name or _a_thing(name):
            continue
        for m in re.finditer(re.escape(name), text):
            before = text[max(0, m.start() - 40) : m.start()].lower().split()
            after = text[m.end() : m.end() + 50].lower()
            if before and (before[-1].strip(".,") in titles() or before[-1] in _SAID):
                return True
            head = re.match(r"\s*,\s+(?:the\s+|a\s+|an\s+)?([\w -]+)", after)
            if head and any(w in titles() for w in head.group(1).split()[:4]):
                return True
            if re.match(r"\s+(?:said|says|told|wrote|added)\b", after):
                return True
    return False


_SAID = frozenset({"said", "says", "told", "wrote", "added", "by"})


def _full_name(surname: str, story_text: str) -> bool:
    for m in re.finditer(r"\b([A-Z][a-z]+) " + re.escape(surname) + r"\b", story_text):
        if not tp.NOT_A_NAME.match(m.group(1)):
            return True
    return False


def asks_person(q: Question) -> bool:
    """ "Which senator", "who replaced Borisov": a person is the answer, not an agency."""
    return q.kind == "who" and bool(_PERSON_Q.search(q.text))


def person_roles(q: Question) -> set[int]:
    """The question's concepts that describe the person asked for ("senator", "official"):
    a sentence naming someone else's role names someone else."""
    if not asks_person(q):
        return set()
    return {i for i, c in enumerate(q.topic) if _PERSON_Q.search(c.text)}


def new_name(q: Question, text: str, *, things: bool = False) -> bool:
    """Does the text name someone the question does not? "Who replaced Borisov?" is
    answered by the sentence with another name in it, not by one about Borisov alone."""
    aliases = load_aliases()
    return any(things or not aliases.is_thing(name) for name in _other_names(q, text))


def _other_names(q: Question, text: str) -> Iterator[str]:
    """Capitalised names in the text that share no word with the question and are not a
    capitalised function word or title ("The", "President")."""
    aliases = load_aliases()
    asked = phrase_stems(q.topic)
    for m in tp.PERSON.finditer(text):
        name = m.group(0)
        words = stems(name)
        # "Cosmonaut Pavel Ilyin" opening a sentence: the title asked about is not the name
        lead = 0
        while lead < len(words) - 1 and words[lead] in asked:
            lead += 1
        if lead:
            name, words = " ".join(tokens(name)[lead:]), words[lead:]
        if (
            words
            and not (set(words) & asked)
            and words[0] not in aliases.stopwords
            and not tp.NOT_A_NAME.match(name)
        ):
            yield name


def other_iss(story: Story) -> bool:
    """A story where "ISS" is not the station (Institutional Shareholder Services, ISS
    A/S, the Institute for Security Studies): the detector found no station mention in
    a text that says "ISS"."""
    not_station = any(r.startswith("ISS not mentioned") for r in story.reasons)
    return not_station and bool(_ISS_WORD.search(story.title + "\n" + story.text))


def asks_station(q: Question) -> bool:
    """The question is about the space station, and does not itself name another ISS
    ("the proxy adviser ISS", "the security studies think tank")."""
    if not _STATION_Q.search(q.text):
        return False
    hits, _ = scan(q.text)
    return not any(h.cat == "iss_other" for h in hits)


def money_about(q: Question, lead: str) -> bool:
    """Does a sentence of the lead give a sum of money and something the question asks
    about (besides the money words)? "How much does the rover cost?" is not answered by
    the agency's budget in the sentence before the rover's."""
    asked = tuple(c for c in q.topic if not _MONEY_Q.search(f"how much {c.text}"))
    for sentence in re.split(r"(?<=[.!?”\"])\s+|\s…\s", lead):
        if not _MONEY.search(sentence):
            continue
        st, st_set = indexed(sentence)
        if not asked or any(c.weight_in(st, st_set) for c in asked):
            return True
    return False


def event(q: Question) -> tuple[Concept, ...]:
    """The question's plain words ("launch", "expansion module"): what happens, as
    opposed to who or where, which the whole story may be about; and a numbered mission
    ("Crew-6", "MS-27"), which is one event however the story words it ("return to
    Earth" for "splash down")."""
    return tuple(c for c in q.topic if not c.named or _NUMBERED.search(c.text)) or q.topic


_NUMBERED = re.compile(r"[a-z][- ]?\d", re.I)


def missing(q: Question, lead: str, story: Story) -> str | None:
    """Why ``lead`` (from ``story``) does not answer ``q``, or None when it may."""
    if "iss" in RULES and asks_station(q) and other_iss(story):
        return "story's ISS is not the station"
    # a past event may fall back on the story's own date, said as such; a future one not
    future = _FUTURE_Q.search(q.text)
    if (
        "when" in RULES
        and q.kind == "when"
        and future
        and not has_future_date(lead, event(q), story_year(story))
    ):
        return "future 'when' without a date to come"
    if "date" in RULES and q.kind != "when" and _DATE_ASKED.search(q.text) and not has_date(lead):
        return "asked for a date, none given"  # "what did CSA say about the launch date"
    if "quantity" in RULES and q.kind == "quantity":
        if _NUMBER_Q.search(q.text) and not has_amount(lead):
            return "no number"
        if not _NUMBER_Q.search(q.text) and not (has_amount(lead) or has_date(lead)):
            return "no amount or date"
    # "the latest on … how to split the cost of …" asks for news, not a sum
    money = "money" in RULES and _MONEY_Q.search(q.text) and q.kind not in ("quote", "latest")
    if money and not money_about(q, lead):
        return "asked for a sum, none given on it"
    person = "person" in RULES and asks_person(q)
    if person and not new_person(q, lead, story.text):
        return "asked for a person, none named beyond the question's"
    if "who" in RULES and q.kind == "who" and not new_name(q, lead, things=True):
        return "no name beyond the question's"
    if "name" in RULES and _NAME_Q.search(q.text) and not new_name(q, lead, things=True):
        return "asked for a name, none given beyond the question's"
    if "pending" in RULES and _PICK_Q.search(q.text) and _PENDING.search(story.text):
        return "the choice asked about is still to come"  # "will be announced in June"
    if "pending" in RULES and _OUTCOME_Q.search(q.text) and _outcome_to_come(q, story.text):
        return "the outcome asked about is still to come"  # "Subcommittee markup is Tuesday."
    unnamed = _unnamed_kind(q, story.text)
    if "unnamed" in RULES and unnamed is not None:
        return f"story never names the {unnamed}"  # only ever "a Chinese company"
    absent = _absent_kind(q, story.text)
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
    head = _asked_attribute(q)
    if "attribute" in RULES and head is not None and not _mentions((head,), story.text):
        return f"story never mentions the {head.text} asked for"
    said = "said" in RULES and q.kind == "said" and q.speaker_concepts
    if said and not speaks(q.speaker_concepts, lead):
        return "speaker is not the one speaking"
    return None
