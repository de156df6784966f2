"""What a description beside or instead of a name points at.

'the Turkish minister' (the person introduced as Turkish), 'the physicist' after the
paragraph's subject, 'Beijing' (a capital for its government), 'NASA's station
programme office' (its owner), 'the Department of Science and Innovation' (a name with
an "and"), 'agency chief Bill Harlan' (the person holding the title), 'ESA and the UK
Space Agency issued' (two organisations together), 'Russia's FSB security service' (the
named organisation), 'the spokesperson' (the organisation a spokesperson was introduced
with). Each returns None when the words do not read so.
"""

from __future__ import annotations

from functools import lru_cache

from summaries.backrefs import acts_on, described_at
from summaries.gazetteer import load_data, speech_vocab
from summaries.mentions import Mentions
from summaries.names import (
    is_name_word,
    lower_tail,
    run_after,
    trailing_run,
    without_possessive,
    word_spans,
)
from summaries.who import Who, named_person, org_or_person, state_of


def of_nationality(ctx: Mentions, pos: int, adjective: str) -> str | None:
    """'Lavrov met his Turkish counterpart Hakan Fidan …. "…," the Turkish minister said':
    the most recent person with that nationality (or its state) written just before the
    name; None when none was, or when people of several nationalities share it."""
    state = state_of(adjective)
    if state is None:
        return None
    forms = set(load_data()["states"][state]) | {state}
    text = ctx.text
    for p, name, _s in reversed(ctx.people_in(0, pos)):
        if not name:
            continue
        if pos - p > 2000:
            break
        if any(w in forms for w in _words_before(text, p)):
            return name
    return None


def _words_before(text: str, p: int) -> list[str]:
    """The last four words before the name at ``p``, possessives dropped ("Russian envoy",
    "NASA's", "Roscosmos head"): where a story writes whose a person is. Not past a comma
    or an "and" ("Orlov, NASA's station manager, and Sergei Krikalev": NASA is Orlov's),
    except the comma of an apposition right before the name ("Russia's envoy, Nebenzya")."""
    lo = max(0, p - 40, text.rfind("\n", 0, p) + 1)  # never the paragraph before
    before = text[lo:p].replace("’s", "").replace("'s", "").split()[-4:]
    if before and before[-1].endswith(","):
        before[-1] = before[-1][:-1]
    cut = max((i for i, w in enumerate(before) if w[-1:] in ",;:(" or w == "and"), default=-1)
    return before[cut + 1 :]


def of_another_state(ctx: Mentions, pos: int, adjective: str, name: str) -> bool:
    """Is ``name`` last written, before ``pos``, with a state other than the one
    ``adjective`` names ("Russian envoy Vasily Nebenzya" for "the US ambassador")?"""
    state = state_of(adjective)
    if state is None:
        return False
    states = load_data()["states"]
    own = set(states[state]) | {state}
    text = ctx.text
    for p, person, _s in reversed(ctx.people_in(0, pos)):
        if person != name:
            continue
        before = set(_words_before(text, p))
        others = {s for s, forms in states.items() if s != state and ({s, *forms} & before)}
        return bool(others) and not own & before
    return False


def of_body(ctx: Mentions, pos: int, body: str) -> str | None:
    """'Roscosmos head Dmitry Bakanov …. "…," the Roscosmos chief said': the most recent
    person the story wrote with that organisation, just before the name ("Roscosmos head
    Dmitry Bakanov", "NASA's Ken Bowersox") or in the apposition after it ("Bakanov, who
    heads Roscosmos,"). A body's man is not another body's: without one, None."""
    if not any(n == body or n.endswith(" " + body) for _p, n, _k in ctx.orgs):
        return None
    text = ctx.text
    for p, name, _s in reversed(ctx.people_in(0, pos)):
        if not name or text.find(name, p, p + 80) == -1:
            continue
        if pos - p > 2000:
            break
        after = text[p : p + 120].split("\n", 1)[0]
        after = after[after.find(name) + len(name) :][:70].split(".", 1)[0]
        if body in _words_before(text, p) or (after.startswith(",") and body in after):
            return name
    return None


def paragraph_subject(ctx: Mentions, pos: int, described: str | None, role: str = "") -> str | None:
    """'Von Hallerstein, 57, …, said her co-investigators had not been told. "…," the
    physicist said': the description is the variation a writer uses for the person the
    sentence before, in the same paragraph, is about, even when someone else in an
    earlier paragraph was introduced with that word. None when that sentence has no
    named subject or the described person is named in this paragraph."""
    k = ctx.sent_of(pos) - 1
    if k < 0:
        return None
    text = ctx.text
    para = text.rfind("\n", 0, pos) + 1
    s, e = ctx.sent_starts[k], ctx.sent_ends[k]
    if s < para:
        return None
    here = ctx.people_in(para, pos)
    if not here or (described and any(n == described for _p, n, _s in here)):
        return None
    first = next(((p, n, subj) for p, n, subj in here if s <= p < e), None)
    if first is None or not first[1] or not described_at(ctx, first[1], pos):
        return None  # 'Ed Tomlinson commanded the flight. "…," the astronaut said': no guess
    if role and acts_on(ctx, first[0], role):
        return None  # "Park told the ambassador that …": the ambassador is someone else
    if not first[2] and (ctx.sent_of(para) != k or {n for _p, n, _s in here} != {first[1]}):
        # "Russia's delegation was led by Deputy Foreign Minister X, a veteran of …": an
        # object may be what the paragraph is about only when it opens it, alone
        return None
    return first[1]


@lru_cache(maxsize=1)
def capitals() -> frozenset[str]:
    """Capitals standing for their governments ("Beijing", "Moscow"): the one-word names
    of a state in the gazetteer other than the state's own and its adjectives."""
    out = set()
    for state, aliases in load_data()["states"].items():
        for a in aliases:
            if a != state and " " not in a and a[1:].islower() and not a.endswith(_ADJECTIVAL):
                if state.startswith(a[:4]):
                    continue  # "Kazakh" of "Kazakhstan": an adjective
                out.add(a)
    return frozenset(out)


_ADJECTIVAL = ("an", "ans", "ese", "ish", "ch", "ic", "i")


_JOINERS = frozenset(["of", "for", "and", "on"])


def org_with_and(words: list[tuple[str, int]], v) -> Who | None:
    """'The Department of Science and Innovation said' / 'the Science and Technology
    Committee': an organisation whose name holds an "and", named whole (not 'Innovation')."""
    j = len(words)
    while j > 0 and (is_name_word(words[j - 1][0]) or words[j - 1][0] in _JOINERS):
        j -= 1
    seg = [w for w, _ in words[j:]]
    own = max((i for i, w in enumerate(seg) if w[-2:] in ("'s", "’s")), default=-1)
    seg = seg[own + 1 :]  # "India's National Centre for Polar and Ocean Research"
    while seg and (seg[0] in _JOINERS or seg[0] in ("The", "A", "An")):
        seg = seg[1:]
    if len(seg) < 3 or "and" not in seg or seg[-1] in _JOINERS:
        return None
    k = seg.index("and")
    if not (0 < k < len(seg) - 1 and seg[k - 1][:1].isupper() and seg[k + 1][:1].isupper()):
        return None
    if not any(w in v["org_words"] for w in seg):
        return None
    last_org = max(i for i, w in enumerate(seg) if w in v["org_words"])
    rest = seg[last_org + 1 :]
    if len(rest) >= 2 and all(
        w[:1].isupper()
        and all(lower_tail(x) for x in w.split("-") if x)
        and w not in v["portfolio_words"]
        for w in rest
    ):
        return None  # "Minister Delegate for Digital Affairs and Space Bastien Morel-Aubry"
    return Who(" ".join(seg), False)


# Elected or appointed posts whose office speaks for them ("the County Clerk's office").
_POSTS = frozenset(
    ["clerk", "sheriff", "auditor", "comptroller", "ombudsman", "registrar", "treasurer"]
    + ["assessor", "coroner", "recorder", "commissioner", "mayor", "governor"]
)


def owning_org(words: list[tuple[str, int]], ctx: Mentions) -> Who | None:
    """'NASA's station programme office' / 'Roscosmos's human-flight directorate': an
    organisation's unit named in lower case speaks for the organisation that owns it."""
    k = len(words) - 1
    while k > 0 and words[k - 1][0].islower() and len(words) - k < 4:
        k -= 1
    if k == 0 or words[k - 1][0][-2:] not in ("'s", "’s"):
        return None
    run = trailing_run(without_possessive(words[:k]))
    if len(run) == 1 and run[0][0] in speech_vocab()["countries"]:
        return None  # "Russia's foreign ministry": a state's body, named as written
    who = org_or_person(run, ctx) if run else None
    if who and who.is_person and len(run) == 2 and run[0][0] in ("The", "the"):
        return Who(run[1][0], False)  # "The Bundestag's budget committee": no person's
    if (
        who
        and who.is_person
        and len(run) >= 2
        and run[-1][0].lower() in _POSTS
        and k > len(run)
        and words[k - 1 - len(run)][0] in ("the", "The")
        and not ctx.known_person(who.speaker)
    ):
        # "the Harris County Clerk's office said": the post's office speaks for the post
        return Who(" ".join(w for w, _ in run), False)
    return who if who and not who.is_person else None


def named_unit(words: list[tuple[str, int]], ctx: Mentions) -> Who | None:
    """'Russia's FSB security service' / 'Energia rocket corporation': an organisation's
    name written straight before lower-case words for its kind speaks as that organisation
    (never a nationality: 'the Kazakh emergencies ministry' is left to the gazetteer)."""
    k = len(words) - 1
    while k > 0 and words[k - 1][0].islower() and len(words) - k < 3:
        k -= 1
    if k == 0 or k == len(words) - 1 or not words[k][0].isalpha():
        return None
    run = [w for w in trailing_run(words[:k]) if w[0] not in ("The", "the")]
    if not run or k - len(run) > 1 or (k > len(run) and words[0][0] not in ("The", "the")):
        return None  # the phrase is the unit, not 'A staffer on the House science committee'
    while len(run) > 1 and run[0][0][-2:] in ("'s", "’s"):
        run = run[1:]  # "Russia's FSB": the owner's country is no part of the name
    if run[-1][0][-2:] in ("'s", "’s"):
        return None
    v = speech_vocab()
    if any(w in v["place"] or w in v["not_names"] for w, _ in run):
        return None
    who = org_or_person(run, ctx)
    return who if who and not who.is_person else None


def joint_subject(
    run: list[tuple[str, int]], rest: list[tuple[str, int]], ctx: Mentions
) -> Who | None:
    """'ESA and the UK Space Agency issued a joint statement saying …': two organisations
    as one subject speak together, named as the story writes them."""
    if len(rest) < 3 or rest[0][0] != "and":
        return None
    k = 2 if rest[1][0] == "the" else 1
    other = run_after(rest[k : k + 6])
    if not other or other[0] != rest[k] or len(rest) <= k + len(other):
        return None
    after = rest[k + len(other)][0]
    who = org_or_person(other, ctx)
    if who is None or who.is_person or not (after.islower() and after.isalpha()):
        return None
    v = speech_vocab()
    if not (after.endswith("ed") or after in v["verbs"] or after in ("have", "were", "are")):
        return None  # "NASA and ESA officials met …": the officials, not the agencies
    text = ctx.text
    return Who(text[run[0][1] : other[-1][1] + len(other[-1][0])], False)


def role_then_name(words: list[tuple[str, int]], ctx: Mentions) -> Who | None:
    """After an organisation: 'deputy chief Vadim Kholodov' / 'spokesperson Guo Wenbo' —
    the lower-case role words of a title, then the person holding it."""
    v = speech_vocab()
    k = 0
    titled = False
    while (
        k < min(len(words), 4)
        and words[k][0].islower()
        and (
            words[k][0] in v["titles"]
            or words[k][0] in v["roles"]
            or words[k][0] in v["spokes"]
            or words[k][0] in v["org_nouns"]  # "agency chief Bill Harlan"
        )
    ):
        titled = titled or words[k][0] not in v["org_nouns"]
        k += 1
    if not titled:
        return None
    run = run_after(words[k : k + 5])
    if not run or run[0] != words[k] or not named_person(run, ctx):
        return None
    who = org_or_person(run, ctx)
    return who if who and who.is_person else None


def spokes_owner(ctx: Mentions, pos: int, noun: str) -> str | None:
    """'A State Department spokesperson said …, about deals with Roscosmos. "…," the
    spokesperson said': the organisation written before the noun when the story last used
    it, not the one named since. None when that mention is 'spokesperson for/of X' (the
    caller reads those) or has no organisation before it."""
    low = ctx.lower_text()
    idx = low.rfind(noun, max(0, pos - 1500), pos)
    while idx > 0 and (
        low[idx - 1].isalpha() or low[idx + len(noun) : idx + len(noun) + 1].isalpha()
    ):
        idx = low.rfind(noun, max(0, pos - 1500), idx)
    if idx <= 0 or low.startswith((" of ", " for "), idx + len(noun)):
        return None
    run = without_possessive(trailing_run(word_spans(ctx.text, max(0, idx - 60), idx)))
    who = org_or_person(run, ctx) if run else None
    return who.speaker if who and not who.is_person else None
