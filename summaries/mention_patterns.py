"""The patterns behind ``Mentions``: organisation names and their tails ("of Ghana", a
firm's legal form, a comma list of portfolios), unnamed people, kin words and datelines.
Kept apart so that ``mentions.py`` holds the memory of who was mentioned, not the
grammar of how names are written."""

from __future__ import annotations

import re

# "the Russian foreign ministry", "the US embassy": the lower-case noun is found first
# (cheap), then the capitalised word or abbreviation just before it.
LOWER_ORG_NOUNS = (
    "space agency",
    "foreign ministry",
    "defence ministry",
    "defense ministry",
    "delegation",
    "government",
    "embassy",
)
LOWER_ORG_HEAD = re.compile(
    r"(?:(?:[A-Z][a-z]+|[A-Z]{2,3})[ \t]+){0,2}(?:[A-Z][a-z]+|[A-Z]{2,3}|(?:[A-Z]\.){2,3})"
    r"(?:['’]s)?$"
)
COMPANY = frozenset(["Company", "Corporation", "Alliance", "Inc", "Corp"])
# Legal-form suffixes that end a firm's name ("Brockmann AG", "Airbus SE's").
FIRM_SUFFIXES = frozenset(["AG", "GmbH", "plc", "PLC", "SE", "ASA", "NV", "SpA", "Ltd", "LLC"])
# An unnamed person described ("a former NASA flight director", "one European manager").
ANON = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)[ \t]+(?:[\w’'\-]+[ \t]+){0,4}?"
    r"(?:official|engineer|director|manager|source|diplomat|analyst|expert|scientist|"
    r"researcher|insider|veteran|controller|executive|employee|spokesperson|spokesman|"
    r"spokeswoman|astronaut|cosmonaut|lawmaker|aide|adviser|advisor|person|member|pilot|deputy|"
    r"visitor|volunteer|resident|worker|passenger|witness|officer|colleague|man|woman|"
    r"relative|bystander|neighbour|neighbor|liaison|negotiator|staffer|contractor|technician|"
    r"instructor|lawyer|banker|trader|specialist|consultant)\b"
    r"(?![ \t]+[A-Z])(?!,[ \t]+[A-Z][a-z]+[ \t]+[A-Z])"
)
# An office-holder the story does not name, heading a speech verb: "The agency's chief
# told state television …", "The ministry's spokesman said". The role word is group 1.
DEFINITE_ROLE = re.compile(
    r"\b(?:The|Its|Their)[ \t]+(?:[\w-]+['’]s[ \t]+)?(?:[a-z-]+[ \t]+)?"
    r"(chief|head|director|boss|chairman|chairwoman|administrator|minister|spokesman|"
    r"spokeswoman|spokesperson|commander)"
    r"(?=[ \t]+(?:told|said|says|added|wrote|warned|insisted|stressed|declared)\b)"
)
# "Association of Australia", "Committee on National Space Policy", "Bureau of Industry
# and Security"
ORG_TAIL = re.compile(
    r"[ \t]+(?:of|on|for)[ \t]+(?:the[ \t]+)?[A-Z][\w’'\-]*"
    r"(?:(?:,[ \t]+[A-Z][\w’'\-]*){1,3},?[ \t]+and[ \t]+[A-Z][\w’'\-]*"  # "of Trade, Industry and Energy"
    r"|(?:[ \t]+(?:and[ \t]+)?[A-Z][\w’'\-]*){0,3})"
)
# An organisation name's "of"/"for" tail with no day or month in it.
NAMED_FOR = re.compile(
    r"[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?"
    r"(?![\w ]*\b(?:\w+day|January|February|March|April|May|June|July|August|September"
    r"|October|November|December)\b)"
)
ORG_TAIL_PLAIN = re.compile(
    r"[ \t]+(?:of|on|for)[ \t]+(?:the[ \t]+)?[A-Z][\w’'\-]*(?:[ \t]+(?:and[ \t]+)?[A-Z][\w’'\-]*){0,3}"
)


# "the Arctic and " before an organisation's run: a first word its name shares.
# ("the Danish Competition and ": a modifier before that word too)
# ("the Foreign, Commonwealth and ": a list of such words)
AND_BEFORE = re.compile(
    r"\b(?:the|The)[ \t]+((?:[A-Z][a-z]+,[ \t]+){0,3}(?:[A-Z][a-z]+[ \t]+)?([A-Z][a-z]+))"
    r"[ \t]+and[ \t]+$"
)


def lower_org_nouns(text: str) -> list[tuple[int, int]]:
    """Each of ``LOWER_ORG_NOUNS`` standing as words after a space or tab, as (start of
    the blanks before it, end of the noun), in text order.

    What ``[ \\t]+(?:space agency|…)\\b`` finds, with one ``str.find`` per noun: the
    pattern was tried at every blank of the story.
    """
    out = []
    for noun in LOWER_ORG_NOUNS:
        i = text.find(noun, 1)
        while i != -1:
            end = i + len(noun)
            if text[i - 1] in " \t" and (end == len(text) or not is_word_char(text[end])):
                start = i - 1
                while start and text[start - 1] in " \t":
                    start -= 1
                out.append((start, end))
            i = text.find(noun, i + 1)
    out.sort()
    return out


def is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"  # what ``\w`` matches


def joins_name(word: str, orgs: dict, v: dict[str, frozenset[str]]) -> bool:
    """A word that can open an organisation's name with "and" ("Arctic", "Science"), not
    a body, a state or a capital of its own ("between the Kremlin and European Space
    Agency")."""
    return not (
        word in orgs
        or word in v["state_names"]
        or word in v["given"]
        or (word in v["place"] and word not in REGIONS)
    )


# Regions that name bodies together ("Arctic and Antarctic", "Atlantic and Pacific").
REGIONS = frozenset(["Arctic", "Antarctic", "Atlantic", "Pacific", "Baltic", "Caspian"])


def portfolios(tail: str, v: dict[str, frozenset[str]]) -> bool:
    """'of Trade, Industry and Energy': every item after the first is a portfolio."""
    items = tail.replace(",", " ").split()[2:]
    return all(w in v["portfolio_words"] for w in items if w != "and")


# "Mission to the EU", "Delegation to the OSCE": a state's body and where it is sent.
ENVOY_WORDS = frozenset(["Mission", "Delegation", "Representation"])
TO_TAIL = re.compile(r"[ \t]+to[ \t]+(?:the[ \t]+)?[A-Z][\w’'\-]*(?:[ \t]+[A-Z][\w’'\-]*){0,3}")
PREPOSITIONS = frozenset(["In", "On", "At", "From", "For", "By", "With", "To", "Of", "Near"])
# Before an indefinite description that describes someone already named: "Al-Suwaidi, a
# mechanical engineer", "the 61-year-old, a former officer", "al-Mansouri is a former pilot",
# "The first deputy director, a former Energia engineer"; a count ("at least one person").
APPOSITION = re.compile(
    r"(?:[A-Z][\w’'\-]+,|\d+,|-old,|\b(?:is|was|became|as|least|than|every|each)|"
    r"(?:(?<=[.!?][ \t])|(?<=\n)|^)The[ \t][^,.;:\"“”]{1,40},)[ \t]*$"
)
# A dateline ("PRETORIA —", "DELFT, Netherlands -", "ISLAMABAD: Pakistan's …",
# "VLADIVOSTOK, 5 September. The …"): a place, never a speaker.
DATELINE = re.compile(
    r"\s*[A-Z][A-Z.'’\- ]+(?:,[^—–\n]{1,40}?)?[ \t]+(?:[—–]|--?)[ \t]+"
    r"|\s*[A-Z][A-Z'’\-]{2,}(?:[ \t][A-Z][A-Z'’\-]+)*:[ \t]+(?=[A-Z])"
    r"|\s*[A-Z][A-Z'’\- ]+,[ \t]+\d{1,2}[ \t]+[A-Z][a-z]+\.(?:[ \t]+/[A-Z]+/\.)?[ \t]+"
)

# ", engineer " before a name in apposition: the role word that introduces it.
ROLE_LEAD = re.compile(r",[ \t]+([a-z]+)[ \t]+$")


# "Engström's wife, Karin,": a relative introduced by a given name after the family's.
# A name the sentence goes on describing ("shows Levchenko, speaking in Russian,"): its topic.
# ("Sota Mori from Otaru, who tried the soup": past a hometown too)
DWELT_ON = re.compile(r"(?:[ \t]+(?:from|of)[ \t]+[A-Z][\w’'\-]*)?,[ \t]+(?:who\b|[a-z]+ing\b)")
KIN = re.compile(
    r"(?:\b(?P<owner>[A-Z][\w’'\-]+)['’]s|\b(?P<pron>his|her|their))[ \t]+(?P<kin>wife|husband|son|daughter|mother|"
    r"father|brother|sister|widow|widower|mum|mom|dad|grandmother|grandfather|aunt|uncle|niece|"
    r"nephew)(?P<comma>,?)[ \t]+$"
)
KIN_WORDS = frozenset(
    ["wife", "husband", "son", "daughter", "mother", "father", "brother", "sister", "widow"]
    + ["widower", "mum", "mom", "dad", "grandmother", "grandfather", "aunt", "uncle", "niece"]
    + ["nephew"]
)
FEMALE_KIN = frozenset(
    ["wife", "daughter", "mother", "sister", "widow", "mum", "mom", "grandmother", "aunt", "niece"]
)

OPENING = '"“'
CLOSING = {'"': '"', "“": "”"}
