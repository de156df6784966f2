"""The speaker named after the speech verb: '…," said NASA chief Bill Nelson'.

'…," said a spokesperson for the Bremen Institute' is the institute; '…," said the head
of the bureau, Viktor Salnikov' is Salnikov; '…," says an internal Energia memo' is
Energia. None when no name follows the verb.
"""

from __future__ import annotations

from summaries.gazetteer import speech_vocab
from summaries.mentions import Mentions
from summaries.names import is_name_word, run_after, trailing_run
from summaries.person_runs import agent_noun
from summaries.pronouns import last_person
from summaries.speakers import subject
from summaries.who import (
    UNKNOWN,
    Who,
    described_then_named,
    named_person,
    org_or_person,
)

__all__ = ["after_verb"]


def after_verb(words: list[tuple[str, int]], ctx: Mentions, anchor: int) -> Who | None:
    """'…," said NASA chief Bill Nelson' → Nelson; '…," said a spokesperson for the Bremen
    Institute' → the institute; '…," said the head of the bureau, Viktor Salnikov' →
    Salnikov; None when no name follows the verb."""
    v = speech_vocab()
    named = described_then_named(words, ctx)
    if named:
        return named
    d = next((d for d, (w, _) in enumerate(words[:6]) if w in v["documents"]), None)
    if (
        d
        and words[0][0] in ("a", "an", "the")
        and all(w.isalnum() or w[-2:] in ("'s", "’s") for w, _ in words[:d])
        and (d + 1 >= len(words) or words[d + 1][0] not in ("from", "by", "of"))
    ):
        # '…," says an internal Energia memo dated June 2': the document's owner
        who = subject(words[: d + 1], anchor, ctx)
        if who.speaker:
            return who
    if words and words[0][0] in ("him", "her"):
        name = last_person(ctx, anchor, "he" if words[0][0] == "him" else "she")
        return Who(name, True) if name else UNKNOWN  # "according to him"
    span: list[tuple[str, int]] = []
    n = len(words)
    i = 0
    while i < n:
        w, p = words[i]
        low = w.lower()
        if w in (",", ";", ":", "(", ")", "—", "–"):
            break
        title_of = (  # "said Secretary of State Antony Blinken": the title goes on
            w == "of"
            and bool(span)
            and span[-1][0].lower() in v["titles"]
            and i + 1 < n
            and words[i + 1][0][:1].isupper()
        )
        if w in ("of", "at", "from") and any(x[0].isupper() for x, _ in span) and not title_of:
            break
        if low in v["documents"] and i + 1 < n and words[i + 1][0] in ("from", "by", "of"):
            # "according to a statement from the Foreign Ministry"
            run = run_after(words[i + 2 : i + 10])
            if not run and i + 3 < n and words[i + 2][0] == "the":
                # "according to a press release from the authority": the body referred back
                # to by its kind
                who = subject(words[i + 2 : i + 4], anchor, ctx)
                return who if who.speaker and not who.is_person else None
            who = org_or_person(run, ctx) if run else None
            if who and who.is_person and len(run) == 1 and not ctx.known_person(who.speaker):
                return Who(run[0][0], False)  # "the note of Itamaraty": a body, not a person
            return who if who and not who.is_person else None
        if (
            i + 2 < n
            and words[i + 1][0] == "named"
            and w.islower()
            and is_name_word(words[i + 2][0])
        ):
            run = run_after(words[i + 2 : i + 6])  # "came from a sixth-grader named Priya"
            who = org_or_person(run, ctx) if run else None
            if who and who.is_person:
                return who
        if (
            is_name_word(w)
            or (low[-2:] in ("'s", "’s") and low[:-2] in v["org_nouns"])  # "the ministry's"
            or low in v["titles"]
            or low in ("the", "a", "an", "of", "for")
            or low in v["spokes"]
            or low in v["particles"]
        ):
            span.append((w, p))
            i += 1
        else:
            break
    holder = _portfolio_holder(span, words[i:], ctx, v)
    if holder:
        return holder
    k = next(
        (
            k
            for k in range(i, min(n, i + 3))
            if words[k][0].lower() in v["roles"] or agent_noun(words[k][0], v)
        ),
        None,
    )
    if (
        k is not None
        and words[i][0].islower()
        and (span or all(w.islower() and w.isalpha() for w, _ in words[i:k]))
    ):
        # "came from SpaceX launch director Tomás Echeverría", "said researcher Luciana
        # Figueiredo", "said solar physicist Lucía Arrabal": a role in lower case (and
        # its adjectives) before the person who holds it
        run = run_after(words[k + 1 : k + 5])
        if run and run[0][1] == words[k + 1][1] and named_person(run, ctx):
            who = org_or_person(run, ctx)
            if who and who.is_person:
                return who
    if not span and k is None:
        who = _described_given_name(words, ctx, v)
        if who:
            return who
    if not span:
        who = _first_name_given(words, v)
        if who:
            return who
    if not span:
        return None
    if (
        i < n
        and span[0][0].lower() in ("a", "an")
        and (words[i][0].lower() in v["roles"] or words[i][0].lower() in v["anonymous"])
    ):
        return UNKNOWN  # '…," said a NASA official who was not authorized': nobody named
    if span[0][0].lower() in ("he", "she"):
        name = last_person(ctx, anchor, span[0][0])
        return Who(name, True) if name else UNKNOWN
    roles = v["spokes"] | v["person_nouns"]
    if (
        i < n
        and words[i][0] == ","
        and any(x.lower() in roles for x, _ in span)
        and not named_person(trailing_run(span), ctx)  # not "spokesperson Anna Volkova, X"
    ):
        # the role first, then the name: "said the head of the bureau, Viktor Salnikov"
        run = run_after(words[i + 1 : i + 6])
        if run and run[0][1] == words[i + 1][1]:
            who = org_or_person(run, ctx)
            if who and who.is_person and (len(run) > 1 or ctx.known_person(who.speaker)):
                return who
    last = span[-1][0].lower()
    if is_name_word(span[-1][0]) or (last in v["roles"] and span[0][0].lower() == "the"):
        return subject(span, anchor, ctx)  # '…," highlighted the minister'
    if last in v["spokes"] and len(span) > 2:
        # '…," said a NASA spokesperson': whom they speak for, as in '… a NASA
        # spokesperson said'
        who = subject(span, anchor, ctx)
        return who if who.speaker else None
    return None


def _portfolio_holder(
    span: list[tuple[str, int]], rest: list[tuple[str, int]], ctx: Mentions, v
) -> Who | None:
    """'…," said Minister of Digital Development, Innovation and Aerospace Industry Yerlan
    Zhaksylykov': a minister's portfolio listed with commas and "and" (as translated
    copy gives full titles) goes on to the name that closes it."""
    if len(span) < 3 or span[0][0].lower() not in v["titles"] or span[1][0] != "of":
        return None
    if not rest or rest[0][0] not in (",", "and", "&"):
        return None
    end = next((e for e, (w, _) in enumerate(rest) if w in (";", ":", "(", ")", "—", "–")), None)
    clause = rest[:end][:16]
    if any(w[:1].islower() and w not in ("and", "of", "for", "the") for w, _ in clause):
        return None  # a clause goes on after the title: not a list of portfolio nouns
    run = trailing_run(clause)
    if len(run) < 2 or clause[-1][1] != run[-1][1]:
        return None
    start = next((j for j, (w, _) in enumerate(run) if w in v["given"]), len(run) - 1)
    who = org_or_person(run[start:], ctx)
    return who if who and who.is_person else None


def _described_given_name(
    words: list[tuple[str, int]], ctx: Mentions, v: dict[str, frozenset[str]]
) -> Who | None:
    """'…," said systems engineering graduate Juan Sebastián Pico': a lower-case
    description of any noun, then a run that opens with a known given name."""
    c = next((c for c, (w, _) in enumerate(words[:5]) if not w.islower()), None)
    # ("machine operator", "bank manager": a body's noun may describe a person, as the
    # run must open with a given name)
    if not c or not all(
        w.replace("-", "").isalpha() and w not in v["documents"] and w not in v["anonymous"]
        for w, _ in words[:c]
    ):
        return None
    run = run_after(words[c : c + 4])
    if not run or run[0][1] != words[c][1] or run[0][0] not in v["given"] or len(run) < 2:
        return None
    who = org_or_person(run, ctx) if named_person(run, ctx) else None
    return who if who and who.is_person else None


def _first_name_given(words: list[tuple[str, int]], v: dict[str, frozenset[str]]) -> Who | None:
    """'…," said one porter, who gave only her first name, Lenka': the name the speaker
    gave, though it is no surname."""
    low = [w.lower() for w, _ in words[:16]]
    for j in range(2, len(low) - 1):
        given = (low[j - 1], low[j]) == ("first", "name") or (
            low[j] == "as" and low[j - 1] in ("identified", "only")
        )
        if not given:
            continue
        k = j + 2 if low[j + 1] in (",", ":") else j + 1
        if (
            k < len(words)
            and is_name_word(words[k][0])
            and words[k][0] not in v["not_names"]
            and (k + 1 == len(words) or not is_name_word(words[k + 1][0]))
        ):
            return Who(words[k][0], True)
        return None
    return None
