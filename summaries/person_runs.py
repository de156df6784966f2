"""Which capitalised runs of a story are people (``sentence_subjects`` says which of them
are a sentence's subject).

Evidence is local: a title or possessive before the run ("astronaut Frank Rubio",
"NASA's Kathy Lueders"), a given name ("Ivan Zubov"), an apposition or a speech verb
after it ("Anna Kikina, a cosmonaut", "Okafor, the agency's deputy director,").
"""

from __future__ import annotations

import re

from summaries.names import REGNAL, is_name_word, lower_tail

# Capital letters, Latin-1 and Latin Extended-A too ("Łukasz Wróblewski", "Šefčovič").
UPPER = "A-ZÀ-ÖØ-Þ" + "".join(c for c in map(chr, range(0x100, 0x17F)) if c.isupper())
# A capitalised run ("NASA Administrator Bill Nelson", "Ursula von der Leyen"); linear.
# A leading particle ("de la Torre said") and an attached one ("al-Mansouri") count too.
_NAME_TOKEN = rf"(?:[{UPPER}][\w’'\-]*|(?:al|el|bin|ibn|abu)-[{UPPER}][\w’'\-]*)"
_PARTICLE = r"(?:van|von|de|der|den|da|di|du|le|la|al|el|bin|ibn|del|della)"
CAP_RUN = re.compile(
    rf"(?=[{UPPER}vdlaebi])(?<![\w’'\-])(?:{_PARTICLE}[ \t]+(?={_PARTICLE}[ \t]|[{UPPER}]))*{_NAME_TOKEN}"
    rf"(?:[ \t]+(?:{_NAME_TOKEN}|{_PARTICLE}\b)){{0,6}}"
)
_AFTER_NAME = frozenset(
    ["who", "a", "an", "the", "now", "said", "says", "told", "wrote", "added", "argued", "warned"]
)
_NAME_VERBS = frozenset(
    [
        "said",
        "says",
        "told",
        "wrote",
        "added",
        "argued",
        "warned",
        "replied",
        "described",
        "called",
        "insisted",
    ]
)
_SAYS = (
    r"(?:said|says|told|added|wrote|writes|noted|argued|warned|replied|explained|insisted|"
    r"stressed|answered|recalled|acknowledged|conceded|cautioned|predicted)"
)
# A name run, an optional apposition between commas, an optional adverb, a speech verb.
SAYS_AFTER = re.compile(
    rf"[{UPPER}][\w’'\-]*(?:[ \t]+[{UPPER}][\w’'\-]*){{0,3}}(?:,[^,.;\"“”]{{2,90}},)?[ \t]+"
    # "Senator Marcelo Siqueira Lins of the opposition said"
    r"(?:of[ \t]+the[ \t]+[a-z]+(?:[ \t]+[a-z]+)?[ \t]+)?"
    r"(?:\w+ly[ \t]+|also[ \t]+|then[ \t]+)?" + _SAYS + r"\b"
)
_SAYS_NEXT = re.compile(r",|[ \t]+(?:\w+ly[ \t]+|also[ \t]+|then[ \t]+)?" + _SAYS + r"\b")
# Common past tenses that do not end in -ed ("the commander, Bashkirov, took the microphone").
IRREGULAR_PAST = frozenset(
    ["took", "gave", "made", "went", "came", "spoke", "got", "held", "kept", "left", "led"]
    + ["met", "ran", "sat", "saw", "stood", "put", "sent", "began", "brought", "felt", "found"]
    + ["heard", "knew", "thought", "won", "wrote", "drew", "flew", "chose", "rose"]
)
IRREGULAR = "(?:" + "|".join(sorted(IRREGULAR_PAST)) + ")"
# A name in apposition, then its verb: up to five capitalised words ("Professor Ana
# Teresa Sousa Lobo, said"), a title and a double surname being common.
NAMED_APPOS = re.compile(
    rf"[{UPPER}][\w’'\-]*(?:[ \t]+[{UPPER}][\w’'\-]*){{0,4}},[ \t]+"
    r"(?:(?:in[ \t]+turn|however|meanwhile|too|though|for[ \t]+(?:his|her)[ \t]+part),[ \t]+)?"
    rf"(?:(?:of|from)[ \t]+(?:the[ \t]+)?[{UPPER}][^,.;\n]{{0,60}},[ \t]+)?"  # ", of Ghana,"
    rf"(?:[a-z]+ed|was|is|had|has|{IRREGULAR}|" + _SAYS + r")\b"
)
# Ranks and honorifics that only ever stand before a person's name.
_HONORIFICS = frozenset(
    ["major", "captain", "colonel", "lieutenant", "sergeant", "admiral", "sir", "dame", "lord"]
    + ["maître", "maitre"]  # a French advocate's title
)
# "Ray Castille, 58," and, in Irish and Japanese copy, "Artyom Rudakov (46)".
_AGE_AFTER = re.compile(r",[ \t]+(?:\d{1,3}|aged[ \t]+[\w\-]{1,15}),|[ \t]+\(\d{1,3}\)")
# What introduces a person by a name alone: "gave only his first name, Artur", "identified
# only as Lala", "a sixth-grader named Priya".
_GIVEN_AS = re.compile(
    r"(?:\bfirst[ \t]+name,?|\bidentified[ \t]+(?:only[ \t]+)?as|\b[a-z][a-z\-]+[ \t]+named)[ \t]+$"
)
# "… would give only her first name", "… declined to give his last name", "her surname"
_FIRST_NAME_ONLY = re.compile(r"\b(?:his|her|their) (?:(?:first|last|family|full) name|surname)\b")
_GIVEN_AS_ENDS = ("name, ", "name ", "named ", "as ")
_IN_PLACE = re.compile(rf"\b(?:in|at|near|from|outside)[ \t]+([{UPPER}][\w’'\-]*),[ \t]+$")
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")
FUNCTION_WORDS = frozenset(
    ["of", "the", "for", "at", "in", "on", "and", "from", "to", "by", "with", "a", "an"]
)
# A single surname described in an apposition: "Okafor, the agency's deputy director,".
_DESCRIBED = re.compile(r",[ \t]+(?:a|an|the|his|her|their)[ \t]+([^,.;\"“”()]{2,70}?)[ \t]*,")


# A person described by what they do, in lower case before the name ("fisherman Raimundo
# Sousa", "curator Hiroko Tanabe", "9-year-old Sota Mori"): an agent noun's ending.
_AGENT = re.compile(r"[a-z]{3,}(?:man|woman|er|or|ist|ian)|\d{1,3}-year-old")
_NOT_AGENTS = frozenset(
    ["former", "whether", "together", "rather", "further", "either", "neither", "another"]
    + ["other", "later", "earlier", "senior", "junior", "interior", "exterior", "major"]
    + ["minor", "under", "over", "after", "never", "ever", "however", "whatever", "border"]
    + ["corridor", "order", "sector", "quarter", "number", "water", "winter", "summer"]
    + ["center", "centre", "theater", "theatre", "letter", "paper", "chamber", "member"]
)
# What follows a person so described: a verb, ", who", an age, "from Otaru".
_PERSON_NEXT = re.compile(
    rf"[ \t]+(?:[a-z]+ed|{IRREGULAR}|said|says|told)\b|,[ \t]+(?:who\b|\d{{1,3}},)"
    rf"|[ \t]+from[ \t]+[{UPPER}]"
    rf"|[ \t]+of[ \t]+the[ \t]+[{UPPER}][^.;\"“”]{{0,80}}?[ \t](?:said|says|told)\b"
)


# Irish and Scottish surname particles written before the surname ("Ní Bhraonáin").
GAELIC = frozenset(["Ní", "Nic", "Ó", "Uí", "Mhic", "Mac", "Mc"])


def agent_noun(w: str, v: dict[str, frozenset[str]]) -> bool:
    """'fisherman', 'curator', '9-year-old': a lower-case noun for a person by what they
    do or their age (not a maker, lender or broadcaster, which head a firm's name)."""
    return (
        _AGENT.fullmatch(w) is not None
        and w not in _NOT_AGENTS
        and w not in v["org_heads"]
        and w not in v["titles"]
    )


def looks_like_person(
    text: str,
    start: int,
    end: int,
    words: list[str],
    after_cap: set[str],
    starts: set[int],
    v: dict[str, frozenset[str]],
) -> bool:
    """A title or possessive before the run, a given name, or an apposition or speech
    verb after it."""
    if len(words) >= 3 and words[0].lower() in v["titles"] and REGNAL.fullmatch(words[-1]):
        return len(words[-1]) > 1 and lower_tail(words[-2])  # "Pope Leo XIV", "King Charles III"
    if len(words) >= 3 and words[-2] in GAELIC and lower_tail(words[-1]):
        return True  # "Síle Ní Bhraonáin", "Seán Mac Aodha": a given name, then the surname
    if len(words) >= 2 and words[0] in v["given"] and is_name_word(words[-1]):
        return True  # "Ivan Zubov", "Lena Marsh"
    if (
        len(words) >= 3
        and words[-1] in v["postnominals"]
        and all(w[1:2].islower() and w not in v["place"] for w in words[:-1])
    ):
        return True  # "Rhiannon Lloyd-Price KC", "Simon Adeyemi-Clarke KC"
    if len(words) >= 3 and any(w in v["given"] for w in words[1:-1]):
        # "… of the Russian Federation Sergei Alexeyevich Ryabkov": a title, then the name
        k = next(i for i, w in enumerate(words[1:-1], 1) if w in v["given"])
        if len(words) - k <= 3 and not any(w in v["org_words"] for w in words[k:]):
            return True
    if (
        len(words) < 3
        and text.endswith(_GIVEN_AS_ENDS, 0, start)
        and _GIVEN_AS.search(text, max(0, start - 40), start)
    ):
        return True  # "who gave only his first name, Artur,", "a sixth-grader named Priya"
    if (
        len(words) == 1
        and text.startswith(", ", end)
        and words[0][1:].islower()
        and _FIRST_NAME_ONLY.search(text, end, end + 130)
    ):
        return True  # "Marta, a nurse who would give only her first name, watched"
    if len(words) < 2:
        town = (
            _IN_PLACE.search(text, max(0, start - 40), start)
            if text[start - 2 : start] == ", "
            else None
        )
        if (
            town
            and text[end : end + 1] == ","
            and town.group(1) not in v["not_names"]
            and _mid_sentence(text, town.start())
        ):
            return False  # "in Huntsville, Alabama, who …": the state of a town
        w = words[0]
        # "Montalbano said": a full name elsewhere in the story ("Joel Montalbano"), or a
        # bare surname that is no place, organisation or common word ("Smith said …")
        if (
            lower_tail(w)
            and w[-2:] not in ("'s", "’s")
            and (w in after_cap or _bare_surname(text, start, w, v))
            and SAYS_AFTER.match(text, start) is not None
        ):
            return True
    if len(words) >= 2 and _titled(words, v):
        return True
    if (
        len(words) in (2, 3)
        and words[0].lower() in _HONORIFICS
        and all(
            all(lower_tail(p) for p in w.split("-") if p)
            and w not in v["place"]
            and w not in v["org_words"]
            and w.lower() not in v["titles"]
            and w.lower() not in v["roles"]
            for w in words[1:]
        )
    ):
        return True  # "Major Jelena Marković", "Dame Ann Fell", "Lord Pembury-Halse"
    before = text[max(0, start - 20) : start].split()
    if before:
        prev = before[-1].rstrip(".,")
        if prev.lower() in v["titles"]:
            # "a former Energia engineer": a modifier of the role noun after it, no name
            nxt = text[end : end + 30].split()[:1]
            return not (nxt and (nxt[0] in v["roles"] or nxt[0] in v["titles"]))
        if (
            len(words) == 2
            and (agent_noun(before[-1], v) or before[-1] in v["roles"])
            and all(
                lower_tail(w)
                and w not in v["place"]
                and w not in v["org_words"]
                and w not in v["not_names"]
                for w in words
            )
            and _PERSON_NEXT.match(text, end)
        ):
            # "fisherman Raimundo Sousa watched", "9-year-old Sota Mori from", "analyst
            # Milena Bošković of the Centre for Democratic Transition said"
            return True
        if prev[-2:] in ("'s", "’s") and (len(words) >= 2 or prev[:1].isupper()):
            return True  # "NASA's Kathy Lueders" (not "the station's Cupola")
        b = before[-1]
        if b[-1] == "." and len(b) <= 6 and _INITIALS.fullmatch(b) and lower_tail(words[-1]):
            return True  # "V. Narayanan", "S. Jaishankar"
        if (
            len(words) >= 2
            and before[-1].endswith(",")
            and prev.isalpha()
            and prev.islower()
            and prev not in v["org_heads"]
        ):
            return True  # "Lebedev's instructor, Olga Rytova" (not "The company, X Y")
        if (
            len(words) >= 2
            and before[-1].endswith(",")
            and NAMED_APPOS.match(text, start)
            and all(w[1:].replace("-", "").isalpha() for w in words)
            and not any(w in v["place"] or w in v["org_words"] for w in words)
            and _role_before(text, start, v)
        ):
            return True  # "Mali's ambassador in Pretoria, Oumar Traoré-Keïta, rejected"
    if _AGE_AFTER.match(text, end):
        titled = len(words) > 1 and words[0].rstrip(".").lower() in v["titles"]
        untitled = words[1:] if titled else words  # "Dr Siobhán Ní Bhriain (52)"
    else:
        untitled = []
    if 0 < len(untitled) <= 3 and all(
        all(lower_tail(p) for p in w.split("-") if p)  # "Okonjo-Hale, 31,"
        and w not in v["place"]
        and w not in v["org_words"]
        and w not in v["not_names"]
        for w in untitled
    ):
        return True  # "Beatriz, 9, who had come …", "Ray Castille, 58, who has worked …"
    if len(words) < 2:
        # not the tail of a name cut at "of" ("the Chinese Academy of Sciences, who …")
        after_word = bool(before) and before[-1].lower() in FUNCTION_WORDS  # "In Edmonton,"
        return (
            text.startswith(", ", end)
            and lower_tail(words[0])
            and not after_word
            and words[0] not in v["org_words"]
            and _described_as_person(text, end, v)
        )
    after = text[end : end + 12]
    if after.startswith(", "):
        nxt = after[2:].split(" ", 1)[0]
        if nxt in _AFTER_NAME:
            return nxt not in ("a", "an", "the") or not _described_as_org(text, end, v)
        if start in starts and nxt[:1].islower():
            return True
        if (
            nxt[:1].isupper()
            and nxt.lower() in v["titles"]
            and len(words) in (2, 3)
            and all(
                lower_tail(w) and w not in v["place"] and w not in v["org_words"] for w in words
            )
        ):
            return True  # "Akemi Nonaka, Deputy Minister for Foreign Affairs": a title after
    nxt = after.split(" ", 2)
    if len(nxt) > 1 and nxt[1] in _NAME_VERBS:
        return True
    # "Daniel Neuenschwander, ESA's director of exploration, said"
    return after.startswith(",") and SAYS_AFTER.match(text, start) is not None


def _role_before(text: str, start: int, v: dict[str, frozenset[str]]) -> bool:
    """A role noun in the phrase before the comma ahead of ``start`` ("Mali's ambassador in
    Pretoria, X")."""
    seg = text[max(0, start - 60) : start - 2]
    if _TITLE_OF_LIST.search(text, max(0, start - 100), start - 2):
        return True  # "Our own Minister of Science, Technology and Innovation, X, was"
    seg = re.split(r"[.;:,\n\"“”]", seg)[-1]
    return any(w.lower() in v["roles"] for w in seg.split())


# A title whose portfolio is a list ("Minister of Science, Technology and Innovation"),
# running up to the comma before a name.
_TITLE_OF_LIST = re.compile(
    r"\b(?:Minister|Secretary|Commissioner|Director|Chair|Chairman|Chairwoman)[ \t]+(?:of|for)"
    r"[ \t][^.;:\n\"“”()]*\band[ \t][^.;:,\n\"“”()]+$"
)


def _mid_sentence(text: str, pos: int) -> bool:
    """Deep in a sentence, not in an opening phrase ('Speaking in Moscow, Kononenko, who')."""
    before = text[max(0, pos - 30) : pos]
    return pos >= 30 and ". " not in before and "\n" not in before and ": " not in before


def _bare_surname(text: str, start: int, w: str, v: dict[str, frozenset[str]]) -> bool:
    """A speech verb or a comma next; not a place, a state, an organisation word or a
    common word; not after 'in'/'of' ("in Korolyov", "of Sciences")."""
    global _NOT_SURNAMES
    if _SAYS_NEXT.match(text, start + len(w)) is None:
        return False
    if _NOT_SURNAMES is None:
        _NOT_SURNAMES = v["place"] | v["state_names"] | v["org_words"] | v["not_names"]
    if w in _NOT_SURNAMES:
        return False
    if w[-1:] == "s" and (agent_noun(w[:-1].lower(), v) or w[:-1].lower() in v["roles"]):
        return False  # "Investors said", "Analysts warned": people, nobody named
    prev = text[max(0, start - 12) : start].split()[-1:]
    return not (prev and prev[0] in FUNCTION_WORDS)


_NOT_SURNAMES: frozenset[str] | None = None


def _titled(words: list[str], v: dict[str, frozenset[str]]) -> bool:
    """'Defence Minister Karim Nassar', 'Deputy Director Ana Ruiz': a role word in the run
    followed by one to three name words (not an organisation or a place)."""
    roles = v["roles"]
    k = None
    for i in range(len(words) - 2, max(-1, len(words) - 5), -1):
        if words[i].lower() in roles:
            k = i
            break
    if k is None:
        return False
    rest = words[k + 1 :]
    return all(lower_tail(p) for p in rest[-1].split("-")) and all(
        (is_name_word(w) or (0 < i < len(rest) - 1 and w in v["particles"]))
        and w not in v["org_words"]
        and w not in v["place"]
        and w.lower() not in v["titles"]
        and w not in v["not_names"]
        for i, w in enumerate(rest)
    )


def _described_as_person(text: str, end: int, v: dict[str, frozenset[str]]) -> bool:
    """'Okafor, the agency's deputy director,' / 'Kovalenko, a former space official,':
    an apposition whose head noun is a person's role; 'Kelly, who …': a relative clause
    only people take."""
    if text.startswith(", who ", end):
        return True  # "Kelly, who spent a year aboard the station,"
    m = _DESCRIBED.match(text, end)
    if not m:
        return False
    heads = [w.lower().rstrip("’'s") for w in m.group(1).split()]
    return any(h in v["roles"] for h in heads[-3:])  # "roles" holds the person nouns


def _described_as_org(text: str, end: int, v: dict[str, frozenset[str]]) -> bool:
    """'Northwind Avionics, a supplier of star trackers,': an apposition whose head noun
    (before any 'of') is an organisation's."""
    return org_apposition_head(text, end, v) is not None


def org_apposition_head(text: str, end: int, v: dict[str, frozenset[str]]) -> str | None:
    """The organisation noun heading the apposition after a run ("manufacturer" in "Brazos
    Soft Goods, a 60-person textile manufacturer in Waco,"), or None."""
    if not text.startswith(", ", end):
        return None
    if _OWNED.match(text, end):
        return "company"  # "Fjellrent, owned by a Norwegian private equity fund,"
    m = _DESCRIBED.match(text, end)
    if not m:
        return None
    head = _HEAD_END.split(m.group(1), 1)[0].split()
    return head[-1].lower() if head and head[-1].lower() in v["org_heads"] else None


# what is owned, listed or headquartered is a firm, never a person
_OWNED = re.compile(
    r",[ \t]+(?:(?:which|that)[ \t]+is[ \t]+)?(?:(?:wholly|majority|partly|privately|"
    r"state)[ \t-]+)?(?:owned|controlled)[ \t]+by\b|,[ \t]+(?:listed|headquartered)[ \t]+(?:in|on)\b"
)
# The head noun of an apposition ends before its first preposition: "a space law
# professor at McGill University" is a professor, not a university.
_HEAD_END = re.compile(r" (?:of|at|in|for|from|with|on) ")
