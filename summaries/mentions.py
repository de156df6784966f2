"""Who and what a story mentions, and where: the memory behind "he", "the agency", "it".

Built once per text from the gazetteer and from capitalised runs that look like people
(a title, a given name, an apposition or a speech verb beside them). Unnamed people
("a former flight director") are found only when a pronoun needs them.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort

from summaries.detect_signals import valid_iss
from summaries.gazetteer import given_gender, load_data, scan, speech_vocab
from summaries.names import bare_word, clean_org_words, person_name, surname_gender
from summaries.person_runs import CAP_RUN, GAELIC, is_subject, looks_like_person
from summaries.sentences import split_sentences

# "the Russian foreign ministry", "the US embassy": the lower-case noun is found first
# (cheap), then the capitalised word or abbreviation just before it.
_LOWER_ORG_NOUNS = (
    "space agency",
    "foreign ministry",
    "defence ministry",
    "defense ministry",
    "delegation",
    "government",
    "embassy",
)
_LOWER_ORG_HEAD = re.compile(
    r"(?:(?:[A-Z][a-z]+|[A-Z]{2,3})[ \t]+){0,2}(?:[A-Z][a-z]+|[A-Z]{2,3}|(?:[A-Z]\.){2,3})"
    r"(?:['’]s)?$"
)
_COMPANY = frozenset(["Company", "Corporation", "Alliance", "Inc", "Corp"])
# Legal-form suffixes that end a firm's name ("Brockmann AG", "Airbus SE's").
_FIRM_SUFFIXES = frozenset(["AG", "GmbH", "plc", "PLC", "SE", "ASA", "NV", "SpA", "Ltd", "LLC"])
# An unnamed person described ("a former NASA flight director", "one European manager").
_ANON = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)[ \t]+(?:[\w’'\-]+[ \t]+){0,4}?"
    r"(?:official|engineer|director|manager|source|diplomat|analyst|expert|scientist|"
    r"researcher|insider|veteran|controller|executive|employee|spokesperson|spokesman|"
    r"spokeswoman|astronaut|cosmonaut|lawmaker|aide|adviser|advisor|person|member|pilot|deputy|"
    r"visitor|volunteer|resident|worker|passenger|witness|officer|colleague|man|woman|"
    r"relative|bystander|neighbour|neighbor|liaison|negotiator|staffer|contractor|technician|"
    r"instructor|lawyer|banker|trader|specialist|consultant)\b"
    r"(?![ \t]+[A-Z])(?!,[ \t]+[A-Z][a-z]+[ \t]+[A-Z])"
)
# "Association of Australia", "Committee on National Space Policy", "Bureau of Industry
# and Security"
_ORG_TAIL = re.compile(
    r"[ \t]+(?:of|on|for)[ \t]+(?:the[ \t]+)?[A-Z][\w’'\-]*"
    r"(?:(?:,[ \t]+[A-Z][\w’'\-]*){1,3},?[ \t]+and[ \t]+[A-Z][\w’'\-]*"  # "of Trade, Industry and Energy"
    r"|(?:[ \t]+(?:and[ \t]+)?[A-Z][\w’'\-]*){0,3})"
)
# An organisation name's "of"/"for" tail with no day or month in it.
_NAMED_FOR = re.compile(
    r"[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?"
    r"(?![\w ]*\b(?:\w+day|January|February|March|April|May|June|July|August|September"
    r"|October|November|December)\b)"
)
_ORG_TAIL_PLAIN = re.compile(
    r"[ \t]+(?:of|on|for)[ \t]+(?:the[ \t]+)?[A-Z][\w’'\-]*(?:[ \t]+(?:and[ \t]+)?[A-Z][\w’'\-]*){0,3}"
)


# "the Arctic and " before an organisation's run: a first word its name shares.
# ("the Danish Competition and ": a modifier before that word too)
# ("the Foreign, Commonwealth and ": a list of such words)
_AND_BEFORE = re.compile(
    r"\b(?:the|The)[ \t]+((?:[A-Z][a-z]+,[ \t]+){0,3}(?:[A-Z][a-z]+[ \t]+)?([A-Z][a-z]+))"
    r"[ \t]+and[ \t]+$"
)


def _lower_org_nouns(text: str) -> list[tuple[int, int]]:
    """Each of ``_LOWER_ORG_NOUNS`` standing as words after a space or tab, as (start of
    the blanks before it, end of the noun), in text order.

    What ``[ \\t]+(?:space agency|…)\\b`` finds, with one ``str.find`` per noun: the
    pattern was tried at every blank of the story.
    """
    out = []
    for noun in _LOWER_ORG_NOUNS:
        i = text.find(noun, 1)
        while i != -1:
            end = i + len(noun)
            if text[i - 1] in " \t" and (end == len(text) or not _is_word_char(text[end])):
                start = i - 1
                while start and text[start - 1] in " \t":
                    start -= 1
                out.append((start, end))
            i = text.find(noun, i + 1)
    out.sort()
    return out


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"  # what ``\w`` matches


def _joins_name(word: str, orgs: dict, v: dict[str, frozenset[str]]) -> bool:
    """A word that can open an organisation's name with "and" ("Arctic", "Science"), not
    a body, a state or a capital of its own ("between the Kremlin and European Space
    Agency")."""
    return not (
        word in orgs
        or word in v["state_names"]
        or word in v["given"]
        or (word in v["place"] and word not in _REGIONS)
    )


# Regions that name bodies together ("Arctic and Antarctic", "Atlantic and Pacific").
_REGIONS = frozenset(["Arctic", "Antarctic", "Atlantic", "Pacific", "Baltic", "Caspian"])


def _portfolios(tail: str, v: dict[str, frozenset[str]]) -> bool:
    """'of Trade, Industry and Energy': every item after the first is a portfolio."""
    items = tail.replace(",", " ").split()[2:]
    return all(w in v["portfolio_words"] for w in items if w != "and")


# "Mission to the EU", "Delegation to the OSCE": a state's body and where it is sent.
_ENVOY_WORDS = frozenset(["Mission", "Delegation", "Representation"])
_TO_TAIL = re.compile(r"[ \t]+to[ \t]+(?:the[ \t]+)?[A-Z][\w’'\-]*(?:[ \t]+[A-Z][\w’'\-]*){0,3}")
_PREPOSITIONS = frozenset(["In", "On", "At", "From", "For", "By", "With", "To", "Of", "Near"])
# Before an indefinite description that describes someone already named: "Al-Suwaidi, a
# mechanical engineer", "the 61-year-old, a former officer", "al-Mansouri is a former pilot",
# "The first deputy director, a former Energia engineer"; a count ("at least one person").
_APPOSITION = re.compile(
    r"(?:[A-Z][\w’'\-]+,|\d+,|-old,|\b(?:is|was|became|as|least|than|every|each)|"
    r"(?:(?<=[.!?][ \t])|(?<=\n)|^)The[ \t][^,.;:\"“”]{1,40},)[ \t]*$"
)
# A dateline ("PRETORIA —", "DELFT, Netherlands -"): a place, never a speaker.
_DATELINE = re.compile(r"\s*[A-Z][A-Z.'’\- ]+(?:,[^—–\n]{1,40}?)?[ \t]+(?:[—–]|--?)[ \t]+")


# "Engström's wife, Karin,": a relative introduced by a given name after the family's.
# A name the sentence goes on describing ("shows Levchenko, speaking in Russian,"): its topic.
# ("Sota Mori from Otaru, who tried the soup": past a hometown too)
_DWELT_ON = re.compile(r"(?:[ \t]+(?:from|of)[ \t]+[A-Z][\w’'\-]*)?,[ \t]+(?:who\b|[a-z]+ing\b)")
_KIN = re.compile(
    r"(?:\b(?P<owner>[A-Z][\w’'\-]+)['’]s|\b(?P<pron>his|her|their))[ \t]+(?P<kin>wife|husband|son|daughter|mother|"
    r"father|brother|sister|widow|widower|mum|mom|dad|grandmother|grandfather|aunt|uncle|niece|"
    r"nephew)(?P<comma>,?)[ \t]+$"
)
_KIN_WORDS = frozenset(
    ["wife", "husband", "son", "daughter", "mother", "father", "brother", "sister", "widow"]
    + ["widower", "mum", "mom", "dad", "grandmother", "grandfather", "aunt", "uncle", "niece"]
    + ["nephew"]
)
_FEMALE_KIN = frozenset(
    ["wife", "daughter", "mother", "sister", "widow", "mum", "mom", "grandmother", "aunt", "niece"]
)

_OPENING = '"“'
_CLOSING = {'"': '"', "“": "”"}


def _other_iss(hits: tuple, text: str) -> list[tuple[int, str, str]]:
    """'ISS A/S, the Danish facility services group', 'Institutional Shareholder Services
    (ISS)': an "ISS" the detector does not take for the station is an organisation that
    speaks ("ISS said")."""
    iss = [h for h in hits if h.cat == "iss" and text[h.start : h.end] == "ISS"]
    if not iss:
        return []
    station = {h.start for h in valid_iss(hits, text)}
    return [(h.start, "ISS", "") for h in iss if h.start not in station]


class Mentions:
    """Mentions of people and organisations, for resolving "he", "the agency", "the letter".

    A person mention that opens its sentence (its subject) is preferred for "he"/"she"
    over a more recent one in object position ('…by a decree of President Putin. He…').
    """

    def __init__(self, text: str) -> None:
        self.text = text
        dateline = _DATELINE.match(text)
        self.dateline_end = dateline.end() if dateline else 0
        self.people: list[tuple[int, str, bool]] = []  # (pos, surname, is_subject)
        self.gender: dict[str, str | None] = {}  # surname -> gender of its given name
        # position -> gender of the given name written there (two Satos, a man and a woman)
        self.gender_at: dict[int, str] = {}
        self.orgs: list[tuple[int, str, str]] = []  # (pos, name, kind)
        hits, _ = scan(text)
        orgs = load_data()["orgs"]
        sents = split_sentences(text)
        self.sent_starts = [s for s, _ in sents]
        self.sent_ends = [e for _, e in sents]
        self.starts = set(self.sent_starts)
        found: list[tuple[int, str]] = []
        for h in hits:
            if h.cat == "person":
                found.append((h.start, h.name))
            elif h.cat == "org":
                self.orgs.append((h.start, h.name, orgs[h.name].get("kind", "")))
        self.orgs.extend(_other_iss(hits, text))
        v = speech_vocab()
        given = given_gender()
        not_names = v["not_names"]
        places = v["unnamed_place"]
        titled = v["titled"]
        knights: dict[tuple[str, str], str] = {}
        unlisted: dict[str, set[str]] = {}  # surname -> given names of unknown gender
        runs = [(m.start(), m.end(), m.group()) for m in CAP_RUN.finditer(text)]
        # words written after another capitalised word somewhere ("Joel Montalbano")
        self._after_cap = {w.rstrip(".,") for _, _, r in runs for w in r.split()[1:]}
        org_words = v["org_words"]
        covered = 0
        for start, end, run in runs:
            words = run.split()
            if start < covered:
                continue  # inside an organisation's name ("Institute of Space Physiology")
            firm = len(words) >= 2 and bare_word(words[-1]) in _FIRM_SUFFIXES
            if firm:
                words = words[:-1]  # "Brockmann AG's chairman": the firm is Brockmann
            if firm or words[-1] in org_words:
                ext = _ORG_TAIL.match(text, end)
                if ext is None and words[-1] in _ENVOY_WORDS:
                    ext = _TO_TAIL.match(text, end)  # "China's Mission to the EU"
                if ext and "," in ext.group() and not _portfolios(ext.group(), v):
                    ext = _ORG_TAIL_PLAIN.match(text, end)  # "of Defence, Shoigu and …"
                if ext and not set(ext.group().split()) & v["not_names"]:
                    words = words + ext.group().split()
                    covered = end + len(ext.group())  # "of Space Physiology": no person
                elif ext and _NAMED_FOR.match(ext.group()):
                    # "the Podgorica Centre for Democratic Transition said": the name's
                    # tail is no person, though one of its words opens sentences too
                    covered = end + len(ext.group())
                while words and words[0] in v["not_names"]:
                    words = words[1:]
                pair = (
                    _AND_BEFORE.search(text, max(0, start - 40), start)
                    if text.endswith(" and ", 0, start)
                    else None
                )
                if pair and all(
                    _joins_name(w.rstrip(","), orgs, v)
                    for w in pair.group(1).split()
                    if w[-1] == "," or w == pair.group(2)
                ):
                    # "the Arctic and Antarctic Research Institute": one body
                    words = [*pair.group(1).split(), "and", *words]
                    start = pair.start(1)
                    while found and found[-1][0] >= start:
                        found.pop()  # "the Foreign, Commonwealth and …": no person in it
                words = clean_org_words(words)
                if words:
                    kind = "agency" if words[-1] == "Agency" else ""
                    kind = "company" if words[-1] in _COMPANY or firm else kind
                    kind = "force" if words[-1] in ("Constabulary", "Police") else kind
                    self.orgs.append((start, " ".join(words), kind))
                continue
            if len(words) == 1 and words[0] in not_names:
                continue  # "The", "But": never a name on their own
            if len(words) == 1 and words[0].rstrip(",") in v["portfolio_words"]:
                continue  # "Minister for Science, Research and Innovation": a portfolio
            if (
                len(words) >= 2
                and words[0][-2:] in ("'s", "’s")
                and words[1] not in given
                and text[max(0, start - 4) : start].lower() == "the "
            ):
                continue  # "the Bundestag's Parliamentary Control Panel": a thing owned
            if len(words) >= 3 and words[0][-2:] in ("'s", "’s") and words[1] in given:
                # "Italy's Chiara Benvenuti", "NASA's Kathy Lueders": the owner is no name
                start = text.index(words[1], start + len(words[0]))
                words = words[1:]
            if len(words) > 3 and words[-2] in GAELIC:
                # "for European Affairs Síle Ní Bhraonáin": the portfolio is no name
                start = text.rindex(words[-3], start, end)
                words = words[-3:]
            if len(words) >= 2 and words[0] in _PREPOSITIONS:
                # "In Edmonton, the astronaut's father,": the place alone is judged
                start = text.index(words[1], start + len(words[0]))
                words = words[1:]
            kin = (
                _KIN.search(text, max(0, start - 40), start)
                if len(words) == 1
                and text[start - 1 : start] == " "
                and text[text.rfind(" ", 0, start - 1) + 1 : start - 1].rstrip(",") in _KIN_WORDS
                else None
            )
            family = kin.group("owner") if kin else None
            if kin and family is None:
                # "Jane Smith watched with her husband John": the person "her" is
                clash = {"his": "f", "her": "m"}.get(kin.group("pron"))
                for p, n in reversed(found):
                    if start - p > 300:
                        break
                    if clash is None or self.gender.get(n, surname_gender(n)) != clash:
                        family = n
                        break
            kin_g = ("f" if kin.group("kin") in _FEMALE_KIN else "m") if kin else None
            if (
                family
                and family not in not_names
                and (text.startswith(",", end) if kin.group("comma") else words[0] in given)
                and surname_gender(family) in (None, kin_g)  # not Petrova's husband Oleg
            ):
                # "Engström's wife, Karin, followed the flight", "Savchuk's brother Taras
                # teaches": a relative by the family name, and a gender that may differ
                # from the one the name had
                g = kin_g
                found.append((start, family))
                self.gender[family] = g if self.gender.get(family, g) == g else None
                continue
            if (
                len(words) >= 2
                and words[-1] in v["countries"]
                and any(w.rstrip(",") in v["portfolio_words"] for w in words[:-1])
            ):
                # "Global Affairs Canada", "Transport Canada": a department named by its
                # portfolio and its state, referred back to as "the department"
                self.orgs.append((start, " ".join(words), "department"))
                continue
            if len(words) == 1 and (
                bare_word(words[0]) in places or bare_word(words[0]) in v["countries"]
            ):
                continue  # "Moscow", "Japan's": person_name would refuse it anyway
            if len(words) == 2 and (words[0], words[1]) in knights:
                found.append((start, knights[words[0], words[1]]))  # "Sir Geoffrey was …"
                continue
            if looks_like_person(text, start, end, words, self._after_cap, self.starts, v):
                who = person_name(words, text)
                if who:
                    found.append((start, who))
                    if len(words) > 2 and words[0] in ("Sir", "Dame"):
                        knights[words[0], words[1]] = who  # "Sir Geoffrey Pallister"
                    k = 0
                    while k < len(words) - 2 and words[k].lower() in titled:
                        k += 1  # "Judge Elena Ramírez", "Commissioner Henrik Vaalgaard"
                    if len(words) > k + 1 and who == words[-2] and words[-1] in given:
                        k = len(words) - 1  # "Yamashiro Aiko": the given name written last
                    elif (
                        len(words) > 1
                        and words[k] not in given
                        and who == words[-1]
                        and words[-2] in given
                    ):
                        k = len(words) - 2  # "Economic Security Minister Yumiko Sato"
                    if words[k] in given and who != words[k]:
                        # "Olga Rytova" → Rytova is a woman ("Andrea": either)
                        g = given[words[k]]
                        self.gender[who] = g if self.gender.get(who, g) == g else None
                        if g:
                            self.gender_at[start] = g
                    elif who != words[k] and len(words[k]) > 2 and words[k].isalpha():
                        unlisted.setdefault(who, set()).add(words[k])
        for n in unlisted:
            # "astronaut Maya Kowalchuk" … "her father, Roman Kowalchuk": a given name the
            # lists do not know leaves the family name's gender open
            if n in self.gender:
                self.gender[n] = None
        surnames = {n for _, n in found}
        seen = {p for p, _ in found}
        # "Van Dam laughed" at the head of a sentence is "Niels van Dam"
        particled = {n.lower(): n for n in surnames if " " in n}
        for start, _end, run in runs:
            if start not in seen:
                for w in run.split():
                    if w[-2:] in ("'s", "’s") and w[:-2] in surnames:
                        w = w[:-2]  # "Raman's opening statement … she says"
                    if w in surnames:
                        found.append((start, w))
                        break
                else:
                    if particled and run.lower() in particled:
                        found.append((start, particled[run.lower()]))
        self._runs = runs
        self._by_word: dict[str, list[int]] | None = None  # built when first needed
        self._noted = set(surnames)
        first_in_sent: dict[int, int] = {}
        for pos, _name in found:
            i = self.sent_of(pos)
            first_in_sent[i] = min(pos, first_in_sent.get(i, pos))
        for pos, name in found:
            # 'Lena Marsh met Karla Brandt': only the first named is the subject by position
            first = first_in_sent[self.sent_of(pos)] == pos
            self.people.append((pos, name, self._is_subject(pos, by_position=first)))
        self._anon_done = False
        self._lower: str | None = None
        for noun_start, noun_end in _lower_org_nouns(text):
            head = _LOWER_ORG_HEAD.search(text, max(0, noun_start - 30), noun_start)
            h = head.start() if head else -1
            if h < 0 or (h and (text[h - 1].isalnum() or text[h - 1] == "_")):
                continue
            name = text[h:noun_end]
            while name.split()[0] in v["not_names"] and name.count(" ") > 1:
                h = text.index(" ", h) + 1  # "The Moscow Region government": Moscow Region
                name = text[h:noun_end]
            if name.split()[0] in v["not_names"]:
                continue
            self.orgs.append((h, name, "agency" if "agency" in name else ""))
        self.people.sort()
        self.orgs.sort()

    def _is_subject(self, pos: int, *, by_position: bool = True) -> bool:
        i = bisect_right(self.sent_starts, pos) - 1
        start = self.sent_starts[i] if i >= 0 else 0
        return is_subject(self.text, pos, start, by_position=by_position)

    def find_anonymous(self) -> None:
        if not self._anon_done:
            self._add_anonymous()

    def _add_anonymous(self) -> None:
        """'a former flight director, who asked not to be named': somebody, but unnamed
        (found lazily: only pronouns need it)."""
        self._anon_done = True
        text = self.text
        for m in _ANON.finditer(text):
            if not _APPOSITION.search(text, max(0, m.start() - 40), m.start()):
                insort(self.people, (m.start(), "", self._is_subject(m.start())))

    def known_person(self, name: str | None) -> bool:
        """A person the story names as one: in the gazetteer, found as a full name, or
        written after a first name somewhere ("Joel Montalbano")."""
        if not name:
            return False
        return name in self._noted or name in speech_vocab()["people"] or name in self._after_cap

    @property
    def after_capital(self) -> set[str]:
        """Words the story writes after another capitalised word ("Joel Montalbano")."""
        return self._after_cap

    def sent_of(self, pos: int) -> int:
        return bisect_right(self.sent_starts, pos) - 1

    def subject_start(self, k: int) -> int:
        """Where sentence ``k``'s own words start: after the dateline, and after a
        quotation that opens it ('"Restrictions imposed …," the report states'), whose
        capitalised first word is never the sentence's subject."""
        s, e = max(self.sent_starts[k], self.dateline_end), self.sent_ends[k]
        text = self.text
        while s < e and text[s] in " \t\n":
            s += 1
        if s < e and text[s] in _OPENING:
            close = text.find(_CLOSING[text[s]], s + 1, e)
            if close != -1:
                s = close + 1
                while s < e and text[s] in " \t,;:":
                    s += 1
        return s

    def last_person(self, pos: int, pronoun: str = "") -> str | None:
        """Who "he"/"she" is: the most recent named subject of a compatible gender (where
        the given name or surname tells: Olga/Rytova, Dmitry/Baranov); where that subject
        clashes, a compatible person of the same sentence ('Baranov and Olga Rytova spoke.
        "…," she said'). None when the most recent person is an unnamed one ("a former
        flight director") with no name beside it."""
        if not self._anon_done:
            self._add_anonymous()
        i = bisect_left(self.people, (pos, "", False))
        clash = {"he": "f", "she": "m"}.get(pronoun.lower())
        near = self.people[max(0, i - 12) : i]

        def fits(n: str, p: int = -1) -> bool:
            g = self.gender_at.get(p) or self.gender.get(n, surname_gender(n))
            return clash is None or g != clash

        named = [x for x in near if not x[1] or fits(x[1], x[0])]
        if named and not named[-1][1] and self._anon_blocks(named[-1], pronoun):
            anon = named[-1][0]
            named = [x for x in named if x[1]]
            if not any(self.sent_of(p) == self.sent_of(anon) or p > anon for p, _, _ in named):
                return None
        named = [x for x in named if x[1]]
        fallback = named[-1][1] if named else None
        for k in range(len(near) - 1, -1, -1):
            p, name, subj = near[k]
            if pos - p > 700:
                break
            if not name or not subj:
                continue
            if fits(name, p):
                para = self.text.rfind("\n", 0, pos) + 1
                if p < para and pronoun:
                    # 'A clip from the capsule shows Levchenko, speaking in Russian. "…,"
                    # he said': the one person this paragraph names, not an earlier subject
                    here = [(p2, n) for p2, n, _s in near if p2 >= para and n and fits(n, p2)]
                    if (
                        len({n for _p, n in here}) == 1
                        and not any(p2 >= para and not n for p2, n, _s in near)
                        and (
                            _DWELT_ON.match(
                                self.text,
                                self.text.find(here[0][1], here[0][0]) + len(here[0][1]),
                            )
                            or self._introduced_in_apposition(here[0][0], here[0][1])
                            or self._told_gender(here[0][0], here[0][1], pronoun, name, p)
                        )
                    ):
                        return here[0][1]
                return name
            sent = self.sent_of(p)
            for p2, n2, _s in reversed(near):
                if n2 and p2 < pos and self.sent_of(p2) == sent and fits(n2, p2):
                    return n2
        return fallback

    def _told_gender(self, pos: int, name: str, pronoun: str, earlier: str, at: int) -> bool:
        """'… led by Professor Juliana Albuquerque. "…," she said': the one person of a
        new paragraph whose given name says the pronoun, against an earlier paragraph's
        subject whose gender nothing told."""
        want = {"he": "m", "she": "f"}.get(pronoun.lower())
        told = self.gender_at.get(pos) or self.gender.get(name)
        return (
            want is not None
            and told == want
            and not (self.gender_at.get(at) or self.gender.get(earlier, surname_gender(earlier)))
        )

    def _introduced_in_apposition(self, pos: int, name: str) -> bool:
        """'I spoke to our commander, Yaroslav Bulatnikov, on Saturday': a person brought
        in between commas after a description, whom the next "he" is about."""
        end = self.text.find(name, pos)
        before = self.text[max(0, pos - 40) : pos - 2].split()
        return (
            self.text[pos - 2 : pos] == ", "
            and end != -1
            and self.text.startswith(",", end + len(name))
            and bool(before)
            and before[-1].islower()
        )

    def _anon_blocks(self, anon: tuple[int, str, bool], pronoun: str) -> bool:
        """An unnamed person stops "he"/"she" unless a sentence that opens with that very
        pronoun mentions them in passing ('She said the robot waited when a crew member
        floated into its path. "…," she joked')."""
        if not self._anon_speaks(anon[0]) and self._named_before_in_para(anon[0]):
            # 'Dr Ines Kohlhaas … said …. An astronaut famously let go of a tool bag in
            # 2008. ¶ "…," she said': an aside in someone else's paragraph, with no voice
            return False
        if anon[2] or not pronoun:
            return True
        k = self.sent_of(anon[0])
        head = self.text[self.subject_start(k) : anon[0]].split()[:1]
        return not (head and head[0].lower() == pronoun.lower())

    def _named_before_in_para(self, pos: int) -> bool:
        para = self.text.rfind("\n", 0, pos) + 1
        return any(n and subj and para <= p < pos for p, n, subj in self.people)

    def _anon_speaks(self, pos: int) -> bool:
        """The unnamed person's sentence gives them a voice: a speech verb, or the
        anonymity a source is granted."""
        k = self.sent_of(pos)
        words = self.text[self.sent_starts[k] : self.sent_ends[k]].lower().split()
        said = speech_vocab()["said"]
        return any(
            w in said or w.startswith("anonym") or w in ("named", "identified")
            for w in (x.strip(",.;:") for x in words)
        )

    def learn_gender(self, name: str, pronoun: str) -> None:
        """'Rygh … he replied': a person whose gender nothing told is the pronoun's from now
        on, so a later "she" skips him."""
        if name not in self.gender and surname_gender(name) is None:
            self.gender[name] = "m" if pronoun.lower() == "he" else "f"

    def lower_text(self) -> str:
        if self._lower is None:
            self._lower = self.text.lower()
        return self._lower

    def last_org(self, pos: int, *, noun: str = "", within: int = 10**9) -> str | None:
        """Most recent organisation before ``pos``; with ``noun`` ("agency", "company",
        "ministry"…) the most recent one of that kind or with that word in its name."""
        i = bisect_left(self.orgs, (pos, "", ""))
        while i > 0:
            i -= 1
            p, name, kind = self.orgs[i]
            if pos - p > within:
                return None
            if self.text.startswith(name + "-", p):
                continue  # "a NASA-managed cargo flight": a modifier, not a referent
            if not noun or kind == noun or noun in name.lower():
                # "The Russian Foreign Ministry": the name as written, not the shorter
                # gazetteer hit inside it
                for p2, name2, _k in self.orgs[max(0, i - 3) : i]:
                    if (
                        p - p2 <= 40
                        and len(name2) > len(name)
                        and name2.lower().endswith(name.lower())  # "Dutch foreign ministry"
                    ):
                        return name2
                return name
        return None

    def note(self, pos: int, speaker: str, is_person: bool) -> None:
        if is_person:
            insort(self.people, (pos, speaker, True))
            if speaker not in self._noted:
                # Now a known surname: its bare mentions ("Dyson, on her third flight,")
                # are that person too.
                self._noted.add(speaker)
                if self._by_word is None:
                    self._by_word = {}
                    for start, _end, run in self._runs:
                        for w in run.split():
                            self._by_word.setdefault(w.rstrip(".,"), []).append(start)
                for p in self._by_word.get(speaker, ()):
                    k = bisect_left(self.people, (p, speaker, False))
                    if k < len(self.people) and self.people[k][:2] == (p, speaker):
                        continue
                    insort(self.people, (p, speaker, self._is_subject(p)))
        else:
            insort(self.orgs, (pos, speaker, ""))
