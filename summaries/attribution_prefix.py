"""Attribution before a quote's opening mark, in the same sentence.

'Rogozin said: "…' / 'Rogozin called it "…"' / '…, saying "…' / 'in the words of X,
"…"'. Most of the module tells a speech verb whose subject spoke the quote from one that
only sits near it: a listener, a reported clause, a noun that looks like a verb.
"""

from __future__ import annotations

import re

from summaries.backrefs import subject_org
from summaries.clauses import clause_subject
from summaries.gazetteer import speech_vocab
from summaries.inverted import after_verb
from summaries.mentions import Mentions
from summaries.names import run_after, word_spans
from summaries.pronouns import last_person
from summaries.quote_frames import (
    colon_subject,
    coordinated_subject,
    message_owner,
    paren_owner,
    quoted_as,
    spokes_opening,
)
from summaries.sentence_ends import SENT_END, end_before, ends
from summaries.speakers import UNKNOWN, Who, subject
from summaries.who import named_person, org_or_person

_PREFIX_CHARS = 260
# a transcript's or Q&A's label for whoever asks: never the speaker of a quote the
# question itself reports
_ASKER_LABEL = re.compile(
    r"\s*(?:Q|QUESTION|QUESTIONER|REPORTER|AUDIENCE(?:\s+MEMBER)?)(?:\s*\([^()\n]{1,80}\))?\s*[:.]\s"
)


def _said_before_source(words: list[tuple[str, int]], j: int, v: dict) -> int | None:
    """Where the speech verb is in 'X added, according to …' / 'He went on, according to
    the release': a verb (and "on") with a subject before it, then only the comma."""
    k = j - 1
    if k < 2 or words[k][0] != ",":
        return None
    k -= 1
    if words[k][0] == "on" and words[k - 1][0] in ("went", "goes", "carried"):
        k -= 1
    elif words[k][0] not in v["verbs"]:  # lower case: a speech verb, not a name
        return None
    return k if k else None


def from_prefix(text: str, start: int, opened: int, ctx: Mentions) -> Who | None:
    s = max(start, opened - _PREFIX_CHARS)
    for m in ends(SENT_END, text, s, opened + 1):
        s = m.end()
    if label := _ASKER_LABEL.match(text, s, opened):
        s = label.end()  # "QUESTION: Roscosmos put out a statement saying "…"": Roscosmos's
    words = word_spans(text, s, opened)
    v = speech_vocab()
    if words and words[-1][0] == "(":
        return paren_owner(words[:-1], ctx)
    if _known_as(words):
        return UNKNOWN
    found: Who | None = None
    for j in range(len(words) - 1, -1, -1):
        lw = words[j][0].lower()
        if lw == "according" and j + 1 < len(words) and words[j + 1][0] == "to":
            said = _said_before_source(words, j, v)
            if said is not None:
                who = subject(words[:said], words[said][1], ctx)
                if who.speaker:
                    return who  # 'He added, according to TASS: "…"': TASS only reports it
            return after_verb(words[j + 2 :], ctx, opened) or UNKNOWN
        if lw in v["participles"] and _speech_object(words[j + 1 :], lw):
            owner = message_owner(words[:j], ctx) if j < 6 else None
            if owner and owner.speaker:
                return owner  # "Roscosmos's reply, calling the decision "…""
            quoted = quoted_as(words[:j], ctx, opened)
            if quoted:
                return quoted
            said = _said_before_participle(text, words, j)
            if said is not None:
                # '"…," a spokesman said in a reply to The Longitude Review, adding that
                # …': whoever said, not the last name before "adding"
                who = subject(words[:said], words[said][1], ctx)
                if who.speaker:
                    return who
            head = _from_sentence_start(text, s, words[:j], ctx)
            return spokes_opening(head, ctx) or clause_subject(head, ctx)
        if lw == "out" and j > 1 and words[j - 1][0] in ("pointed", "points"):
            who = subject(words[: j - 1], words[j - 1][1], ctx)  # 'But Brandt pointed out, "…'
            if who.speaker:
                return who
        if lw == "put" and j + 1 < len(words) and words[j + 1][0] == "it":
            who = subject(words[:j], words[j][1], ctx)  # 'as Kessler put it, "…"'
            if who.speaker:
                return who
        if lw in v["message_nouns"] and j + 1 < len(words):
            nxt = words[j + 1][0]
            if nxt in ("is", "was", "are", "were"):
                # "Richter's view is that …", "His words were "…""
                who = message_owner(words[: j + 1], ctx)
            elif nxt == "that" and j and words[j - 1][0] in _OWNING_PRONOUNS:
                who = message_owner(words[j - 1 : j + 1], ctx)  # "But its claim that … "…""
            else:
                who = None
            if who and who.speaker:
                return who
        if lw == "of" and j > 1 and words[j - 1][0].lower() in v["message_nouns"]:
            who = after_verb(words[j + 1 :], ctx, opened)  # 'in the words of X, "…"'
            if who and who.speaker:
                return who
        if (
            lw in ("his", "her")
            and 0 < j < len(words) - 1
            and words[j - 1][0].lower() == "in"
            and words[j + 1][0] == "words"
        ):
            name = last_person(ctx, opened, "he" if lw == "his" else "she")
            if name:
                return Who(name, True)  # 'The deposit was, in her words, "…"'
        if (
            lw in ("his", "her")
            and 0 < j < len(words) - 2
            and words[j - 1][0].lower() == "by"
            and words[j + 1][0] == "own"
            and words[j + 2][0] in ("account", "admission")
        ):
            name = last_person(ctx, opened, "he" if lw == "his" else "she")
            if name:
                return Who(name, True)  # 'who is, by his own account, "still learning …"'

        if lw == "call" and not _call_verb(words, j):
            continue  # "in a phone call with Morning Orbit:" — a noun
        if lw in _WELCOMED and j == len(words) - 1:
            outer = _described_in_report(words, j, ctx)
            if outer is not None:
                return outer  # 'Solheim said the alliance welcomed "…"': the reporter's
            return subject(words[:j], words[j][1], ctx)  # 'X welcomed "any recognition …"'
        if (lw in v["verbs"] or lw in v["paraphrase_verbs"]) and words[j][0].islower():
            if lw in _CITED and j < len(words) - 2:
                continue  # 'It cites interviews with miners, one of whom said: "…"'
            if j and lw in _MADE_PUBLIC and words[j - 1][0].lower() in v["documents"]:
                continue  # 'JAXA said in a statement posted in Japanese that': no new speaker
            who = subject(words[:j], words[j][1], ctx)
            if who.is_person and lw in _PLURAL_VERBS and not _after_modal(words, j):
                who = UNKNOWN  # 'Fans call the module "…"': many people, none named
            if who.speaker is None and j and _joined_predicate(words, j):
                # the first verb's subject, before an earlier quote of the sentence too
                # ('ISS singled out a one-off "retention award" … and said …')
                head = _from_sentence_start(text, s, words[: j - 1], ctx, cut=True)
                who = coordinated_subject(head, ctx) or who
            if who.speaker is None and all(w in ",—–" for w, _ in words[:j]):
                who = _past_quoted_aside(text, s, words[j][1], ctx) or who
            if who.speaker is None and _inverted(text, words[j:], opened, v):
                who = after_verb(words[j + 1 :], ctx, opened) or who
            if who.speaker is None:
                who = _its_described(words, j, ctx) or who
            if who.speaker is None and words[0][0] in ("A", "An") and words[0][1] < 400:
                who = _named_next(text, words[:j], ctx) or who
            if who.speaker is not None:
                return _reporter(words, j, ctx) or who
            found = who
    if found is None and _last_char(text, opened) == ":":
        return colon_subject(words, ctx)
    return found


def _its_described(words: list[tuple[str, int]], j: int, ctx: Mentions) -> Who | None:
    """'In its report to clients, the proxy adviser said': "its" ahead of the subject
    makes the described subject an organisation, so the one the sentence before is about
    (or the last one named)."""
    if len(words) < 6 or words[0][0] != "In" or words[1][0] != "its":
        return None
    comma = next((i for i, (w, _) in enumerate(words[:j]) if w == ","), None)
    if comma is None or words[comma + 1][0] != "the" or comma + 2 >= j:
        return None
    if not all(w.isalpha() and w.islower() for w, _ in words[comma + 2 : j]):
        return None  # a name in the subject: not just a description
    pos = words[0][1]
    name = subject_org(ctx, pos) or ctx.last_org(pos, within=600)
    return Who(name, False) if name else None


def _known_as(words: list[tuple[str, int]]) -> bool:
    """'the base's oldest hut, known to expedition members simply as "the hut."': a name
    something goes by, nobody's words (not even the speaker's of the sentence around it)."""
    if len(words) < 2 or words[-1][0] != "as":
        return False
    if len(words) >= 3 and words[-2][0] in _CLASSED and words[-3][0] in _BE:
        return True  # 'the sites are classed as "critical installations"': a category
    return any(w in ("known", "nicknamed") for w, _ in words[-7:-1])


_CLASSED = frozenset(["classed", "classified", "designated", "categorised", "categorized"])
_BE = frozenset(["is", "are", "was", "were", "be", "been", "being"])


def _said_before_participle(text: str, words: list[tuple[str, int]], j: int) -> int | None:
    """Where "said" or "told" stands in '"…," X said in a reply to Y, adding': a speech
    verb opening the clause right after a quote, a few words of subject before it."""
    if not words or not text[: words[0][1]].rstrip().endswith(("”", '"')):
        return None
    m = next((m for m in range(1, min(j, 5)) if words[m][0] in _SAID_AFTER_QUOTE), None)
    return m


_SAID_AFTER_QUOTE = frozenset(["said", "told", "wrote", "says", "tells", "writes", "added"])


def _from_sentence_start(
    text: str, s: int, words: list[tuple[str, int]], ctx: Mentions, *, cut: bool = False
) -> list[tuple[str, int]]:
    """The clause before a participle from where its sentence starts, when an earlier
    quote of the same sentence cut the window ('Guo Wenbo criticized remarks by a
    lawmaker who said they must "never set foot" aboard the station, calling them …'),
    or with ``cut`` when the window's length did (a first verb's subject far back)."""
    if text[s] not in '"”' and not (cut and words):
        return words
    # no words between the earlier quote and the verb: '… on "…" but said'
    k = ctx.sent_of(words[0][1] if words else s)
    start = ctx.subject_start(k) if k >= 0 else s
    if start >= s:
        return words
    end = words[-1][1] + 1 if words else s
    # the earlier quote's own words name no subject ('… that it "respects … Moldovan
    # companies" and continued')
    inside = [m.span() for m in _QUOTED.finditer(text, start, max(end, s + 1))]
    return [w for w in word_spans(text, start, end) if not any(a < w[1] < b for a, b in inside)]


_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")


_AGE_NEXT = re.compile(r"[A-Z][\w’'\-]+(?:[ \t]+[A-Z][\w’'\-]+){1,2},[ \t]+\d{1,3},")


def _named_next(text: str, words: list[tuple[str, int]], ctx: Mentions) -> Who | None:
    """The delayed name of a lede: 'A Kent businessman accused of … told a jury … that he
    had "…"' — and the next paragraph opens 'Martin Gollancz, 61, …': that person. Only
    for the story's first paragraph, a described person (not an official or a source)
    and a name given with an age."""
    v = speech_vocab()
    head = next((w for w, _ in words[1:6] if w.islower()), "")
    if not (head in v["roles"] or head.endswith(("man", "woman"))) or head in v["anonymous"]:
        return None
    if text.rfind("\n", 0, words[0][1]) != -1:
        return None  # not the first paragraph
    nxt = text.find("\n\n", words[0][1])
    if nxt == -1:
        return None
    m = _AGE_NEXT.match(text, nxt + 2)
    if not m:
        return None
    run = run_after(word_spans(text, nxt + 2, m.end()))
    return org_or_person(run, ctx) if run and named_person(run, ctx) else None


def _reporter(words: list[tuple[str, int]], j: int, ctx: Mentions) -> Who | None:
    """'She told Kommersant that the agency had asked and received "…"': a speech verb
    inside what someone else reported ('… that X asked') leaves the quote with the one
    who reported it."""
    v = speech_vocab()
    if any(x in ("what", "What") for x, _ in words[max(0, j - 6) : j]):
        return None  # "…, in what the Foreign Office described as": the writer's aside
    for k in range(j - 2, 0, -1):
        w = words[k][0]
        if w in v["verbs"] and w.islower() and "that" in (x for x, _ in words[k + 1 : j]):
            who = subject(words[:k], words[k][1], ctx)
            return who if who.speaker else None
    return None


def _described_in_report(words: list[tuple[str, int]], j: int, ctx: Mentions) -> Who | None:
    """'NATO spokeswoman Ingrid Solheim said the alliance welcomed "…"': a verb whose
    subject is only described ('the alliance', 'the government') inside what a named
    person reported (no new sentence, no name between) is that person's report."""
    v = speech_vocab()
    for k in range(j - 2, 0, -1):
        w = words[k][0]
        if w in v["verbs"] and w.islower():
            inner = [x for x, _ in words[k + 1 : j] if x != "that"]
            if not inner or inner[0] not in ("the", "its", "his", "her", "their"):
                return None
            if any(not x.islower() for x in inner):
                return None
            who = subject(words[:k], words[k][1], ctx)
            return who if who.speaker and who.is_person else None
    return None


def _past_quoted_aside(text: str, s: int, verb: int, ctx: Mentions) -> Who | None:
    """'Yuri Borisov, nicknamed "the Iron Manager," told Putin it was "…"': the verb
    comes right after an earlier quote of the sentence that sat in an aside, so its
    subject is the one before that aside, from where the sentence starts."""
    if text[s : s + 1] not in '"”':
        return None
    opening = max(text.rfind('"', 0, s), text.rfind("“", 0, s))
    k = ctx.sent_of(verb)
    start = ctx.subject_start(k)
    if opening <= start or ctx.sent_of(opening) != k:
        return None
    head = word_spans(text, start, opening)
    cut = max((i for i, (w, _) in enumerate(head) if w in ",—–"), default=0)
    if cut == 0:
        return None  # no aside: the earlier quote was the sentence's own object
    who = subject(head[:cut], verb, ctx)
    return who if who.speaker else None


def _joined_predicate(words: list[tuple[str, int]], j: int) -> bool:
    """The speech verb at ``j`` is the second verb of one subject: '… saluted the troops
    and wished them "…"', 'The EU declined to comment but said it supported "…"' (not
    'It notes that Japan agreed … but warns that …', where "but" joins the outer verb)."""
    join = words[j - 1][0]
    return join == "and" or (join == "but" and not any(w == "that" for w, _ in words[: j - 1]))


def _speech_object(words: list[tuple[str, int]], participle: str = "") -> bool:
    """What follows a participle before the quote is what was said ('adding that "…"',
    'calling it "…"', 'telling a briefing in Moscow that Yerevan was "…"'), not a thing
    ('adding 74 vessels of the "shadow fleet"')."""
    if words and words[0][0] == "that":
        return True
    if participle in _TELLING and any(w == "that" for w, _ in words[1:9]):
        return True  # a listener, then what was said
    return len(words) <= 6 and not any(w[0].isdigit() for w, _ in words)


def _inverted(text: str, words: list[tuple[str, int]], opened: int, v) -> bool:
    """'said NASA chief Bill Nelson: "…"': the name after the verb is the speaker only when
    the quote follows it at once, and never after a verb that takes a listener ('told
    President Putin that …', 'warned the Security Council that …')."""
    if words[0][0].lower() in v["object_verbs"]:
        return False
    if any(w in ("that", "whether", "how", "why", "if") for w, _ in words[1:]):
        return False
    return _last_char(text, opened) in (":", ",")


def _last_char(text: str, i: int) -> str:
    """The last character before ``i`` that is not white space ("" at the start)."""
    end = end_before(text, i)
    return text[end - 1 : end]


def _call_verb(words: list[tuple[str, int]], j: int) -> bool:
    """'Colleagues … call the months of darkness "…"' uses 'call' as a verb: an object
    follows it and no determiner stands before it ('a phone call with', 'the call')."""
    before = words[j - 1][0].lower() if j else ""
    after = words[j + 1][0] if j + 1 < len(words) else ""
    return before not in _CALL_NOUN_BEFORE and after in _CALL_OBJECTS


_CALL_NOUN_BEFORE = frozenset(
    ["a", "an", "the", "phone", "video", "conference", "this", "that", "his", "her", "their"]
)
_CALL_OBJECTS = frozenset(["it", "them", "him", "her", "the", "this", "their", "its", "for"])
# Speech verbs in the plural present: their subject is never one named person.
_PLURAL_VERBS = frozenset(["call", "say"])
_OWNING_PRONOUNS = frozenset(["its", "Its", "his", "His", "her", "Her"])
# "he'd say", "she would call": a bare verb after a modal has a singular subject too.
_MODALS = frozenset(["he'd", "she'd", "he'll", "she'll", "would", "will", "could", "might"])


_PERCEIVED = frozenset(["heard", "hear", "saw", "see", "watched", "watch"])


def _after_modal(words: list[tuple[str, int]], j: int) -> bool:
    """A bare verb with one speaker: after a modal, or after a verb of perception and its
    object ('I heard the astronaut Ruth Abernethy say')."""
    if j > 0 and words[j - 1][0].lower().replace("’", "'") in _MODALS:
        return True
    if j > 2 and words[j - 1][0] == "to" and words[j - 2][0].islower():
        return True  # "He was careful to say": an infinitive after what one person was
    return any(w in _PERCEIVED for w, _ in words[max(0, j - 7) : j - 1])


# Verbs whose object is somebody's words only when the quote follows at once ('welcomed
# "any recognition that …"'; not 'welcomed the "orbital truce"', a proposal's name).
# Participles that take a listener before what was said ('telling reporters that …').
_TELLING = frozenset(["telling", "assuring", "reminding", "warning", "informing", "urging"])
_WELCOMED = frozenset(["welcomed", "welcomes"])
# A reason given in the giver's words only when the quote is its object ('the agency cited
# "…"'), not further on ('It cites interviews with miners, one of whom said: "…"').
_CITED = frozenset(["cited", "cites"])
# Participles after a document noun that describe it ('a statement posted in Japanese').
_MADE_PUBLIC = frozenset(["posted", "published", "issued", "released", "written", "circulated"])
