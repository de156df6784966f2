"""Who heads a clause: the subject of '…, saying "…"' and of the sentence before a quote.

The first name, pronoun or organisation past an opening place or time ('In Moscow, …'),
with a title after an organisation read as its holder ('Roscosmos deputy chief Vadim
Kholodov' is Kholodov).
"""

from __future__ import annotations

from summaries.descriptions import joint_subject, role_then_name
from summaries.gazetteer import speech_vocab
from summaries.mentions import Mentions
from summaries.names import is_name_word, run_after
from summaries.pronouns import last_person
from summaries.who import UNKNOWN, Who, described_then_named, named_person, org_or_person

__all__ = ["SCENE_PREPS", "clause_subject"]


def clause_subject(words: list[tuple[str, int]], ctx: Mentions) -> Who:
    """Subject of the main clause, for '…, saying "…"': the first name or pronoun, past
    an opening place or time ('In Moscow, …'); 'Roscosmos deputy chief Vadim Kholodov' is
    the person, not the organisation that describes him."""
    v = speech_vocab()
    dash = next((i for i, (w, _) in enumerate(words[:6]) if w in ("—", "–")), None)
    if dash and all(w.isupper() and w.isalpha() for w, _ in words[:dash]):
        words = words[dash + 1 :]  # a newsletter's subhead: "BEIJING HITS BACK — China's …"
    if words and words[0][0] in SCENE_PREPS:
        comma = next((i for i, (w, _) in enumerate(words[:7]) if w == ","), None)
        # not past a clause of its own: "In his video he went further, saying …"
        if comma is not None and not any(w in ("he", "she", "they") for w, _ in words[1:comma]):
            words = words[comma + 1 :]
    if words and words[0][0] in ("The", "Her", "His", "Its", "Their"):
        named = described_then_named(words, ctx)
        if named and named.is_person:
            return named  # "Her Russian counterpart, Grigory Pashin, was more pointed, …"
    for i, (w, p) in enumerate(words):
        if p < ctx.dateline_end:
            continue
        if w in ("The", "the"):
            org = _the_org(words[i + 1 : i + 4], ctx)
            if org:
                return org
        if w in ("He", "She") or (i and w in ("he", "she")):
            name = last_person(ctx, p, w)
            if name:
                ctx.learn_gender(name, w)
            return Who(name, True) if name else UNKNOWN
        if w[0].isupper() and w not in v["not_names"] and not w[0].isdigit():
            run = [(w, p)]
            for w2, p2 in words[i + 1 :]:
                if is_name_word(w2) or w2.lower() in v["particles"]:
                    run.append((w2, p2))
                else:
                    break
            if len(run) == 1 and w.rstrip(".") in v["place"] | {"U.S", "U.K"}:
                return UNKNOWN  # "U.S. officials", "Russian engineers"
            if run[-1][0][-2:] in ("'s", "’s"):
                # "Vlad's space boss Yuri Gromov sneered …": the owner heads no clause
                after = words[i + len(run) : i + len(run) + 7]
                k = next((k for k, (x, _) in enumerate(after[:4]) if x[:1].isupper()), None)
                person = run_after(after[k:]) if k is not None else []
                if person and named_person(person, ctx):
                    who = org_or_person(person, ctx)
                    if who and who.is_person:
                        return who
            named = _role_opener(run, i, words, ctx)
            if named:
                return named  # "Rival adviser Glass Lewis recommended …, calling"
            run = _whole_org(run, ctx)
            who = org_or_person(run, ctx)
            if who and who.is_person and len(run) == 1 and not ctx.known_person(who.speaker):
                return UNKNOWN  # a capitalised common noun ("Exports needed…")
            if who and not who.is_person:
                named = role_then_name(words[i + len(run) :], ctx)
                if named:
                    return named
                joint = joint_subject(run, words[i + len(run) :], ctx)
                if joint:
                    return joint
            return who or UNKNOWN
    return UNKNOWN


def _role_opener(
    run: list[tuple[str, int]], i: int, words: list[tuple[str, int]], ctx: Mentions
) -> Who | None:
    """'Former minister Pavel Ivanov', 'Rival proxy adviser Glass Lewis': a capitalised
    modifier opening the clause, at most one more lower-case modifier, a role, then the
    name; the name heads the clause."""
    if len(run) != 1 or i > 1 or (i == 1 and words[0][0] not in ("The", "A", "An")):
        return None
    v = speech_vocab()
    k = i + 1
    while k < min(len(words), i + 3) and words[k][0].isalpha() and words[k][0].islower():
        k += 1
    named = run_after(words[k : k + 4]) if k > i + 1 else []
    if named and named[0] == words[k] and len(named) >= 2 and named_person(named, ctx):
        # "The Venetian glassmaker Marco Scarpa", "A Moscow artist Anna Orlova": a place
        # or a people describing the one the full name then names
        who = org_or_person(named, ctx)
        if who and who.is_person:
            return who
    if i != 0:
        return None
    for m in (1, 2):
        lower = all(w.isalpha() and w.islower() for w, _ in words[1:m])
        if m < len(words) and words[m][0] in v["roles"] and lower:
            return role_then_name(words[m:], ctx)
    return None


def _whole_org(run: list[tuple[str, int]], ctx: Mentions) -> list[tuple[str, int]]:
    """'Ukraine's Ministry of Foreign Affairs sent a note …, arguing that': a name run
    stops at "of", but the organisation the story records there is the whole name (and
    ``org_or_person`` drops the state that owns it)."""
    p = run[0][1]
    for name in ctx.orgs_at(p):
        if len(name) > len(" ".join(w for w, _ in run)) and " of " in name:
            return [(w, p) for w in name.split()]
    return run


# Prepositions opening a scene before the subject: "In Moscow, …", "On Tuesday, …".
SCENE_PREPS = frozenset(
    ["In", "On", "At", "From", "After", "Before", "During", "Outside", "Inside", "Aboard"]
)


def _the_org(words: list[tuple[str, int]], ctx: Mentions) -> Who | None:
    """'The ministry also wrote to NASA, …' / 'The Kazakh government has ordered …': an
    organisation named by its kind heads the clause (the one the story named last, or
    the one written so)."""
    v = speech_vocab()
    k = 0
    while k < len(words) - 1 and k < 2 and words[k][0][:1].isupper():
        k += 1
    if k >= len(words):
        return None
    noun, p = words[k]
    if noun not in v["org_nouns"] or not noun.islower():
        return None
    nxt = words[k + 1][0] if k + 1 < len(words) else ""
    if nxt.lower() in v["roles"] or nxt.lower() in v["spokes"] or nxt in v["org_nouns"]:
        return None  # "the ministry spokesman", "the agency press service"
    if k:
        name = " ".join(w for w, _ in words[: k + 1])
        return Who(name, False) if any(n == name for _p, n, _k in ctx.orgs) else None
    name = ctx.last_org(p, noun=noun, within=1500)
    return Who(name, False) if name else None
