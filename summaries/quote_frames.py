"""Constructions that frame a quote without a plain 'X said': who owns the words.

'In a statement, Roscosmos put it plainly: "…"', "X's response was blunt:", "Her
reply:", 'Interfax quoted X as saying', 'X saluted the troops and wished them "…"',
'comments made by X ("…")'. Each returns None when the words do not open so.
"""

from __future__ import annotations

from summaries import documents
from summaries.backrefs import described_person
from summaries.clauses import clause_subject
from summaries.descriptions import role_then_name
from summaries.gazetteer import speech_vocab
from summaries.inverted import after_verb
from summaries.mentions import Mentions
from summaries.names import (
    is_name_word,
    run_after,
    trailing_run,
    without_possessive,
    word_spans,
)
from summaries.person_runs import IRREGULAR_PAST
from summaries.pronouns import last_person
from summaries.speakers import UNKNOWN, Who, subject
from summaries.who import described_then_named, modifier_owner, named_person, org_or_person


def colon_subject(words: list[tuple[str, int]], ctx: Mentions) -> Who | None:
    """'In a statement, Roscosmos put it plainly: "…"': the clause that announces the quote
    with a colon has its speaker as subject, past an opening phrase up to its comma.
    "X's response was blunt:" / "Her verdict:": the owner of the words."""
    dashes = [i for i, (w, _) in enumerate(words) if w in "—–"]
    if dashes:
        words = words[dashes[-1] + 1 :]  # "6:41 a.m. ET — Pierce to mission control:"
    lead_comma = len(words) > 1 and words[0][0] in _LEADS and words[1][0] == ","  # "Then,"
    if words and (words[0][0] in _OPENING_WORDS or lead_comma) and "," in (w for w, _ in words):
        words = words[[w for w, _ in words].index(",") + 1 :]
        if words and words[0][0] in ("he", "she"):
            # 'In a second post an hour later, he tagged NASA's account: "…"'
            name = last_person(ctx, words[0][1], words[0][0])
            return Who(name, True) if name else None
        if words and words[0][0] in _TURNING:
            # 'Then, addressing NASA directly: "…"': the subject of the sentence before
            name = last_person(ctx, words[0][1])
            return Who(name, True) if name else None
    if words and words[0][0] in ("A", "An", "an", "a", "One", "Another"):
        # "an unidentified voice on the Houston channel broke the tension:": nobody named,
        # unless in apposition ("A spokeswoman, Anke Mühlberg, on the webcast:")
        named = described_then_named(words, ctx) or documents.document_from(words, ctx)
        docs = speech_vocab()["documents"]
        k = next((k for k, (w, _) in enumerate(words[:4]) if k and w.lower() in docs), None)
        if named is None and k is not None:
            named = modifier_owner(words[:k], ctx)  # "A Roscosmos statement followed:"
        return named if named is not None else UNKNOWN
    v = speech_vocab()
    if (
        len(words) > 1
        and words[0][0] in ("Its", "its")
        and words[1][0].lower() in v["documents"] | v["message_nouns"]
    ):
        # "The Russian Embassy was quicker to respond than NASA. Its statement:": the body
        # the sentence before is about
        name = _owner_before(ctx, words[0][1])
        if name:
            return Who(name, False)
    owner = (
        message_owner(words, ctx)
        or described_then_named(words, ctx)
        or documents.document_from(words, ctx)
    )
    if owner is not None:
        return owner if owner.speaker else None
    owner = _head_owner(words, ctx)
    if owner is not None:
        return owner if owner.speaker else None
    lead = len(run_after(words[:4])) if words and words[0][0][:1].isupper() else 0
    named = role_then_name(words[lead:], ctx)
    if named:
        return named  # "Later, agency chief Bill Harlan went further:" / "NASA chief X:"
    who = clause_subject(words[:3], ctx)
    if who.speaker is None:
        # "Whiting was blunt:" / "The general was blunt:": the subject before its verb
        k = next((i for i, (w, _) in enumerate(words[:6]) if i and w in _COPULAS), 0)
        if k:
            who = subject(words[:k], words[k][1], ctx)
    return who if who.speaker else None


def _head_owner(words: list[tuple[str, int]], ctx: Mentions) -> Who | None:
    """'Hathaway's turn came next:' / 'Tomasek's last words on the loop, as she floated
    back:' / 'Its statement, in full:': a clause announcing a quote whose head is
    somebody's — the words are that owner's. None when it does not open with a possessive
    (a person's "His"/"Her" is left to the pronoun rules: too often someone else)."""
    if len(words) < 2:
        return None
    w, p = words[0]
    if w in ("His", "Her") and words[1][0].islower():
        named = role_then_name(words[1:], ctx)
        if named:
            return named  # "Her colleague Pierre Dubois was blunter:": Dubois, not her
        name = last_person(ctx, p, "he" if w == "His" else "she")
        return Who(name, True) if name else UNKNOWN
    if w == "Its":
        k = ctx.sent_of(p) - 1
        name = ctx.last_org(p, within=p - ctx.sent_starts[k]) if k >= 0 else None
        return Who(name, False) if name else UNKNOWN
    own = next((i for i, (x, _) in enumerate(words[:3]) if x[-2:] in ("'s", "’s")), None)
    if own is None or not words[own + 1][0].islower():
        return None
    run = without_possessive(words[: own + 1])
    if not all(is_name_word(x) for x, _ in run):
        return None
    who = org_or_person(run, ctx)
    if who is None or (who.is_person and not ctx.known_person(who.speaker)):
        return None
    return who


_COPULAS = frozenset(["was", "is", "were", "had", "has", "sounded", "seemed", "remained"])


def message_owner(words: list[tuple[str, int]], ctx: Mentions) -> Who | None:
    """ "X's response was blunt" / "Her reply" / "The Kremlin's verdict": the owner of a
    message noun at the head of the clause; None when the clause does not open so."""
    v = speech_vocab()
    k = next((i for i, (w, _) in enumerate(words[:8]) if w.lower() in v["message_nouns"]), None)
    if k is None or k == 0:
        return None
    w, p = words[k - 1]
    if k > 1 and words[k - 2][0] in ("His", "Her") and w.islower():
        w, p = words[k - 2]  # "His prepared remarks were short:"
    if w in ("His", "Her", "his", "her"):
        name = last_person(ctx, p, "he" if w.lower() == "his" else "she")
        return Who(name, True) if name else UNKNOWN
    if w in ("its", "Its"):
        name = _owner_before(ctx, p)
        return Who(name, False) if name else UNKNOWN
    came = next(
        (i for i in range(k + 2, min(len(words), k + 9)) if words[i - 1][0] == "came"), None
    )  # "The best question, in my opinion, came from a sixth-grader named Priya:"
    if (
        words[k + 1 : k + 3]
        and "from" in (x for x, _ in words[k + 1 : k + 3])
        or (came is not None and words[came][0] == "from")
    ):
        # "The answer came from the botanist:"
        f = next((i for i in range(k + 1, k + 3) if words[i][0] == "from"), came)
        rest = words[f + 1 :]
        if len(rest) > 1 and rest[0][0] in ("the", "The") and rest[1][0].islower():
            who = subject(rest[:2], rest[1][1], ctx)  # "came from the botanist"
        else:
            who = after_verb(rest, ctx, words[f][1])
        if who and who.speaker:
            return who
    if w[-2:] not in ("'s", "’s"):
        return None
    run = trailing_run(without_possessive(words[:k]))
    if len(run) == 1 and run[0][0] in speech_vocab()["place"]:
        return Who(run[0][0], False)  # "Moscow's response came quickly:": its government
    return org_or_person(run, ctx) or UNKNOWN


def _owner_before(ctx: Mentions, pos: int) -> str | None:
    """'The Home Office's refusal of visas … was well meant. But its claim that …': the
    organisation owning the subject of the sentence before, or that subject itself, which
    "its" points back at."""
    k = ctx.sent_of(pos) - 1
    if k < 0:
        return None
    words = word_spans(ctx.text, ctx.subject_start(k), ctx.sent_ends[k])[:9]
    if any(w in "—–" for w, _ in words[:3]):  # a letter's "Sir, — The …"
        words = words[next(i for i, (w, _) in enumerate(words) if w in "—–") + 1 :]
    if words and words[0][0] in ("The", "the"):
        words = words[1:]
    run = run_after(words[:5])
    if not run or len(words) <= len(run) or not words[len(run)][0].islower():
        return None
    # "The Russian Embassy was quicker to respond than NASA. Its statement: …": the body
    # the sentence before is about, however many it names after its verb
    who = org_or_person(without_possessive(run), ctx)
    return who.speaker if who and not who.is_person else None


def coordinated_subject(words: list[tuple[str, int]], ctx: Mentions) -> Who | None:
    """'Kononenko, standing beside Chub, saluted the troops and wished them "…"': the
    subject of the first verb of a coordinated predicate (past an aside in commas)."""
    v = speech_vocab()
    for i in range(len(words) - 2, -1, -1):
        w = words[i][0]
        if not is_name_word(w) or w in v["not_names"]:
            continue
        k = i + 1
        run = trailing_run(words[: i + 1])
        if (
            words[k][0] == ","
            and i + 2 < len(words)
            and i - len(run) >= 1
            and words[i - len(run)][0] == ","
            and _verb_at(words, i + 2, True)
            and named_person(run, ctx)
        ):
            # "The Scottish Government's energy minister, Ruaridh Baxter, visited the site
            # and called it": the name apposed to the subject, then its verb
            return org_or_person(run, ctx)
        if words[k][0] == ",":
            k = next((x for x in range(k + 1, min(len(words), k + 16)) if words[x][0] == ","), 0)
            if not k:
                continue  # "…, including chief executive Margus Kask, and said": no aside
            k += 1
        if 0 < k < len(words) and _verb_at(
            words, k, named_person(trailing_run(words[: i + 1]), ctx)
        ):
            return org_or_person(_body_before_place(words, i, ctx), ctx)
        if k == i + 1 and _modified_subject(words, i, ctx):
            return org_or_person(run, ctx)
    return spokes_opening(words, ctx) or _pronoun_subject(words, ctx)


def spokes_opening(words: list[tuple[str, int]], ctx: Mentions) -> Who | None:
    """ "The Kremlin's spokesman was asked about it and said", "The EU's foreign policy
    spokesperson put out a line saying": a clause opened by a body's spokesperson, whose
    first verb is not the speech verb; the body, as for "The Kremlin's spokesman said"."""
    v = speech_vocab()
    m = next((x for x, (w, _) in enumerate(words[:7]) if w in v["spokes"]), None)
    if m is None or m + 1 >= len(words) or not words[m + 1][0].islower():
        return None
    nxt = words[m + 1][0]
    if not (_finite_verb(nxt) or nxt in _AUXILIARIES or nxt in ("was", "put", "sent", "gave")):
        return None
    who = subject(words[: m + 1], words[m + 1][1], ctx)
    return who if who.speaker else None


def _modified_subject(words: list[tuple[str, int]], i: int, ctx: Mentions) -> bool:
    """'Opposition lawmaker Kang Min-seo of the National Assembly's foreign affairs
    committee welcomed …', "China's Foreign Ministry on Monday condemned …": the name
    opening the sentence, a phrase saying where they sit or when, then its first verb."""
    run = trailing_run(words[: i + 1])
    start = i + 1 - len(run)
    dash = max((x for x in range(start) if words[x][0] in "—–"), default=-1)
    if start - dash - 1 > 2 or not run or i + 2 >= len(words):
        # the sentence's subject ("Opposition lawmaker X", after a dateline's dash), not a
        # name inside it
        return False
    if words[i + 1][0] not in _MODIFIER_OPENERS:
        return False
    for x in range(i + 2, min(len(words), i + 12)):
        w = words[x][0]
        if w in _MODIFIER_STOPS or not (w.isalpha() or "'" in w or "’" in w or "-" in w):
            return False
        if _finite_verb(w, False) and words[x - 1][0] not in ("the", "a", "an"):
            who = org_or_person(run, ctx)
            return bool(who and who.speaker)
    return False


_MODIFIER_OPENERS = frozenset(["of", "from", "at", "on", "in"])
_MODIFIER_STOPS = frozenset(["and", "but", "or", "who", "which", "that", "whose"])


def _body_before_place(words: list[tuple[str, int]], i: int, ctx: Mentions) -> list:
    """The subject's run ending at ``i``; a place after a body is where it sits: "The
    Russian Embassy in Bern welcomed the vote but warned …" is the Embassy's."""
    run = trailing_run(words[: i + 1])
    j = i + 1 - len(run)
    if j >= 2 and words[j - 1][0] in ("in", "at") and not named_person(run, ctx):
        body = trailing_run(words[: j - 1])
        who = org_or_person(body, ctx) if body else None
        if who is not None and who.speaker and not who.is_person:
            return body
    return run


def _pronoun_subject(words: list[tuple[str, int]], ctx: Mentions) -> Who | None:
    """'She spent four months practising the menu, …, and described her regime … as
    "…"': a sentence opened by "He"/"She" and a verb; the person the pronoun is."""
    if len(words) >= 3 and words[0][0] == "It" and _verb_at(words, 1, False):
        # "The Foreign Ministry summoned … It did not name them, but said …": the body
        who = subject(words[:1], words[1][1], ctx)
        return who if who.speaker else None
    if len(words) < 3 or words[0][0] not in ("He", "She"):
        return None
    verb = words[1][0]
    if not (_finite_verb(verb, True) or verb in _PAST_T):
        return None
    name = last_person(ctx, words[0][1], words[0][0].lower())
    return Who(name, True) if name else None


# Past tenses in -t that the -ed test misses ("spent", "built", "lost").
_PAST_T = frozenset(["spent", "built", "lost", "paid", "sold", "bought", "taught", "fought"])


# "Bakanov did not comment on it, but wrote on Telegram: …": a negated auxiliary is the
# first verb ("Japan had conveyed", inside a that-clause, is not taken for it)
_AUXILIARIES = frozenset({"did", "does", "had", "has", "was", "is", "would", "will", "could"})


def _verb_at(words: list[tuple[str, int]], k: int, person: bool) -> bool:
    w = words[k][0]
    if w in _AUXILIARIES:
        return k + 1 < len(words) and words[k + 1][0] in ("not", "never")
    return _finite_verb(w, person)


def _finite_verb(w: str, person: bool = False) -> bool:
    """A past or present tense: 'saluted', 'wishes', 'came out first, gave a thumbs-up and
    said'; after a person's name also 'points' (not 'Russian troops')."""
    if person and w in IRREGULAR_PAST:
        return True
    if not (w.islower() and w.isalpha() and len(w) > 3):
        return False
    return w.endswith(("ed", "es")) or (person and w.endswith("s") and not w.endswith("ss"))


def paren_owner(words: list[tuple[str, int]], ctx: Mentions) -> Who | None:
    """'Comments made by al-Mansouri after the ceremony ("…")': a quote in parentheses
    after a noun for words is the words of whoever the noun phrase names."""
    v = speech_vocab()
    msg = v["message_nouns"] | v["documents"]
    k = next(
        (
            i
            for i in range(len(words) - 1, max(-1, len(words) - 12), -1)
            if words[i][0].lower() in msg
        ),
        None,
    )
    if k is None:
        return None
    if k and words[k - 1][0][-2:] in ("'s", "’s"):
        return org_or_person(trailing_run(without_possessive(words[:k])), ctx)
    rest = words[k + 1 :]
    by = next((i for i, (w, _) in enumerate(rest[:3]) if w in ("by", "from")), None)
    if by is None:
        return None
    run = run_after(rest[by + 1 :])
    return org_or_person(run, ctx) if run and run[0] == rest[by + 1] else None


def reply_owner(text: str, anchor: int, ctx: Mentions) -> Who | None:
    """'Reporters asked Commander Petrenko whether … "…," came the reply' / 'Flett wanted
    to know what the astronaut missed most. "Rain," came the reply': the one the
    question before was put to, never the one who asked it."""
    k = ctx.sent_of(anchor) - 1
    if k < 0:
        return None
    words = word_spans(text, ctx.sent_starts[k], ctx.sent_ends[k])
    low = [w.lower() for w, _ in words]
    for i, w in enumerate(low[:-1]):
        if w in _ASKING and low[i + 1] != "by":
            run = run_after(words[i + 1 : i + 8])
            who = org_or_person(run, ctx) if run and run[0] == words[i + 1] else None
            if who and who.is_person:
                return who
    roles = speech_vocab()["roles"]
    for i, w in enumerate(low[:-1]):
        if w == "the" and low[i + 1] in roles:
            name = described_person(ctx, words[i + 1][1], low[i + 1])
            if name:
                return Who(name, True)
    return None


_ASKING = frozenset(["asked", "asks", "asking", "questioned", "pressed", "challenged"])


_QUOTING = frozenset(["quoted", "quotes", "cited", "cites"])


def quoted_as(words: list[tuple[str, int]], ctx: Mentions, anchor: int) -> Who | None:
    """'Interfax quoted Orlov as saying': the one quoted, not the outlet; 'RIA cited a
    Roscosmos source as saying': nobody named, never the outlet."""
    low = [w.lower() for w, _ in words]
    if len(low) < 3 or low[-1] != "as" or not (_QUOTING & set(low)):
        return None
    k = max(i for i, w in enumerate(low) if w in _QUOTING)
    if k and low[k - 1] in ("was", "were", "is", "been"):
        # "The head of the Chinese station, Zhou Lei, was quoted as saying that": the subject
        j = k - 1
        while j and low[j - 1] in ("was", "were", "is", "been", "has", "had", "also"):
            j -= 1
        who = subject(words[:j], words[k][1], ctx)
        return who if who.speaker else None
    obj = words[k + 1 : -1]
    v = speech_vocab()
    if any(w.lower() in v["anonymous"] for w, _ in obj):
        return UNKNOWN  # "a Roscosmos source", "officials": not the outlet either
    who = after_verb(obj, ctx, anchor)
    if who is None and obj and {obj[-1][0], " ".join(w for w, _ in obj[-2:])} & v["spokes"]:
        who = subject(obj, obj[-1][1], ctx)  # "TASS quoted the Roscosmos press service as"
    return who


# Words opening a phrase before the subject ("In a statement, …", "Asked about it, …").
_OPENING_WORDS = frozenset(
    [
        "In",
        "On",
        "At",
        "After",
        "Before",
        "During",
        "Asked",
        "Speaking",
        "Writing",
        "Later",
        "Earlier",
        "Meanwhile",
        "Separately",
        "Still",
        "But",
        "And",
        "For",
        "With",
        "Under",
    ]
)


# Participles that turn the last speaker to someone: 'Then, addressing NASA directly:'.
_TURNING = frozenset(
    ["addressing", "turning", "speaking", "looking", "pointing", "gesturing", "referring",
     "switching", "answering", "responding", "replying", "warning", "adding", "asked"]
)  # fmt: skip


# Words that may open a sentence before its subject: "Then Kestrel … issued a statement".
_LEADS = frozenset(["Then", "Finally", "Later", "But", "And", "So", "Next", "Instead"])
# "The harshest criticism came from X." / "Last word to X.": the floor is handed to X.
_HANDED = frozenset(["from", "to"])
_ASKED = frozenset(["asked", "asks", "questioned", "pressed", "interviewed", "quizzed"])


def handed_over(text: str, opened: int, close: int | None, start: int, ctx: Mentions) -> Who | None:
    """A quote that is a sentence of its own, with no attribution anywhere near: the one
    the sentence before it is about, when that sentence names its subject ('Then Kestrel
    Aerostructures issued a two-line statement. "…"', 'Flight director Carmen Okonjo …
    was unimpressed. "…"') or hands the floor to one named person ('The harshest
    criticism came from Rosalind O'Neill.'). ``start`` is where that sentence may begin
    (the paragraph, or the one before when the quote opens a paragraph). A description
    ('A senior official …', 'a representative of the association') names nobody: None."""
    if close is not None:
        tail = text[close + 1 : close + 40].lstrip('”"’.!?')
        if tail and tail[0] != "\n" and not (tail[0] == " " and tail.lstrip()[:1].isupper()):
            return None  # the sentence goes on after the quote
    before = text[start:opened].rstrip()
    if not before or before[-1] not in ".!":
        return None
    k = ctx.sent_of(len(before) + start - 1)
    s, e = max(ctx.sent_starts[k], start, ctx.dateline_end), ctx.sent_ends[k]
    chunk = text[s:e]
    if any(c in chunk for c in '"“”?') or e - s > 400:
        return None
    words = word_spans(text, s, e)
    if not words or any(w.lower() in _ASKED for w, _ in words):
        return None
    found = [(p, n, True) for p, n, _ in ctx.people if s <= p < e]
    found += [(p, n, False) for p, n, _ in ctx.orgs if s <= p < e]
    if not found:
        return None
    found.sort()
    lead = 0
    while lead < len(words) and words[lead][0] in _LEADS:
        lead += 1
    p, name, person = found[0]
    head = [w for w, q in words[lead:] if q < p]
    v = speech_vocab()
    if len(head) <= 2 and not any(w in v["not_names"] or w[:1].islower() for w in head[:1]):
        run = run_after([(w, q) for w, q in words if q >= p])
        rest = [w for w, q in words if q > run[-1][1]] if run else []
        nouns = v["roles"] | v["anonymous"] | v["titles"] | v["spokes"] | v["person_nouns"]
        if (
            rest
            and (rest[0] == "," or rest[0][:1].islower())
            and rest[0] not in nouns
            and run[-1][0][-2:] not in ("'s", "’s")
        ):
            return Who(name, person)  # not "A JAXA engineer", "Roscosmos's chief engineer"
    people = {n for _, n, is_person in found if is_person}
    if len(found) == len(people) == 1:
        i = next(i for i, (_, q) in enumerate(words) if q == p)
        if i and words[i - 1][0] in _HANDED:
            return Who(name, True)
    return None
