"""Who and what a story mentions, and where: the memory behind "he", "the agency", "it".

Built once per text from the gazetteer and from capitalised runs that look like people
(a title, a given name, an apposition or a speech verb beside them). Unnamed people
("a former flight director") are found only when a pronoun needs them.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort

from summaries.gazetteer import given_gender, load_data, scan, speech_vocab
from summaries.names import clean_org_words, is_name_word, person_name, surname_gender
from summaries.sentences import split_sentences

# A capitalised run ("NASA Administrator Bill Nelson", "Ursula von der Leyen"); linear.
# A leading particle ("de la Torre said") and an attached one ("al-Mansouri") count too.
_NAME_TOKEN = r"(?:[A-Z][\w’'\-]*|(?:al|el|bin|ibn|abu)-[A-Z][\w’'\-]*)"
_PARTICLE = r"(?:van|von|de|der|den|da|di|du|le|la|al|el|bin|ibn|del|della)"
_CAP_RUN = re.compile(
    rf"(?<![\w’'\-])(?:{_PARTICLE}[ \t]+(?={_PARTICLE}[ \t]|[A-Z]))*{_NAME_TOKEN}"
    rf"(?:[ \t]+(?:{_NAME_TOKEN}|{_PARTICLE}\b)){{0,4}}"
)
_LOWER_ORG = re.compile(
    r"\b([A-Z][a-z]+(?:['’]s)?[ \t]+(?:space agency|foreign ministry|defence ministry|defense ministry|"
    r"delegation|government|embassy))\b"
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
_COMPANY = frozenset(["Company", "Corporation", "Alliance", "Inc", "Corp"])
_SAYS = (
    r"(?:said|says|told|added|wrote|writes|noted|argued|warned|replied|explained|insisted|"
    r"stressed|answered|recalled|acknowledged|conceded|cautioned|predicted)"
)
# A name run, an optional apposition between commas, an optional adverb, a speech verb.
_SAYS_AFTER = re.compile(
    r"[A-Z][\w’'\-]*(?:[ \t]+[A-Z][\w’'\-]*){0,3}(?:,[^,.;\"“”]{2,90},)?[ \t]+"
    r"(?:\w+ly[ \t]+|also[ \t]+|then[ \t]+)?" + _SAYS + r"\b"
)
# An unnamed person described ("a former NASA flight director", "one European manager").
_ANON = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)[ \t]+(?:[\w’'\-]+[ \t]+){0,4}?"
    r"(?:official|engineer|director|manager|source|diplomat|analyst|expert|scientist|"
    r"researcher|insider|veteran|controller|executive|employee|spokesperson|spokesman|"
    r"spokeswoman|astronaut|cosmonaut|lawmaker|aide|adviser|advisor|person|member)\b"
    r"(?![ \t]+[A-Z])(?!,[ \t]+[A-Z][a-z]+[ \t]+[A-Z])"
)
# "Association of Australia", "Committee on National Space Policy"
_ORG_TAIL = re.compile(
    r"[ \t]+(?:of|on|for)[ \t]+(?:the[ \t]+)?[A-Z][\w’'\-]*(?:[ \t]+[A-Z][\w’'\-]*){0,3}"
)
_VERB_NEXT = re.compile(r"[A-Z][\w’'\-]*[ \t]+(?!who\b|and\b|of\b|in\b)[a-z]+(?:ed|s)\b")
# "Sen. Mark Ruiz, a Democrat from New Mexico, defended it": the subject, past its apposition.
_APPOS_VERB = re.compile(
    r"[A-Z][\w’'\-]*(?:[ \t]+[A-Z][\w’'\-]*){0,3},[ \t]+(?:a|an|the)[ \t][^,.;\"“”]{2,90},"
    r"[ \t]+(?:\w+ly[ \t]+)?[a-z]+ed\b"
)
_APPOSITION = re.compile(r"[A-Z][\w’'\-]+,[ \t]*$")
# A dateline ("PRETORIA —", "DELFT, Netherlands -"): a place, never a speaker.
_DATELINE = re.compile(r"\s*[A-Z][A-Z.'’\- ]+(?:,[^—–\n]{1,40}?)?[ \t]+[—–-][ \t]+")


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
        v = speech_vocab()
        given = given_gender()
        not_names = v["not_names"]
        runs = [(m.start(), m.end(), m.group()) for m in _CAP_RUN.finditer(text)]
        # words written after another capitalised word somewhere ("Joel Montalbano")
        self._after_cap = {w.rstrip(".,") for _, _, r in runs for w in r.split()[1:]}
        for start, end, run in runs:
            words = run.split()
            if words[-1] in v["org_words"]:
                ext = _ORG_TAIL.match(text, end)
                if ext and not set(ext.group().split()) & v["not_names"]:
                    words = words + ext.group().split()
                while words and words[0] in v["not_names"]:
                    words = words[1:]
                words = clean_org_words(words)
                if words:
                    kind = "agency" if words[-1] == "Agency" else ""
                    kind = "company" if words[-1] in _COMPANY else kind
                    self.orgs.append((start, " ".join(words), kind))
                continue
            if len(words) == 1 and words[0] in not_names:
                continue  # "The", "But": never a name on their own
            if self._looks_like_person(text, start, end, words, v):
                who = person_name(words, text)
                if who:
                    found.append((start, who))
                    if len(words) > 1 and words[0] in given:
                        # "Olga Rytova" → Rytova is a woman ("Andrea": either)
                        g = given[words[0]]
                        self.gender[who] = g if self.gender.get(who, g) == g else None
        surnames = {n for _, n in found}
        seen = {p for p, _ in found}
        for start, _end, run in runs:
            if start not in seen:
                for w in run.split():
                    if w in surnames:
                        found.append((start, w))
                        break
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
        for m in _LOWER_ORG.finditer(text):
            name = m.group(1)
            if name.split()[0] in v["not_names"]:
                continue
            self.orgs.append((m.start(), name, "agency" if "agency" in name else ""))
        self.people.sort()
        self.orgs.sort()

    def _looks_like_person(
        self, text: str, start: int, end: int, words: list[str], v: dict[str, frozenset[str]]
    ) -> bool:
        """A title or possessive before the run ("astronaut Frank Rubio", "NASA's Kathy
        Lueders"), a given name ("Ivan Zubov"), or an apposition or speech verb after it
        ("Anna Kikina, a cosmonaut")."""
        if len(words) >= 2 and words[0] in v["given"] and is_name_word(words[-1]):
            return True  # "Ivan Zubov", "Lena Marsh"
        if len(words) < 2:
            # "Montalbano said", and a full name ("Joel Montalbano") elsewhere in the story.
            w = words[0]
            if (
                w[1:].islower()
                and w in self._after_cap
                and _SAYS_AFTER.match(text, start) is not None
            ):
                return True
        before = text[max(0, start - 20) : start].split()
        if before:
            prev = before[-1].rstrip(".,")
            if prev.lower() in v["titles"] or prev[-2:] in ("'s", "’s"):
                return True
            if len(words) >= 2 and before[-1].endswith(",") and prev.isalpha() and prev.islower():
                return True  # "Lebedev's instructor, Olga Rytova"
        if len(words) < 2:
            return False
        after = text[end : end + 12]
        if after.startswith(", "):
            nxt = after[2:].split(" ", 1)[0]
            if nxt in _AFTER_NAME:
                return True
            if start in self.starts and nxt[:1].islower():
                return True
        nxt = after.split(" ", 2)
        if len(nxt) > 1 and nxt[1] in _NAME_VERBS:
            return True
        # "Daniel Neuenschwander, ESA's director of exploration, said"
        return _SAYS_AFTER.match(text, start) is not None and after.startswith(",")

    def _is_subject(self, pos: int, *, by_position: bool = True) -> bool:
        """At the head of its sentence, or the one doing the saying ('Asked …, Montalbano
        said')."""
        i = bisect_right(self.sent_starts, pos) - 1
        start = self.sent_starts[i] if i >= 0 else 0
        if (by_position and pos - start <= 35) or _SAYS_AFTER.match(self.text, pos) is not None:
            return True
        if _APPOS_VERB.match(self.text, pos) is not None:
            return True
        return self.text[pos - 2 : pos] == ", " and _VERB_NEXT.match(self.text, pos) is not None

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

    def sent_of(self, pos: int) -> int:
        return bisect_right(self.sent_starts, pos) - 1

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

        def fits(n: str) -> bool:
            return self.gender.get(n, surname_gender(n)) != clash

        named = [x for x in near if not x[1] or fits(x[1])]
        if named and not named[-1][1]:
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
            if fits(name):
                return name
            sent = self.sent_of(p)
            for p2, n2, _s in reversed(near):
                if n2 and p2 < pos and self.sent_of(p2) == sent and fits(n2):
                    return n2
        return fallback

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
            if not noun or kind == noun or noun in name.lower():
                # "The Russian Foreign Ministry": the name as written, not the shorter
                # gazetteer hit inside it
                for p2, name2, _k in self.orgs[max(0, i - 3) : i]:
                    if p - p2 <= 40 and len(name2) > len(name) and name2.endswith(name):
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
