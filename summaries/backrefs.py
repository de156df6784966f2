"""Definite descriptions that point back at a named person: 'the senator said', 'the
veteran said', 'the former engineer told', 'The Kremlin spokesman said'.

"The" presumes the reader knows who is meant, so the description names either a person
the story introduced with those words ("Sen. Gregory Amundsen" for "the senator"; the
most recently mentioned one when several were) or, when no one was, the person the last
sentences are about if the story described them in an apposition ("Volynkin, a former
cosmonaut, said …. '…,' the veteran said"). An unnamed or undescribed person there leaves
it unknown.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from summaries.gazetteer import speech_vocab
from summaries.mentions import Mentions
from summaries.names import clean_org_words, run_after, surname_gender, word_spans

_WITHIN = 2000
_OBJECT_PREPS = frozenset(["to", "with", "under", "beside"])
_APPOSITION = re.compile(r",[ \t]+(?:a|an|the|who|whose|now|once|formerly)\b")


@lru_cache(maxsize=1)
def role_abbreviations() -> dict[str, str]:
    """'senator' -> 'sen': the abbreviated title that introduces the same role."""
    pairs = (p.split() for p in speech_vocab()["role_abbreviations"])
    return {full: short for full, short in pairs}


# "the 58-year-old", "the ten-year-old": a person described by age.
AGED = re.compile(r"(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old")


def aged_person(ctx: Mentions, pos: int, described: str) -> str | None:
    """'Dr Siobhán Ní Bhriain (52) said …. "…," the 52-year-old said': the person whose
    age the story gave as that number ("X, 52,", "X (52)", "X, aged ten,"); None when no
    one's was, and "" when two people have it (then nobody should be guessed)."""
    age = re.escape(described[: -len("-year-old")])
    found = re.finditer(
        rf"(?:,[ \t]+(?:aged[ \t]+)?{age}\b|[ \t]\({age}\))", ctx.text[:pos], re.IGNORECASE
    )
    names = set()
    for m in found:
        k = bisect_left(ctx.people, (m.start() + 1, "", False))
        if k and ctx.people[k - 1][1] and m.start() - ctx.people[k - 1][0] <= 60:
            names.add(ctx.people[k - 1][1])
    if len(names) > 1:
        return ""
    return names.pop() if names else None


def introduced_with(ctx: Mentions, pos: int, role: str) -> list[str]:
    """Names written beside ``role`` (or its abbreviated title) before the sentence of
    ``pos``: "Senator Ruth Calloway", "Sen. Amundsen", "Grekov, a Roscosmos official"."""
    low = ctx.lower_text()
    lo = max(0, pos - _WITHIN)
    here = ctx.sent_of(pos)
    names: list[str] = []
    for word in {role, role_abbreviations().get(role, role)}:
        idx = low.rfind(word, lo, pos)
        while idx != -1:
            end = idx + len(word)
            whole = not low[idx - 1 : idx].isalpha() and not low[end : end + 1].isalpha()
            owner = low[end : end + 2] in ("'s", "’s")  # "the minister's in-tray": another's
            sent = ctx.sent_of(idx)
            if whole and not owner and sent != here:
                name = _beside(ctx, idx, end, sent)
                if name is not None and name not in names:
                    names.append(name)
            idx = low.rfind(word, lo, idx)
    return names


def _beside(ctx: Mentions, idx: int, end: int, sent: int) -> str | None:
    """The person named right after a title ("Sen. Lila Prentiss"), else just before the
    description ("Grekov, a Roscosmos official"), in the same sentence; "" for an unnamed
    one ("A senior NASA official, who spoke on condition of anonymity")."""
    i = bisect_left(ctx.people, (idx - 80, "", False))
    before = None
    titles = speech_vocab()["titles"]
    for p, name, _s in ctx.people[i : i + 8]:
        if p > end + 80:  # "Deputy Minister of Foreign Affairs of the Russian Federation X"
            break
        if ctx.sent_of(p) != sent:
            continue
        if p >= idx and name and ctx.text.find(name, p, p + 60) == -1:
            continue  # a speaker remembered at a quote's start, not a name written there
        if p >= idx and name:  # "President Macron": the run opens with the title
            gap = ctx.text[end:p].split()
            if _past_clause(gap):
                break  # "Krikalev, the former cosmonaut who runs …, and NASA's Joel X"
            if gap and gap[0] in _OBJECT_PREPS and all(w.lower() in titles for w in gap[1:]):
                continue  # "an aide to President Putin": Putin holds no such role
            return name
        if p < end:
            gap = ctx.text[ctx.text.find(name, p) + len(name) : idx] if name else ""
            prev = gap[:-4].split()[-1:]
            if gap.endswith(("the ", "The ")) and (
                "," not in gap or (prev and prev[0].isalpha() and prev[0].islower())
            ):
                # "Park told the ambassador that", "Park, reading a statement, told the
                # judge": a person acting on the one described
                continue
            before = name
    return before


def _past_clause(gap: list[str]) -> bool:
    """The words between a description and a name after it run through a clause ("who
    now runs the programme, and by"): the name is another person's, not the title's
    holder ("Minister for Science, Research and Innovation, Lord Pembury-Halse")."""
    while gap and gap[-1][:1].isupper():
        gap = gap[:-1]  # "chief executive, Dr. Marcus Penhaligon": titles before the name
    return any(w in ("who", "which", "whose") for w in gap) or any(
        w[-1] in ",;:" and gap[i + 1][:1].islower() for i, w in enumerate(gap[:-1])
    )


def described_person(
    ctx: Mentions, pos: int, role: str, *, sentences: int = 2, described: bool = True
) -> str | None:
    """Who "the <role>" before ``pos`` is, or None. ``described=False``: the person the
    last sentences are about need not have been described ("The Kremlin spokesman")."""
    ctx.find_anonymous()
    names = introduced_with(ctx, pos, role)
    if len(names) > 1:
        names = _of_gender(ctx, pos, names) or names
    i = bisect_left(ctx.people, (pos, "", False))
    here = ctx.sent_of(pos)
    for p, name, subj in reversed(ctx.people[max(0, i - 40) : i]):
        if pos - p > _WITHIN:
            break
        if names:
            if name in names:
                return name  # the most recent of those introduced so
            continue
        if here - ctx.sent_of(p) > sentences:
            break
        if subj:
            if name and acts_on(ctx, p, role):
                return None  # "Park told the ambassador …. '…,' the ambassador said"
            if name and (not described or described_at(ctx, name, pos)):
                return name
            if name and here - ctx.sent_of(p) <= 1 and _alone_in_paragraph(ctx, pos, name):
                # "Obermaier, contacted by email, sounded bemused. "…," the German
                # astronaut wrote": the one person of the paragraph, just the subject
                return name
            return None  # unnamed, or never described: no guess
    return None


def _alone_in_paragraph(ctx: Mentions, pos: int, name: str) -> bool:
    """Is ``name`` the only person, named or not, mentioned in the paragraph before
    ``pos``?"""
    para = ctx.text.rfind("\n", 0, pos) + 1
    people = ctx.people_in(para, pos)
    return bool(people) and all(n == name for _p, n, _s in people)


def acts_on(ctx: Mentions, p: int, role: str) -> bool:
    """The sentence of the person at ``p`` goes on to 'the <role>' after them: somebody
    else, whom that person told, met or summoned."""
    k = ctx.sent_of(p)
    low = ctx.lower_text()
    return low.find(f" the {role}", p, ctx.sent_ends[k]) != -1


_HE = re.compile(r"\b(?:(he|his|him)|(she|her))\b")


def _of_gender(ctx: Mentions, pos: int, names: list[str]) -> list[str]:
    """'Sen. Hadley … Sen. Diane Whelan …. The senator later said that he would …': of
    several people introduced with the role, those whose gender the pronoun near the
    description (its sentence or the one before) allows."""
    k = ctx.sent_of(pos)
    lo = ctx.sent_starts[max(0, k - 1)]
    m = _HE.search(ctx.lower_text(), lo, ctx.sent_ends[k])
    if m is None:
        return []
    clash = "f" if m.group(1) else "m"
    return [n for n in names if ctx.gender.get(n, surname_gender(n)) != clash]


def described_at(ctx: Mentions, name: str, pos: int) -> bool:
    """The story described the person in an apposition ("Volynkin, a former cosmonaut,";
    "Nelson, who flew on the shuttle,") or gave a title ("Ambassador Lynne Tracy"), which
    "the veteran" / "the envoy" can paraphrase."""
    text = ctx.text
    v = speech_vocab()
    titles = v["titled"]
    idx = text.find(name, max(0, pos - _WITHIN), pos)
    while idx != -1:
        if _APPOSITION.match(text, idx + len(name)):
            return True
        # a title in front: "Ambassador Lynne Tracy", "Deputy Foreign Minister Sergei Ryabkov"
        before = text[max(0, idx - 40) : idx].split()[-3:]
        if any(w.rstrip(".").lower() in titles for w in before):
            return True
        idx = text.find(name, idx + len(name), pos)
    return False


# Words opening a phrase before a sentence's subject ("Asked whether …, the pilot shrugged").
_OPENERS = frozenset(["Asked", "Speaking", "After", "Before", "In", "On", "At", "During", "When"])


def described_subject(ctx: Mentions, pos: int) -> str | None:
    """'Asked whether he would fly, the former F-16 pilot shrugged. "…," he said': a
    pronoun after a sentence whose subject is a definite description is that person."""
    i = ctx.sent_of(pos)
    if i < 1:
        return None
    s, e = ctx.sent_starts[i - 1], ctx.sent_ends[i - 1]
    words = word_spans(ctx.text, s, e)
    if words and words[0][0] in _OPENERS and any(w == "," for w, _ in words):
        words = words[[w for w, _ in words].index(",") + 1 :]
    if not words or words[0][0] not in ("the", "The"):
        return None
    j = next((j for j, (w, _) in enumerate(words[:24]) if w == ","), None)
    if j is not None and j + 1 < len(words):
        named_at = words[j + 1][1]
        if ctx.people_in(named_at, named_at + 1):
            return None  # "The company's chief financial officer, Raj Patel, was …": named
    if len(words) > 1 and AGED.fullmatch(words[1][0]):
        return aged_person(ctx, pos, words[1][0]) or None  # "The ten-year-old … was …"
    roles = speech_vocab()["roles"]
    for w, p in words[1:5]:
        if w.lower() in roles:
            return described_person(ctx, p, w.lower(), sentences=0)
        if not (w.islower() or w[:1].isupper() or w[:1].isdigit()):
            break
    return None


def subject_org(ctx: Mentions, pos: int) -> str | None:
    """'Veridian Orbital declined to give figures. "…," it said': the organisation that is
    the subject of the sentence before, even one the gazetteer does not know. None when
    that subject is a person, a pronoun, a place or a description."""
    v = speech_vocab()
    k = ctx.sent_of(pos) - 1
    if k < 0:
        return None
    words = word_spans(ctx.text, ctx.subject_start(k), ctx.sent_ends[k])
    for _ in range(3):  # 'The Halvorsen group was founded … . It now flies …': the group
        if k < 1 or not words or words[0][0] not in ("It", "Its"):
            break
        k -= 1
        words = word_spans(ctx.text, ctx.subject_start(k), ctx.sent_ends[k])
    if words and words[0][0] in _OPENERS and any(w == "," for w, _ in words):
        words = words[[w for w, _ in words].index(",") + 1 :]
    if words and words[0][0] in ("The", "the"):
        words = words[1:]
    if len(words) > 2 and words[1][0] == "," and words[0][0] in v["org_nouns"]:
        words = words[2:]  # "The company, Southern Skies Tracking, has denied …"
    run = run_after(words[:8])
    if not run or run[0][1] != words[0][1]:
        return None
    names = clean_org_words([w for w, _ in run])
    if not names or names[0] in v["not_names"] or names[-1][-2:] in ("'s", "’s"):
        return None
    if len(run) == 1 and not ctx.orgs_at(run[0][1]):
        # "Rival adviser Glass Lewis backed …": a lone capitalised word before a noun is an
        # adjective; an organisation named by one word goes on with its verb
        nxt = words[1][0] if len(words) > 1 else ""
        if nxt == "," and len(words) > 2 and words[2][0] in _PLACED:
            nxt = "is"  # "Orbitek, based in Boulder, makes …": a firm and where it sits
        if not (
            nxt.endswith(("ed", "s"))
            or nxt in _MODALS
            or nxt in v["verbs"]
            or nxt in v["org_nouns"]
            or nxt == "group"
        ):  # "The Halvorsen group was founded": the group
            return None
    first, last = run[0][1], run[-1][1]
    if (
        ctx.people_in(first, first + 1)
        or ctx.people_in(last, last + 1)
        or any(w in v["place"] or w in v["given"] or w.lower() in v["titles"] for w in names)
    ):
        return None
    name = " ".join(names)
    # "The Latvian foreign ministry summoned …": the body recorded there, not its adjective
    longer = [n for n in ctx.orgs_at(first) if n.startswith(name) and len(n) > len(name)]
    return max(longer, key=len) if longer else name


_PLACED = frozenset(["based", "headquartered", "founded", "which"])
_MODALS = frozenset(["will", "would", "could", "can", "may", "might", "must", "did", "does"])


def spokes_introduced(ctx: Mentions, pos: int, noun: str) -> str | None:
    """'The press service of the state corporation told Interfax … "…," the press service
    said': the organisation the story named when it introduced that spokesperson."""
    low = ctx.lower_text()
    idx = max(low.rfind(f"{noun} of ", 0, pos), low.rfind(f"{noun} for ", 0, pos))
    if idx == -1 or pos - idx > 1500:
        return None
    words = word_spans(ctx.text, idx + len(noun), idx + len(noun) + 120)[1:8]
    if words and words[0][0] in ("the", "The"):
        words = words[1:]
    run = run_after(words)
    if run and run[0] == words[0]:
        return " ".join(clean_org_words([w for w, _ in run]))
    org_nouns = speech_vocab()["org_nouns"]
    for n in (2, 1):  # "of the state corporation": the one introduced as "State Corporation …"
        kind = " ".join(w for w, _ in words[:n])
        if len(words) >= n and kind.islower() and kind.split()[-1] in org_nouns:
            return ctx.last_org(idx, noun=kind) or ctx.last_org(idx, noun=kind.split()[-1])
    return ctx.last_org(idx)


def bare_subject(ctx: Mentions, pos: int, pronoun: str) -> str | None:
    """'Jones disagreed. "…," she said': a sentence before the pronoun's own whose subject
    is a single capitalised word and a finite verb, where that word is no organisation,
    place or common word: a person the story names by surname alone."""
    k = ctx.sent_of(pos) - 1
    if k < 0:
        return None
    words = word_spans(ctx.text, ctx.subject_start(k), ctx.sent_ends[k])[:3]
    if len(words) < 2:
        return None
    (w, p), verb = words[0], words[1][0]
    v = speech_vocab()
    if not (w[:1].isupper() and w[1:].islower() and verb.isalpha() and verb.islower()):
        return None
    if not (verb.endswith("ed") or verb in v["verbs"] or verb in _IRREGULAR):
        return None
    if w in v["not_names"] or w in v["place"] or w in v["state_names"] or w in v["org_words"]:
        return None
    if ctx.orgs_at(p) or ctx.quoted(p, w):
        return None  # '"Borisov called me. Nelson called me too." Later she said': not Nelson
    end = ctx.sent_ends[k]
    if ctx.people_in(p, end):
        # a person the story knows ("Orlov blamed Washington") is resolved by gender
        # elsewhere; 'Reporters surrounded Commander Oleg Kononenko': the named one
        return None
    if surname_gender(w) == {"he": "f", "she": "m"}.get(pronoun):
        return None
    return w


# Finite verbs that do not end in -ed, after a bare surname ("Volkov spoke to …").
_IRREGULAR = frozenset(
    ["was", "is", "spoke", "took", "went", "gave", "shook", "met", "stood", "sat", "came"]
)


# "Priti Lal (Labour, " / "Sen. Jo Vance (R-": the surname before a party parenthesis.
_SEAT_PAREN = re.compile(r"\b[A-Z][\w’'\-]+ ([A-Z][\w’'\-]+) \((?=[A-Z])")


def seat_holder(ctx: Mentions, pos: int, place: str) -> str | None:
    """'Kwame Okafor (Conservative, Sevenoaks) asked …. The Sevenoaks MP said': the person
    the story named beside that place (in the parenthesis or apposition of their
    introduction), the most recent one when several were."""
    for m in reversed(list(re.finditer(rf"\b{re.escape(place)}\b", ctx.text[:pos]))):
        lo = max(0, m.start() - 80)
        paren = max(_SEAT_PAREN.finditer(ctx.text, lo, m.start()), key=_at, default=None)
        if paren and ")" not in ctx.text[paren.end() : m.start()]:
            return paren.group(1)  # "Priti Lal (Labour, Ealing Southall)": the name before
        k = ctx.sent_of(m.start())
        i = bisect_left(ctx.people, (m.start(), "", False))
        for p, name, _subj in reversed(ctx.people[max(0, i - 4) : i]):
            if name and ctx.sent_of(p) == k and m.start() - p <= 80 and name != place:
                return name
    return None


def _at(m: re.Match) -> int:
    return m.start()
