"""Speakers that are bodies, or nobody: the body whose website carried a statement, a body
listed with a comma in its name, a body named again by the noun for its kind, an unnamed
official of a body, the body the sentence before was about, and the owner of "its press
service". Kept apart from ``speakers.subject``, which decides when each applies."""

from __future__ import annotations

from bisect import bisect_left

from summaries import spokes_body
from summaries.backrefs import subject_org
from summaries.gazetteer import speech_vocab
from summaries.mentions import Mentions
from summaries.names import bare_word, word_spans
from summaries.pronouns import last_person
from summaries.who import UNKNOWN, Who, org_or_person, person_of, state_of

_INDEFINITE = frozenset(["A", "An", "a", "an", "One", "one"])
_UNNAMED_PREPS = frozenset(["at", "in", "of", "from", "with", "aboard"])

# Where a body publishes a statement ("a statement posted on the embassy's website").
PLATFORMS = frozenset(["website", "site", "channel", "page", "account", "feed", "blog"])


def posted_on(words: list[tuple[str, int]], ctx: Mentions, v: dict) -> Who | None:
    """'a statement posted on the embassy's website said': the body whose site it is, or
    nobody; None when the phrase is no document on a site."""
    low = [w.lower() for w, _ in words]
    on = len(low) - 4 if len(low) >= 5 and low[-3] == "the" else len(low) - 3
    if on < 1 or low[on] != "on" or low[-2][-2:] not in ("'s", "’s"):
        return None
    if not any(w in v["documents"] for w in low[:on]):
        return None
    owner = words[-2][0][:-2]
    if owner.islower():
        name = ctx.last_org(words[-2][1], noun=owner) if owner in v["org_nouns"] else None
        return Who(name, False) if name else UNKNOWN
    who = org_or_person([(owner, words[-2][1])], ctx)
    return who or UNKNOWN


def listed_body(words: list[tuple[str, int]], ctx: Mentions) -> Who | None:
    """The body whose recorded name, with a comma in it, ends the phrase; after a
    preposition, the person before it ("Jones of the …")."""
    end = words[-1][1] + len(words[-1][0])
    # only the bodies recorded inside the phrase: a story of many bodies and many quotes
    # would otherwise make every comma phrase walk all of them
    lo = bisect_left(ctx.orgs, (words[0][1], "", ""))
    hi = bisect_left(ctx.orgs, (end, "", ""), lo)
    for p, name, _ in ctx.orgs[lo:hi]:
        if "," in name and p + len(name) == end:
            k = next((k for k, (_, q) in enumerate(words) if q == p), None)
            if k is None:
                return None
            j = k - 1 if k and words[k - 1][0] in ("the", "The") else k
            if j and words[j - 1][0] in _UNNAMED_PREPS | {"for", "by", "to"}:
                return person_of(words[:j], ctx)  # "Ann Jones of the …": Jones, or nobody
            return Who(name, False)
    return None


def named_by_head(words: list[tuple[str, int]], pos: int, ctx: Mentions) -> str | None:
    """'The Russian customs service said' after "Russia's Federal Customs Service": the
    body whose name holds every lower-case word of the phrase, named in the last 1500
    characters; a nationality before them must be the body's own."""
    start = words[0][1]
    state = state_of(words[0][0]) if words[0][0][:1].isupper() else None
    if state:
        words = words[1:]
    if len(words) < 2 or not all(w.isalpha() and w.islower() for w, _ in words):
        return None
    want = {w for w, _ in words}
    i = bisect_left(ctx.orgs, (pos, "", ""))
    while i > 0:
        i -= 1
        p, name, _kind = ctx.orgs[i]
        if pos - p > 1500:
            return None
        if p >= start:
            continue  # "The Dutch foreign ministry": the phrase itself, nationality and all
        have = [bare_word(w).lower() for w in name.split()]
        if want <= set(have):
            owner = state_of(bare_word(name.split()[0]))
            return name if state is None or owner in (None, state) else None
    return None


def unnamed_at(words: list[tuple[str, int]], v) -> bool:
    """'An official at the bank', 'a source in the ministry': one unnamed person of a
    body, who is nobody (a spokesperson of it speaks for the body, and is not this)."""
    n = len(words)
    for i in range(max(0, n - 8), n - 3):  # "after a Russian cosmonaut aboard the station"
        if words[i][0] in _INDEFINITE:
            for k in range(i + 1, i + 4):
                if words[k][0] in _UNNAMED_PREPS or (
                    words[k][0] in _NEAR_TO
                    and k + 1 < n
                    and words[k + 1][0] in _UNNAMED_PREPS | {"to", "on"}
                ):
                    noun = words[k - 1][0].lower()
                    return (noun in v["roles"] or noun in v["anonymous"]) and noun not in v[
                        "spokes"
                    ]
            return False
    return False


# 'A person close to the agency', 'a source familiar with the talks', 'an official briefed
# on the plan': how newsrooms keep a source unnamed while saying where it stands.
_NEAR_TO = frozenset(["close", "familiar", "briefed", "involved", "knowledgeable", "connected"])


def subject_org_before(ctx: Mentions, pos: int) -> str | None:
    """'The State Department said Washington had warned the UAE about deals with
    Roscosmos. "…," a spokesperson said': the organisation the sentence before is about,
    not the one in its object, when the story names it as an organisation."""
    k = ctx.sent_of(pos) - 1
    if k < 0:
        return None
    s = ctx.subject_start(k)
    if ctx.text.startswith(("The ", "the "), s):
        s += 4
    names = ctx.orgs_at(s)
    return max(names, key=len) if names else None


_POSSESSIVES = {"its": "it", "their": "it", "his": "he", "her": "she"}


def possessed(words: list[tuple[str, int]], pos: int, ctx: Mentions) -> Who | None:
    """'Its press service wrote:' / 'Its post read:' / 'Her statement says': the owner is
    the organisation the sentence before was about, or the person 'he'/'she' would be."""
    if not 2 <= len(words) <= 3 or words[0][0].lower() not in _POSSESSIVES:
        return None
    v = speech_vocab()
    if not spokes_body.speaks_for_owner(words, v):
        return None
    pronoun = _POSSESSIVES[words[0][0].lower()]
    if pronoun != "it":
        name = last_person(ctx, pos, pronoun)
        return Who(name, True) if name else UNKNOWN
    name = subject_org(ctx, pos)
    k = ctx.sent_of(pos) - 1
    if not name and k >= 0:
        # "The embassy answered the next morning. Its post read: …"
        head = word_spans(ctx.text, ctx.sent_starts[k], ctx.sent_ends[k])[:2]
        if len(head) == 2 and head[0][0] == "The" and head[1][0] in v["org_nouns"] | v["groups"]:
            name = ctx.last_org(pos, noun=head[1][0], within=1500)
        if not name:
            # "The Russian Embassy in Washington said …. Its statement added:" — the
            # organisation the sentence before named
            name = ctx.last_org(pos, within=pos - ctx.sent_starts[k])
    return Who(name, False) if name else UNKNOWN
