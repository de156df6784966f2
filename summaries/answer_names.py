"""Does an answer name a person, or anyone, the question does not already name?

"Who replaced Borisov" is not answered by a sentence about Borisov alone, nor "which
senator" by one naming only an agency or a place: the answer must bring a new name, and
for a person a first name and surname ("Korolyov" alone is a place). The answer checks
(``answer_types``), the lead picker and the role and count checks share these.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from summaries import text_patterns as tp
from summaries.answer_speakers import phrase_stems, titles
from summaries.question import _SAY, Question
from summaries.retrieval import load_aliases, stems, tokens

# a "who" that asks for a person ("which official", "who replaced"), not an organisation
_PERSON_Q = re.compile(
    r"\b(?:officials?|spokes(?:man|woman|person)|astronauts?|cosmonauts?|backup|senators?|"
    r"pilots?|candidates?|nominees?|"
    r"congress(?:man|woman)|ministers?|ambassadors?|envoys?|governors?|diplomats?|"
    r"commanders?|commanded|replaced|succeeded|successor|name\s+of|named)\b"
    # "who signed for the russian side", "who at roscosmos signed", "who posted the photo":
    # what people do (not "which company signed", whose head says what answers)
    r"|\bwho\s+(?:[\w’'-]+\s+){0,2}?(?:signed|posted|tweeted|led|put\s+pen)\b"
    # "who at OFAC is handling it": someone inside the body, not the body
    r"|\bwho\s+at\b",
    re.I,
)


def new_person(q: Question, text: str, story_text: str = "") -> bool:
    """Does the text name a person the question does not: a known one, or a first name and
    surname (here or, for a surname alone, elsewhere in the story)? "Korolyov" or
    "Russian" alone is a place or a people, not the official asked for."""
    aliases = load_aliases()
    return any(
        not a_thing(name) and (aliases.person(name) or " " in name or _full_name(name, story_text))
        for name in other_names(q, text)
    )


def a_thing(name: str) -> bool:
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
    for name in other_names(q, text):
        if " " not in name or a_thing(name):
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


def surname_in_full(surname: str) -> re.Pattern:
    """A first name before the surname: "Khalid al-Mansouri" for "al-Mansouri", a particle
    joined to the surname."""
    return re.compile(r"\b([A-Z][a-z]+) (?:[a-z]{1,3}[-’'])?" + re.escape(surname) + r"\b")


def _full_name(surname: str, story_text: str) -> bool:
    for m in re.finditer(r"\b([A-Z][a-z]+) " + re.escape(surname) + r"\b", story_text):
        if not tp.NOT_A_NAME.match(m.group(1)):
            return True
    return False


def asks_person(q: Question) -> bool:
    """ "Which senator", "who replaced Borisov", "what's the name of Lebedev's backup": a
    person is the answer, not an agency."""
    if q.kind == "who":
        return bool(_PERSON_Q.search(q.text))
    return bool(_NAME_OF_PERSON.search(q.text))


# "whats the name of lebedev's backup cosmonaut", "the name of the antonov test pilot":
# the person holding the role, named beyond the question (not "the name of the bill the
# congressman brought", whose head is the bill)
_NAME_OF_PERSON = re.compile(
    r"\bname\s+of\s+(?:(?:the|that|this|their|its|his|her)\s+|[\w’'-]+['’]s\s+)?"
    r"(?:(?!(?:the|a|an|that|this|who|which)\b)[\w-]+\s+){0,3}?"
    r"(?:officials?|spokes(?:man|woman|person)|astronauts?|cosmonauts?|backup|senators?|"
    r"pilots?|candidates?|nominees?|ministers?|ambassadors?|envoys?|commanders?|successor)\b",
    re.I,
)


# "who replaced Bakanov": the one who came after him, which a lead saying "Bakanov …
# replaced Yuri Borisov" does not give (it names the one before)
_SUCCESSION_Q = re.compile(
    r"\bwho\s+(?:replaced|succeeded|took\s+over\s+from|came\s+after)\s+([\w’'-]+)", re.I
)
_SUCCEEDS = r"[^.;]{0,80}?\b(?:replaced|replaces|succeeded|succeeds|took\s+over\s+from)\b"


# "who did zimin replace at roscosmos": whom they replaced, which "Zimin, who took over
# Roscosmos in 2025" does not say
_PREDECESSOR_Q = re.compile(
    r"\bwho\s+(?:did|has|had)\s+([\w’'-]+)\s+(?:replace|succeed|take\s+over\s+from|follow)\b",
    re.I,
)


def predecessor_unnamed(q: Question, lead: str) -> bool:
    """Asked whom someone replaced, does the lead leave the predecessor unnamed?"""
    m = _PREDECESSOR_Q.search(q.text)
    if m is None:
        return False
    who = re.escape(m.group(1))
    return not re.search(
        rf"\b{who}\b[^.;]{{0,120}}?{_NAMES_ONE}|{_NAMES_ONE}[^.;]{{0,60}}?\b{who}\b", lead, re.I
    )


# a succession verb or noun and, within the clause, a capitalised name
_NAMES_ONE = (
    r"\b(?:replac(?:ed|es|ing)|succeed(?:ed|s|ing)|took\s+over\s+from|taking\s+over\s+from|"
    r"predecessor|replaced\s+by|succeeded\s+by|in\s+place\s+of)\b[^.;]{0,60}?[A-Z][\w’'-]+"
)


def named_predecessor(q: Question, lead: str) -> bool:
    """Does the lead tell whom the person asked about replaced, not who replaced them?"""
    m = _SUCCESSION_Q.search(q.text)
    if m is None:
        return False
    who = re.escape(m.group(1))
    came_after = re.search(
        r"\b(?:replaced|replaces|succeeded|succeeds|took\s+over\s+from)\s+"
        r"(?:[\w’'.-]+\s+){0,3}?" + who + r"\b",
        lead,
        re.I,
    )
    return came_after is None and re.search(r"\b" + who + _SUCCEEDS, lead, re.I) is not None


# "who directed Quiet Orbit": the doing asked about, a regular verb in the past
_WHO_DID = re.compile(r"^(?:and\s+|so\s+)?who\s+([a-z]{3,}?)(?:ed|d)\b", re.I)


_SPOKE = re.compile(
    _SAY + r"|(?:dubb|labell?|brand|accus|mock|criticis|criticiz|prais|slamm|compar|ask|"
    r"suggest|propos|urg|question)ed\b",
    re.I,
)


def undone(q: Question, lead: str) -> bool:
    """Does the lead never speak of the doing a "who <verb>ed …" question asks about ("who
    directed …": no "directed", "director", "directs")? Then whoever it names did
    something else."""
    m = _WHO_DID_IRREGULAR.search(q.text) or _WHO_DID.search(q.text)
    if m is None or q.kind != "who" or _SPOKE.match(q.text[m.start(1) :]):
        return False  # "who called it a tractor": words are put many ways
    root = m.group(1).lower()
    verb = q.text[m.start(1) : m.end()].lower()
    roots = {root[:5], *(w[:5] for w in _IRREGULAR.get(verb, ())), *_DONE_AS.get(root, ())}
    return not any(re.search(r"\b" + re.escape(r), lead, re.I) for r in roots)


# "who headed the us team": "The US side was led by Caroline Vandermeer"
_DONE_AS = {"head": ("led", "lead", "chair")}
_DEEDS = {"head": ("led", "chaired")}


def did(q: Question, text: str) -> bool:
    """Does the text say the doing a "who <verb>ed …" question asks about as a deed
    ("directed", "was led by"), not a title that shares its root ("artistic director")?"""
    m = _WHO_DID.search(q.text)
    if m is None or q.kind != "who":
        return False
    verb = q.text[m.start(1) : m.end()].lower()
    deeds = {verb, *_DEEDS.get(m.group(1).lower(), ())}
    return any(re.search(rf"\b{re.escape(d)}\b", text, re.I) for d in deeds)


# "who held up the banner": the story writes "hold a banner". Past forms whose root is
# not their stem: the verb as the story may write it
_IRREGULAR = {
    "held": ("hold", "held"),
    "paid": ("pay", "paid"),
    "sold": ("sell", "sold"),
    "laid": ("lay", "laid"),
    "fled": ("flee", "fled"),
    "heard": ("hear", "heard"),
    "found": ("find", "found"),
    "stood": ("stand", "stood"),
    "read": ("read",),
    "won": ("win", "won"),
}
# "who won the world cup" (no "won" or "win", no winner named, only "three cups of tea"),
# "who held up the banner": past forms the -ed/-d pattern misses or cuts wrong. Verbs
# stories often put another way ("made" → "built by", "led" → "headed") stay out.
_WHO_DID_IRREGULAR = re.compile(r"^(?:and\s+|so\s+)?who\s+(won|held|paid|sold|fled)\b", re.I)


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
    return any(things or not aliases.is_thing(name) for name in other_names(q, text))


def other_names(q: Question, text: str) -> Iterator[str]:
    """Capitalised names in the text that share no word with the question and are not a
    capitalised function word or title ("The", "President")."""
    aliases = load_aliases()
    asked = phrase_stems(q.topic)
    for m in tp.PERSON.finditer(text):
        # "Two Roscosmos cosmonauts spent six hours outside": a count opening the sentence
        # is no given name
        name = _COUNT.sub("", m.group(0))
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


_COUNT = re.compile(
    r"^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Both|Several|Some|"
    r"Many|Most|All|Few|Dozens|Hundreds|Thousands)\s+(?=\S)"
)


# "who at roscosmos signed the letter", "the astronaut that posted the photo": the doing
_DOER_Q = re.compile(r"\b(?:who|that)\s+(?:[\w’'-]+\s+){0,2}?([a-z]{3,}?)(?:ed|d)\b", re.I)


def names_doer(q: Question, text: str, story_text: str = "") -> bool:
    """Does the text name who did what a "who <verb>ed" question asks: "posted on Monday by
    Group Captain Anirudh Menon", "signed by the head of its legal office, Annelies
    Vermeulen", "Sergei Pankratov, who signed for Moscow"? A sentence naming someone
    else beside the doing ("posted … by an Indian astronaut … Azad Jammu") does not."""
    m = _DOER_Q.search(q.text)
    if m is None or q.kind != "who":
        return False
    root = re.escape(m.group(1).lower()[:5])
    for done in re.finditer(r"\b" + root + r"\w*\s+(?:[^,.;:]{0,40}?\s)?by\s+", text, re.I):
        first, _, rest = text[done.end() :].partition(",")
        agent = first + (
            "," + rest.split(",")[0] if rest[:1] == " " and rest[1:2].isupper() else ""
        )
        if new_person(q, agent, story_text):
            return True
    for who in re.finditer(r",\s+who\s+" + root, text, re.I):
        if new_person(q, text[max(0, who.start() - 40) : who.start()], story_text):
            return True
    return False
