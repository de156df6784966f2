"""Which quotes carry the story: a score per quote, for the two or three a digest shows."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from summaries.gazetteer import load_data, scan
from summaries.models import Quote

# The lookahead (the words' first letters) lets most positions fail at once.
_PLEASANTRY = re.compile(
    r"\b(?=[tcpehgwabf])"
    r"(?:thank|congratulat|proud|excit|honou?r|great job|wonderful|happy|welcome|pizza|"
    r"amazing|beautiful|good to be|Christmas|fun)\w*",
    re.IGNORECASE,
)
_LONG_WORD = re.compile(r"\w{4,}")

# A state's voice: an institution speaking ("the Foreign Ministry said"), or a person the
# article introduces by an office ("Foreign Minister X", "X, a Kremlin spokesman").
_INSTITUTION = re.compile(
    r"\b(?:Ministry|Embassy|Department|Kremlin|Government|government|Commission|Office|"
    r"Council|Administration|delegation|Parliament|Presidency|White House|Foreign)\b"
)
_OFFICE = (
    "minist",
    "ambassador",
    "embass",
    "spokes",
    "president",
    "secretary",
    "senator",
    "chancellor",
    "foreign",
    "kremlin",
    "deputy",
    "governor",
)
_OFFICIAL = 0.3


def _official(speaker: str, text: str, orgs: dict) -> bool:
    """An agency, an institution, or a person with an office word near their first mention."""
    if speaker in orgs or _INSTITUTION.search(speaker):
        return True
    at = text.find(speaker)
    if at < 0:
        return False
    # Within the paragraph that first names them: the next one may name someone else.
    lo = max(at - 60, text.rfind("\n", 0, at) + 1)
    end = text.find("\n", at)
    hi = min(at + len(speaker) + 60, end if end >= 0 else len(text))
    near = text[lo:hi].lower()
    return any(w in near for w in _OFFICE)


# The one the headline is about speaks first: "Roscosmos chief threatens to halt station
# reboosts" leads with Zimin's threat, not NASA's reaction to it.
_HEADLINED = 0.3


def _headlined(speaker: str, title: str, text: str) -> bool:
    """Is the speaker the headline's subject: named in it ("… Zimin warns"), or introduced
    in the text with the body or role the headline opens with ("Roscosmos chief …":
    "Roscosmos Director General Pavel Zimin")? Substring checks first: on a fresh story
    every speaker is new, and a pattern built per speaker would be compiled each time."""
    if not title:
        return False
    if speaker in title and re.search(rf"\b{re.escape(speaker)}\b", title):
        return True
    opening = _LONG_WORD.findall(title)[:2]
    body = next((w for w in opening if w[:1].isupper() and w.lower() not in _TITLE_SKIP), None)
    if body is None or body == speaker or body not in text:
        return False
    # the body's word just before the speaker's name where the text introduces them
    before = _body_before(body)
    at = text.find(speaker)
    while at != -1:
        if before.search(text, max(0, at - 80), at):
            return True
        at = text.find(speaker, at + len(speaker))
    return False


@lru_cache(maxsize=256)
def _body_before(body: str) -> re.Pattern[str]:
    return re.compile(
        rf"\b{re.escape(body)}(?:['’]s)?\s+(?:[A-Za-z.-]+,?\s+){{0,4}}?(?:[A-Z][\w'’.-]+\s+)?\Z"
    )


_TITLE_SKIP = frozenset({"the", "live", "opinion", "analysis", "exclusive", "update", "watch"})


# A speaker already chosen weighs less the second time: a story's key quotes are its voices.
_REPEAT = 0.2


def key_quotes(title: str, text: str, quotes: list[Quote], k: int = 3) -> list[Quote]:
    """The ``k`` quotes that carry the story, best first, each with its ``score``.

    Favoured: a named speaker (more so a state's voice: an agency, a ministry, an embassy,
    or a minister, ambassador or spokesperson), political content (interstate vocabulary, the station,
    states), substance (6-60 words), words shared with the title, an early position.
    Penalised: pleasantries and one- or two-word fragments, and a speaker already
    chosen (a little: another voice of nearly the same weight goes first). The halves of
    a split quote are ranked together and kept together where there is room.
    """
    if not quotes:
        return []
    data = load_data()
    people, orgs = data["people"], data["orgs"]
    official: dict[str, bool] = {}
    headlined: dict[str, bool] = {}
    title_words = {w.lower() for w in _LONG_WORD.findall(title or "")}
    n = max(len(text), 1)
    scored: list[Quote] = []
    # The article's own hits inside each quote: one scan (cached) instead of one per quote.
    all_hits, _ = scan(text) if isinstance(text, str) else ((), 0)
    starts = [h.start for h in all_hits]
    halves = _split_halves(text, quotes)
    by_start = {q.start: q for q in quotes}
    for q in quotes:
        if text[q.start : q.end] == q.text:
            lo, hi = bisect_left(starts, q.start), bisect_left(starts, q.end)
            hits = [h for h in all_hits[lo:hi] if h.end <= q.end]
        else:
            hits, _ = scan(q.text)
        words = len(q.text.split()) + (
            len(by_start[halves[q.start]].text.split()) if q.start in halves else 0
        )
        sc = 1.0 if q.speaker else 0.0
        if q.speaker in people and people[q.speaker].get("political"):
            sc += 0.3
        if q.speaker:
            if q.speaker not in official:
                official[q.speaker] = _official(q.speaker, text, orgs)
            if official[q.speaker]:
                sc += _OFFICIAL
        topic = sum(h.weight for h in hits if h.cat == "topic")
        sc += 0.8 * min(topic, 2.0)
        sc += 0.3 * min(sum(1 for h in hits if h.cat in ("iss", "anaphora", "part")), 2)
        sc += 0.15 * min(sum(1 for h in hits if h.cat in ("state", "org", "person")), 3)
        if words <= 2:
            sc -= 1.5
        elif words <= 5:
            sc -= 0.4
        elif words <= 60:
            sc += 0.5
        if _PLEASANTRY.search(q.text):
            sc -= 0.7
        if title_words:
            shared = {w.lower() for w in _LONG_WORD.findall(q.text)} & title_words
            sc += 0.5 * len(shared) / len(title_words)
        if q.speaker:
            if q.speaker not in headlined:
                headlined[q.speaker] = _headlined(q.speaker, title or "", text)
            if headlined[q.speaker]:
                sc += _HEADLINED
        sc += 0.3 * (1 - q.start / n)
        scored.append(Quote(q.text, q.speaker, q.start, q.end, round(sc, 4)))
    scored.sort(key=lambda q: (-q.score, q.start))
    out: list[Quote] = []
    rest = scored
    while rest and len(out) < k:
        said = {q.speaker for q in out if q.speaker}
        best = max(rest, key=lambda q: (q.score - (_REPEAT if q.speaker in said else 0), -q.start))
        pair = [q for q in rest if halves.get(best.start) == q.start]
        if pair and len(out) + 2 <= k:  # both halves of a split quote, the longer first
            out.extend(sorted([best, *pair], key=lambda q: -len(q.text)))
        elif pair:  # one slot left: the longer half says more than a lead-in
            out.append(max([best, *pair], key=lambda q: len(q.text)))
        else:
            out.append(best)
        rest = [q for q in rest if q not in out]
    # and the one the headline is about opens the list ("Roscosmos chief threatens …":
    # Zimin's threat before NASA's reply), the rest in their order
    out.sort(key=lambda q: not (q.speaker and headlined.get(q.speaker)))
    return out


def _split_halves(text: str, quotes: list[Quote]) -> dict[int, int]:
    """Each half of a split quote ('“In the meantime,” she added, “civilians are paying
    the price.”') by its start, mapped to the other's: one sentence, one voice, so it is
    ranked by the words of both and kept whole, never shown as a three-word lead-in."""
    out: dict[int, int] = {}
    for a, b in zip(quotes, quotes[1:], strict=False):
        if a.speaker is None or a.speaker != b.speaker or not isinstance(text, str):
            continue
        between = text[a.end : b.start]
        if len(between) <= 60 and _SPLIT_BETWEEN.fullmatch(between) and b.text[:1].islower():
            out[a.start], out[b.start] = b.start, a.start
    return out


# ',” she added, “' / '," said Voronov, "': the lead-in ends with a comma, the attribution
# sits between the halves, and the second half opens in lower case
_SPLIT_BETWEEN = re.compile(r",?[”\"]\s*[^”“\"\n.!?]{2,50},\s*[“\"]")


@dataclass(frozen=True)
class ShownQuote:
    """A key quote as a reader sees it; unlike ``Quote`` its text need not be one span."""

    text: str
    speaker: str | None


def shown_quotes(text: str, quotes: Sequence[Quote]) -> list[ShownQuote]:
    """The key quotes, with each split quote's halves joined in the speaker's order: a
    digest that shows one quote must not open on "the Americans will have to …" and leave
    out the "In the meantime," that came before it. The stored quotes stay two verbatim
    spans with their offsets; only what is shown is joined."""
    halves = _split_halves(text, sorted(quotes, key=lambda q: q.start))
    by_start = {q.start: q for q in quotes}
    out: list[ShownQuote] = []
    done: set[int] = set()
    for q in quotes:
        if q.start in done:
            continue
        other = by_start.get(halves.get(q.start, -1))
        if other is None:
            out.append(ShownQuote(q.text, q.speaker))
            continue
        a, b = sorted((q, other), key=lambda x: x.start)
        comma = "," if text[a.end : a.end + 1] == "," and not a.text.endswith(",") else ""
        out.append(ShownQuote(f"{a.text}{comma} {b.text}", q.speaker))
        done |= {a.start, b.start}
    return out
