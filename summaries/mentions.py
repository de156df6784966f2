"""Who and what a story mentions, and where: the memory behind "he", "the agency", "it".

Built once per text from the gazetteer and from capitalised runs that look like people
(a title, a given name, an apposition or a speech verb beside them). Unnamed people
("a former flight director") are found only when a pronoun needs them; ``pronouns`` reads
this memory to say who "he" or "she" is.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort

from summaries.detect_signals import valid_iss
from summaries.gazetteer import given_gender, load_data, scan, speech_vocab
from summaries.mention_patterns import (
    AND_BEFORE,
    ANON,
    APPOSITION,
    CLOSING,
    COMPANY,
    DATELINE,
    DEFINITE_ROLE,
    ENVOY_WORDS,
    FEMALE_KIN,
    FIRM_SUFFIXES,
    KIN,
    KIN_WORDS,
    LOWER_ORG_HEAD,
    NAMED_FOR,
    OPENING,
    ORG_TAIL,
    ORG_TAIL_PLAIN,
    PREPOSITIONS,
    TO_TAIL,
    joins_name,
    lower_org_nouns,
    portfolios,
)
from summaries.names import (
    bare_word,
    clean_org_words,
    named_past_kind,
    person_name,
    surname_gender,
)
from summaries.person_runs import CAP_RUN, GAELIC, looks_like_person, org_apposition_head
from summaries.sentence_subjects import is_subject
from summaries.sentences import split_sentences

# "a hacking group calling itself Sich Cyber Corps": a kind of body, then the name it goes
# by. Keyword first: a pattern opened by a literal is searched for, not tried at every
# character (the whole text costs ~0.1 ms a pattern otherwise).
_CALLED = re.compile(
    r"(?:calling[ \t]+itself|calls[ \t]+itself|known[ \t]+as|called|named)[ \t]+"
    r"(?=[A-Z])"
)
# "the union Kommunal", "the company Fjellrent": a kind of body, then its name (searched in
# the lower-cased text, by its literal "the ")
_THE_KIND = re.compile(r"the[ \t]+([a-z]+)[ \t]+")
_NAME_RUN = re.compile(r"[A-Z][\w\-]+(?:[ \t]+[A-Z][\w\-]+){0,2}\b(?![’']s)")


def _kinds_named(text: str, low: str, kinds: frozenset[str]) -> list[tuple[str, int, str]]:
    """(kind, start, name) for each body written after its kind."""
    out = []
    for m in _THE_KIND.finditer(low):
        if m.group(1) not in kinds or not text[m.end() : m.end() + 1].isupper():
            continue
        if (m.start() and low[m.start() - 1].isalnum()) or not text[m.start(1)].islower():
            continue  # "bathe"; "the Senate Foreign Relations …" names no kind
        name = _NAME_RUN.match(text, m.end())
        if name:
            out.append((m.group(1), name.start(), name.group(0)))
    called = "called" in text or "named" in text or "itself" in text or "known as" in text
    for m in _CALLED.finditer(text) if called else ():
        before = text[max(0, m.start() - 40) : m.start()].split()
        if before and before[-1] == "that":
            before = before[:-1]  # "a group that calls itself …"
        name = _NAME_RUN.match(text, m.end())
        if before and name and before[-1].isalpha() and before[-1].islower():
            out.append((before[-1], name.start(), name.group(0)))
    return out


def _other_iss(hits: tuple, text: str) -> list[tuple[int, str, str]]:
    """'ISS A/S, the Danish facility services group', 'Institutional Shareholder Services
    (ISS)': an "ISS" the detector does not take for the station is an organisation that
    speaks ("ISS said")."""
    iss = [h for h in hits if h.cat == "iss" and text[h.start : h.end] == "ISS"]
    if not iss:
        return []
    station = {h.start for h in valid_iss(hits, text)}
    return [(h.start, "ISS", "") for h in iss if h.start not in station]


def _described_as(
    text: str, orgs: list[tuple[int, str, str]], known: dict, nouns: frozenset[str]
) -> dict[str, set[str]]:
    """Organisation -> the body nouns the story or the gazetteer calls it ("Volga Rocket
    Centre, the state-owned rocket maker that builds the boosters,"; Roscosmos, a state
    corporation), for "the rocket maker" and "the state corporation" said later."""
    out: dict[str, set[str]] = {}
    for pos, name, _kind in orgs:
        said = set(known.get(name, {}).get("nouns", ()))
        if text.startswith(name, pos):
            m = _ORG_APPOSITION.match(text, pos + len(name))
            if m:
                words = m.group(1).lower().split()
                if words[-1] in nouns or " ".join(words[-2:]) in nouns:
                    said |= {" ".join(words[i:]) for i in range(len(words))}
        if said:
            out.setdefault(name, set()).update(said)
    return out


# "Energia, the state-owned rocket maker that built Zvezda": up to four words before a noun
_ORG_APPOSITION = re.compile(
    r",[ \t]+(?:the|a|an)[ \t]+((?:[\w-]+[ \t]+){0,4}?[a-z]+)"
    r"(?=[,.;]|[ \t]+(?:that|which|whose|of|for|in|based)\b)"
)


# A ministry or minister's portfolio list running up to a run ("Minister of Industry and
# Trade", "Ministry of Digital Development, Innovation and "): what follows is a portfolio.
_PORTFOLIO_LIST = re.compile(
    r"\b(?:Minister|Ministry|Secretary)[ \t]+(?:of|for)[ \t][^.;:()\"“”]*$"
)


# Roles a possessive name may own and still be the one meant: "Putin's own words"; a
# relative shares the family's label ("Savchuk's brother Taras … he said": Savchuk).
_NOT_OWNED_ROLES = frozenset(["own"]) | KIN_WORDS
# What a constituency follows ("MP for Brecon Vale", "the member for Kanata"): no person.
_SEAT_FOR = re.compile(
    r"\b(?:MPs?|MSPs?|MLAs?|MEPs?|TDs?|[Mm]embers?|[Ss]enators?|[Dd]eputy|[Rr]epresentatives?|"
    r"[Cc]ongress(?:wo)?man|[Cc]ouncill?ors?|[Cc]andidates?)[ \t]+for[ \t]+$"
)
# a short first paragraph: an editor's note or a byline before the story's own first line
_FIRST_NOTE = re.compile(r"[^\n]{1,160}\n[ \t]*\n")


def _in_quotes(text: str, pos: int) -> bool:
    seg = text[text.rfind("\n", 0, pos) + 1 : pos]
    return seg.count('"') % 2 == 1 or seg.count("“") > seg.count("”")


def _bare(word: str) -> str:
    return word[:-2] if word[-2:] in ("'s", "’s") else word.rstrip(".,")


def _dateline_town(dateline: re.Match[str] | None) -> str:
    """The town a dateline opens with ("LUXOR —" → "Luxor"), or ""."""
    head = re.match(r"\s*([A-Z][A-Z'’\-]{2,})\b", dateline.group()) if dateline else None
    if head is None or head.group(1) in ("UPDATE", "BREAKING", "EXCLUSIVE", "ANALYSIS"):
        return ""
    return head.group(1).capitalize()


def _written_as_place(text: str, word: str) -> bool:
    """Whether the story writes ``word`` after "in" ("Hotels in Luxor are booked") and
    never before a speech verb ("confidence in Bakanov" is no place where "Bakanov said"
    is written): a place no list has. "“Luxor will see six minutes of totality”" then
    makes no Mr Luxor for "the governor" to be. Plain ``str.find``: this runs for every
    single capitalised word judged as a name."""
    found = False
    for lead in ("in ", "In "):
        i = text.find(lead + word)
        while i != -1 and not found:
            end = i + len(lead) + len(word)
            before_ok = i == 0 or not text[i - 1].isalnum()
            after = text[end : end + 2]
            found = (
                before_ok
                and not (after[:1].isalnum() or after[:1] in "’'-")
                and not (after[:1] == " " and after[1:2].isupper())
            )
            i = text.find(lead + word, end)
    return found and not any(text.find(f"{word} {verb}") != -1 for verb in _SAID_VERBS)


def _cached_place(cache: dict[str, bool], text: str, word: str) -> bool:
    if word not in cache:
        cache[word] = _written_as_place(text, word)
    return cache[word]


_SAID_VERBS = ("said", "says", "told", "added", "wrote", "warned", "argued", "insisted")


class Mentions:
    """Mentions of people and organisations, for resolving "he", "the agency", "the letter".

    A person mention that opens its sentence (its subject) is preferred for "he"/"she"
    over a more recent one in object position ('…by a decree of President Putin. He…').
    """

    def __init__(self, text: str) -> None:
        self.text = text
        dateline = DATELINE.match(text)
        if dateline is None and (note := _FIRST_NOTE.match(text)):
            # "[Translated from the Chinese by our staff]" or a byline above "BEIJING, Nov.
            # 26 (Huaxia) -- The Chinese government …": the dateline opens the next paragraph
            dateline = DATELINE.match(text, note.end())
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
        unlisted: set[str] = set()  # surnames given a first name the lists do not know
        first_names: dict[str, set[str]] = {}  # "Yuki" → {"Harada"}
        runs = [(m.start(), m.end(), m.group()) for m in CAP_RUN.finditer(text)]
        # words written after another capitalised word somewhere ("Joel Montalbano")
        self._after_cap = {w.rstrip(".,") for _, _, r in runs for w in r.split()[1:]}
        org_words = v["org_words"]
        described_firms: dict[str, str] = {}  # "Brazos" -> "Brazos Soft Goods"
        town = _dateline_town(dateline)
        placed: dict[str, bool] = {}  # word -> written as a place (see _written_as_place)
        covered = 0
        for start, end, run in runs:
            words = run.split()
            if start < covered:
                continue  # inside an organisation's name ("Institute of Space Physiology")
            firm = len(words) >= 2 and bare_word(words[-1]) in FIRM_SUFFIXES
            if firm:
                words = words[:-1]  # "Brockmann AG's chairman": the firm is Brockmann
            if firm or (
                (words[-1] in org_words or named_past_kind(words, v["countries"]))
                and not (words[-1] in v["firm_trades"] and words[0] in given)  # Helen Goods
            ):
                ext = ORG_TAIL.match(text, end)
                if ext is None and words[-1] in ENVOY_WORDS:
                    ext = TO_TAIL.match(text, end)  # "China's Mission to the EU"
                if ext and "," in ext.group() and not portfolios(ext.group(), v):
                    ext = ORG_TAIL_PLAIN.match(text, end)  # "of Defence, Shoigu and …"
                if ext and not set(ext.group().split()) & v["not_names"]:
                    words = words + ext.group().split()
                    covered = end + len(ext.group())  # "of Space Physiology": no person
                elif ext and NAMED_FOR.match(ext.group()):
                    # "the Podgorica Centre for Democratic Transition said": the name's
                    # tail is no person, though one of its words opens sentences too
                    covered = end + len(ext.group())
                while words and words[0] in v["not_names"]:
                    words = words[1:]
                pair = (
                    AND_BEFORE.search(text, max(0, start - 40), start)
                    if text.endswith(" and ", 0, start)
                    else None
                )
                if pair and all(
                    joins_name(w.rstrip(","), orgs, v)
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
                    kind = "company" if words[-1] in COMPANY or firm else kind
                    kind = "force" if words[-1] in ("Constabulary", "Police") else kind
                    self.orgs.append((start, " ".join(words), kind))
                    if len(words) > 1 and (firm or words[-1] in v["firm_trades"]):
                        # "Brazos Soft Goods … Brazos has made": the firm, said short
                        described_firms.setdefault(bare_word(words[0]), " ".join(words))
                continue
            if len(words) == 1 and words[0] in not_names:
                continue  # "The", "But": never a name on their own
            if len(words) == 1 and words[0].rstrip(",") in v["portfolio_words"]:
                continue  # "Minister for Science, Research and Innovation": a portfolio
            if words[-1].rstrip(",") in v["portfolio_words"] and _PORTFOLIO_LIST.search(
                text, max(0, start - 90), start
            ):
                continue  # "Minister of Digital Development, … and Aerospace Industry"
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
            if len(words) >= 2 and words[0] in PREPOSITIONS:
                # "In Edmonton, the astronaut's father,": the place alone is judged
                start = text.index(words[1], start + len(words[0]))
                words = words[1:]
            kin = (
                KIN.search(text, max(0, start - 40), start)
                if len(words) == 1
                and text[start - 1 : start] == " "
                and text[text.rfind(" ", 0, start - 1) + 1 : start - 1].rstrip(",") in KIN_WORDS
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
            kin_g = ("f" if kin.group("kin") in FEMALE_KIN else "m") if kin else None
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
                bare_word(words[0]) in places
                or bare_word(words[0]) in v["countries"]
                or bare_word(words[0]) == town
                or _cached_place(placed, text, bare_word(words[0]))
            ):
                continue  # "Moscow", "Japan's": person_name would refuse it anyway
            if text.endswith("for ", 0, start) and _SEAT_FOR.search(
                text, max(0, start - 40), start
            ):
                continue  # "the Liberal Democrat MP for Brecon Vale": a seat, not a Mr Vale
            if len(words) == 2 and (words[0], words[1]) in knights:
                found.append((start, knights[words[0], words[1]]))  # "Sir Geoffrey was …"
                continue
            head = org_apposition_head(text, end, v)
            if head and start >= self.dateline_end:
                # "Brazos Soft Goods, a 60-person textile manufacturer in Waco,": a firm
                # the gazetteer does not know, and its first word said alone later
                # ("Brazos has made …") is that firm, not a person "he" could be
                name = " ".join(words)
                self.orgs.append((start, name, head if head in v["org_nouns"] else "company"))
                if len(words) > 1:
                    described_firms.setdefault(bare_word(words[0]), name)
                continue
            if len(words) == 1 and bare_word(words[0]) in described_firms:
                self.orgs.append((start, described_firms[bare_word(words[0])], "company"))
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
                        first_names.setdefault(words[k], set()).add(who)
                        g = given[words[k]]
                        self.gender[who] = g if self.gender.get(who, g) == g else None
                        if g:
                            self.gender_at[start] = g
                    elif who != words[k] and len(words[k]) > 2 and words[k].isalpha():
                        unlisted.add(who)
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
                    elif (
                        " " not in run
                        and len(first_names.get(_bare(run), ())) == 1
                        and not _in_quotes(text, start)  # '"Oleg has his opinion."'
                    ):
                        # "15:40 Yuki on metal fatigue. "…," she says": the one person the
                        # story gave that first name ("materials engineer Yuki Harada")
                        found.append((start, next(iter(first_names[_bare(run)]))))
        self._runs = runs
        self._by_word: dict[str, list[int]] | None = None  # built when first needed
        self._noted = set(surnames)
        first_in_sent: dict[int, int] = {}
        owners = {pos for pos, name in found if self._owns_role(pos, name, v["roles"])}
        for pos, _name in found:
            if pos in owners:
                continue  # "Barkov's lawyer, Dr. Johannes Eberl-Stadler, denies": the lawyer
            i = self.sent_of(pos)
            first_in_sent[i] = min(pos, first_in_sent.get(i, pos))
        for pos, name in found:
            # 'Lena Marsh met Karla Brandt': only the first named is the subject by position
            first = first_in_sent.get(self.sent_of(pos)) == pos
            subject = pos not in owners and self._is_subject(pos, by_position=first)
            self.people.append((pos, name, subject))
        self._anon_done = False
        self._lower: str | None = None
        for noun, at, name in _kinds_named(text, self.lower_text(), v["org_nouns"]):
            # "The union Kommunal said": a body the gazetteer does not know, of that kind
            words = name.split()
            if noun in v["org_nouns"] and not any(w in v["not_names"] for w in words):
                known = [o for o in self.orgs if o[0] == at]
                if all(not k for _p, _n, k in known):  # a kind it was found without
                    self.orgs = [o for o in self.orgs if o not in known]
                    self.orgs.append((at, known[0][1] if known else name, noun))
        for noun_start, noun_end in lower_org_nouns(text):
            head = LOWER_ORG_HEAD.search(text, max(0, noun_start - 30), noun_start)
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
        self._described: dict[str, set[str]] | None = None  # read when first asked

    def _owns_role(self, pos: int, name: str, roles: frozenset[str]) -> bool:
        """ "Barkov's lawyer", "Putin's spokesman": the name owns the person the sentence
        is about, and is not its subject."""
        end = self.text.find(name, pos)
        if end == -1:
            return False
        end += len(name)
        if self.text[end : end + 3] not in ("'s ", "’s "):
            return False
        noun = self.text[end + 3 : end + 30].split(" ", 1)[0].rstrip(",")
        return noun in roles and noun not in _NOT_OWNED_ROLES

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
        for m in ANON.finditer(text):
            if not APPOSITION.search(text, max(0, m.start() - 40), m.start()):
                insort(self.people, (m.start(), "", self._is_subject(m.start())))
        for m in DEFINITE_ROLE.finditer(text):
            # "The agency's chief told state television": somebody the story never names,
            # unless it wrote the role beside a name before ("chief Yuri Borisov", "the
            # Minister for Science …, Lord Pembury-Halse")
            earlier = re.finditer(rf"\b{m.group(1)}\b", text[: m.start()], re.I)
            if not any(
                n for r in earlier for _p, n, _s in self.people_in(r.start() - 60, r.end() + 80)
            ):
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

    def people_in(self, lo: int, hi: int) -> list[tuple[int, str, bool]]:
        """The people mentioned at ``lo <= pos < hi``, in order. ``people`` is sorted, so
        this is two bisections, not a scan: a 1 MB article of quotes asks it per quote."""
        people = self.people
        return people[bisect_left(people, (lo,)) : bisect_left(people, (hi,))]

    def quoted(self, pos: int, name: str) -> bool:
        """The name written at ``pos`` is inside quotation marks opened in its paragraph:
        somebody a speaker talked about ('"Borisov called me," she said'), never the one
        "he" or "she" after it is. A speaker remembered at a quote's start is not written
        there, so not quoted."""
        if self.text.find(name, pos, pos + 60) == -1:
            return False
        return _in_quotes(self.text, pos)

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
        if s < e and text[s] in OPENING:
            close = text.find(CLOSING[text[s]], s + 1, e)
            if close != -1:
                s = close + 1
                while s < e and text[s] in " \t,;:":
                    s += 1
        return s

    def described(self) -> dict[str, set[str]]:
        """Organisation -> the body nouns the story or the gazetteer calls it; built the
        first time "the <noun> said" asks, since most articles never do."""
        if self._described is None:
            v = speech_vocab()
            self._described = _described_as(
                self.text, self.orgs, load_data()["orgs"], v["org_nouns"]
            )
        return self._described

    def orgs_at(self, pos: int) -> list[str]:
        """The organisation names recorded as starting at ``pos`` (``orgs`` is sorted)."""
        i = bisect_left(self.orgs, (pos, "", ""))
        out = []
        while i < len(self.orgs) and self.orgs[i][0] == pos:
            out.append(self.orgs[i][1])
            i += 1
        return out

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
            if (
                not noun
                or kind == noun
                or noun in name.lower()
                or noun in self.described().get(name, ())
            ):
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
