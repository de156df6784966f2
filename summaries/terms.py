"""Words as FTS5 splits them, and the light stems we compare them by.

Matching in Python must agree with what FTS5 found ("Wörner" finds "Worner", "andoya"
finds "Andøya"; "U.S." is "U", "S"), and sentences are matched many times per answer, so
stemming and a text's stems are cached.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from functools import lru_cache

import snowballstemmer

_TOKEN = re.compile(r"[^\W_]+")


# Letters Unicode does not decompose, so stripping marks leaves them as they are; a member
# types them as plain Latin ("andoya", "lodz", "dordevic"). One token stays one token.
_LETTERS = str.maketrans(
    {
        "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D",
        "ħ": "h", "Ħ": "H", "ı": "i", "ŧ": "t", "Ŧ": "T", "ß": "ss", "æ": "ae", "Æ": "AE",
        "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "TH",
    }
)  # fmt: skip
_LETTER_CHARS = frozenset(map(chr, _LETTERS))


def fold(text: str) -> str:
    """Diacritics off ("Wörner" finds "Worner"), compatibility forms plain ("IRIS²" is
    "IRIS2") and the letters above spelt as a member types them ("Andøya" is "Andoya").

    FTS5's unicode61 tokenizer folds only the first of these; the store widens FTS
    queries to the other spellings it holds (summaries/spellings.py)."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    # Marks and the letters above are dropped or mapped char by char, so one translate
    # over the distinct chars does it; most news text has neither (only ’ “ — …).
    chars = set(decomposed)
    marks = {ord(c): None for c in chars if unicodedata.combining(c)}
    if not marks and chars.isdisjoint(_LETTER_CHARS):
        return decomposed
    return decomposed.translate(marks | _LETTERS)


def tokens(text: str) -> list[str]:
    """Word tokens as FTS5 splits them (letters and digits; "U.S." is "U", "S")."""
    return _TOKEN.findall(fold(text))


# Irregular verbs: "who led", "which astronaut flew" must find "lead", "fly" and back.
# Forms that are also common nouns or names ("left", "found", "fed", "rose") are left out.
_VERBS = """arise arose arisen; bear bore borne; become became; begin began begun; bite bit bitten;
    blow blew blown; break broke broken; bring brought; build built; buy bought; catch caught;
    choose chose chosen; come came; deal dealt; draw drew drawn; drive drove driven;
    eat ate eaten; fall fell fallen; fight fought; flee fled; fly flew flown; forbid forbade
    forbidden; forget forgot forgotten; freeze froze frozen; give gave given; go went gone;
    grow grew grown; hang hung; hear heard; hide hid hidden; hold held; keep kept; know knew
    known; lead led; lend lent; lose lost; make made; mean meant; meet met; oversee oversaw
    overseen; pay paid; ride rode ridden; rise risen; run ran; see saw seen; seek sought;
    sell sold; send sent; shake shook shaken; sink sank sunk; sit sat; speak spoke spoken;
    spend spent; stand stood; steal stole stolen; strike struck stricken; swear swore sworn;
    take took taken; teach taught; tear tore torn; tell told; think thought; throw threw
    thrown; undertake undertook undertaken; understand understood; wake woke woken;
    wear wore worn; win won; withdraw withdrew withdrawn; write wrote written"""
# Plurals Snowball leaves apart from their singular ("fungi"/"fungus" as "fungi"/"fungus",
# "crises"/"crisis" as "crise"/"crisi"). Not "media", "data", "bases" or "axes", which
# news uses for other things than the plural of medium, datum, basis or axis.
_NOUNS = """fungus fungi; crisis crises; analysis analyses; bacterium bacteria;
    criterion criteria; nucleus nuclei; child children; woman women; man men; mouse mice;
    hypothesis hypotheses; diagnosis diagnoses; radius radii; stimulus stimuli;
    phenomenon phenomena; cactus cacti; alga algae; larva larvae; spokesman spokesmen;
    spokeswoman spokeswomen; chairman chairmen; chairwoman chairwomen; congressman
    congressmen; congresswoman congresswomen; businessman businessmen; businesswoman
    businesswomen; serviceman servicemen; crewman crewmen; fisherman fishermen;
    countryman countrymen; statesman statesmen; councilman councilmen; sportsman sportsmen"""
FORMS: dict[str, tuple[str, ...]] = {}
_LEMMA: dict[str, str] = {}
for _group in f"{_VERBS};{_NOUNS}".split(";"):
    _words = tuple(_group.split())
    for _w in _words:
        FORMS[_w] = _words
        if _w != _words[0]:
            _LEMMA[_w] = _words[0]


def forms(word: str) -> tuple[str, ...]:
    """Every written form of an irregular verb ("led" → "lead", "led"), else the word."""
    return FORMS.get(word.lower(), (word,))


# Words Snowball folds into an unrelated word's stem, where the two meet in this news:
# "depart" (a synonym of leave) is the stem of "Department", "accord" of "according to",
# "respons(ible)" of "in response to", "engin(es)" of "engineers". Each keeps its own.
_OWN_STEM = {
    w: group.split()[0]
    for group in (
        "department departments",
        "apartment apartments",
        "according accordingly accordance",
        "response responses",
        "responsive responsiveness",
        "engineer engineers engineering engineered",
        "terminal terminals",
        "extensive extensively",
        "exclusive exclusively",
        "attache",
        "instalment instalments installment installments",
        "critical critically",
        "information informally",
        "appropriate appropriately",
        "radiator radiators",
        "conversion conversions",
        "integrity",
        "integral",
    )
    for w in group.split()
}

# "Dec. 19", "Sept. 30": news style abbreviates months a member writes whole ("december
# 19"), and types the other way round as often. "mar" and "may" are words of their own.
_MONTHS = {
    w[:3]: w
    for w in [
        "january",
        "february",
        "april",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
} | {"sept": "september"}

_local = threading.local()  # a Snowball stemmer keeps state while it works: one per thread


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Snowball (Porter2) English stems for matching sentences in Python: "provides",
    "providing" and "provide" agree, as do "commanding" and "commander". Short words and
    tokens with digits stay as they are ("ISS", "2030"). Only used on both sides of a
    comparison, never to build an FTS query (FTS5 stems those itself)."""
    w = _MONTHS.get(word.lower(), word.lower())
    if (len(w) <= 3 and w not in FORMS) or not w.isalpha():
        return w
    w = _LEMMA.get(w, w)
    if w in _OWN_STEM:
        return _OWN_STEM[w]
    snowball = getattr(_local, "snowball", None)
    if snowball is None:
        snowball = _local.snowball = snowballstemmer.stemmer("english")
    return snowball.stemWord(w)


def stems(text: str) -> list[str]:
    return list(map(stem, tokens(text)))


# An answer reads up to 13 stories (40 for a quote): their texts, ~40 sentences each,
# quotes and passages, several times over, and the next question is often on the same
# stories. 256 entries were flushed by one pass over the sentences before the next pass
# read them again. 8,192 hold a few questions' stories for ~17 MB (18% less answer
# CPU than 2,048 on the dev questions).
INDEXED_CACHE = 8192


@lru_cache(maxsize=INDEXED_CACHE)
def indexed(text: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """Stems of a text and their set, cached: a story is matched many times per answer."""
    st = tuple(map(stem, tokens(text)))
    return st, frozenset(st)
