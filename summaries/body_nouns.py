"""What a subject phrase that ends in a body's noun names: "a Treasury spokesperson",
"the Russian delegation", "NASA's station programme office", "the Japanese agency".

The answer is an organisation (or the spokesperson the story already named), found
through the noun's owner, the story's earlier bodies of that kind, or the body that
spoke just before. Kept apart from ``speakers.subject``, which trims the phrase before
the speech verb and tries names, pronouns, documents and roles around this step.
"""

from __future__ import annotations

from summaries import speaker_bodies, spokes_body
from summaries.backrefs import described_person, introduced_with, spokes_introduced, subject_org
from summaries.descriptions import named_unit, owning_org, spokes_owner
from summaries.mentions import Mentions
from summaries.names import bare_word, trailing_run, without_possessive
from summaries.who import UNKNOWN, Who, org_or_person, state_of, state_org

_INDEFINITE = frozenset(["A", "An", "a", "an", "One", "one"])


def body_noun(
    words: list[tuple[str, int]], pos: int, ctx: Mentions, v: dict[str, frozenset[str]]
) -> Who | None:
    """The speaker when the phrase's last word is a spokesperson's, a group's or a body's
    noun; None when it is none of those, so ``subject`` goes on."""
    last = words[-1][0]
    low = last.lower()
    if low in v["spokes"] or (len(words) > 1 and f"{words[-2][0].lower()} {low}" in v["spokes"]):
        run = [w for w in words if w[0][0].isupper() and w[0] not in ("A", "An", "The")]
        if run and words[0][0] in ("The", "the"):
            # "In Moscow, Dmitry Peskov said …. The Kremlin spokesman said": Peskov
            described = " ".join(w.lower() for w, _ in words[words.index(run[0]) :])
            name = described_person(ctx, pos, described, sentences=1, described=False)
            if name:
                return Who(name, True)
        if run:
            owner = trailing_run(words[: words.index(run[-1]) + 1])
            owner = without_possessive(owner)  # "Roscosmos's"
            who = org_or_person(owner, ctx)
            if who and not who.is_person:
                return who
            named = [w for w, _ in owner if w not in ("A", "An", "The")]
            if (
                who
                and len(named) == 1
                and words[0][0] in ("A", "An", "a", "an")
                and words.index(run[-1]) == len(words) - 2
                and not any(n == who.speaker for _p, n, _s in ctx.people)
                and named[0] not in v["place"]
            ):
                return Who(named[0], False)  # "A Treasury spokesperson": no person's
            return UNKNOWN
        if words[0][0] in ("The", "the") and introduced_with(ctx, pos, low):
            # "Foreign Ministry spokeswoman Maria Zakharova … the spokeswoman said"
            name = described_person(ctx, pos, low)
            if name:
                return Who(name, True)
        noun = words[-2][0].lower() if len(words) > 1 else ""
        name = ctx.last_org(pos, noun=noun, within=1500) if noun in v["org_nouns"] else None
        if words[0][0] in _INDEFINITE:  # a new spokesperson: of the body that just spoke
            name = name or spokes_body.body_said_before(ctx, pos)
            said = None if name else spokes_body.noun_said_before(ctx, pos)
            if said:
                # "The ministry confirmed …. A spokesperson said": that ministry's, or
                # unknown when the story never names it; not the agency named nearer
                name = ctx.last_org(pos, noun=said, within=1500)
                if name is None:
                    other = _spokes_chain(ctx, pos, low)
                    kind = other.split()[-1].lower() if other else ""
                    name = None if kind in v["org_nouns"] and kind != said else other
                return Who(name, False) if name else UNKNOWN
        if name is None and noun in v["org_nouns"]:
            # "a union representative": the union's, never the company named nearer
            other = _spokes_chain(ctx, pos, low)
            kinds = {w.lower() for w in other.split()} if other else set()
            fits = other and (noun in kinds or noun in ctx.described().get(other, ()))
            return Who(other, False) if fits else UNKNOWN
        name = name or _spokes_chain(ctx, pos, low)
        return Who(name, False) if name else UNKNOWN
    if (
        low in v["groups"]
        and len(words) >= 2
        and words[-2][0][0].isupper()
        and words[-2][0] not in ("The", "A", "An")
    ):
        # "the Russian delegation", "The Moscow Oblast government": the whole name before it
        run = [w for w, _ in trailing_run(words[:-1]) if w not in ("The", "A", "An")]
        return Who(" ".join([*run[-3:], last]), False)
    if low in v["org_nouns"] and len(words) >= 2:
        owner = owning_org(words, ctx) or named_unit(words, ctx)
        if owner:
            return owner  # "NASA's station programme office said": NASA
    described = _state_body(words, v)
    if described is not None:
        # "the Indian space agency said", "Kazakhstan's aerospace committee said": the one
        # body of that state and kind the story names, else the body as the story calls it
        state, kind = described.split(" ", 1)
        name = state_org(bare_word(state), low, ctx) or _named_like(ctx, pos, state, kind)
        return Who(name or described, False)
    if (
        low in v["org_nouns"]
        and len(words) >= 3
        and words[-3][0] in ("the", "The")
        and state_of(words[-2][0])
    ):
        # "The Japanese agency added": the one Japanese agency the story names; never an
        # agency of another state named nearby
        name = state_org(words[-2][0], low, ctx)
        last = ctx.last_org(pos, noun=low, within=1500)
        if not name and last and state_of(bare_word(last.split()[0])) == state_of(words[-2][0]):
            name = last  # "The Russian Foreign Ministry … the Russian ministry said"
        return Who(name, False) if name else UNKNOWN
    if low in v["org_nouns"] and len(words) >= 2 and words[-2][0].lower() in ("the", "space"):
        name = ctx.last_org(pos, noun=low) or subject_org(ctx, pos) or ctx.last_org(pos)
        return Who(name, False) if name else UNKNOWN
    if low in v["org_nouns"] and len(words) >= 3 and words[0][0] in ("the", "The"):
        name = speaker_bodies.named_by_head(words[1:], pos, ctx)
        if name:
            return Who(name, False)
    if low in v["org_nouns"] and words[0][0] in ("the", "The") and len(words) >= 3:
        # "the state corporation said": the body the story or the gazetteer calls that
        phrase = " ".join(w.lower() for w, _ in words[1:])
        if all(w.islower() for w, _ in words[1:]):
            name = ctx.last_org(pos, noun=phrase, within=1500)
            if name:
                return Who(name, False)
    if low in v["org_nouns"]:
        name = ctx.last_org(pos, noun=low, within=60)
        return Who(name, False) if name else UNKNOWN
    return None


def _spokes_chain(ctx: Mentions, pos: int, low: str) -> str | None:
    """The body a spokesperson speaks for when nothing beside the noun says: its owner,
    where it was introduced, its sentence's subject, else the body named nearest."""
    return (
        spokes_owner(ctx, pos, low)
        or spokes_introduced(ctx, pos, low)
        or spokes_body.body_of_sentence(ctx, pos)
        or ctx.last_org(pos, within=pos - ctx.sent_starts[max(0, ctx.sent_of(pos))])
        or speaker_bodies.subject_org_before(ctx, pos)
        or ctx.last_org(pos, within=400)
    )


def _state_body(words: list[tuple[str, int]], v: dict[str, frozenset[str]]) -> str | None:
    """ "the Kazakh aerospace committee", "India's space agency": a body named by its state
    and a common noun or two, returned as written without "the"; None for anything else
    ("the Japanese agency" is left to the one Japanese agency the story names)."""
    ws = [w for w, _ in words]
    if ws and ws[0] in ("the", "The"):
        ws = ws[1:]
    if not 3 <= len(ws) <= 4 or ws[-1].lower() not in v["org_nouns"]:
        return None
    if not state_of(bare_word(ws[0])) or not all(w.islower() for w in ws[1:]):
        return None
    return " ".join(ws)


def _named_like(ctx: Mentions, pos: int, state: str, kind: str) -> str | None:
    """ "Russia's Federal Customs Service … the Russian customs service said": the body named
    before with those words in its name, unless its name gives another state."""
    name = ctx.last_org(pos, noun=kind, within=1500)
    if name is None:
        return None
    owner = state_of(bare_word(name.split()[0]))
    return name if owner is None or owner == state_of(bare_word(state)) else None
