"""Who "he" or "she" is: the person a pronoun goes back to, read from a story's mentions.

Kept apart from ``mentions``, which builds the memory of who was mentioned where; this
module only reads it, weighing subjects, given-name gender, paragraphs and unnamed
people ("a former flight director") to choose the one a pronoun means.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from summaries.gazetteer import speech_vocab
from summaries.mention_patterns import DWELT_ON, ROLE_LEAD
from summaries.mentions import Mentions
from summaries.names import surname_gender


def last_person(ctx: Mentions, pos: int, pronoun: str = "") -> str | None:
    """Who "he"/"she" is: the most recent named subject of a compatible gender (where
    the given name or surname tells: Olga/Rytova, Dmitry/Baranov); where that subject
    clashes, a compatible person of the same sentence ('Baranov and Olga Rytova spoke.
    "…," she said'). None when the most recent person is an unnamed one ("a former
    flight director") with no name beside it."""
    ctx.find_anonymous()
    i = bisect_left(ctx.people, (pos, "", False))
    clash = {"he": "f", "she": "m"}.get(pronoun.lower())
    near = ctx.people[max(0, i - 12) : i]

    def fits(n: str, p: int = -1) -> bool:
        g = ctx.gender_at.get(p) or ctx.gender.get(n, surname_gender(n))
        return clash is None or g != clash

    named = [x for x in near if not x[1] or fits(x[1], x[0])]
    if named and not named[-1][1] and _anon_blocks(ctx, named[-1], pronoun):
        anon = named[-1][0]
        named = [x for x in named if x[1]]
        if not any(ctx.sent_of(p) == ctx.sent_of(anon) or p > anon for p, _, _ in named):
            return None
    named = [x for x in named if x[1]]
    fallback = named[-1][1] if named else None
    for k in range(len(near) - 1, -1, -1):
        p, name, subj = near[k]
        if pos - p > 700:
            break
        if not name or not subj or ctx.quoted(p, name):
            continue
        if fits(name, p):
            para = ctx.text.rfind("\n", 0, pos) + 1
            if p < para and pronoun:
                # 'A clip from the capsule shows Levchenko, speaking in Russian. "…,"
                # he said': the one person this paragraph names, not an earlier subject
                here = [(p2, n) for p2, n, _s in near if p2 >= para and n and fits(n, p2)]
                if (
                    len({n for _p, n in here}) == 1
                    and not any(p2 >= para and not n for p2, n, _s in near)
                    and (
                        DWELT_ON.match(
                            ctx.text,
                            ctx.text.find(here[0][1], here[0][0]) + len(here[0][1]),
                        )
                        or _introduced_in_apposition(ctx, here[0][0], here[0][1])
                        or _described_after(ctx, here[0][0], here[0][1])
                        or _told_gender(ctx, here[0][0], here[0][1], pronoun, name, p)
                    )
                ):
                    return here[0][1]
            return name
        sent = ctx.sent_of(p)
        for p2, n2, _s in reversed(near):
            if n2 and p2 < pos and ctx.sent_of(p2) == sent and fits(n2, p2):
                if ctx.quoted(p2, n2):
                    continue  # 'X said Moscow "welcomes the Holy Father's appeal"': not her
                return n2
    return fallback


def _told_gender(ctx: Mentions, pos: int, name: str, pronoun: str, earlier: str, at: int) -> bool:
    """'… led by Professor Juliana Albuquerque. "…," she said': the one person of a
    new paragraph whose given name says the pronoun, against an earlier paragraph's
    subject whose gender nothing told."""
    want = {"he": "m", "she": "f"}.get(pronoun.lower())
    told = ctx.gender_at.get(pos) or ctx.gender.get(name)
    return (
        want is not None
        and told == want
        and not (ctx.gender_at.get(at) or ctx.gender.get(earlier, surname_gender(earlier)))
    )


def _introduced_in_apposition(ctx: Mentions, pos: int, name: str) -> bool:
    """'I spoke to our commander, Yaroslav Bulatnikov, on Saturday': a person brought
    in between commas after a description, whom the next "he" is about."""
    end = ctx.text.find(name, pos)
    # ('Its former director, engineer Rodrigo Villca, said': a role noun may come first)
    lead = ROLE_LEAD.search(ctx.text, max(0, pos - 30), pos)
    if lead and lead.group(1) not in speech_vocab()["roles"]:
        lead = None  # ", and Rodrigo Villca": a second person, no apposition
    cut = lead.start() if lead else pos - 2
    before = ctx.text[max(0, cut - 40) : cut].split()
    return (
        (ctx.text[pos - 2 : pos] == ", " or lead is not None)
        and end != -1
        and ctx.text.startswith(",", end + len(name))
        and bool(before)
        and before[-1].islower()
    )


def _described_after(ctx: Mentions, pos: int, name: str) -> bool:
    """'Japan was represented by Akemi Nonaka, Deputy Minister for Foreign Affairs.': a
    person brought in with their role after the name, whom the next "she" is about."""
    end = ctx.text.find(name, pos)
    if end == -1:
        return False
    m = _ROLE_AFTER.match(ctx.text, end + len(name))
    roles = speech_vocab()["roles"]
    return bool(m) and any(w.lower() in roles for w in m.group(1).split())


# ", Deputy Minister for …", ", a member of the council", ", the agency's director"
_ROLE_AFTER = re.compile(r",[ \t]+(?:(?:the|a|an)[ \t]+)?((?:[\w’'-]+[ \t]+){0,2}[\w-]+)")


def _anon_blocks(ctx: Mentions, anon: tuple[int, str, bool], pronoun: str) -> bool:
    """An unnamed person stops "he"/"she" unless a sentence that opens with that very
    pronoun mentions them in passing ('She said the robot waited when a crew member
    floated into its path. "…," she joked')."""
    if not _anon_speaks(ctx, anon[0]) and _named_before_in_para(ctx, anon[0]):
        # 'Dr Ines Kohlhaas … said …. An astronaut famously let go of a tool bag in
        # 2008. ¶ "…," she said': an aside in someone else's paragraph, with no voice
        return False
    if anon[2] or not pronoun:
        return True
    k = ctx.sent_of(anon[0])
    head = ctx.text[ctx.subject_start(k) : anon[0]].split()[:1]
    return not (head and head[0].lower() == pronoun.lower())


def _named_before_in_para(ctx: Mentions, pos: int) -> bool:
    para = ctx.text.rfind("\n", 0, pos) + 1
    lo = bisect_left(ctx.people, (para, "", False))
    hi = bisect_left(ctx.people, (pos, "", False), lo)
    return any(n and subj for _p, n, subj in ctx.people[lo:hi])


def _anon_speaks(ctx: Mentions, pos: int) -> bool:
    """The unnamed person's sentence gives them a voice: a speech verb, or the
    anonymity a source is granted."""
    k = ctx.sent_of(pos)
    words = ctx.text[ctx.sent_starts[k] : ctx.sent_ends[k]].lower().split()
    said = speech_vocab()["said"]
    return any(
        w in said or w.startswith("anonym") or w in ("named", "identified")
        for w in (x.strip(",.;:") for x in words)
    )
