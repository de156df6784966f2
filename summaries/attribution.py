"""Where a quote's attribution is read: first, the words after its closing mark.

'…," Rogozin said' / '…," said Rogozin' / '…," according to Rogozin' / '"…" — Pavel
Orlov, Roscosmos'. The other places are in sibling modules, tried in this order by
``quotes``: before the opening mark (``attribution_prefix``), the paragraph that announced
it or the sentence just before it (``attribution_previous``), and the quote before it when
nothing but its attribution lies between (``quote_chains``).
"""

from __future__ import annotations

import re

from summaries.gazetteer import speech_vocab
from summaries.inverted import after_verb
from summaries.mentions import Mentions
from summaries.names import run_after, word_spans
from summaries.quote_frames import message_owner, reply_owner
from summaries.sentence_ends import ends
from summaries.speakers import UNKNOWN, Who, subject
from summaries.who import drop_asides, named_person, org_or_person

_TAIL_END = re.compile(r"[.!?;](?:\s|$)")
_TAIL_CHARS = 320
# Words opening a relative clause or an apposition after a name: ', who heads …,'.
_CLAUSE_OPENERS = frozenset(["who", "which", "whose", "a", "an", "the", "now", "then"])
# Participles that publish a document ("a statement posted on its website said").
_PUBLISHED = frozenset(["posted", "published", "issued", "released", "sent", "circulated"])
# "pointed out", "points out": a speech verb in two words.
_POINTED = frozenset(["pointed", "points"])
_POINTING_BACK = frozenset(["That", "This", "It", "Such", "So", "Those", "These"])
# "as Kessler likes to say": a habit of speech, whose subject is the speaker.
_HABIT = frozenset(["likes", "liked", "loves", "loved", "used", "tends", "tended"])


def _tail_frame(words: list[tuple[str, int]], ctx: Mentions, anchor: int) -> Who | None:
    """'…," in Nelson's words' / '…," per Borisov' / '…," to quote Nelson': a phrase after
    the closing mark that hands the words to their owner; None when the tail does not
    open so (or names nobody it can resolve)."""
    first = words[0][0]
    if (
        first == "in"
        and len(words) > 2
        and words[2][0].lower() in ("words", "view")
        and (words[1][0][-2:] in ("'s", "’s") or words[1][0] in ("his", "her"))
    ):
        who = message_owner(words[:3], ctx)
        return who if who and who.speaker else None  # '…," in his words, said X'
    if first == "per" and len(words) > 1 and words[1][0][:1].isupper():
        return after_verb(words[1:], ctx, anchor)
    if first == "to" and len(words) > 2 and words[1][0] == "quote":
        return after_verb(words[2:], ctx, anchor)
    return None


def from_tail(text: str, close: int, limit: int, ctx: Mentions, anchor: int) -> Who | None:
    end = min(limit, close + _TAIL_CHARS)
    m = next(ends(_TAIL_END, text, close + 1, end), None)
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
    framed = _tail_frame(words, ctx, anchor)
    if framed is not None:
        return framed
    j = seen = 0
    while j < len(words) and seen < 16:
        w = words[j][0]
        lw = w.lower()
        # "… in the United States." has no verb "states": a capital mid-sentence is a name
        said = lw in v["verbs"] and not w[:1].isupper()
        if lw == "according" and j + 1 < len(words) and words[j + 1][0] == "to":
            return after_verb(words[j + 2 :], ctx, anchor) or UNKNOWN
        if (
            lw in _PUBLISHED
            and j
            and words[j - 1][0].lower() in v["documents"]
            and j + 1 < len(words)
            and words[j + 1][0] in ("on", "to", "in")
        ):
            j += 1  # '…," a statement posted on the embassy's website said': not the verb
            seen += 1
            continue
        if said and j >= 3 and words[j - 1][0] == "to" and words[j - 2][0] in _HABIT:
            return subject(words[: j - 2], anchor, ctx)  # '…," as Kessler likes to say'
        if said or (lw in v["paraphrase_verbs"] and any(w == "how" for w, _ in words[:j])):
            if j == 1 and words[0][0] in ("So", "Thus"):
                return after_verb(words[2:], ctx, anchor) or UNKNOWN  # "So said X"
            # '…," X said' / '"…" is how X described the station'
            return subject(words[:j], anchor, ctx)
        if lw == "put" and j and j + 1 < len(words) and words[j + 1][0] == "it":
            return subject(words[:j], anchor, ctx)  # '…," as Kessler put it'
        if lw in _POINTED and j and j + 1 < len(words) and words[j + 1][0] == "out":
            return subject(words[:j], anchor, ctx)  # '…," Brandt pointed out'
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
