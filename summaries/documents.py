"""Documents that speak for their author: 'the letter states', 'the memo reads'.

The author is written into the noun phrase ("NASA's own analysis", "an internal NASA
memo"), named after it ('a letter from X', 'sent by X'; never 'seen by' an outlet), or
the one who 'said in a report'; "the document" is the last document of any kind.
"""

from __future__ import annotations

import re

from summaries import clauses, speakers
from summaries.gazetteer import speech_vocab
from summaries.mentions import Mentions
from summaries.names import run_after, without_possessive, word_spans
from summaries.pronouns import last_person
from summaries.sentences import split_sentences
from summaries.who import UNKNOWN, Who, modifier_owner, org_or_person, state_org


def document_owner(text: str, noun: str, pos: int, ctx: Mentions) -> Who:
    """The author of "the letter"/"the report": 'NASA's own analysis', 'an internal NASA
    memo', 'a letter from X' / 'sent by X' (not 'seen by' an outlet), 'X said in a
    report', else the subject of the sentences before the quote. "The document" is the
    most recent document of any kind."""
    v = speech_vocab()
    lo = max(0, pos - 2000)
    nouns = v["documents"] if noun in v["generic_documents"] else (noun,)
    low = ctx.lower_text()
    found = sorted((i for n in nouns for i in _word_finds(low, n, lo, pos)), reverse=True)[:5]
    for idx in found:
        i = ctx.sent_of(idx)
        s = max(ctx.sent_starts[i] if i >= 0 else 0, lo)
        e = min(ctx.sent_ends[i] if i >= 0 else pos, pos)
        words = word_spans(text, s, e)
        k = next((i for i, (_w, p) in enumerate(words) if p >= idx), len(words))
        head = _subhead_end(words)
        if head > k:
            # 'THE REPORT — NASA's Office of Inspector General on Tuesday published its
            # first …': a newsletter's subhead; the sentence after it says whose it is
            words, k = words[head:], -1
        who = modifier_owner(words[:k], ctx) if k >= 0 else None
        if who:
            return who
        after = words[k + 1 :] if k >= 0 else []
        if len(after) > 2 and after[0][0] == "," and after[1][0] in ("which", "that"):
            # 'The letter, which this newspaper has seen, is signed by …'
            close = next((i for i in range(2, min(len(after), 12)) if after[i][0] == ","), None)
            after = after[close + 1 :] if close else after
        who = author_after(after[:11], ctx)
        if who:
            return who
        who = _sender(words[:k], ctx, v) if k >= 0 else None
        if who:
            return who
        for j, (w, _p) in enumerate(words):
            if w.lower() in v["verbs"] or w.lower() in _AUTHORING or w in v["paraphrase_verbs"]:
                if _counted_noun(words, j):
                    continue  # "distributors in several Gulf states": no verb
                if 0 <= k < j <= k + 2 and words[0][0] in ("In", "in"):
                    continue  # "In a statement issued on Monday, … X said": X issued it
                who = speakers.subject(words[:j], words[j][1], ctx)
                if who.speaker:
                    return who
                break
    # 'NASA issued an unusually pointed reply. "…" the statement reads.'
    spans = split_sentences(text[lo:pos])
    for s, e in reversed(spans[-3:-1] if len(spans) > 1 else []):
        words = [w for w in word_spans(text, lo + s, lo + e) if w[1] >= ctx.dateline_end]
        who = clauses.clause_subject(words[:4], ctx)
        if who.speaker:
            return who
        if _WROTE.search(text, lo + s, lo + e):
            # 'The head of the agency, Volodymyr Hnatiuk, has also written to NASA. The
            # letter … states': the one who wrote it, named past a long description
            named = [n for _p, n, subj in ctx.people_in(lo + s, lo + e) if subj and n]
            if named:
                return Who(named[0], True)
    return UNKNOWN


def _sender(words: list[tuple[str, int]], ctx: Mentions, v: dict) -> Who | None:
    """ "She said Kyiv had sent a letter to ESA's council. The letter states that …": the
    one who sent it, in the clause the speech verb reports, not the one who said so."""
    sent = next((j for j in range(len(words) - 1, 0, -1) if words[j][0] in _SENDING), None)
    if sent is None:
        return None
    said = next((j for j in range(sent - 1, -1, -1) if words[j][0].lower() in v["verbs"]), None)
    if said is None:
        return None
    clause = words[said + 1 : sent]
    if clause and clause[0][0] == "that":
        clause = clause[1:]
    if not clause or any(w in ",;:" for w, _ in clause):
        return None
    who = speakers.subject(clause, words[sent][1], ctx)
    return who if who.speaker else None


_SENDING = frozenset(["sent", "wrote", "written", "addressed", "delivered", "submitted"])


# Verbs whose subject made the document: 'In its judgment, the tribunal found that …'.
_AUTHORING = frozenset(["issued", "released", "published", "found", "ruled", "held"])


def _subhead_end(words: list[tuple[str, int]]) -> int:
    """After a newsletter's capitalised subhead and its dash ('THE REPORT —'), else 0."""
    k = 0
    while k < len(words) and words[k][0].isupper() and len(words[k][0]) > 1:
        k += 1
    return k + 1 if 0 < k < len(words) and words[k][0] in ("—", "–") else 0


_WROTE = re.compile(r"\b(?:wrote|written|signed|addressed)\b")


_COUNTING = frozenset(
    [
        "several",
        "many",
        "other",
        "the",
        "some",
        "all",
        "both",
        "two",
        "three",
        "four",
        "five",
        "those",
        "these",
        "most",
        "few",
        "member",
        "its",
        "their",
    ]
)


def _counted_noun(words: list[tuple[str, int]], j: int) -> bool:
    """'several Gulf states', 'member states': a verb-like plural counted as a noun."""
    w = words[j][0]
    if not w.endswith("s") or j < 1:
        return False
    if words[j - 1][0] in _COUNTING:
        return True
    if _PEOPLE_ADJECTIVE.fullmatch(words[j - 1][0]) and (
        words[j - 1][0] not in speech_vocab()["state_names"]
    ):
        return True  # "coastal West African states": a noun, not "Iran states that"
    return j >= 2 and words[j - 1][0][:1].isupper() and words[j - 2][0] in _COUNTING


# a people's adjective ("African", "Baltic", "Nordic", "Japanese", "British")
_PEOPLE_ADJECTIVE = re.compile(r"[A-Z][a-z]+(?:an|ese|ish|ic)")


def author_after(words: list[tuple[str, int]], ctx: Mentions) -> Who | None:
    """'from X' / 'sent by X' / 'tabled by the Spanish Green Lucía de la Torre' after a
    document noun; 'seen by' an outlet names no author; 'from Hollis's office' is Hollis."""
    v = speech_vocab()
    if len(words) > 2 and words[0][0] == "of":
        # 'The report of the Committee on Education and Science calls for': the body
        run = run_after(words[2:] if words[1][0] == "the" else words[1:])
        whole = ctx.orgs_at(run[0][1]) if run else []  # "… and Science"
        who = Who(max(whole, key=len), False) if whole else org_or_person(run, ctx) if run else None
        if who and not who.is_person:
            return who
    for j, (w, _p) in enumerate(words):
        if w in ("from", "by"):
            if j and words[j - 1][0].lower() in v["not_authors"]:
                continue  # 'a memo seen by Launchpad Ledger': the outlet, not the author
            if j + 1 < len(words) and words[j + 1][0] in ("his", "her"):
                # 'The letter, released by her office,': the person she is
                p = words[j + 1][1]
                name = last_person(ctx, p, "he" if words[j + 1][0] == "his" else "she")
                return Who(name, True) if name else None
            k = next(
                (
                    k
                    for k in range(j + 2, min(len(words) - 1, j + 6))
                    if words[k][0] in ("at", "from", "of")
                ),
                None,
            )
            if (
                k is not None
                and words[j + 1][0].islower()
                and all(w.islower() for w, _ in words[j + 1 : k])
            ):
                # 'a paper by engineers at Energia' / 'signed by an associate administrator
                # of the American agency': the organisation they work for
                return _employer(words[k + 1 : k + 8], ctx)
            run = run_after(words[j + 1 :])
            return org_or_person(without_possessive(run), ctx)
    return None


def _employer(words: list[tuple[str, int]], ctx: Mentions) -> Who | None:
    """'Energia' / 'the American agency' (the one American agency the story names)."""
    if words and words[0][0] == "the":
        words = words[1:]
    run = run_after(words)
    if run and run[0] == words[0]:
        if len(run) < len(words) and words[len(run)][0] in speech_vocab()["org_nouns"]:
            named = state_org(run[0][0], words[len(run)][0], ctx) if len(run) == 1 else None
            return Who(named, False) if named else None
        who = org_or_person(run, ctx)
        return who if who and not who.is_person else None
    return None


def without_seen_by(
    words: list[tuple[str, int]], v: dict[str, frozenset[str]]
) -> list[tuple[str, int]]:
    """'An internal NASA memo seen by Launchpad Ledger warns': the memo, not the outlet
    that saw it. 'In a two-line note to the university, seen by El Pacífico Sur, Roscosmos
    said': the outlet sits in an opening phrase, and the subject comes after its comma."""
    seen_by = next((i for i, (w, _) in enumerate(words[1:-1], 1) if w in v["not_authors"]), None)
    if seen_by is None or words[seen_by + 1][0] != "by":
        return words
    comma = next((k for k in range(seen_by + 2, len(words)) if words[k][0] == ","), None)
    if comma is not None and comma + 1 < len(words) and words[0][0] in _OPENING_PREPS:
        return words[comma + 1 :]
    return words[:seen_by]


# Prepositions of an opening phrase that names a document ("In a note to …, seen by …,").
_OPENING_PREPS = frozenset(["In", "Through", "Via"])


def document_from(words: list[tuple[str, int]], ctx: Mentions) -> Who | None:
    """'A statement from the U.S. Department of State welcomed …:' / 'A statement from
    Hollis's office on Wednesday said': a document named with its author heads the clause."""
    v = speech_vocab()
    for k, (w, _p) in enumerate(words[:-2]):
        if w.lower() in v["documents"] and words[k + 1][0] in ("from", "by"):
            return author_after(words[k + 1 : k + 10], ctx)
        if w.lower() in v["documents"] and words[k + 1][0] in ("on", "in"):
            # "A commentary on the Russian Foreign Ministry's website": the site's owner
            run = run_after(words[k + 2 : k + 9])
            if run and run[-1][0][-2:] in ("'s", "’s") and k + 2 + len(run) < len(words):
                who = org_or_person(without_possessive(run), ctx)
                if who and not who.is_person:
                    return who
    return None


def _word_finds(low: str, noun: str, lo: int, hi: int) -> list[int]:
    """Where ``noun`` occurs as a whole word (or plural) in low[lo:hi]."""
    out = []
    idx = low.find(noun, lo, hi)
    while idx != -1:
        end = idx + len(noun)
        if not low[idx - 1 : idx].isalpha() and (
            not low[end : end + 1].isalpha() or low[end : end + 2] in ("s ", "s,", "s.")
        ):
            out.append(idx)
        idx = low.find(noun, end, hi)
    return out


def previous_subject_document(ctx: Mentions, pos: int) -> str | None:
    """The document a sentence-initial "It" refers to: 'The proposal … . It describes'."""
    i = ctx.sent_of(pos)
    if i < 1 or pos - ctx.sent_starts[i] > 2:
        return None
    docs = speech_vocab()["documents"]
    for w, _p in word_spans(ctx.text, ctx.subject_start(i - 1), ctx.sent_ends[i - 1])[:5]:
        if w.lower() in docs:
            return w.lower()
    return None
