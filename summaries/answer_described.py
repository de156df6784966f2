"""Who the member means by a description ("the nasa spacewalker", "the head of Roscosmos")
when the quotes store a name: the words the stories put beside that name, or in the
sentence that first names them. Kept apart from ``answer_quotes``, which chooses the quote.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from summaries import text_patterns as tp
from summaries.aliases import Concept, load_aliases
from summaries.answer_coverage import _cover, _match
from summaries.gazetteer import countries, speech_vocab
from summaries.models import Quote, Story
from summaries.question import Question
from summaries.quotes import cached_quotes
from summaries.sentences import split_sentences


def _described(
    story: Story, quote: Quote, q: Question, spans, mentions: dict[str, list[str]]
) -> float:
    """How well the story ties this quote to the speaker asked about when quotes store a
    different name: "Lin Xiqiang, a spokesman for the China Manned Space Agency, said…"
    (the description next to the name), or, for a quote with no speaker, "…, a former NASA
    flight director. "…," he said." (the sentence or the one before). A quote by someone
    else that merely mentions the Kremlin is not the Kremlin's."""
    wanted = _role_parts(q.speaker_concepts)
    if not wanted:
        return 0.0
    sw = [1.0] * len(wanted)
    around = []
    for i, (s, e) in enumerate(spans):
        if s <= quote.start < e and not quote.speaker:  # "…," he said: whoever was introduced
            if not _said_around(story.text, s, max(e, _end_of(spans, quote.end, i)), quote):
                return 0.0  # 'under a caption congratulating "…"': no one says it here
            if _DOCUMENT_SAYS.search(story.text, quote.end, max(e, _end_of(spans, quote.end, i))):
                return 0.0  # '"…," the joint statement reads.': the minister before is no speaker
            around = [story.text[s:e]]
            if i and not _SPEAKER_BEFORE.search(story.text, s, quote.start):
                around.append(story.text[slice(*spans[i - 1])])
            break
    if quote.speaker:  # "Lin Xiqiang, a spokesman for …": how the stories describe them
        surname = quote.speaker.split()[-1]
        first = _first_name(story.text, surname)
        around.extend(d for d in mentions.get(surname, ()) if _same_person(d, surname, first))
    around = [t for t in around if not _elsewhere(wanted, t) and not _owns_a_thing(wanted, t)]
    kept = _role_kept(wanted, quote.speaker)
    best = max((_cover(_match(wanted, t), sw) * kept(t) for t in around), default=0.0)
    if best >= 0.6:
        return 0.8 * best
    if quote.speaker:  # "NASA astronaut Leah Tomasek led the spacewalk": the nasa spacewalker
        return _introduced(story, quote.speaker, wanted, around) or _sole_holder(
            story, quote, wanted
        )
    return 0.0


def _said_around(text: str, s: int, e: int, quote: Quote) -> bool:
    """Does the quote's sentence, outside the quotation marks, say that someone spoke?"""
    outside = (text[s : quote.start] + " " + text[quote.end : e]).lower()
    vocab = speech_vocab()
    words = set(_WORDS.findall(outside))
    return bool(words & (vocab["said"] | vocab["verbs"]))


def _end_of(spans, at: int, i: int) -> int:
    """The end of the sentence holding ``at``, from sentence ``i`` on (a quote of two
    sentences ends in the second: '"… worse. The politicians have not," he said.')."""
    for s, e in spans[i:]:
        if s <= at <= e:
            return e
    return spans[i][1]


_WORDS = re.compile(r"[a-z]+")
# 'An EU official familiar with the proposal, speaking on condition of anonymity, said the
# Commission had "…"': the sentence names its own speaker, however unnamed, so the body
# in the sentence before (ESA, which declined to comment) is not who said it
_SPEAKER_BEFORE = re.compile(
    r"\b(?:an?|the|one|another)\s+(?:[\w-]+\s+){0,3}?(?:official|diplomat|source|analyst|"
    r"expert|spokes(?:man|woman|person)|aide|officer|engineer|lawmaker|person)s?\b"
    r"[^“\"]*\b(?:said|says|told|added|wrote|warned|insisted)\b",
    re.I,
)
_DOCUMENT_SAYS = re.compile(
    r"\b(?:the|a|its|their)\s+(?:[\w-]+\s+)?(?:statement|letter|release|communiqu[eé]|"
    r"declaration|document|notice|resolution|text)\s+(?:reads|read|said|says|states|stated|"
    r"added|continues|concludes)\b",
    re.I,
)


SOLE_HOLDER = 0.5  # less than a description beside the name: the role alone picks them


def _sole_holder(story: Story, quote: Quote, wanted: tuple[Concept, ...]) -> float:
    """ "the wsu prof running the algae thing": the one person quoted in the story whom it
    gives the role asked ("Karen Tolliver, the associate professor who leads the project"),
    where the quote's paragraph has the rest of the description ("The algae do not know
    what passport they have"). Two quoted people of that role, or none, and the
    description says nothing."""
    roles = tuple(c for c in wanted if c.text.lower() in _role_words())
    rest = tuple(c for c in wanted if c not in roles and not _DOING.match(c.text))
    text = story.text
    paragraph = text[text.rfind("\n", 0, quote.start) + 1 : _end_of_line(text, quote.end)]
    if not roles or (rest and _cover(_match(rest, paragraph), [1.0] * len(rest)) < 0.5):
        return 0.0
    # the whole role ("deputy administrator") and whose it is ("the kremlin spokesman",
    # "japan's prime minister") must be said beside the name: the story's State
    # Department spokesman is not the Kremlin's
    owners = tuple(c for c in rest if c.named)
    return SOLE_HOLDER if _holders(text, roles + owners) == {quote.speaker} else 0.0


@lru_cache(maxsize=256)
def _holders(text: str, asked: tuple[Concept, ...]) -> frozenset[str]:
    """The people quoted in the story whom it describes with every word of ``asked``: once
    per story and role, though every quote of the story asks."""
    return frozenset(
        name
        for name in {q.speaker for q in cached_quotes(text) if q.speaker}
        if name.istitle()
        and _first_name(text, name.split()[-1]) is not None
        and any(
            len(_match(asked, d)) == len(asked) for d in _story_descriptions(text, name.split()[-1])
        )
    )


def _end_of_line(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


# "running", "leading": what the person does, said in the member's words, not the story's
_DOING = re.compile(r"^[a-z]+ing$")


def _story_descriptions(text: str, surname: str) -> list[str]:
    """How this story describes ``surname`` wherever it names them."""
    pattern = re.compile(r"\b" + re.escape(surname) + r"\b")
    return [
        _description(text, s, e, m.start(), m.end())
        for s, e in split_sentences(text)
        for m in pattern.finditer(text, s, e)
    ]


ROLE_MISSED = 0.75  # a description without the asked role fits less


def _role_kept(wanted: tuple[Concept, ...], speaker: str | None) -> Callable[[str], float]:
    """ "pakistan FO spokeswoman" asks for a person with a role: a quote the extractor gives
    to a body ("Pakistan's Foreign Office", as the story opens) fits it less than one by
    "Foreign Office spokesperson Tahira Qureshi". A function of the description: 1.0 when
    the role asked is in it, no role was asked, or the quote is a person's."""
    roles = tuple(c for c in wanted if c.text.lower() in _role_words())
    body = any(w.lower() in speech_vocab()["body_words"] for w in (speaker or "").split()[-1:])
    if not roles or not body:
        return lambda description: 1.0
    return lambda description: 1.0 if _match(roles, description) else ROLE_MISSED


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    return frozenset(w.lower() for w in speech_vocab()["roles"]) | frozenset(
        w.lower() for w in speech_vocab().get("spokes", ())
    )


def _introduced(story: Story, speaker: str, wanted: tuple[Concept, ...], around) -> float:
    """A person the member describes in their own words ("the nasa spacewalker") whom the
    story introduces partly beside the name ("NASA astronaut Leah Tomasek") and partly in
    the rest of the sentence that first names them ("… led the spacewalk"): the words
    beside the name must carry part of it, that sentence the rest. An organisation
    ("NASA said") is not introduced, and the match weighs less than one beside the name."""
    surname = speaker.split()[-1]
    if not speaker.istitle() or _first_name(story.text, surname) is None:
        return 0.0  # "Space Industry Association of Australia" is no person
    at = story.text.find(surname)
    # what they did after the name, not who acted on them before it ("The Russian embassy
    # in Ottawa has accused Canadian astronaut Maya Kowalchuk")
    end = next((e for s, e in split_sentences(story.text) if s <= at < e), at)
    rest = _match(wanted, story.text[at:end])
    sw = [1.0] * len(wanted)
    for t in around:
        beside = _match(wanted, t)
        if beside and _cover({**rest, **beside}, sw) >= INTRODUCED:
            return 0.5 * _cover({**rest, **beside}, sw)
    return 0.0


def _elsewhere(wanted: tuple[Concept, ...], description: str) -> bool:
    """ "The Russian Foreign Ministry's director for Central Asia" is no one of
    "kazakhstan's foreign ministry": a description that names a country, none of the
    ones asked, describes someone of another country, whatever else it shares."""
    known = countries()
    places = tuple(c for c in wanted if any(w.lower() in known for _, w, _ in c.phrases))
    if not places or _match(places, description):
        return False
    return any(w.lower() in known for w in re.findall(r"[A-Z][\w-]+", description))


def _owns_a_thing(wanted: tuple[Concept, ...], description: str) -> bool:
    """ "a congressional aide who works on Nasa's budget": every mention of the body asked
    owns a thing ("Nasa's budget"), none a role ("Nasa's station programme manager"), so
    the speaker is not the body's."""
    people = _person_nouns()
    found = False
    for c in wanted:
        for _, written, _ in c.phrases:
            for m in re.finditer(rf"\b{re.escape(written)}\b", description, re.I):
                found = True
                after = _OWNED.match(description, m.end())
                if after is None or set(after.group(1).lower().split()) & people:
                    return False
    return found


_OWNED = re.compile(r"['’]s\s+([a-z-]+(?:\s+[a-z-]+){0,3})")


@lru_cache(maxsize=1)
def _person_nouns() -> frozenset[str]:
    v = speech_vocab()
    return frozenset(v["roles"] | v["titles"] | v["person_nouns"] | v["spokes"] | v["staff_nouns"])


INTRODUCED = 0.75  # share of the description the sentence first naming them must carry


def _first_name(text: str, surname: str) -> str | None:
    """The first name the story gives ``surname`` ("Raymond" for "Gen. Raymond Ostrowski")."""
    m = _given_before(surname, r"\b").search(text)
    return m.group(1) if m and not tp.NOT_A_NAME.match(m.group(1)) else None


def _same_person(description: str, surname: str, first: str | None) -> bool:
    """Another story's "Assistant Secretary Daniel Ostrowski" is not the quote's "Gen.
    Raymond Ostrowski": a description giving another first name is someone else's."""
    m = _given_before(surname, "").search(description)
    other = m.group(1) if m and not tp.NOT_A_NAME.match(m.group(1)) else None
    return first is None or other is None or other == first


@lru_cache(maxsize=1024)
def _given_before(surname: str, start: str) -> re.Pattern[str]:
    """ "Raymond Ostrowski" for ``surname`` "Ostrowski", compiled once per surname: a
    quote question checks it for every quote of every story it reads."""
    return re.compile(start + r"([A-Z][a-z]+)\s+" + re.escape(surname) + r"\b")


def _role_parts(concepts: tuple[Concept, ...]) -> tuple[Concept, ...]:
    """A role the gazetteer knows ("head of Roscosmos") matched word by word, so a story's
    own wording fits it ("Arkady Voronov, the director general of the Russian space
    agency"): the title's synonyms and the organisation's names."""
    aliases = load_aliases()
    out: list[Concept] = []
    for c in concepts:
        if c.people and not aliases.person(c.text):
            out.extend(p for word in c.text.split() for p in aliases.concepts(word))
        else:
            out.append(c)
    return tuple(out)


def _mentions(
    stories: list[Story], quotes: dict[int, list[Quote]], its_titled: bool = False
) -> dict[str, list[str]]:
    """Speaker surname → the descriptions the stories give them ("Arkady Voronov, the
    director general of the Russian space agency"; "Roscosmos chief Voronov"), across
    every story read for the question: one story may name the role, another the quote."""
    names = {q.speaker.split()[-1] for qs in quotes.values() for q in qs if q.speaker}
    out: dict[str, list[str]] = {}
    if not names:
        return out
    # longest first: "Adeyemi" must not take the "Adeyemi" of "Adeyemi-Cole" (a hyphen is
    # a word boundary), which a set's order would let it do in some runs and not others
    ordered = sorted(names, key=lambda n: (-len(n), n))
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, ordered)) + r")\b")
    for story in stories:
        spans = split_sentences(story.text)
        for i, (s, e) in enumerate(spans):
            for m in pattern.finditer(story.text, s, e):
                found = out.setdefault(m.group(0), [])
                described = _description(story.text, s, e, m.start(), m.end())
                found.append(described)
                back = _IN_QUESTION.search(described)
                if back:  # "The surgeon in question, Dr. Naomi Feld": the flight surgeon
                    earlier = _last_mention(story.text[:s], back.group(1))
                    if earlier:
                        found.append(earlier)
                if i and (
                    _its_role(described.lstrip(), its_titled)
                    or _THE_BODYS.search(described)
                    or _WHOSE_SPOKES.match(described.lstrip())
                ):
                    # "The Kremlin brushed the criticism aside. Its spokesman, Dmitry
                    # Peskov, …": "its" is the body the sentence before opens with
                    owner = _opening_body(story.text[slice(*spans[i - 1])])
                    if owner:
                        found.append(owner + " " + described)
                elif i:
                    # "The European Commission was cool. "…," a Commission spokesman,
                    # Lorenzo Mazzoni, said": the body's head word is the body just named
                    owner = _opening_body(story.text[slice(*spans[i - 1])])
                    head = owner.split()[-1] if owner and " " in owner else ""
                    if head.lower() in speech_vocab()["body_words"] and re.search(
                        rf"\b{re.escape(head)}\b", described
                    ):
                        found.append(owner + " " + described)
                if i and m.start() - s < 60:
                    # "Russian officials see it differently. Deputy Prime Minister Vitaly
                    # Orlov said …": he is one of the officials the sentence before names
                    group = _GROUP_OPENING.match(story.text, spans[i - 1][0], spans[i - 1][1])
                    if group:
                        found.append(group.group(1))
                if i + 1 < len(spans):  # "… Martin Ruchti. The Federal Councillor is unmoved."
                    after = _BACKREF.match(story.text, spans[i + 1][0], spans[i + 1][1])
                    head = after.group(1).split()[-1].lower() if after else ""
                    if head in speech_vocab()["roles"] or head in _MORE_ROLES:
                        found.append(after.group(1))
    return out


_MORE_ROLES = frozenset({"councillor", "councilor", "commissioner"})
_GROUP_OPENING = re.compile(
    r"\s*(?:The\s+)?([A-Z][a-z]+\s+(?:officials|authorities|diplomats|government|ministers))\b"
)
# a spokesperson speaks for the body: "Its associate administrator" may speak as themself
_ITS_ROLE = re.compile(
    r"(?:Its|its|Their|their)\s+(?:spokes(?:man|woman|person|people)|press\s+secretary|"
    r"press\s+(?:office|service)|representative)\b"
)
# "Nasa played down the threat. Its station programme manager, Candace Ofori-Mensah, …"
_ITS_TITLED = re.compile(r"(?:Its|Their)\s+((?:[a-z-]+\s+){0,3}[a-z-]+)\s*,?\s+[A-Z]")


def _its_role(described: str, titled: bool) -> bool:
    """ "Its spokesman, …"; with ``titled``, any role ("Its station programme manager"),
    read only in a follow-up, whose story is already chosen: elsewhere it made another
    story's officer answer a question that story never touches."""
    m = _ITS_ROLE.match(described) or (_ITS_TITLED.match(described) if titled else None)
    if m is None:
        return False
    return m.re is _ITS_ROLE or m.group(1).split()[-1] in speech_vocab()["roles"]


# "The US State Department responded within the hour. "…," spokesperson Nora Castellanos
# said.": a spokesperson of no one named is the body's the sentence before opens with
# (also "agency spokesperson Jacob Reyes": the agency is that body)
_WHOSE_SPOKES = re.compile(
    r"(?:(?:a|an|the)\s+)?(?:(?:agency|ministry|department|embassy|company|government|"
    r"administration)\s+)?(?:spokes(?:man|woman|person)|press\s+secretary)\s+[A-Z]"
)


# "ESA said it shared that view. "…," said Elena Marchetti, the agency's director": the
# body the sentence before opens with is the one "the agency's" points back to
_THE_BODYS = re.compile(
    r"\bthe\s+(?:agency|ministry|corporation|department|administration|organi[sz]ation|"
    r"commission|government|company|firm)['’]s\s+[a-z]"
)


def _opening_body(sentence: str) -> str | None:
    """The body a sentence opens with, as its subject ("The Kremlin", "Russia's space
    agency", "The State Department"): capitalised words, with "the", "of", a possessive
    and the nouns that name a kind of body; None when it opens any other way."""
    words = []
    # a live page's entry opens on its time ("11:30 UTC: The US State Department …")
    sentence = _ENTRY_TIME.sub("", sentence, count=1)
    for w in sentence.split():
        bare = w.strip(",;:").removesuffix("'s").removesuffix("’s")
        if not (
            bare[:1].isupper() or bare in _OPENING_GLUE or bare in speech_vocab()["body_words"]
        ):
            break
        words.append(bare)
        if bare != w.removesuffix("'s").removesuffix("’s"):  # "The Kremlin, …": the end
            break
    named = [w for w in words if w[:1].isupper() and w not in ("The", "A", "An")]
    return " ".join(words) if named else None


_OPENING_GLUE = frozenset({"the", "of", "for", "and", "space"})
_ENTRY_TIME = re.compile(
    r"\s*\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?\s*)?(?:[A-Z]{2,4}\s*)?[:—–-]\s*"
)
# "The surgeon in question": the one the story spoke of just before ("the flight surgeon")
_IN_QUESTION = re.compile(r"\b[Tt]he\s+([a-z]+)\s+in\s+question\b")


def _last_mention(before: str, noun: str) -> str | None:
    """The last words naming ``noun`` before the sentence ("the flight surgeon")."""
    found = list(re.finditer(r"\b(?:[\w’'-]+\s+){1,2}" + re.escape(noun) + r"s?\b", before))
    return found[-1].group(0) if found else None


# A sentence that opens by describing someone without naming them ("The Federal
# Councillor is unmoved", "The deputy minister did not stop there") points back to the
# person named just before.
_BACKREF = re.compile(
    r"The\s+((?:[\w’'-]+\s+){0,5}?[\w’'-]+)\s+(?=is\b|was\b|has\b|had\b|did\b|"
    r"does\b|said\b|says\b|told\b|added\b|went\b|would\b|will\b|remains?\b|called\b|"
    r"insisted\b|argued\b|warned\b|struck\b|took\b|answered\b|replied\b)"
)


# a title's full stop ("Dr. Naomi Feld") or an initialism's ("Assistant U.S. Attorney")
# does not end the description before the name
_TITLE_DOT = re.compile(
    r"\b(?:Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gen|Col|Capt|Gov|Amb|Lt|Cmdr|Cdr|Maj|Adm|Sgt)\.|\b(?:[A-Z]\.){2,}"
)


def _undot(text: str) -> str:
    return _TITLE_DOT.sub(lambda m: m.group(0).replace(".", ""), text)


def _description(text: str, start: int, end: int, at: int, after: int) -> str:
    """The words that describe a name in its sentence: what stands right before it
    ("Roscosmos chief Voronov") and its apposition ("Voronov, the director general of the
    Russian space agency,"); not the rest of the sentence, which is about something else."""
    # a long title before the comma ("The Russian Foreign Ministry's director for Central
    # Asian affairs, Mikhail Pavlovich Zhelezov") is read whole, within its sentence
    parts = re.split(r"[.;:,“”\"]", _undot(text[max(start, at - 160) : at]))
    before = re.split(r"[.;:,“”\"]", _undot(text[_title_start(text, start, at) : at]))[-1]
    if (
        len(parts) > 1
        and before == parts[-1]
        # a name's lower-case particles count ("Jeroen van der Berg", "Ana de la Cruz")
        and re.fullmatch(r"\s*(?:(?:" + _UPPER + r"[\w’'-]*|" + _PARTICLES + r")\s+)*", before)
        and re.match(
            r"\s*(?:The|the|An?|an?|Its|its|Their|their|His|his|Her|her|Our|our|"
            r"(?:[A-Z][\w-]*\s+)*[A-Z][\w-]*['’]s|For\s+the|for\s+the)\s",
            parts[-2],
        )
    ):
        # "The minister responsible for space policy, Carla Benedetti", "The surgeon in
        # question, Dr. Naomi Feld", "Kazakhstan's minister for the aerospace industry,
        # Yerlan Zhaksybekov": the description stands before the comma, the name after it
        before = parts[-2] + " " + before
    elif (
        len(parts) > 2
        and before == parts[-1]
        and _PORTFOLIO_TAIL.fullmatch(parts[-2])
        and (owner := _OWNED_TITLE.search(parts[-3]))
    ):
        # "Canada's Minister of Innovation, Science and Industry, Élise Fournier": the
        # portfolio's own commas come before the one that sets the name apart
        before = owner.group(0) + "," + parts[-2] + " " + before
    cut = list(_CLAUSE.finditer(before))
    if cut:  # "approved by the Russian government only days before Dmitry Rogozin"
        before = before[cut[-1].end() :]
    rest = _AGE.sub("", text[after:end], count=1)  # "Whitsett, 71, a retired … engineer"
    apposition = ""
    if rest.startswith(","):
        apposition = re.split(r"[,;:“”\"]|\.\s", rest[1:], maxsplit=1)[0]
        clause = _CLAUSE.search(apposition)
        if clause:
            # "…, Anatoly Vereshchagin, said that … after the European Union expanded
            # sanctions": what happened after is not who he is
            apposition = apposition[: clause.start()]
    elif place := _OF_PLACE.match(rest):  # "Sen. Roger Hadley of Montana wrote"
        apposition = place.group(0)
    return before + " " + text[at:after] + " " + apposition


_CLAUSE = re.compile(r"\b(?:before|after|until|since|than|when|while|because|whereas|although)\s")
# " Science and Industry": the rest of a portfolio after its first comma
_PORTFOLIO_TAIL = re.compile(r"\s*(?:and\s+)?[A-Z][\w-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w-]*)*\s*")
# "Canada's Minister of Innovation", "the Secretary of State for Science"
_OWNED_TITLE = re.compile(
    r"(?:(?:[A-Z][\w-]*\s+)*[A-Z][\w-]*['’]s|\b[Tt]he)\s+(?:[A-Z][\w-]*\s+)*"
    r"(?:Minister|Secretary|Commissioner|Director|Ministry|Department)\s+"
    r"(?:of|for)\s+(?:State\s+for\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s*$"
)


def _title_start(text: str, start: int, at: int) -> int:
    """Where the words right before a name begin: 40 characters back, moved to the start
    of its word and on back over a title still running there ("French Minister Delegate
    for Digital Affairs and Space Bastien Morel-Aubry"), within the sentence."""
    pos = _word_start(text, max(start, at - 40))
    window = text[pos:at].split()
    if _JOINED.match(text, pos) or any(w[0].islower() and w not in _JOINS for w in window):
        # "NASA Administrator Bill Nelson and Swedish … Mats Persson", "Duroc of France and
        # Roscosmos cosmonaut Dmitri Levchenko": the window already reaches another's words
        return pos
    while pos > start:
        m = _TITLE_WORD_BEFORE.search(text, max(start, pos - 40), pos)
        if m is None:
            break
        pos = m.start()
    return pos


# one more word of a capitalised title, just before where the window starts
_TITLE_WORD_BEFORE = re.compile(r"(?<![\w’'-])(?:[A-Z][\w’'-]*|for|of)\s+\Z")
_JOINS = frozenset(["for", "of", "and"])
_JOINED = re.compile(r"[A-Z][\w’'-]*\s+and\s")
# an age between the name and its apposition: ", 71,", " (71)"
_AGE = re.compile(r"\A(?:,\s*(?:aged\s+)?\d{1,3}(?=,)|\s*\(\d{1,3}\))")


def _word_start(text: str, at: int) -> int:
    """``at`` moved back to the start of its word: a window cut mid-word ("reign Office
    spokesperson") would lose the word that describes the speaker ("Foreign Office")."""
    while at > 0 and (text[at - 1].isalnum() or text[at - 1] in "’'-"):
        at -= 1
    return at


# a capital, accented ones included ("Darragh Ó Briain", "Łukasz", "Šárka")
_UPPER = r"[A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĘĚĞĪİŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŹŻŽ]"
_PARTICLES = r"(?:van|von|der|den|de|del|della|la|le|da|di|dos|du|ter|ten|bin|al|el)"
# "Sen. Roger Hadley of Montana", "the Ministry of Foreign Affairs of Ukraine": whose it is
_OF_PLACE = re.compile(r"(?:\s+(?:of|from)\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?){1,2}")


BEST_DESCRIBED = 0.5  # share of the member's description the sentences naming them carry
DESCRIBED_MARGIN = 0.2  # over the next speaker: two alike is no choice


def best_described(story: Story, quotes: list[Quote], concepts: tuple[Concept, ...]) -> str | None:
    """The speaker the member's own description fits best, when no quote's speaker fits it
    outright: "the padua guy running LUMEN", "uk security minister in the commons",
    "nasrda's dg" describe a person in words the story spreads over the sentences naming
    them ("In Padua, principal investigator Marco Zanetti", "The Security Minister, Graham
    Kettleby, told the Commons"). Only a clear winner among the story's quoted speakers
    counts, and the description must ask a role ("minister", "lawyer") that is among their
    words: a cosmonaut named beside the congress is not the professor who runs it."""
    wanted = _role_parts(concepts)
    roles = tuple(c for c in wanted if c.text.lower() in _role_words())
    words = tuple(c for c in wanted if not _DOING.match(c.text))
    if not roles:  # "portugal's government", "the saudi space agency": a body, or a name
        return None
    text, spans = story.text, split_sentences(story.text)
    # the story's words about them, not anyone's quoted words ("a colleague of a Japanese
    # astronaut," said the islander)
    told = list(text)
    for q in quotes:
        told[q.start : q.end] = " " * (q.end - q.start)
    narration = "".join(told)
    scores = []
    for name in sorted({q.speaker for q in quotes if q.speaker}):
        surname = name.split()[-1]
        if _first_name(text, surname) is None or speech_vocab()["body_words"] & set(
            name.lower().split()
        ):
            continue  # a body ("Space Industry Association of Australia") has no boss
        pattern = re.compile(r"\b" + re.escape(surname) + r"\b")
        naming = "\n".join(
            _own_part(narration, s, e, m.start(), surname)
            for s, e in spans
            if (m := pattern.search(text, s, e))
        )
        if not _match(roles, naming):
            continue
        if _elsewhere(wanted, naming):
            continue
        scores.append((_cover(_match(words, naming), [1.0] * len(words)), name))
    scores.sort(reverse=True)
    if not scores or scores[0][0] < BEST_DESCRIBED:
        return None
    if len(scores) > 1 and scores[0][0] - scores[1][0] < DESCRIBED_MARGIN:
        return None
    return scores[0][1]


def _own_part(text: str, start: int, end: int, at: int, surname: str) -> str:
    """The part of a sentence that speaks of the person named at ``at``: none when it
    names someone else first ("JAXA astronaut Ayaka Morishita, who is on the station with
    Rudakov" describes Morishita), else up to the next person it names."""
    for m in tp.PERSON.finditer(text, start, end):
        words = m.group(0).split()
        if len(words) < 2 or surname in words or tp.NOT_A_NAME.match(words[0]):
            continue
        if m.start() < at:
            return ""
        return text[start : m.start()]
    return text[start:end]
