"""What a subject phrase names: a person (by surname), an organisation, or nobody.

"NASA Administrator Bill Nelson" -> Nelson; "the agency" -> the last organisation of that
kind; "he"/"she" -> the last named person of a compatible gender; "the letter states" ->
the letter's author. Anything else is ``UNKNOWN``: an unknown speaker is better than a
guessed one.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import NamedTuple

from summaries.gazetteer import scan, speech_vocab
from summaries.mentions import Mentions
from summaries.names import clean_org_words, person_name, run_after, trailing_run, word_spans
from summaries.sentences import split_sentences


class Who(NamedTuple):
    speaker: str | None
    is_person: bool


UNKNOWN = Who(None, False)


def org_or_person(run: list[tuple[str, int]], ctx: Mentions) -> Who | None:
    v = speech_vocab()
    ws = [w for w, _ in run]
    while ws and ws[0] in ("The", "A", "An"):
        ws = ws[1:]
    ws = clean_org_words(ws)
    if not ws:
        return None
    hits, _ = scan(" ".join(ws))
    for h in hits:
        if h.cat == "person":
            return Who(h.name, True)
    last = ws[-1].rstrip(".")
    if last[-2:] in ("'s", "’s"):
        return None
    if "of" in ws[1:-1] and ws[ws.index("of") - 1] in v["org_words"]:
        while ws and ws[0][-2:] in ("'s", "’s"):
            ws = ws[1:]
        return Who(" ".join(ws), False)
    if len(ws) == 1 and ws[0] in v["state_names"]:
        return Who(ws[0], False)
    orgs = [h for h in hits if h.cat == "org"]
    if last in v["org_words"] or (orgs and orgs[-1].end == len(" ".join(ws))):
        return Who(" ".join(ws), False)
    if len(ws) == 1 and last.isupper() and len(last) > 1:
        return Who(last, False)
    name = person_name(ws, ctx.text)
    return Who(name, True) if name else None


def document_owner(text: str, noun: str, pos: int, ctx: Mentions) -> Who:
    """The author of "the letter"/"the statement": 'a letter from X', 'X's letter',
    'X said in a statement', else the subject of the sentence before the quote."""
    v = speech_vocab()
    lo = max(0, pos - 2000)
    idx = text.rfind(noun, lo, pos)
    while idx != -1:
        i = bisect_right(ctx.sent_starts, idx) - 1
        s = max(ctx.sent_starts[i] if i >= 0 else 0, lo)
        e = min(ctx.sent_ends[i] if i >= 0 else pos, pos)
        words = word_spans(text, s, e)
        k = next((i for i, (_w, p) in enumerate(words) if p >= idx), len(words))
        for j in range(k + 1, min(k + 9, len(words))):
            if words[j][0] in ("from", "by"):
                who = org_or_person(run_after(words[j + 1 :]), ctx)
                if who:
                    return who
                break
        before = words[:k]
        if before and before[-1][0][-2:] in ("'s", "’s"):
            who = org_or_person(trailing_run(before), ctx)
            if who:
                return who
        for j, (w, _p) in enumerate(words):
            if w.lower() in v["verbs"] or w.lower() in ("issued", "released", "published"):
                who = subject(words[:j], words[j][1], ctx)
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
        who = clause_subject(word_spans(text, lo + s, lo + e)[:4], ctx)
        if who.speaker:
            return who
    return UNKNOWN


def subject(words: list[tuple[str, int]], pos: int, ctx: Mentions) -> Who:
    """Speaker named by the words just before a speech verb."""
    v = speech_vocab()
    while words and words[-1][0].lower() in v["adverbs"]:
        words = words[:-1]
    if words and words[-1][0] == ",":
        words = strip_clauses(words[:-1])
        cut = max((i for i, (w, _) in enumerate(words) if w == ","), default=None)
        if cut is not None:
            appos, head = words[cut + 1 :], words[:cut]
            role = head[-1][0].lower() if head else ""
            if (
                appos
                and appos[-1][0][0].isupper()
                and (
                    role in v["spokes"]
                    or role in v["person_nouns"]
                    or role in v["titles"]
                    or (role.isalpha() and role.islower() and named_person(appos, ctx))
                )
            ):
                # "His predecessor, Yuri Borisov, told": the name, not the description
                words = appos
            else:
                words = head
    cut = max(
        (i for i, (w, _) in enumerate(words) if w in ",;:()—–" or w in ("that", "and", "but")),
        default=-1,
    )
    words = words[cut + 1 :]
    if not words:
        return UNKNOWN
    run = trailing_run(words)
    k = len(words) - len(run)
    if run and k >= 2 and words[k - 1][0] in ("in", "at", "near", "from", "outside"):
        words = words[: k - 1]  # "the Russian embassy in South Africa said"
        run = trailing_run(words)
        k = len(words) - len(run)
    last = words[-1][0]
    low = last.lower()
    if last[0].isupper() and low not in ("he", "she", "it", "they", "we", "i"):
        if k >= 2 and words[k - 1][0] in ("of", "for", "on"):
            # "the Foreign Ministry of Latvia said": the body, not the country
            head = trailing_run(words[: k - 1])
            if head and head[-1][0] in speech_vocab()["org_words"]:
                run = head + words[k - 1 :]
        who = org_or_person(run, ctx)
        return who or UNKNOWN
    if low in ("he", "she"):
        name = ctx.last_person(pos, low)
        return Who(name, True) if name else UNKNOWN
    if low == "it":
        doc = previous_subject_document(ctx, words[-1][1])
        if doc:
            return document_owner(ctx.text, doc, pos, ctx)
        name = ctx.last_org(pos)
        return Who(name, False) if name else UNKNOWN
    if low in v["documents"]:
        owner = words[-2][0] if len(words) > 1 else ""
        if owner[-2:] in ("'s", "’s") and owner[0].islower():
            noun = owner[:-2].lower()
            name = (
                ctx.last_org(pos, noun=noun)
                if noun in v["groups"] or noun in v["org_nouns"]
                else None
            )
            return Who(name, False) if name else UNKNOWN
        if len(words) > 1 and words[-2][0][-2:] in ("'s", "’s"):
            run = trailing_run(words[:-1])
            who = org_or_person(run[:-1] + [(run[-1][0][:-2], run[-1][1])], ctx)
            if who:
                return who
        return document_owner(ctx.text, low, words[-1][1], ctx)
    if low in v["spokes"] or (len(words) > 1 and f"{words[-2][0].lower()} {low}" in v["spokes"]):
        run = [w for w in words if w[0][0].isupper() and w[0] not in ("A", "An", "The")]
        if run:
            who = org_or_person(trailing_run(words[: words.index(run[-1]) + 1]), ctx)
            if who and not who.is_person:
                return who
            return UNKNOWN
        noun = words[-2][0].lower() if len(words) > 1 else ""
        name = ctx.last_org(pos, noun=noun, within=1500) if noun in v["org_nouns"] else None
        name = name or ctx.last_org(pos, within=400)
        return Who(name, False) if name else UNKNOWN
    if (
        low in v["groups"]
        and len(words) >= 2
        and words[-2][0][0].isupper()
        and words[-2][0] not in ("The", "A", "An")
    ):
        return Who(f"{words[-2][0]} {last}", False)
    if low in v["org_nouns"] and len(words) >= 2 and words[-2][0].lower() in ("the", "space"):
        name = ctx.last_org(pos, noun=low) or ctx.last_org(pos)
        return Who(name, False) if name else UNKNOWN
    if low in v["org_nouns"]:
        name = ctx.last_org(pos, noun=low, within=60)
        return Who(name, False) if name else UNKNOWN
    if low in v["roles"] and any(w.lower() == "the" for w, _ in words[-4:]):
        # "the senator said": the person the article introduced with that word
        name = ctx.role_person(pos, low)
        return Who(name, True) if name else UNKNOWN
    return UNKNOWN


def strip_clauses(words: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Without trailing ', who oversees the Bureau …' / ', speaking at a news conference'
    segments: the subject is the name they describe."""
    while True:
        cut = max((i for i, (w, _) in enumerate(words) if w == ","), default=None)
        if cut is None or cut + 1 >= len(words):
            return words
        first = words[cut + 1][0]
        if first.lower() in _RELATIVE or (first.islower() and first.endswith("ing")):
            words = words[:cut]
        else:
            return words


_RELATIVE = frozenset(["who", "which", "whose", "whom", "where", "when", "while"])


def named_person(run: list[tuple[str, int]], ctx: Mentions) -> bool:
    """A run that is plainly a person's name: "Yuri Borisov", "Dr. Lorraine Ashby",
    "cosmonaut Yevgeny Tarasov", or a surname the story already knows as a person."""
    v = speech_vocab()
    ws = [w for w, _ in run]
    while ws and ws[0].lower() in v["titles"]:
        ws = ws[1:]
    if not ws or not all(w[0].isupper() or w.lower() in v["particles"] for w in ws):
        return False
    name = person_name(ws, ctx.text)
    if not name or any(w in v["org_words"] for w in ws):
        return False
    return ws[0] in v["given"] or len(ws) >= 2 or ctx.known_person(name)


def previous_subject_document(ctx: Mentions, pos: int) -> str | None:
    """The document a sentence-initial "It" refers to: 'The proposal … . It describes'."""
    i = ctx.sent_of(pos)
    if i < 1 or pos - ctx.sent_starts[i] > 2:
        return None
    docs = speech_vocab()["documents"]
    for w, _p in word_spans(ctx.text, ctx.sent_starts[i - 1], ctx.sent_ends[i - 1])[:5]:
        if w.lower() in docs:
            return w.lower()
    return None


def after_verb(words: list[tuple[str, int]], ctx: Mentions, anchor: int) -> Who | None:
    """'…," said NASA chief Bill Nelson' → Nelson; '…," said a spokesperson for the Bremen
    Institute' → the institute; '…," said the head of the bureau, Viktor Salnikov' →
    Salnikov; None when no name follows the verb."""
    v = speech_vocab()
    named = _described_then_named(words, ctx)
    if named:
        return named
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
            run = run_after(words[i + 2 : i + 10])
            who = org_or_person(run, ctx) if run else None
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
        return Who(name, True) if name else UNKNOWN
    roles = v["spokes"] | v["person_nouns"]
    if i < n and words[i][0] == "," and any(x.lower() in roles for x, _ in span):
        # the role first, then the name: "said the head of the bureau, Viktor Salnikov"
        run = run_after(words[i + 1 : i + 6])
        if run and run[0][1] == words[i + 1][1]:
            who = org_or_person(run, ctx)
            if who and who.is_person and (len(run) > 1 or ctx.known_person(who.speaker)):
                return who
    return subject(span, anchor, ctx) if span[-1][0][0].isupper() else None


def _described_then_named(words: list[tuple[str, int]], ctx: Mentions) -> Who | None:
    """'said the rapporteur, Jean-Pierre Lafleur-Dumas' / 'said the White House national
    security spokesman, Trevor Hagan': a description, a comma, then a person's name."""
    if not words or words[0][0].lower() not in ("the", "a", "an", "its", "his", "her"):
        return None
    k = next((x for x, (w, _) in enumerate(words[:10]) if w in ",;:()—–"), None)
    if k is None or k < 2 or words[k][0] != ",":
        return None
    v = speech_vocab()
    rest = words[k + 1 : k + 8]
    while rest and rest[0][0].islower() and rest[0][0] in v["titles"]:
        rest = rest[1:]  # "cosmonaut Yevgeny Tarasov"
    run = run_after(rest)
    if not run or run[0] != rest[0] or not named_person(run, ctx):
        return None
    who = org_or_person(run, ctx)
    return who if who and who.is_person else None


def clause_subject(words: list[tuple[str, int]], ctx: Mentions) -> Who:
    """Subject of the main clause, for '…, saying "…"': the first name or pronoun."""
    v = speech_vocab()
    for i, (w, p) in enumerate(words):
        if w in ("He", "She") or (i and w in ("he", "she")):
            name = ctx.last_person(p, w)
            return Who(name, True) if name else UNKNOWN
        if w[0].isupper() and w not in v["not_names"] and not w[0].isdigit():
            run = [(w, p)]
            for w2, p2 in words[i + 1 :]:
                if w2[0].isupper():
                    run.append((w2, p2))
                else:
                    break
            if len(run) == 1 and w.rstrip(".") in v["place"] | {"U.S", "U.K"}:
                return UNKNOWN  # "U.S. officials", "Russian engineers"
            who = org_or_person(run, ctx)
            if who and who.is_person and len(run) == 1 and not ctx.known_person(who.speaker):
                return UNKNOWN  # a capitalised common noun ("Exports needed…")
            return who or UNKNOWN
    return UNKNOWN
