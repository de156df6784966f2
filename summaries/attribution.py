"""Where a quote's attribution is read: a bounded window around its marks.

After the closing mark ('…," Rogozin said' / '…," said Rogozin' / '…," according to
Rogozin'), before the opening mark ('Rogozin said: "…' / 'Rogozin called it "…"' /
'…, saying "…'), the paragraph that announced it ('Rogozin wrote:'), the sentence just
before it, or the quote before it when nothing but its attribution lies between.
"""

from __future__ import annotations

import re

from summaries.backrefs import subject_org
from summaries.clauses import clause_subject
from summaries.gazetteer import speech_vocab
from summaries.inverted import after_verb
from summaries.mentions import Mentions
from summaries.names import is_name_word, run_after, word_spans
from summaries.quote_frames import (
    colon_subject,
    coordinated_subject,
    message_owner,
    paren_owner,
    quoted_as,
    reply_owner,
)
from summaries.sentences import split_sentences
from summaries.speakers import UNKNOWN, Who, subject
from summaries.who import described_then_named, drop_asides, named_person, org_or_person

_SENT_END = re.compile(r"[.!?][\"”’)]*\s+(?=[\"“A-Z])")
_TAIL_END = re.compile(r"[.!?;](?:\s|$)")
_WORD_END = re.compile(r"[A-Za-z]+$")
_TAIL_CHARS = 320
# Words opening a relative clause or an apposition after a name: ', who heads …,'.
_CLAUSE_OPENERS = frozenset(["who", "which", "whose", "a", "an", "the", "now", "then"])
_PREFIX_CHARS = 260
_POINTING_BACK = frozenset(["That", "This", "It", "Such", "So", "Those", "These"])


def _abbreviation(text: str, i: int) -> bool:
    """The period at ``i`` closes a title or an initial ("Prof.", "Sen.", "V."), so the
    name goes on after it."""
    if text[i] != ".":
        return False
    m = _WORD_END.search(text, max(0, i - 12), i)
    if not m:
        return False
    w = m.group()
    if len(w) == 1 and w.isupper():
        # an initial goes on with a name; "a plan B." before a quote ends its sentence
        return text[i + 1 : i + 3].lstrip()[:1] not in ('"', "“")
    return w.lower() in speech_vocab()["abbreviations"]


def _ends(pattern: re.Pattern[str], text: str, start: int, end: int):
    """Sentence ends found by ``pattern`` in text[start:end], abbreviations skipped."""
    return (m for m in pattern.finditer(text, start, end) if not _abbreviation(text, m.start()))


def from_tail(text: str, close: int, limit: int, ctx: Mentions, anchor: int) -> Who | None:
    end = min(limit, close + _TAIL_CHARS)
    m = next(_ends(_TAIL_END, text, close + 1, end), None)
    words = drop_asides(word_spans(text, close + 1, m.start() + 1 if m else end))
    v = speech_vocab()
    dashed = bool(words) and words[0][0] in "—–"
    while words and words[0][0] in ",;:—–":
        words = words[1:]
    if not words:
        return None
    if (
        len(words) > 3
        and words[0][0] == "The"
        and words[1][0] in ("speaker", "voice")
        and words[2][0] in ("was", "is")
    ):
        # '"…" The speaker was Oleg Kononenko, commander of the station'
        return after_verb(words[3:], ctx, anchor) or UNKNOWN
    if (
        len(words) > 2
        and words[0][0] in ("The", "Those", "These", "That", "This")
        and words[1][0] in v["message_nouns"]
    ):
        # '"…" The words were those of X, …' / 'Those words, from X's designer, Y, were'
        k = next((k for k in range(2, min(len(words), 6)) if words[k][0] in ("from", "of")), 0)
        if k:
            who = after_verb(words[k + 1 :], ctx, anchor)
            if who is None and k + 1 < len(words) and words[k + 1][0] == "the":
                return None  # 'The line, from the only official at the table …': look back
            return who or UNKNOWN
    if (
        not dashed
        and text[close - 1] == "."
        and words[0][0][0].isupper()
        and words[0][0] not in _POINTING_BACK
    ):
        # '…." The agency did not say': the quote ended its sentence (but '…." That was
        # how X put it' points back at it)
        return None
    if dashed and words[0][0][0].isupper():
        # a byline under a pull quote: '"…" — Pavel Orlov, Roscosmos'
        run = run_after(words[:6])
        if run and named_person(run, ctx):
            return org_or_person(run, ctx)
    first = words[0][0].lower()
    if first == "came" and len(words) > 2 and words[2][0].lower() in v["message_nouns"]:
        if len(words) > 4 and words[3][0] == "from":  # '…," came the answer from X'
            return after_verb(words[4:], ctx, anchor) or UNKNOWN
        return reply_owner(text, anchor, ctx) or UNKNOWN  # '…," came the reply'
    if first in v["object_verbs"]:
        return None  # '…," told reporters': a listener, never the speaker
    if first in v["verbs"] or first in v["participles"] and first != "saying":
        return after_verb(words[1:], ctx, anchor) or (UNKNOWN if first in v["verbs"] else None)
    j = seen = 0
    while j < len(words) and seen < 16:
        w = words[j][0]
        lw = w.lower()
        if lw == "according" and j + 1 < len(words) and words[j + 1][0] == "to":
            return after_verb(words[j + 2 :], ctx, anchor) or UNKNOWN
        if lw in v["verbs"] or (
            lw in v["paraphrase_verbs"] and any(w == "how" for w, _ in words[:j])
        ):
            if j == 1 and words[0][0] in ("So", "Thus"):
                return after_verb(words[2:], ctx, anchor) or UNKNOWN  # "So said X"
            # '…," X said' / '"…" is how X described the station'
            return subject(words[:j], anchor, ctx)
        if lw == "put" and j and j + 1 < len(words) and words[j + 1][0] == "it":
            return subject(words[:j], anchor, ctx)  # '…," as Kessler put it'
        if lw in ("from", "of") and j and words[j - 1][0].lower() in v["message_nouns"]:
            # '…" — that was the message from Roscosmos chief Pavel Orlov'
            return after_verb(words[j + 1 :], ctx, anchor) or UNKNOWN
        if lw == "quoted" and j > 1 and words[j - 1][0] in ("was", "is", "were"):
            return subject(words[: j - 1], anchor, ctx)  # "X was quoted as saying by RIA"
        if (
            w == ","
            and j
            and j + 1 < len(words)
            and (
                words[j + 1][0].lower() in _CLAUSE_OPENERS
                or (words[j + 1][0].islower() and words[j + 1][0] in v["titles"])
            )
        ):
            # '…," Bakanov, who has led the corporation since February, told TASS' /
            # '…," Zhou Xiaoming, deputy director of the agency (CMSA), told Xinhua'
            nxt = next((k for k in range(j + 1, len(words)) if words[k][0] == ","), None)
            if nxt is not None and nxt - j <= 40:
                j = nxt + 1
                seen += 1
                continue
        if w in ";—–" or (w == "," and seen > 12):
            break
        j += 1
        seen += 1
    # a byline that names nobody ('"…" — Anonymous European diplomat'): not the last voice
    return UNKNOWN if dashed and words[0][0][0].isupper() else None


def from_prefix(text: str, start: int, opened: int, ctx: Mentions) -> Who | None:
    s = max(start, opened - _PREFIX_CHARS)
    for m in _ends(_SENT_END, text, s, opened + 1):
        s = m.end()
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
            return after_verb(words[j + 2 :], ctx, opened) or UNKNOWN
        if lw in v["participles"] and _speech_object(words[j + 1 :], lw):
            owner = message_owner(words[:j], ctx) if j < 6 else None
            if owner and owner.speaker:
                return owner  # "Roscosmos's reply, calling the decision "…""
            quoted = quoted_as(words[:j], ctx, opened)
            return quoted or clause_subject(_from_sentence_start(text, s, words[:j], ctx), ctx)
        if lw == "put" and j + 1 < len(words) and words[j + 1][0] == "it":
            who = subject(words[:j], words[j][1], ctx)  # 'as Kessler put it, "…"'
            if who.speaker:
                return who
        if lw in v["message_nouns"] and j + 1 < len(words):
            nxt = words[j + 1][0]
            if nxt in ("is", "was"):
                who = message_owner(words[: j + 1], ctx)  # "Richter's view is that …"
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
            name = ctx.last_person(opened, "he" if lw == "his" else "she")
            if name:
                return Who(name, True)  # 'The deposit was, in her words, "…"'

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
                head = _from_sentence_start(text, s, words[: j - 1], ctx)
                who = coordinated_subject(head, ctx) or who
            if who.speaker is None and _inverted(text, words[j:], opened, v):
                who = after_verb(words[j + 1 :], ctx, opened) or who
            if who.speaker is None:
                who = _its_described(words, j, ctx) or who
            if who.speaker is None and words[0][0] in ("A", "An") and words[0][1] < 400:
                who = _named_next(text, words[:j], ctx) or who
            if who.speaker is not None:
                return _reporter(words, j, ctx) or who
            found = who
    if found is None and text[:opened].rstrip().endswith(":"):
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
    return any(w in ("known", "nicknamed") for w, _ in words[-7:-1])


def _from_sentence_start(
    text: str, s: int, words: list[tuple[str, int]], ctx: Mentions
) -> list[tuple[str, int]]:
    """The clause before a participle from where its sentence starts, when an earlier
    quote of the same sentence cut the window ('Guo Wenbo criticized remarks by a
    lawmaker who said they must "never set foot" aboard the station, calling them …')."""
    if not words or text[s] not in '"”':
        return words
    k = ctx.sent_of(words[0][1])
    start = ctx.subject_start(k) if k >= 0 else s
    return word_spans(text, start, words[-1][1] + 1) if start < s else words


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
    return text[:opened].rstrip()[-1:] in (":", ",")


def continued(text, prev, part, paras, speakers, ctx) -> Who | None:
    """A quote opening a paragraph with no attribution: the previous paragraph announced it
    ('Rogozin wrote:') or was the same speaker's quote."""
    pps, ppe = paras[part.para - 1]
    if text[ppe - 1] == ":":
        return from_prefix(text, pps, ppe, ctx)
    if prev is not None and prev.close_mark is not None:
        who = speakers.get(prev.group)
        tail_end = text.find(".", prev.close_mark, ppe)
        if who and who.speaker and (tail_end == -1 or tail_end >= ppe - 1):
            return who
    return None


# A verbless topic before a colon ("Of the Japanese offer in particular:", "On Moscow:").
_ASIDE_INTRO = re.compile(
    r"\s*(?:Of|On|About|As for|Regarding)[ \t](?:[\w’'\-]+[ \t]){0,6}[\w’'\-]+:[ \t]*"
)


def previous_sentence(text: str, start: int, opened: int, ctx: Mentions) -> Who | None:
    """A quote opening a sentence right after 'X … said …' (same paragraph) is X's."""
    spans = split_sentences(text[start:opened])
    if not spans:
        return None
    if text[start + spans[-1][1] : opened].strip():
        return None
    if len(spans) > 1 and _ASIDE_INTRO.fullmatch(text, start + spans[-1][0], opened):
        spans = spans[:-1]  # 'X said …. Of the Japanese offer in particular: "…"'
    s, e = spans[-1]
    words = word_spans(text, start + s, start + e)
    v = speech_vocab()
    verb = next(
        (
            j
            for j, (w, _) in enumerate(words)
            if w.islower() and (w in v["verbs"] or w in v["paraphrase_verbs"])
        ),
        None,
    )
    tail = _reported_by(words, ctx)
    if tail is not None:
        return tail
    if words and words[0][0] in _INDEFINITE:
        # 'A JAXA official, speaking on condition of anonymity, said …. "…"': somebody
        # unnamed, unless named in apposition ('A spokeswoman, Anke Mühlberg, said')
        if verb is None:
            return None
        if any(
            w in v["anonymous"] or w + "s" in v["anonymous"] for w, _ in words[1 : min(verb, 6)]
        ):
            return UNKNOWN  # 'A source close to the agency said': not the agency
        if _ANONYMITY.search(text, start + s, start + e):
            return UNKNOWN  # "An employee of OrbitHub who asked not to be named said"
        who = subject(words[:verb], words[verb][1], ctx)
        return who if who.speaker else UNKNOWN
    if words and words[0][0] in _OPENERS and "," in (w for w, _ in words[:16]):
        # 'Asked whether the array would arrive on time, Vance was cautious. "…"'
        cut = [w for w, _ in words].index(",")
        if cut + 1 < len(words) and words[cut + 1][0][:1].isupper():
            words = words[cut + 1 :]
        elif cut + 1 < len(words) and words[cut + 1][0] in ("he", "she"):
            words = words[cut:]  # 'Asked whether …, she said an option should be studied.'
    who = (
        described_then_named(words[:16], ctx) if words and words[0][0] in _DESCRIBED else None
    ) or clause_subject(words[: _head_end(words, 4)], ctx)
    if (
        verb is not None
        and verb + 1 < len(words)
        and words[verb + 1][0] == ","
        and (who.speaker is None or not who.is_person)
    ):
        # "Canada's commitment, the president said, was to the partnership. "…"": the one
        # in the parenthesis
        c = next((c for c in range(verb - 1, max(-1, verb - 7), -1) if words[c][0] == ","), None)
        if c is not None:
            inner = subject(words[c + 1 : verb], words[verb][1], ctx)
            who = inner if inner.speaker else who
    if who.speaker is None and len(words) > 2 and words[0][0] == "The" and words[1][0].islower():
        # 'The cosmonaut later spoke to RIA by video link. "…"': the one introduced so
        described = subject(words[:2], words[1][1], ctx)
        who = described if described.is_person else who
    said = verb is not None
    # A verbless introduction ("Sedykh was blunt. “…”"): only a person, named there.
    if not said and not who.is_person:
        return None
    return who if who.speaker else None


def _reported_by(words: list[tuple[str, int]], ctx: Mentions) -> Who | None:
    """'NASA has asked for a licence, agency spokeswoman Dana Kirkby confirmed on Monday.':
    a sentence whose last clause is its attribution is that clause's subject's."""
    v = speech_vocab()
    cut = max((i for i, (w, _) in enumerate(words) if w == ","), default=-1)
    if cut < 3:
        return None
    clause = words[cut + 1 :]
    j = next(
        (j for j, (w, _) in enumerate(clause[:8]) if w in v["verbs"] and w != "reported"),
        None,
    )  # not '…, Interfax reported.': an outlet passing on someone else's words
    if not j or len(clause) - j > 4 or any(w in v["object_verbs"] for w, _ in clause[j:]):
        return None
    if any(w not in (".", "!") and not (w.islower() or w in _WEEKDAYS) for w, _ in clause[j:]):
        return None  # only a time may follow ('confirmed on Monday'), nothing said
    who = subject(clause[:j], clause[j][1], ctx)
    return who if who.speaker else None


_WEEKDAYS = frozenset(
    ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
)


def _head_end(words: list[tuple[str, int]], n: int) -> int:
    """The first ``n`` words, and on to the end of a name they cut in two ('POLSA president
    Dr. Grzegorz | Wieczorek said'): a given name alone is not the speaker."""
    while 0 < n < len(words) and is_name_word(words[n][0]) and is_name_word(words[n - 1][0]):
        n += 1
    return n


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
_ANONYMITY = re.compile(r"\banonymity\b|\bnot to be (?:named|identified)\b")
_INDEFINITE = frozenset(["A", "An", "One", "Another"])
_OPENERS = frozenset(["Asked", "Pressed", "Speaking", "Questioned"])
# A description heading a sentence before the name ("The Energia finance director, Yevgeny
# Polyakov, answered in writing.").
_DESCRIBED = frozenset(["The", "His", "Her", "Its", "Their"])


_JOINS = frozenset(["and", "but", "or"])
_CONTRAST = frozenset(["while", "whereas", "whom", "although", "though"])


def coordinated(text: str, close: int, opened: int) -> bool:
    """The quote goes on the previous quote's sentence with no new subject: '… said
    that "…" and that "…"', '… called it "…" and warned that Moscow would "…"', '…," the
    department said, calling it "…"': the same speaker's words."""
    if opened - close > 200:
        return False
    gap = text[close + 1 : opened]
    if next(_ends(_SENT_END, gap + "A", 0, len(gap) + 1), None) is not None:
        return False
    words = word_spans(text, close + 1, opened)
    if words and words[-1][0] == ":":
        words = words[:-1]  # '… called it "…" in a post and added: "…"'
    if text[close - 1] in ".!?" and words and words[0][0][:1].isupper():
        return False  # '"… predictability." A senior diplomat …, calling it "…"': a new one
    if any(w.lower() in _CONTRAST for w, _ in words):
        return False
    cut = max((i for i, (w, _) in enumerate(words) if w in ",;:—–()"), default=-1)
    if cut >= 0 and words[cut][0] != ",":
        return False
    clause = [w for w, _ in words[cut + 1 :]]
    if not clause or clause in (["and"], ["or"]):
        return True
    v = speech_vocab()
    if _goes_on(clause, 0, v):
        return True  # ', adding that …', ', calling the incident', 'and warned that …'
    if cut >= 0:
        return False
    # no comma: '"…" on the budget and warning that NASA "…"'; with a speech verb, only a
    # join straight before it ('"…" of passing but called it "…"', not 'and was told')
    said = v["verbs"] | v["paraphrase_verbs"]
    speech = any(w in said for w in clause)
    return any(
        _goes_on(clause, i, v) and (not speech or (i + 1 < len(clause) and clause[i + 1] in said))
        for i in range(1, len(clause))
    )


_AUX = frozenset(["had", "has", "have", "would", "will", "was", "were", "is", "could", "then"])


def _goes_on(clause: list[str], i: int, v) -> bool:
    """The clause goes on from word i without a subject of its own: a participle, or
    'and' + a verb or 'that'."""
    first = clause[i]
    if first in v["participles"]:
        return True
    if first in _JOINS and i + 1 < len(clause):
        verb = clause[i + 1]
        return verb == "that" or (
            verb.islower()
            and (
                verb in v["verbs"]
                or verb in v["paraphrase_verbs"]
                or verb.endswith("ed")
                or verb in _AUX
            )
        )
    return False


def coordinated_tail(text: str, close: int) -> bool:
    """'…," and said Moscow would …': the words after the quote go on with a verb and no
    subject of their own."""
    words = word_spans(text, close + 1, min(len(text), close + 40))
    while words and words[0][0] in ",;":
        words = words[1:]
    return len(words) > 1 and _goes_on([w for w, _ in words[:2]], 0, speech_vocab())


def same_voice(text: str, close: int, opened: int) -> bool:
    """Between two quotes only the first one's attribution ('," Petrov wrote. "') or the
    rest of the same sentence ('" and that Moscow would respond in a way that would be "')."""
    if opened - close > 120:
        return False
    gap = text[close + 1 : opened]
    if next(_ends(_SENT_END, gap + "A", 0, len(gap) + 1), None) is None:
        return True
    v = speech_vocab()
    words = word_spans(text, close + 1, opened)
    if words and words[0][0] == "came" and len(words) > 2:
        return words[2][0] in v["message_nouns"]  # '"Rain," came the reply, crackling … "'
    return any(w.lower() in v["verbs"] for w, _ in words)
