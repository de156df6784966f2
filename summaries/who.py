"""What a run of words names: a person (by surname), an organisation, or nobody.

The building blocks of ``speakers`` and ``documents``: a capitalised run becomes a
``Who``; descriptions are told apart from names ("His predecessor, Yuri Borisov").
"""

from __future__ import annotations

from typing import NamedTuple

from summaries.backrefs import described_person
from summaries.gazetteer import load_data, scan, speech_vocab, state_of
from summaries.mentions import Mentions
from summaries.names import (
    clean_org_words,
    is_name_word,
    last_comma,
    named_past_kind,
    person_name,
    run_after,
    trailing_run,
    without_possessive,
)


class Who(NamedTuple):
    speaker: str | None
    is_person: bool


UNKNOWN = Who(None, False)


# Legal forms that end a firm's name; ``clean_org_words`` drops them, so they are read first.
_FIRM_ENDS = frozenset(["Inc", "Corp", "Ltd", "LLC", "plc", "PLC", "GmbH", "AG", "SA", "NV"])


def org_or_person(run: list[tuple[str, int]], ctx: Mentions) -> Who | None:
    v = speech_vocab()
    ws = [w for w, _ in run]
    while ws and ws[0] in ("The", "A", "An", "Its", "Their", "Our"):
        ws = ws[1:]  # "Its Foreign Ministry said": the ministry
    suffixed = len(ws) > 1 and ws[-1].rstrip(".") in _FIRM_ENDS  # "Acme Fuel Corp"
    ws = clean_org_words(ws)
    if not ws:
        return None
    if suffixed and not any(w in v["given"] for w in ws):
        return Who(" ".join(ws), False)  # a firm, whatever its last word
    hits, _ = scan(" ".join(ws))
    for h in hits:
        if h.cat == "person":
            return Who(h.name, True)
    last = ws[-1].rstrip(".")
    if last[-2:] in ("'s", "’s"):
        return None
    link = next(
        (
            i
            for i, w in enumerate(ws[1:-1], 1)
            if w in ("of", "for", "on") and ws[i + 1] not in v["not_names"]
        ),
        None,
    )
    if link is not None and ws[link - 1] in v["org_words"]:
        # "Ministry of Digital Development", "Institute for Security Studies"
        while ws and ws[0][-2:] in ("'s", "’s"):
            ws = ws[1:]
        return Who(" ".join(ws), False)
    if len(ws) == 1 and ws[0] in v["state_names"]:
        return Who(ws[0], False)
    if named_past_kind([*ws[:-1], last], v["place"], v["countries"]):
        return Who(" ".join(ws), False)  # "Space Center Houston", "Consulate General"
    orgs = [h for h in hits if h.cat == "org"]
    tradesman = last in v["firm_trades"] and ws[0] in v["given"]  # "Helen Goods said"
    if (last in v["org_words"] and not tradesman) or (orgs and orgs[-1].end == len(" ".join(ws))):
        return Who(" ".join(ws), False)
    if len(ws) == 1 and last.isupper() and len(last) > 1:
        return Who(last, False)
    if last in v["portfolio_words"]:
        body = _portfolio_body(ws, run[0][1], ctx)
        if body:
            return body
    name = person_name(ws, ctx.text)
    if name is None and len(ws) > 1:
        return _state_owned(ws, ctx)
    return Who(name, True) if name else None


def _portfolio_body(ws: list[str], pos: int, ctx: Mentions) -> Who | None:
    """A run ending in a portfolio ("Affairs", "Commerce") is a body, never a surname:
    "the Federal Public Service Foreign Affairs" as written when an office word is in it;
    "Commerce said" after "the Commerce Department" is that department."""
    v = speech_vocab()
    if len(ws) > 1 and any(w in v["org_words"] for w in ws[:-1]):
        return Who(" ".join(ws), False)
    if len(ws) != 1:
        return None
    named = [
        n
        for p, n, _k in ctx.orgs
        if p < pos
        and n.split()[0] == ws[0]
        and len(n.split()) > 1
        and not any(c in n for c in "'’")
    ]
    return Who(named[-1], False) if named else None


def _state_owned(ws: list[str], ctx: Mentions) -> Who | None:
    """ "Russia's TVEL, which supplies the fuel, said": a country owning the name is how
    wire copy introduces a body; the body speaks (or a person the story names)."""
    v = speech_vocab()
    owner = ws[0]
    if (
        owner in v["countries"]
        and len(ws) >= 3
        and not any(w in v["given"] or w.lower() in v["titles"] for w in ws[1:])
    ):
        return Who(" ".join(ws), False)  # "Kazakhstan Temir Zholy said in a press release"
    if owner[-2:] not in ("'s", "’s") or owner[:-2] not in v["state_names"] | v["place"]:
        return None
    rest = [(w, 0) for w in ws[1:]]
    who = org_or_person(rest, ctx)
    if who is None:
        return None
    return who if not who.is_person or ctx.known_person(who.speaker) else None


def strip_clauses(words: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Without trailing ', who oversees the Bureau …' / ', speaking at a news conference'
    segments: the subject is the name they describe."""
    while True:
        cut = last_comma(words)
        if cut is None or cut + 1 >= len(words):
            return words
        first = words[cut + 1][0]
        if (
            first.lower() in _RELATIVE
            or (first.islower() and first.endswith("ing"))
            or (first in _ASIDE_PREPS and cut > 0 and words[cut - 1][0] != ",")
        ):
            # ', who oversees …' / ', speaking at …' / ', in comments carried by RIA,'
            words = words[:cut]
        else:
            return words


def drop_asides(words: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Without an aside between dashes that describes the name before it ('Pavel Krestov
    — who has run the agency since 2022 — said')."""
    dashes = [i for i, (w, _) in enumerate(words) if w in "—–"]
    while len(dashes) >= 2:
        a, b = dashes[-2], dashes[-1]
        inner = words[a + 1 : b]
        if inner and b - a <= 30 and (inner[0][0].islower() or inner[0][0] in ("A", "An", "The")):
            words = words[:a] + words[b + 1 :]
            dashes = dashes[:-2]
        else:
            break
    return words


_RELATIVE = frozenset(["who", "which", "whose", "whom", "where", "when", "while"])
# Prepositions opening an aside between a subject and its verb ("Its spokesperson, in
# comments carried by RIA Novosti, said").
_ASIDE_PREPS = frozenset(["in", "at", "during", "on", "after", "before", "speaking", "via"])


def named_person(run: list[tuple[str, int]], ctx: Mentions) -> bool:
    """A run that is plainly a person's name: "Yuri Borisov", "Dr. Lorraine Ashby",
    "cosmonaut Yevgeny Tarasov", or a surname the story already knows as a person."""
    v = speech_vocab()
    ws = [w for w, _ in run]
    while ws and ws[0].lower() in v["titles"]:
        ws = ws[1:]
    if not ws or not all(is_name_word(w) or w.lower() in v["particles"] for w in ws):
        return False
    name = person_name(ws, ctx.text)
    if not name or any(w in v["org_words"] for w in ws):
        return False
    return ws[0] in v["given"] or len(ws) >= 2 or ctx.known_person(name)


def modifier_owner(words: list[tuple[str, int]], ctx: Mentions) -> Who | None:
    """The owner written into a document's noun phrase: "NASA's own deorbit analysis",
    "the CSTO's founding treaty", "an internal NASA memo", "the CNSA statement"."""
    k = len(words)
    adjectives = 0
    while k > 0 and words[k - 1][0].islower() and adjectives < 3:
        if words[k - 1][0] in ("the", "a", "an", "its", "their", "his", "her", "this", "that"):
            return None
        noun = words[k - 1][0][:-2]
        if words[k - 1][0][-2:] in ("'s", "’s") and noun in speech_vocab()["org_nouns"]:
            # "the court's written summary": the court the story named
            name = ctx.last_org(words[k - 1][1], noun=noun)
            return Who(name, False) if name else None
        k -= 1
        adjectives += 1
    run = trailing_run(words[:k])
    if not run or (len(run) == 1 and run[0][0] in speech_vocab()["not_names"]):
        return None
    possessive = run[-1][0][-2:] in ("'s", "’s")
    run = without_possessive(run)
    who = org_or_person(run, ctx)
    if not who:
        return None
    if who.is_person and not (possessive and ctx.known_person(who.speaker)):
        named = [w for w, _ in run if w not in ("The", "the")]
        if possessive and len(named) == 1 and len(run) == 2 and run[0][0] in ("The", "the"):
            return Who(named[0], False)  # "The Treasury's guidance": no person takes "the"
        return None  # "the Russian statement": a nationality, not an author
    return who


def spokes_for(words: list[tuple[str, int]], ctx: Mentions) -> Who | None:
    """'a spokesman for Kestrel Aerostructures' / 'a spokesman for the Kazakh emergencies
    ministry': the organisation as written, never a person."""
    v = speech_vocab()
    i = next(
        (
            i
            for i, (w, _) in enumerate(words[:-1])
            if w.lower() in v["spokes"] and words[i + 1][0] in ("for", "of", "at")
        ),
        None,
    )
    if i is None:
        return None
    k = i + 3 if i + 3 < len(words) and words[i + 2][0] in ("the", "The") else i + 2
    if k < len(words) and "," in ctx.text[words[k][1] : words[-1][1]]:
        at = words[k][1]
        named = next((n for n in ctx.orgs_at(at) if "," in n), None)
        if named:
            return Who(named, False)  # "for the Department for Science, Innovation and …"
    rest = [w for w, _ in words[i + 2 :] if w not in ("the", "The")]
    body: list[str] = []
    for w in rest:
        if is_name_word(w) or (body and w in ("of", "and")):
            body.append(w)
        else:
            break
    tail = rest[len(body) : len(body) + 3]
    k = next((k for k, w in enumerate(tail) if w.lower() in v["org_nouns"]), None)
    if body and k is not None and all(w.islower() for w in tail[: k + 1]):
        body += tail[: k + 1]  # "the Kazakh emergencies ministry"
    while body and body[-1] in ("of", "and"):
        body.pop()
    if len(body) > 1 and body[-1].islower():
        named = state_org(body[0], body[-1], ctx)
        if named:
            return Who(named, False)  # "a spokeswoman for the US space agency": NASA
    body = clean_org_words(body)
    if not body or body[0] in v["not_names"]:
        return None
    return Who(" ".join(body), False)


def state_org(state_word: str, kind: str, ctx: Mentions) -> str | None:
    """'the US space agency' after 'NASA was not laughing': the one organisation of that
    state and kind the story names; None when it names none or several."""
    state = state_of(state_word)
    if state is None:
        return None
    d = load_data()
    found = {
        name
        for _p, name, _k in ctx.orgs
        if d["orgs"].get(name, {}).get("state") == state and _of_kind(d["orgs"][name], kind)
    }
    return found.pop() if len(found) == 1 else None


# Nouns for a body that name its kind in the gazetteer ("the Russian firm": a company).
_KIND_NOUNS = {"firm": "company", "corporation": "company"}


def _of_kind(entry: dict, noun: str) -> bool:
    """An organisation a noun can stand for: its kind ("agency"), the kind the noun names
    ("firm": company), or the last word of one of its names ("the Russian corporation"
    after "Roscosmos", the Russian State Space Corporation)."""
    kind = entry.get("kind")
    if kind == noun or kind == _KIND_NOUNS.get(noun):
        return True
    return any(a.lower().endswith(" " + noun) for a in entry.get("aliases", []))


def described_then_named(words: list[tuple[str, int]], ctx: Mentions) -> Who | None:
    """'said the rapporteur, Jean-Pierre Lafleur-Dumas' / 'said the White House national
    security spokesman, Trevor Hagan': a description, a comma, then a person's name."""
    if not words:
        return None
    if words[0][0].lower() not in ("the", "a", "an", "its", "his", "her"):
        # "Norway's fisheries minister, Marit Solheim": an owner in the possessive
        own = next((i for i, (w, _) in enumerate(words[:3]) if w[-2:] in ("'s", "’s")), None)
        if own is None or not all(is_name_word(w) for w, _ in words[: own + 1]):
            return None
    k = next((x for x, (w, _) in enumerate(words[:16]) if w in ",;:()—–"), None)
    if k is None or k < 2 or words[k][0] != ",":
        return None
    v = speech_vocab()
    rest = words[k + 1 : k + 9]
    org = run_after(rest)
    if org and org[0] == rest[0] and len(org) < len(rest) and rest[len(org)][0] in v["titles"]:
        rest = rest[len(org) :]  # "Her crewmate, NASA astronaut Nicole Mann,"
    while rest and rest[0][0].islower() and rest[0][0] in v["titles"]:
        rest = rest[1:]  # "cosmonaut Yevgeny Tarasov"
    run = run_after(rest)
    if not run or run[0] != rest[0] or not named_person(run, ctx):
        return None
    who = org_or_person(run, ctx)
    return who if who and who.is_person else None


def role_of(words: list[tuple[str, int]], pos: int, ctx: Mentions) -> Who | None:
    """'the head of the state corporation said': a definite description of a person by a
    role held in an organisation; the person the story introduced with that role."""
    v = speech_vocab()
    low = [w.lower() for w, _ in words]
    if "of" not in low[2:]:
        return None
    i = low.index("of", 2)
    if low[i - 2] != "the" or low[i - 1] not in v["roles"]:
        return None
    tail = trailing_run(words[i + 1 :])
    if len(tail) >= 3 and named_person(tail[-2:], ctx):
        who = org_or_person(tail, ctx)  # "the head of Roscosmos Yuri Borisov stressed"
        if who and who.is_person:
            return who
    name = described_person(ctx, pos, low[i - 1])
    if name:
        return Who(name, True)
    # "The head of U.S. Southern Command told": a person nobody named, not the command
    return None if low[i - 1] in v["spokes"] else UNKNOWN


def person_of(words: list[tuple[str, int]], ctx: Mentions) -> Who | None:
    """'Professor Rajiv Mehta of the University of Leicester told': the person, not the
    organisation after 'of'."""
    for i, (w, _) in enumerate(words):
        if w == "of" and i:
            before = trailing_run(words[:i])
            if before and before[-1][0].lower() in speech_vocab()["titles"]:
                continue  # "U.S. Secretary of State Harold Ashby": a title, not a name
            k = i - len(before)
            if k and words[k - 1][0] in ("the", "The"):
                continue  # "at the Free Faculty of Theology": an institution, not a name
            if (
                k >= 2
                and words[k - 1][0] in ("of", "for")
                and words[k - 2][0] in speech_vocab()["org_words"]
            ):
                continue  # "Ministry of Foreign Affairs of Ukraine": a body's name goes on
            if before and named_person(before, ctx):
                who = org_or_person(before, ctx)
                return who if who and who.is_person else None
    return None


def without_ages(words: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """'Marta Ibarra, 54, a flight controller, said': an age between commas is no apposition."""
    out = list(words)
    for i in range(len(out) - 3, 0, -1):
        if (
            i + 2 <= len(out)
            and out[i][0].isdigit()
            and out[i - 1][0] == ","
            and out[i + 1][0] == ","
        ):
            del out[i : i + 2]
    return out


# Lower-case words opening a time or place phrase between a subject and its verb.
ADVERBIAL = frozenset(
    [
        "on",
        "in",
        "at",
        "during",
        "after",
        "before",
        "late",
        "early",
        "earlier",
        "later",
        "last",
        "this",
        "speaking",
        "writing",
        "again",
        "also",
        "meanwhile",
    ]
)
