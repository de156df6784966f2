"""Direct quotes, their speakers, and the few that carry the story.

Quote marks are paired by one linear scan per paragraph (straight marks are opening or
closing by what touches them), so 10,000 unbalanced marks cost nothing special. A quote
left open at the end of a paragraph continues when the next paragraph reopens it — the
news convention — and each paragraph's part becomes its own ``Quote`` (the text between
the marks must be a verbatim slice), all parts sharing one speaker.

Attribution reads a bounded window around the marks: after the closing mark ('…,"
Rogozin said' / '…," said Rogozin' / '…," according to Rogozin') and before the opening
mark ('Rogozin said: "…' / 'Rogozin called it "…"' / '…, saying "…'). The subject phrase
becomes a speaker: a surname for people ("NASA Administrator Bill Nelson" → "Nelson"), the
name for organisations; "he"/"she" go to the most recent named person, "the agency"/"it"
to the most recent organisation, "the letter states" to the letter's author. Anything
else stays ``None``: an unknown speaker is better than a guessed one.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from functools import lru_cache
from typing import NamedTuple

from summaries.detect import load_data, scan
from summaries.models import Quote
from summaries.sentences import paragraph_spans, split_sentences

_MARKS = re.compile(r"[\"“”„«»]")
_OPEN_ONLY = "“„«"
_CLOSE_ONLY = "”»"
_OPENERS_BEFORE = " \t\n([{—–-/:"
_WORD = re.compile(r"[\w’'](?:[\w’'\-]|\.(?=\w))*|[,;:()—–]")
_SENT_END = re.compile(r"[.!?][\"”’)]*\s+(?=[\"“A-Z])")
_TAIL_END = re.compile(
    r"(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bSen)(?<!\bRep)(?<!\bGen)(?<!\bSt)(?<!\bInc)(?<!\bCo)(?<!\bCorp)(?<!\bLtd)(?<!\bJr)(?<!\bSr)(?<![A-Z])[.!?;](?:\s|$)"
)
_MAX_QUOTE = 1500
_TAIL_CHARS = 160
_PREFIX_CHARS = 260
# A capitalised run ("NASA Administrator Bill Nelson", "Ursula von der Leyen"); linear.
_CAP_RUN = re.compile(
    r"(?<![\w’'])[A-Z][\w’'\-]*(?:[ \t]+(?:[A-Z][\w’'\-]*|(?:van|von|de|der|da|di|le|la|al)\b)){0,4}"
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
# "Q: …" / "A: …" paragraphs of an interview.
_QA_LEAD = re.compile(r"[ \t]*(Q|A)[:.][ \t]*")
_QA_FIRST_Q = re.compile(r"(?m)^[ \t]*Q[:.][ \t]")
_APPOSITION = re.compile(r"[A-Z][\w’'\-]+,[ \t]*$")


class _Part(NamedTuple):
    start: int  # first character inside the marks
    end: int
    open_mark: int
    close_mark: int | None  # None: continues into the next paragraph
    para: int
    group: int


@lru_cache(maxsize=1)
def _given_gender() -> dict[str, str | None]:
    """'m'/'f' for a given name; None where it is used for both ("Andrea")."""
    d = load_data("speech.toml")
    out: dict[str, str | None] = {}
    for g, names in (("m", d["given_m"]), ("f", d["given_f"])):
        for n in names:
            out[n] = None if n in out and out[n] != g else g
    return out


@lru_cache(maxsize=1)
def _vocab() -> dict[str, frozenset[str]]:
    d = load_data("speech.toml")
    out = {k: frozenset(v) for k, v in d.items() if isinstance(v, list)}
    out["titles"] = frozenset(t.lower() for t in d["titles"])
    out["roles"] = out["person_nouns"] | frozenset(d["roles"])
    out["given"] = frozenset(d["given_m"]) | frozenset(d["given_f"])
    out["people"] = frozenset(load_data()["people"])
    out["state_names"] = frozenset(load_data()["states"])
    out["place"] = frozenset(d["places"]) | frozenset(
        w for aliases in load_data()["states"].values() for a in aliases for w in a.split()
    )
    return out


def _mark_kind(text: str, i: int, ps: int, pe: int) -> str:
    ch = text[i]
    if ch in _OPEN_ONLY:
        return "o"
    if ch in _CLOSE_ONLY:
        return "c"
    prev = text[i - 1] if i > ps else " "
    nxt = text[i + 1] if i + 1 < pe else " "
    if prev in _OPENERS_BEFORE or i == ps:
        return "c" if nxt.isspace() else "o"
    return "c"


def _find_parts(text: str) -> list[_Part]:
    marks = [m.start() for m in _MARKS.finditer(text)]
    paras = paragraph_spans(text)
    parts: list[_Part] = []
    mi = 0
    group = 0
    carry = False  # the previous paragraph left a quote open
    for pi, (ps, pe) in enumerate(paras):
        while mi < len(marks) and marks[mi] < ps:
            mi += 1
        opened: int | None = None
        first = True
        while mi < len(marks) and marks[mi] < pe:
            i = marks[mi]
            mi += 1
            kind = _mark_kind(text, i, ps, pe)
            if kind == "o":
                if not (first and carry):
                    group += 1
                opened = i
            elif opened is not None:
                _add_part(text, opened, i, i, pi, group, parts)
                opened = None
            first = False
        carry = False
        if opened is not None:
            nxt = paras[pi + 1][0] if pi + 1 < len(paras) else None
            if nxt is not None and text[nxt] in '"“„«':
                _add_part(text, opened, pe, None, pi, group, parts)
                carry = True
    return parts


def _add_part(text, opened, end, close, pi, group, out) -> None:
    s, e = opened + 1, end
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    # '"…we stay," he said': the comma belongs to the attribution, not the words shown
    while e > s and (text[e - 1] in ",;" or text[e - 1].isspace()):
        e -= 1
    if e > s and e - s <= _MAX_QUOTE:
        out.append(_Part(s, e, opened, close, pi, group))


class _Context:
    """Mentions of people and organisations, for resolving "he", "the agency", "the letter".

    A person mention that opens its sentence (its subject) is preferred for "he"/"she"
    over a more recent one in object position ('…by a decree of President Putin. He…').
    """

    def __init__(self, text: str) -> None:
        self.text = text
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
        v = _vocab()
        given = _given_gender()
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
                words = _clean_org_words(words)
                if words:
                    kind = "agency" if words[-1] == "Agency" else ""
                    kind = "company" if words[-1] in _COMPANY else kind
                    self.orgs.append((start, " ".join(words), kind))
                continue
            if len(words) == 1 and words[0] in not_names:
                continue  # "The", "But": never a name on their own
            if self._looks_like_person(text, start, end, words, v):
                who = _person_name(words, text)
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
            i = self._sent(pos)
            first_in_sent[i] = min(pos, first_in_sent.get(i, pos))
        for pos, name in found:
            # 'Lena Marsh met Karla Brandt': only the first named is the subject by position
            first = first_in_sent[self._sent(pos)] == pos
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
        if len(words) >= 2 and words[0] in v["given"] and words[-1][0].isupper():
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
        return self.text[pos - 2 : pos] == ", " and _VERB_NEXT.match(self.text, pos) is not None

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
        return name in self._noted or name in _vocab()["people"] or name in self._after_cap

    def _sent(self, pos: int) -> int:
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
            return self.gender.get(n, _gender(n)) != clash

        named = [x for x in near if not x[1] or fits(x[1])]
        if named and not named[-1][1]:
            anon = named[-1][0]
            named = [x for x in named if x[1]]
            if not any(self._sent(p) == self._sent(anon) or p > anon for p, _, _ in named):
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
            sent = self._sent(p)
            for p2, n2, _s in reversed(near):
                if n2 and p2 < pos and self._sent(p2) == sent and fits(n2):
                    return n2
        return fallback

    def role_person(self, pos: int, role: str) -> str | None:
        """The person introduced with ``role`` ("Senator Ruth Calloway", "Grekov, a Roscosmos
        official"): the named person next to its last use, within a few paragraphs."""
        if self._lower is None:
            self._lower = self.text.lower()
        lo = max(0, pos - 1500)
        idx = self._lower.rfind(role, lo, pos)
        while idx != -1:
            end = idx + len(role)
            whole = not self._lower[idx - 1 : idx].isalpha() and not (
                self._lower[end : end + 1].isalpha() and self._lower[end : end + 2] != "s "
            )
            if whole and self._sent(idx) != self._sent(pos):
                i = bisect_left(self.people, (idx - 80, "", False))
                for p, name, _s in self.people[i : i + 6]:
                    if p > idx + 40:
                        break
                    if name and self._sent(p) == self._sent(idx):
                        return name
                return None
            idx = self._lower.rfind(role, lo, idx)
        return None

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


def _person_name(words: list[str], text: str = "") -> str | None:
    """Surname (with particles) of a capitalised run, or None if it is not a name.

    The surname is the last word, unless the article repeats the first word more often
    (family name first, as in "Lin Xiqiang" … "Lin said").
    """
    v = _vocab()
    words = [w.rstrip(".,") for w in words if w.rstrip(".,")]
    words = [w[:-2] if w[-2:] in ("'s", "’s") else w for w in words]
    if not words:
        return None
    if words[-1] in ("Jr", "Sr", "II", "III") and len(words) > 1:
        words = words[:-1]
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
    if last in v["not_names"] or not last[0].isupper() or last.isupper():
        return None
    if any(re.search(r"-(?:based|born|led|backed|owned|run|made|built)$", w) for w in words):
        return None
    if last in v["org_words"] or any(w in v["org_words"] or w in v["place"] for w in words):
        return None
    if (
        text
        and len(words) == 2
        and words[0][0].isupper()
        and text.count(words[0]) > text.count(last) >= 1
    ):
        return words[0]
    if len(words) == 2 and re.fullmatch(r"[A-Z][a-z]+-[a-z]+", last):
        return words[0]  # "Lee Kyung-rim": family name first
    i = len(words) - 1
    while i > 0 and words[i - 1].lower() in v["particles"]:
        i -= 1
    return " ".join(words[i:])


class _Who(NamedTuple):
    speaker: str | None
    is_person: bool


_UNKNOWN = _Who(None, False)


def _words(text: str, start: int, end: int) -> list[tuple[str, int]]:
    return [(m.group(), m.start()) for m in _WORD.finditer(text, start, end)]


def _is_cap(w: str) -> bool:
    return w[0].isupper() or (w[0].isdigit() and False)


def _trailing_run(words: list[tuple[str, int]]) -> list[tuple[str, int]]:
    v = _vocab()
    i = len(words)
    while i > 0:
        w = words[i - 1][0]
        if w[0].isupper() or (i < len(words) and w.lower() in v["particles"]):
            i -= 1
        else:
            break
    return words[i:]


def _org_or_person(run: list[tuple[str, int]], ctx: _Context) -> _Who | None:
    v = _vocab()
    ws = [w for w, _ in run]
    while ws and ws[0] in ("The", "A", "An"):
        ws = ws[1:]
    ws = _clean_org_words(ws)
    if not ws:
        return None
    hits, _ = scan(" ".join(ws))
    for h in hits:
        if h.cat == "person":
            return _Who(h.name, True)
    last = ws[-1].rstrip(".")
    if last[-2:] in ("'s", "’s"):
        return None
    if "of" in ws[1:-1] and ws[ws.index("of") - 1] in v["org_words"]:
        while ws and ws[0][-2:] in ("'s", "’s"):
            ws = ws[1:]
        return _Who(" ".join(ws), False)
    if len(ws) == 1 and ws[0] in v["state_names"]:
        return _Who(ws[0], False)
    orgs = [h for h in hits if h.cat == "org"]
    if last in v["org_words"] or (orgs and orgs[-1].end == len(" ".join(ws))):
        return _Who(" ".join(ws), False)
    if len(ws) == 1 and last.isupper() and len(last) > 1:
        return _Who(last, False)
    name = _person_name(ws, ctx.text)
    return _Who(name, True) if name else None


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


def _clean_org_words(ws: list[str]) -> list[str]:
    """Without trailing corporate noise ("Axiom Space Inc." → "Axiom Space") and a leading
    country abbreviation ("U.S. Commerce Department" → "Commerce Department")."""
    while len(ws) > 1 and ws[-1] in _NOISE:
        ws = ws[:-1]
    if len(ws) > 2 and ws[0] in _LEADING_STATE:
        ws = ws[1:]
    return ws


def _run_after(words: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The capitalised run at the start of ``words`` ("NASA's Office of Inspector General")."""
    v = _vocab()
    run: list[tuple[str, int]] = []
    for w, p in words:
        if w[0].isupper() or (run and (w.lower() in v["particles"] or w == "of")):
            run.append((w, p))
        elif w in ("the", "a", "an") and not run:
            continue
        else:
            break
    while run and run[-1][0] == "of":
        run.pop()
    return run


def _document_owner(text: str, noun: str, pos: int, ctx: _Context) -> _Who:
    """The author of "the letter"/"the statement": 'a letter from X', 'X's letter',
    'X said in a statement', else the subject of the sentence before the quote."""
    v = _vocab()
    lo = max(0, pos - 2000)
    idx = text.rfind(noun, lo, pos)
    while idx != -1:
        i = bisect_right(ctx.sent_starts, idx) - 1
        s = max(ctx.sent_starts[i] if i >= 0 else 0, lo)
        e = min(ctx.sent_ends[i] if i >= 0 else pos, pos)
        words = _words(text, s, e)
        k = next((i for i, (_w, p) in enumerate(words) if p >= idx), len(words))
        for j in range(k + 1, min(k + 9, len(words))):
            if words[j][0] in ("from", "by"):
                who = _org_or_person(_run_after(words[j + 1 :]), ctx)
                if who:
                    return who
                break
        before = words[:k]
        if before and before[-1][0][-2:] in ("'s", "’s"):
            who = _org_or_person(_trailing_run(before), ctx)
            if who:
                return who
        for j, (w, _p) in enumerate(words):
            if w.lower() in v["verbs"] or w.lower() in ("issued", "released", "published"):
                who = _subject(words[:j], words[j][1], ctx)
                if who.speaker:
                    return who
                break
        if text[idx - 1 : idx].isalpha() or text[idx + len(noun) : idx + len(noun) + 1].isalpha():
            idx = text.rfind(noun, lo, idx)
            continue
        break
    # 'NASA issued an unusually pointed reply. "…" the statement reads.'
    spans = split_sentences(text[lo:pos])
    for s, e in reversed(spans[-3:-1] if len(spans) > 1 else []):
        who = _clause_subject(_words(text, lo + s, lo + e)[:4], ctx)
        if who.speaker:
            return who
    return _UNKNOWN


def _subject(words: list[tuple[str, int]], pos: int, ctx: _Context) -> _Who:
    """Speaker named by the words just before a speech verb."""
    v = _vocab()
    while words and words[-1][0].lower() in v["adverbs"]:
        words = words[:-1]
    if words and words[-1][0] == ",":
        words = words[:-1]
        cut = max((i for i, (w, _) in enumerate(words) if w == ","), default=None)
        if cut is not None:
            appos, head = words[cut + 1 :], words[:cut]
            role = head[-1][0].lower() if head else ""
            if (
                appos
                and appos[-1][0][0].isupper()
                and (role in v["spokes"] or role in v["person_nouns"] or role in v["titles"])
            ):
                words = appos
            else:
                words = head
    cut = max(
        (i for i, (w, _) in enumerate(words) if w in ",;:()—–" or w in ("that", "and", "but")),
        default=-1,
    )
    words = words[cut + 1 :]
    if not words:
        return _UNKNOWN
    run = _trailing_run(words)
    k = len(words) - len(run)
    if run and k >= 2 and words[k - 1][0] in ("in", "at", "near", "from", "outside"):
        words = words[: k - 1]  # "the Russian embassy in South Africa said"
        run = _trailing_run(words)
        k = len(words) - len(run)
    last = words[-1][0]
    low = last.lower()
    if last[0].isupper() and low not in ("he", "she", "it", "they", "we", "i"):
        if k >= 2 and words[k - 1][0] in ("of", "for", "on"):
            # "the Foreign Ministry of Latvia said": the body, not the country
            head = _trailing_run(words[: k - 1])
            if head and head[-1][0] in _vocab()["org_words"]:
                run = head + words[k - 1 :]
        who = _org_or_person(run, ctx)
        return who or _UNKNOWN
    if low in ("he", "she"):
        name = ctx.last_person(pos, low)
        return _Who(name, True) if name else _UNKNOWN
    if low == "it":
        doc = _previous_subject_document(ctx, words[-1][1])
        if doc:
            return _document_owner(ctx.text, doc, pos, ctx)
        name = ctx.last_org(pos)
        return _Who(name, False) if name else _UNKNOWN
    if low in v["documents"]:
        owner = words[-2][0] if len(words) > 1 else ""
        if owner[-2:] in ("'s", "’s") and owner[0].islower():
            noun = owner[:-2].lower()
            name = (
                ctx.last_org(pos, noun=noun)
                if noun in v["groups"] or noun in v["org_nouns"]
                else None
            )
            return _Who(name, False) if name else _UNKNOWN
        if len(words) > 1 and words[-2][0][-2:] in ("'s", "’s"):
            run = _trailing_run(words[:-1])
            who = _org_or_person(run[:-1] + [(run[-1][0][:-2], run[-1][1])], ctx)
            if who:
                return who
        return _document_owner(ctx.text, low, words[-1][1], ctx)
    if low in v["spokes"] or (len(words) > 1 and f"{words[-2][0].lower()} {low}" in v["spokes"]):
        run = [w for w in words if w[0][0].isupper() and w[0] not in ("A", "An", "The")]
        if run:
            who = _org_or_person(_trailing_run(words[: words.index(run[-1]) + 1]), ctx)
            if who and not who.is_person:
                return who
            return _UNKNOWN
        noun = words[-2][0].lower() if len(words) > 1 else ""
        name = ctx.last_org(pos, noun=noun, within=1500) if noun in v["org_nouns"] else None
        name = name or ctx.last_org(pos, within=400)
        return _Who(name, False) if name else _UNKNOWN
    if (
        low in v["groups"]
        and len(words) >= 2
        and words[-2][0][0].isupper()
        and words[-2][0] not in ("The", "A", "An")
    ):
        return _Who(f"{words[-2][0]} {last}", False)
    if low in v["org_nouns"] and len(words) >= 2 and words[-2][0].lower() in ("the", "space"):
        name = ctx.last_org(pos, noun=low) or ctx.last_org(pos)
        return _Who(name, False) if name else _UNKNOWN
    if low in v["org_nouns"]:
        name = ctx.last_org(pos, noun=low, within=60)
        return _Who(name, False) if name else _UNKNOWN
    if low in v["roles"] and any(w.lower() == "the" for w, _ in words[-4:]):
        # "the senator said": the person the article introduced with that word
        name = ctx.role_person(pos, low)
        return _Who(name, True) if name else _UNKNOWN
    return _UNKNOWN


def _previous_subject_document(ctx: _Context, pos: int) -> str | None:
    """The document a sentence-initial "It" refers to: 'The proposal … . It describes'."""
    i = ctx._sent(pos)
    if i < 1 or pos - ctx.sent_starts[i] > 2:
        return None
    docs = _vocab()["documents"]
    for w, _p in _words(ctx.text, ctx.sent_starts[i - 1], ctx.sent_ends[i - 1])[:5]:
        if w.lower() in docs:
            return w.lower()
    return None


def _after_verb(words: list[tuple[str, int]], ctx: _Context, anchor: int) -> _Who | None:
    """'…," said NASA chief Bill Nelson' → Nelson; '…," said a spokesperson for the Bremen
    Institute' → the institute; '…," said the head of the bureau, Viktor Salnikov' →
    Salnikov; None when no name follows the verb."""
    v = _vocab()
    span: list[tuple[str, int]] = []
    n = len(words)
    i = 0
    while i < n:
        w, p = words[i]
        low = w.lower()
        if w in (",", ";", ":", "(", ")", "—", "–"):
            break
        if w in ("of", "at", "from") and any(x[0].isupper() for x, _ in span):
            break
        if low in v["documents"] and i + 1 < n and words[i + 1][0] in ("from", "by", "of"):
            # "according to a statement from the Foreign Ministry"
            run = _run_after(words[i + 2 : i + 10])
            who = _org_or_person(run, ctx) if run else None
            return who if who and not who.is_person else None
        if (
            w[0].isupper()
            or low in v["titles"]
            or low in ("the", "a", "an", "of", "for")
            or low in v["spokes"]
            or low in v["particles"]
        ):
            span.append((w, p))
            i += 1
        else:
            break
    if not span:
        return None
    if span[0][0].lower() in ("he", "she"):
        name = ctx.last_person(anchor, span[0][0])
        return _Who(name, True) if name else _UNKNOWN
    roles = v["spokes"] | v["person_nouns"]
    if i < n and words[i][0] == "," and any(x.lower() in roles for x, _ in span):
        # the role first, then the name: "said the head of the bureau, Viktor Salnikov"
        run = _run_after(words[i + 1 : i + 6])
        if run and run[0][1] == words[i + 1][1]:
            who = _org_or_person(run, ctx)
            if who and who.is_person and (len(run) > 1 or ctx.known_person(who.speaker)):
                return who
    return _subject(span, anchor, ctx) if span[-1][0][0].isupper() else None


def _from_tail(text: str, close: int, limit: int, ctx: _Context, anchor: int) -> _Who | None:
    end = min(limit, close + _TAIL_CHARS)
    m = _TAIL_END.search(text, close + 1, end)
    words = _words(text, close + 1, m.start() + 1 if m else end)
    v = _vocab()
    while words and words[0][0] in ",;:—–":
        words = words[1:]
    if not words:
        return None
    first = words[0][0].lower()
    if first in v["verbs"] or first in v["participles"] and first != "saying":
        return _after_verb(words[1:], ctx, anchor) or (_UNKNOWN if first in v["verbs"] else None)
    for j, (w, _p) in enumerate(words[:16]):
        lw = w.lower()
        if lw == "according" and j + 1 < len(words) and words[j + 1][0] == "to":
            return _after_verb(words[j + 2 :], ctx, anchor) or _UNKNOWN
        if lw in v["verbs"]:
            return _subject(words[:j], anchor, ctx)
        if lw == "quoted" and j > 1 and words[j - 1][0] in ("was", "is", "were"):
            return _subject(words[: j - 1], anchor, ctx)  # "X was quoted as saying by RIA"
        if w in ";—–" or (w == "," and j > 12):
            break
    return None


def _from_prefix(text: str, start: int, opened: int, ctx: _Context) -> _Who | None:
    s = max(start, opened - _PREFIX_CHARS)
    for m in _SENT_END.finditer(text, s, opened + 1):
        s = m.end()
    words = _words(text, s, opened)
    v = _vocab()
    found: _Who | None = None
    for j in range(len(words) - 1, -1, -1):
        lw = words[j][0].lower()
        if lw == "according" and j + 1 < len(words) and words[j + 1][0] == "to":
            return _after_verb(words[j + 2 :], ctx, opened) or _UNKNOWN
        if lw in v["participles"]:
            return _clause_subject(words[:j], ctx)
        if lw in v["verbs"] or lw in v["paraphrase_verbs"]:
            who = _subject(words[:j], words[j][1], ctx)
            if who.speaker is None and lw in v["verbs"]:
                who = _after_verb(words[j + 1 :], ctx, opened) or who
            if who.speaker is not None:
                return who
            found = who
    return found


def _clause_subject(words: list[tuple[str, int]], ctx: _Context) -> _Who:
    """Subject of the main clause, for '…, saying "…"': the first name or pronoun."""
    v = _vocab()
    for i, (w, p) in enumerate(words):
        if w in ("He", "She") or (i and w in ("he", "she")):
            name = ctx.last_person(p, w)
            return _Who(name, True) if name else _UNKNOWN
        if w[0].isupper() and w not in v["not_names"] and not w[0].isdigit():
            run = [(w, p)]
            for w2, p2 in words[i + 1 :]:
                if w2[0].isupper():
                    run.append((w2, p2))
                else:
                    break
            if len(run) == 1 and w.rstrip(".") in v["place"] | {"U.S", "U.K"}:
                return _UNKNOWN  # "U.S. officials", "Russian engineers"
            who = _org_or_person(run, ctx)
            if who and who.is_person and len(run) == 1 and not ctx.known_person(who.speaker):
                return _UNKNOWN  # a capitalised common noun ("Exports needed…")
            return who or _UNKNOWN
    return _UNKNOWN


_FEMALE = ("ova", "eva", "ina", "aya", "kaya", "skaya", "ska")
_MALE = ("ov", "ev", "in", "sky", "skiy", "skii", "iy")


def _gender(surname: str) -> str | None:
    """'f'/'m' where a (Slavic) surname ending tells, else None."""
    low = surname.lower()
    if low.endswith(_FEMALE):
        return "f"
    if low.endswith(_MALE):
        return "m"
    return None


def extract_quotes(text: str) -> list[Quote]:
    """Every direct quote in ``text``, in order, with its speaker (or None).

    ``quote.text == text[quote.start:quote.end]`` always; the marks are outside the span.
    One- and two-word quotes without a speaker (titles, nicknames, scare quotes) are left
    out; attributed ones ('could "destroy" the partnership') are kept.
    """
    if not isinstance(text, str) or not text:
        return []
    parts = _find_parts(text)
    if not parts:
        return []
    ctx = _Context(text)
    paras = paragraph_spans(text)
    speakers: dict[int, _Who] = {}
    last_in_para: dict[int, _Part] = {}
    first_q: int | None = None  # where an interview's first question is
    for k, part in enumerate(parts):
        prev = last_in_para.get(part.para)
        last_in_para[part.para] = part
        if part.group in speakers and speakers[part.group].speaker is not None:
            continue
        ps, pe = paras[part.para]
        prev_close = prev.close_mark if prev and prev.close_mark is not None else ps
        lead = _QA_LEAD.fullmatch(text, ps, part.open_mark) if prev is None else None
        if lead:
            # an interview: questions are the interviewer's, answers the person introduced
            who = _UNKNOWN
            if lead.group(1) == "A":
                if first_q is None:
                    found_q = _QA_FIRST_Q.search(text)
                    first_q = found_q.start() if found_q else len(text)
                name = ctx.last_person(first_q) if first_q < ps else None
                who = _Who(name, True) if name else _UNKNOWN
            speakers[part.group] = who
            continue
        who = _from_prefix(text, prev_close, part.open_mark, ctx)
        if who is None and part.close_mark is not None:
            nxt = parts[k + 1].open_mark if k + 1 < len(parts) else pe
            who = _from_tail(text, part.close_mark, min(pe, nxt), ctx, part.open_mark)
        if (
            who is None
            and prev is not None
            and prev.close_mark is not None
            and _same_voice(text, prev.close_mark, part.open_mark)
        ):
            # the previous quote's attribution, even to an unnamed "senior official"
            who = speakers.get(prev.group)
        if who is None and part.open_mark == ps and part.para > 0:
            who = _continued(text, last_in_para.get(part.para - 1), part, paras, speakers, ctx)
        if who is None:
            who = _previous_sentence(text, max(ps, prev_close), part.open_mark, ctx)
        if who is not None:
            speakers[part.group] = who
            if who.speaker:
                ctx.note(part.start, who.speaker, who.is_person)
    out = []
    for part in parts:
        who = speakers.get(part.group, _UNKNOWN)
        body = text[part.start : part.end]
        if who.speaker is None and len(body.split()) <= 2:
            continue
        out.append(Quote(body, who.speaker, part.start, part.end))
    return out


def _continued(text, prev, part, paras, speakers, ctx) -> _Who | None:
    """A quote opening a paragraph with no attribution: the previous paragraph announced it
    ('Rogozin wrote:') or was the same speaker's quote."""
    pps, ppe = paras[part.para - 1]
    if text[ppe - 1] == ":":
        return _from_prefix(text, pps, ppe, ctx)
    if prev is not None and prev.close_mark is not None:
        who = speakers.get(prev.group)
        tail_end = text.find(".", prev.close_mark, ppe)
        if who and who.speaker and (tail_end == -1 or tail_end >= ppe - 1):
            return who
    return None


def _previous_sentence(text: str, start: int, opened: int, ctx: _Context) -> _Who | None:
    """A quote opening a sentence right after 'X … said …' (same paragraph) is X's."""
    spans = split_sentences(text[start:opened])
    if not spans or text[start + spans[-1][1] : opened].strip():
        return None
    s, e = spans[-1]
    words = _words(text, start + s, start + e)
    v = _vocab()
    who = _clause_subject(words[:4], ctx)
    said = any(w.lower() in v["verbs"] or w.lower() in v["paraphrase_verbs"] for w, _ in words)
    # A verbless introduction ("Sedykh was blunt. “…”"): only a person, named there.
    if not said and not (who.is_person and words and words[0][0] not in ("He", "She")):
        return None
    return who if who.speaker else None


_PLEASANTRY = re.compile(
    r"\b(?:thank|congratulat|proud|excit|honou?r|great job|wonderful|happy|welcome|pizza|"
    r"amazing|beautiful|good to be|Christmas|fun)\w*",
    re.IGNORECASE,
)


def key_quotes(title: str, text: str, quotes: list[Quote], k: int = 3) -> list[Quote]:
    """The ``k`` quotes that carry the story, best first, each with its ``score``.

    Favoured: a named speaker, political content (interstate vocabulary, the station,
    states), substance (6-60 words), words shared with the title, an early position.
    Penalised: pleasantries and one- or two-word fragments.
    """
    if not quotes:
        return []
    people = load_data()["people"]
    title_words = {w.lower() for w in re.findall(r"\w{4,}", title or "")}
    n = max(len(text), 1)
    scored: list[Quote] = []
    # The article's own hits inside each quote: one scan (cached) instead of one per quote.
    all_hits, _ = scan(text) if isinstance(text, str) else ((), 0)
    starts = [h.start for h in all_hits]
    for q in quotes:
        if text[q.start : q.end] == q.text:
            lo, hi = bisect_left(starts, q.start), bisect_left(starts, q.end)
            hits = [h for h in all_hits[lo:hi] if h.end <= q.end]
        else:
            hits, _ = scan(q.text)
        words = len(q.text.split())
        sc = 1.0 if q.speaker else 0.0
        if q.speaker in people and people[q.speaker].get("political"):
            sc += 0.3
        topic = sum(h.weight for h in hits if h.cat == "topic")
        sc += 0.8 * min(topic, 2.0)
        sc += 0.3 * min(sum(1 for h in hits if h.cat in ("iss", "anaphora", "part")), 2)
        sc += 0.15 * min(sum(1 for h in hits if h.cat in ("state", "org", "person")), 3)
        if words <= 2:
            sc -= 1.5
        elif words <= 5:
            sc -= 0.4
        elif words <= 60:
            sc += 0.5
        if _PLEASANTRY.search(q.text):
            sc -= 0.7
        if title_words:
            shared = {w.lower() for w in re.findall(r"\w{4,}", q.text)} & title_words
            sc += 0.5 * len(shared) / len(title_words)
        sc += 0.3 * (1 - q.start / n)
        scored.append(Quote(q.text, q.speaker, q.start, q.end, round(sc, 4)))
    scored.sort(key=lambda q: (-q.score, q.start))
    return scored[:k]


def _same_voice(text: str, close: int, opened: int) -> bool:
    """Between two quotes only the first one's attribution ('," Petrov wrote. "') or the
    rest of the same sentence ('" and that Moscow would respond in a way that would be "')."""
    if opened - close > 120:
        return False
    gap = text[close + 1 : opened]
    if not _SENT_END.search(gap + "A"):
        return True
    v = _vocab()
    return any(w.lower() in v["verbs"] for w, _ in _words(text, close + 1, opened))
