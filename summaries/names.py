"""Names from words: capitalised runs, a person's surname, an organisation's clean name.

Speakers are reported by surname ("NASA Administrator Bill Nelson" -> "Nelson"), so "he
said" and "Nelson said" meet on the same string; particles stay ("von der Leyen").
"""

from __future__ import annotations

import re
from itertools import islice

from summaries.gazetteer import speech_vocab

# A hyphen standing alone between spaces ("X - speaking at Baikonur - said") is a dash.
_WORD = re.compile(r"[\w’'](?:[\w’'\-]|\.(?=\w))*|[,;:()—–]|(?<=\s)--?(?=\s)")
# A surname with an attached lower-case particle: "al-Mansouri", "bin-Zayed", "d'Amato".
_PARTICLE_NAME = re.compile(r"(?:al|el|ad|as|ash|at|az|bin|ibn|abu|ben|d|l)[-’'][A-Z]")


# A given name in pinyin: one or two syllables ("Ning", "Guoping", "Xiqiang").
_SYLLABLE = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo"
    r"|ui|ue|er|a|o|e|i|u)"
)
# A Russian, Ukrainian or Belarusian patronymic ("Ilyich", "Valeryevich", "Mikhailovna",
# "Vasylyovych", "Petrivna", "Aliaksandrauna"): translated Kyiv and Minsk copy uses the
# same polite address as Moscow's.
_PATRONYMIC = re.compile(
    r"[A-Z][a-z]+(?:ovich|evich|ich|ovna|evna|ichna|inichna|ych|ivna|yivna|auna|euna)"
)
_PINYIN = re.compile(rf"{_SYLLABLE}{_SYLLABLE}?")
# A word in Hepburn romaji: Japanese syllables only ("Matsuda", "Ishikawa", "Shinji").
_ROMAJI = re.compile(
    r"(?:(?:kk|tt|ss|pp|tch|ssh|sh|ch|ts|[kgnhbpmr]y|[kgsztdnhbpmrjfwy])?[aeiouōū]|n(?![aeiouy]))+"
)


def is_name_word(w: str) -> bool:
    """Capitalised, or a surname behind an attached particle ("al-Kaabi")."""
    return w[:1].isupper() or _PARTICLE_NAME.match(w) is not None


# A Gaelic or Norman surname prefix before a second capital ("MacAskill", "McLeod",
# "O'Brien", "FitzGerald"): the rest is still written in lower case.
_SURNAME_PREFIX = re.compile(r"(?:Mac|Mc|O['’]|Ó|Fitz|D['’])(?=[A-ZÁÉÍÓÚ])")


def lower_tail(w: str) -> bool:
    """'Smith', 'MacAskill', 'O'Brien': a capital, then lower case (after a surname prefix).

    Name tests that ask for a lower-case tail would otherwise refuse Scottish and Irish
    surnames and never find the person."""
    if w[1:].islower():
        return True
    m = _SURNAME_PREFIX.match(w)
    return m is not None and w[m.end() + 1 :].islower()


def bare_word(w: str) -> str:
    """'Japan's' → 'Japan': the word without a possessive "'s"."""
    return w[:-2] if w[-2:] in ("'s", "’s") else w


# A regnal number after a name ("Leo XIV", "Charles III", "Bartholomew I").
REGNAL = re.compile(r"(?:X{0,3})(?:IX|IV|V?I{0,3})(?<=[IVX])")


def person_name(words: list[str], text: str = "") -> str | None:
    """Surname (with particles) of a capitalised run, or None if it is not a name.

    The surname is the last word, unless the article repeats the first word more often
    (family name first, as in "Lin Xiqiang" … "Lin said").
    """
    v = speech_vocab()
    words = [w.rstrip(".,") for w in words if w.rstrip(".,")]
    words = [bare_word(w) for w in words]
    if not words:
        return None
    while len(words) > 1 and words[-1] in v["postnominals"]:
        words = words[:-1]  # "Rhiannon Lloyd-Price KC", "John Smith Jr."
    for w in words:
        if w in v["people"]:
            return w
    cut = max(
        (i for i, w in enumerate(words[:-1]) if w.lower() in v["titles"] or w in v["org_words"]),
        default=-1,
    )
    words = words[cut + 1 :]
    while words and (words[0].lower() in v["titles"] or words[0] in v["not_names"]):
        words = words[1:]
    if not words:
        return None
    last = words[-1]
    if len(words) >= 2 and len(last) > 1 and REGNAL.fullmatch(last) and is_name_word(words[-2]):
        return f"{words[-2]} {last}"  # "Pope Leo XIV", "King Charles III": a regnal name
    if last in v["not_names"] or not is_name_word(last) or last.isupper():
        return None
    if any(re.search(r"-(?:based|born|led|backed|owned|run|made|built)$", w) for w in words):
        return None
    tradesman = last in v["firm_trades"] and words[0] in v["given"]  # "Helen Goods"
    if (last in v["org_words"] and not tradesman) or any(
        (w in v["org_words"] and w != last) or w in v["place"] for w in words
    ):
        return None
    if len(last) == 1:
        return None  # an initial ("V." of "V. Narayanan") is never a name on its own
    if len(words) == 1 and text and last in v["given"]:
        # "Grzegorz added" after "Grzegorz Wieczorek": the one person of that given name
        found = {
            m.group(1)
            for m in re.finditer(rf"\b{re.escape(last)} ([A-Z][\w’'\-]+)", text)
            if m.group(1) not in v["not_names"] and m.group(1) not in v["given"]
        }
        surname = any(  # "Letitia James": the word is somebody's surname here
            m.group(1) not in v["not_names"] and m.group(1).lower() not in v["titles"]
            for m in re.finditer(rf"\b([A-Z][\w’'\-]+) {re.escape(last)}\b", text)
        )
        if len(found) == 1 and not surname:
            return found.pop()
    if len(words) == 2 and text and _PATRONYMIC.fullmatch(last):
        # "Sergei Ilyich said" after "Sergei Ilyich Vedernikov": the polite address of a
        # person the story named in full, so the surname
        full = re.search(rf"\b{re.escape(words[0])} {re.escape(last)} ([A-Z][\w’'\-]+)", text)
        if full and full.group(1) not in v["not_names"]:
            return full.group(1)
    if (
        text
        and len(words) == 2
        and len(words[0]) > 1
        and words[0][0].isupper()
        and words[0].lower() not in v["particles"]  # "Al Suwaidan", "Van Dam": one surname
        and words[0] not in v["given"]  # "Koichi Wakamatsu", even when the quotes say "Koichi"
        and _word_count(text, words[0]) > _word_count(text, last) >= 1
        and f"Sir {words[0]}" not in text  # "Sir Geoffrey Pallister" … "Sir Geoffrey said"
        and f"Dame {words[0]}" not in text
    ):
        return words[0]
    if (
        text
        and len(words) == 3
        and words[0] in v["given"]
        and words[1] not in v["given"]
        and words[1].lower() not in v["particles"]
        and not _PATRONYMIC.fullmatch(words[1])
        and _alone(text, words[1], last)
    ):
        # "Valentina Ardila Rueda" … "Ardila chose her words": two family names, the
        # story shortening to the first (Spanish usage)
        return words[1]
    if (
        len(words) == 2
        and last in v["japanese_given"]
        and words[0] not in v["given"]
        and _ROMAJI.fullmatch(last.lower())
        and _ROMAJI.fullmatch(words[0].lower())
    ):
        return words[0]  # "Nakamura Shinji": a Japanese family name written first
    if (
        len(words) >= 2
        and re.fullmatch(r"[A-Z][a-z]+-[a-z]+", last)
        and words[-2] not in v["given"]
        and is_name_word(words[-2])
    ):
        # "Lee Kyung-rim", "Collector Ho Ka-leung": family name first, before a given
        # name in hyphenated syllables
        return words[-2]
    if len(words) == 2 and words[0] in v["chinese_surnames"] and _PINYIN.fullmatch(last.lower()):
        return words[0]  # "Mao Ning", "Li Guoping": family name first
    if (
        len(words) == 3
        and (words[0] in v["chinese_surnames"] or words[0] in v["korean_surnames"])
        and all(len(w) <= 5 and w[1:].islower() and w not in v["given"] for w in words[1:])
    ):
        return words[0]  # "Goh Siew Ling", "Ri Jong Chol": a two-word given name after
    if (
        3 <= len(words) <= 4
        and words[0] in v["vietnamese_surnames"]
        and all(len(w) <= 5 and w[1:].islower() and w not in v["given"] for w in words[1:])
    ):
        return words[0]  # "Tran Quoc Hung", "Vu Thi Mai Anh": family name first
    i = len(words) - 1
    while i > 0 and words[i - 1].lower() in v["particles"]:
        i -= 1
    name = " ".join(words[i:])
    if i < len(words) - 1 and name[0].isupper() and text:
        lowered = name[0].lower() + name[1:]
        if lowered in text:
            return lowered  # "Von Hallerstein, 57," opening a sentence: "von Hallerstein"
    return name


def _alone(text: str, first: str, second: str) -> bool:
    """Does the story name someone by ``first`` alone ("Ardila chose her words"): not
    before ``second``, nor after another capitalised word ("La Paz", "Álvaro Ardila")?"""
    for m in re.finditer(rf"(?<![\w’'-]){re.escape(first)}(?![\w’'-])", text):
        after = text[m.end() : m.end() + len(second) + 1]
        if after == f" {second}":
            continue
        before = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
        # "Álvaro Ardila", "La Paz": part of another name, unless the word before only
        # opens the sentence ("Then Ardila said")
        if (
            before
            and before.group(1)[:1].isupper()
            and not _SENTENCE_OPEN.search(text, max(0, before.start() - 4), before.start() + 1)
        ):
            continue
        return True
    return False


_WORD_BEFORE = re.compile(r"([\w’'-]+)\s+$")
_SENTENCE_OPEN = re.compile(r"(?:^|[.!?][”\"’]?\s+|\n\s*)\S$")


def _word_count(text: str, word: str) -> int:
    r"""How often ``word`` stands as a whole word: "Armen" is not counted in "Armenia".

    Found with ``str.find``, not a pattern built from the word: a fresh story brings
    fresh names, and compiling a regular expression for each cost more than the rest of
    its analysis. Counts exactly what ``(?<![\w’'-])word(?![\w-])`` finds.
    """
    count = 0
    size = len(text)
    i = text.find(word)
    while i != -1:
        end = i + len(word)
        if (i == 0 or not _joined(text[i - 1], "’'-")) and (
            end == size or not _joined(text[end], "-")
        ):
            count += 1
            i = text.find(word, end)
        else:
            i = text.find(word, i + 1)
    return count


def _joined(c: str, extra: str) -> bool:
    r"""``c`` is a word character as ``\w`` sees it (letter, digit, "_") or one of ``extra``."""
    return c.isalnum() or c == "_" or c in extra


_NOISE = frozenset(
    [
        "Inc",
        "Inc.",
        "Co",
        "Co.",
        "Corp",
        "Corp.",
        "Ltd",
        "Ltd.",
        "LLC",
        "PLC",
        "plc",
        "GmbH",
        "AG",
        "SA",
        "NV",
        "JSC",
        "PJSC",
    ]
)
_LEADING_STATE = frozenset(["U.S", "U.S.", "US", "USA", "UK", "U.K", "U.K."])
# Words that make a body's name only with its state in front: "UK Space Agency", "US
# Space Force" (whereas "U.S. Commerce Department" is the Commerce Department).
_GENERIC_BODY = frozenset(
    [
        "space",
        "agency",
        "force",
        "command",
        "national",
        "government",
        "embassy",
        "mission",
        "consulate",
        "general",
    ]
)


# A leading modifier of where a body sits or who holds it ("US-based", "state-owned").
_LOCATED = re.compile(r"-(?:based|owned|run|backed|funded|registered|listed|headquartered)$")


def named_past_kind(words: list[str], *seats: frozenset[str]) -> bool:
    """A body's name running on past its kind word: "the Chinese Consulate General", or
    a place after it (of ``seats``): "Space Center Houston", "the Meteorological Service
    Singapore"."""
    if words[-2:] == ["Consulate", "General"]:
        return True
    org_words = speech_vocab()["org_words"]
    return (
        len(words) > 1
        and any(words[-1] in seat for seat in seats)
        and any(w in org_words for w in words[:-1])
    )


def clean_org_words(ws: list[str]) -> list[str]:
    """Without trailing corporate noise ("Axiom Space Inc." → "Axiom Space") and a leading
    country abbreviation ("U.S. Commerce Department" → "Commerce Department")."""
    while len(ws) > 1 and ws[-1] in _NOISE:
        ws = ws[:-1]
    while len(ws) > 1 and _LOCATED.search(ws[0]):
        ws = ws[1:]  # "US-based Satellite Industry Association": the body, not its seat
    if (
        len(ws) > 2
        and ws[0] in _LEADING_STATE
        and not _GENERIC_BODY.issuperset(w.lower() for w in ws[1:])
    ):
        ws = ws[1:]  # not "UK Space Agency": "Space Agency" alone names no one
    return ws


# "-aya" only after the consonants of Russian adjectival surnames ("Tolstaya", "Chernaya",
# "Gorskaya"): "Araya", "Amaya" are Spanish and Basque, and tell nothing.
_FEMALE = ("ova", "eva", "ina", "kaya", "taya", "naya", "skaya", "ska")
_MALE = ("ov", "ev", "in", "sky", "skiy", "skii", "iy")


# Irish surname particles: a woman's ("Ní", "Nic", "Uí", "Mhic") or a man's ("Ó", "Mac").
_GAELIC_GENDER = {"Ní": "f", "Nic": "f", "Uí": "f", "Mhic": "f", "Ó": "m", "Mac": "m"}


def surname_gender(surname: str) -> str | None:
    """'f'/'m' where a (Slavic) surname ending or an Irish particle tells, else None."""
    first, _, rest = surname.partition(" ")
    if rest and first in _GAELIC_GENDER:
        return _GAELIC_GENDER[first]  # "Ní Bhraonáin" is a woman, "Ó Briain" a man
    low = surname.lower()
    if len(low) < 5:  # "Lin", "Jin", "Chin": no Slavic ending, whatever their last letters
        return None
    if low.endswith(_FEMALE):
        return "f"
    if low.endswith(_MALE) and not low.endswith("ein"):  # not "Hallerstein", "Bernstein"
        return "m"
    return None


def word_spans(text: str, start: int, end: int, limit: int | None = None) -> list[tuple[str, int]]:
    """The words from start to end (the first ``limit`` of them: a caller reading only
    a sentence's opening words need not tokenise a 30,000-character run-on one)."""
    found = _WORD.finditer(text, start, end)
    out = [(m.group(), m.start()) for m in islice(found, limit)]
    if text.find(" -", start, end) != -1:
        out = [("–", p) if w[0] == "-" else (w, p) for w, p in out]
    return out


def trailing_run(words: list[tuple[str, int]]) -> list[tuple[str, int]]:
    v = speech_vocab()
    i = len(words)
    while i > 0:
        w = words[i - 1][0]
        if is_name_word(w) or (i < len(words) and w.lower() in v["particles"]):
            i -= 1
        else:
            break
    return words[i:]


def last_comma(words: list[tuple[str, int]]) -> int | None:
    """Index of the last "," among the words, or None."""
    return max((i for i, (w, _) in enumerate(words) if w == ","), default=None)


def without_possessive(run: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """'Roscosmos's' → 'Roscosmos': the run with the "'s" of its last word cut, if it has one."""
    if run and run[-1][0][-2:] in ("'s", "’s"):
        return run[:-1] + [(run[-1][0][:-2], run[-1][1])]
    return run


def run_after(words: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The capitalised run at the start of ``words`` ("NASA's Office of Inspector General")."""
    v = speech_vocab()
    run: list[tuple[str, int]] = []
    for i, (w, p) in enumerate(words):
        org_link = (
            w in ("for", "on")
            and run
            and run[-1][0] in v["org_words"]
            and i + 1 < len(words)
            and is_name_word(words[i + 1][0])
            and words[i + 1][0] not in v["not_names"]
        )  # "Institute for Security Studies", "Committee on Space Policy"
        if is_name_word(w) or (run and (w.lower() in v["particles"] or w == "of")) or org_link:
            run.append((w, p))
        elif w in ("the", "a", "an") and not run:
            continue
        else:
            break
    while run and run[-1][0] in ("of", "for", "on"):
        run.pop()
    return run
