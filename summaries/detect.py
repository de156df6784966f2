"""Is a story ISS-geopolitical? Two questions, both required (PRODUCT.md).

1. Is the ISS a *subject*? Explicit mentions ("ISS", "International Space Station",
   "space station") weighted by position (title, lead) and frequency, supported by its
   modules, segments, crews and visiting vehicles. "ISS" only counts with space context
   and without a competing meaning (proxy adviser, facility services, security
   institute); "space station" preceded by "Chinese", "own", "commercial"… is another
   station; a mention inside an enumeration of programmes is a passing one.
2. Do relations between states drive it? Interstate vocabulary (sanctions, withdrawal,
   seat swaps…) weighted by strength, position, by being in the same sentence as the
   station, and by being said in a quote by an official; plus distinct states and
   political officials.

The score is the product of the two evidences mapped to 0..1, so neither can carry a
story alone. All vocabulary is data: ``summaries/data/actors.toml``.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from summaries.detect_signals import (
    actors,
    descriptor_starts,
    in_list,
    party_starts,
    shadowed_people,
    speaker_strength,
    state_follows,
    valid_iss,
)
from summaries.gazetteer import Hit, load_data, scan
from summaries.models import Quote
from summaries.sentences import paragraph_spans, split_sentences

__all__ = ["DEFAULT_THRESHOLD", "Decision", "Hit", "classify", "load_data", "scan"]

DEFAULT_THRESHOLD = 0.45


@dataclass(frozen=True)
class Decision:
    iss_geopolitical: bool
    score: float
    reasons: tuple[str, ...]
    tags: tuple[str, ...]
    iss_score: float = 0.0
    geo_score: float = 0.0


# The reason a story gets when its "ISS" is another body (a proxy adviser, an institute);
# answers read it so that the station is not found there
ISS_OTHER = "ISS not mentioned ('ISS' here: "


def iss_means_other(reasons: tuple[str, ...] | list[str]) -> bool:
    """Whether a story's reasons say its "ISS" is not the station."""
    return bool(reasons) and reasons[0].startswith(ISS_OTHER)


NO_ISS = "ISS not mentioned"
PASSING = "mentioned only in passing"


def iss_in_passing(reasons: tuple[str, ...] | list[str]) -> bool:
    """Whether a story's reasons say it names the station only in passing."""
    return bool(reasons) and reasons[0].startswith(f"ISS is {PASSING}")


def without_iss(reasons: Sequence[str], tags: Sequence[str]) -> bool:
    """Whether a story has no ISS that a question about "the station" could mean: its
    "ISS" is a proxy adviser, or it names no ISS and nothing of spaceflight (a nuclear
    power station's crews, a railway station). A story on Gateway or Tiangong names an
    agency or a craft: its "station" may be what a member means."""
    if not reasons or not reasons[0].startswith(NO_ISS):
        return False
    return iss_means_other(reasons) or not set(tags) & _space_tags()


@lru_cache(maxsize=1)
def _space_tags() -> frozenset[str]:
    d = load_data()
    agencies = [name for name, org in d["orgs"].items() if org.get("kind") == "agency"]
    return frozenset([*d["iss"]["parts"], *d["iss"]["craft"], *agencies])


_UNTIED = 0.15  # share of a needs_actor word's weight when no actor is in its sentence


def _squash(x: float, scale: float) -> float:
    return 1.0 - math.exp(-max(0.0, x) / scale)


def classify(
    title: str, text: str, *, threshold: float | None = None, quotes: list[Quote] | None = None
) -> Decision:
    """Decide whether a story is ISS-geopolitical; never raises on str input."""
    threshold = DEFAULT_THRESHOLD if threshold is None else threshold
    title = title if isinstance(title, str) else ""
    text = text if isinstance(text, str) else ""
    thits, _ = scan(title)
    hits, _ = scan(text)
    paras = paragraph_spans(text)
    lead_end = paras[1][1] if len(paras) > 1 else (paras[0][1] if paras else 0)
    sents = split_sentences(text)
    sent_starts = [s for s, _ in sents]

    def sent_of(pos: int) -> int:
        return bisect_right(sent_starts, pos) - 1

    # 1. Is the ISS a subject?
    t_iss = valid_iss(thits, title, hits)
    b_iss = valid_iss(hits, text, thits)
    by_cat = _by_category(hits)
    t_by_cat = _by_category(thits)
    programmes = by_cat.get("programme", [])
    iss_raw = 3.0 * min(len(t_iss), 1)
    anaphora = by_cat.get("anaphora", [])
    parts = by_cat.get("part", []) + t_by_cat.get("part", [])
    craft = by_cat.get("craft", []) + t_by_cat.get("craft", [])
    crew = by_cat.get("crew", [])
    passing = 0
    for h in b_iss:
        w = 1.5 if h.start < lead_end else 1.0
        if in_list(text, h, programmes):
            w *= 0.3
            passing += 1
        iss_raw += w
    # Unnamed but unmistakable: an ISS module or segment plus a crew vehicle and its crew;
    # or two different ISS vehicles (Soyuz and Dragon fly to no other station), crews and
    # "the station".
    # Or NASA and Roscosmos crews on a Soyuz or Progress, and "the station" said more
    # than once: the two agencies share no other station (a briefing transcript on the
    # seat swap said "the station" and "Soyuz", never "ISS").
    orgs = {h.name for h in by_cat.get("org", []) + t_by_cat.get("org", [])}
    implied = (
        (bool(parts) and bool(craft) and len(crew) >= 2)
        # a Q&A that names Canadarm2 once and says "the station" three times, more often
        # than it names another programme (its one answer on Canadarm3 for the Gateway)
        or (bool(parts) and len(anaphora) >= 3 and len(anaphora) > len(programmes))
        or (len({h.name for h in craft}) >= 2 and len(crew) >= 2 and bool(anaphora))
        or (
            {"NASA", "Roscosmos"} <= orgs
            and bool(craft)
            and len(crew) >= 2
            and len(anaphora) >= 2
            and not programmes
        )
    )
    has_iss = bool(t_iss or b_iss) or implied
    # Named only inside a list of programmes ("… its long exclusion from the International
    # Space Station, Mir and other Western-led programmes"): "the station" and the
    # astronauts around it are another programme's, the lunar or Chinese station the
    # story is about.
    only_listed = bool(b_iss) and passing == len(b_iss) and not t_iss and not implied
    if has_iss and not only_listed:
        iss_raw += 0.5 * min(len(anaphora), 4) + 0.2 * min(len(crew), 5) + 0.3 * min(len(craft), 4)
    iss_raw += 0.7 * min(len(parts), 4)
    iss_hits = b_iss + anaphora + by_cat.get("part", [])
    iss_sents = {sent_of(h.start) for h in iss_hits}
    para_starts = [s for s, _ in paras]
    iss_paras = {bisect_right(para_starts, h.start) for h in iss_hits}
    iss_score = _squash(iss_raw, 2.0) if has_iss or len(parts) >= 2 else 0.0

    # 2. Do relations between states drive it? Relational vocabulary is the evidence;
    # states, officials and partnership words only support it (capped by it), so an
    # engineering story full of agencies and nations stays low.
    qspans = sorted((q.start, q.end, q.speaker) for q in (quotes or []))
    qstarts = [qs for qs, _, _ in qspans]
    topics = load_data()["topics"]
    shadowed = shadowed_people(hits, text) | shadowed_people(thits, title)
    t_descr = descriptor_starts(thits)
    b_descr = descriptor_starts(hits)
    t_actor = max((st for _, st in actors(thits, shadowed, t_descr)), default=0.0)
    b_actors = actors(hits, shadowed, b_descr)
    a_starts = [p for p, _ in b_actors]
    n_sents = len(sent_starts)

    def sent_actor(si: int) -> float:
        """The strongest actor in sentence ``si`` (asked only for needs_actor words)."""
        lo = sent_starts[si] if si >= 0 else 0
        hi = sent_starts[si + 1] if si + 1 < n_sents else len(text) + 1
        k = bisect_left(a_starts, lo)
        best = 0.0
        while k < len(a_starts) and a_starts[k] < hi:
            best = max(best, b_actors[k][1])
            k += 1
        return best

    strong = support = 0.0
    topic_count: Counter[str] = Counter()
    said_by: dict[str, str] = {}
    written: dict[str, dict[str, None]] = {}  # topic → its words as the story writes them
    for h in thits:
        if h.cat == "topic" and h.weight > 0:
            written.setdefault(h.name, {})[title[h.start : h.end].lower()] = None
            w = 2.0 * h.weight
            if topics[h.name].get("needs_actor"):
                w *= max(t_actor, _UNTIED)
            if topics[h.name].get("support"):
                support += w
            else:
                strong += w
            topic_count[h.name] += 1
    parties = party_starts(hits)
    for h in by_cat.get("topic", ()):
        # A relation word whose object is a state is interstate by itself; half as much
        # away from the station's paragraphs (there it may be another story's relation).
        of_state = topics[h.name].get("with_state", 0.0)
        if of_state and not state_follows(text, h, parties):
            of_state = 0.0
        elif of_state and bisect_right(para_starts, h.start) not in iss_paras:
            of_state *= 0.5
        w = of_state or h.weight
        if w <= 0:
            continue
        written.setdefault(h.name, {})[text[h.start : h.end].lower()] = None
        si = sent_of(h.start)
        if si in iss_sents:
            w *= 1.6
        # Quotes never overlap: the only one that can hold a hit is the last starting at
        # or before it (a bisect, so an article full of quotes is not quadratic).
        qi = bisect_right(qstarts, h.start) - 1
        quoted = qi >= 0 and h.start < qspans[qi][1] and qspans[qi][2]
        if quoted:
            w *= 1.2
            said_by.setdefault(h.name, qspans[qi][2])
        if topics[h.name].get("needs_actor"):
            tie = sent_actor(si)
            if quoted:
                tie = max(tie, speaker_strength(qspans[qi][2]))
            w *= max(tie, _UNTIED)
        # diminishing returns per topic
        w /= 1 + 0.5 * topic_count[h.name]
        topic_count[h.name] += 1
        if topics[h.name].get("support") and not of_state:
            support += w
        else:
            strong += w
    actor_states = {h.name for h in by_cat.get("state", ()) if (h.start, h.end) not in b_descr}
    actor_states |= {h.name for h in t_by_cat.get("state", ()) if (h.start, h.end) not in t_descr}
    people = [
        h for h in by_cat.get("person", []) + t_by_cat.get("person", []) if h.name not in shadowed
    ]
    political = {h.name for h in people if h.weight >= 0.4}
    support += 0.3 * max(0, min(len(actor_states), 4) - 1) + 0.3 * min(len(political), 3)
    geo_raw = strong + min(support, 0.3 + 0.8 * strong)
    geo_score = _squash(geo_raw, 2.5)

    score = iss_score * geo_score
    decision = score >= threshold
    reasons = _reasons(
        title,
        implied,
        t_iss,
        b_iss,
        passing,
        topic_count,
        said_by,
        iss_score,
        geo_score,
        actor_states,
        political,
        written,
        sorted({h.name for h in (*hits, *thits) if h.cat == "iss_other" and _spells_iss(h.name)}),
    )
    tags = _tags(hits, thits, topic_count)
    return Decision(
        decision, round(score, 4), reasons, tags, round(iss_score, 4), round(geo_score, 4)
    )


def _by_category(hits: tuple[Hit, ...]) -> dict[str, list[Hit]]:
    """The hits of each category, in text order: one pass instead of one per category."""
    out: dict[str, list[Hit]] = {}
    for h in hits:
        out.setdefault(h.cat, []).append(h)
    return out


def _spells_iss(name: str) -> bool:
    """ "Institutional Shareholder Services", "ISS A/S": what "ISS" stands for, not a cue
    around it ("proxy adviser", "Glass Lewis")."""
    return name.startswith("ISS") or "".join(w[0] for w in name.split() if w[0].isupper()) == "ISS"


def _reasons(
    title,
    implied,
    t_iss,
    b_iss,
    passing,
    topic_count,
    said_by,
    iss_score,
    geo_score,
    states,
    political,
    written=None,
    others=(),
) -> tuple[str, ...]:
    people = load_data()["people"]
    out: list[str] = []
    if t_iss or b_iss:
        term = (title[t_iss[0].start : t_iss[0].end] if t_iss else "") or "ISS"
        where = f"'{term}' in title and " if t_iss else ""
        kind = "the subject" if iss_score >= 0.6 else PASSING
        extra = f" ({passing} in a list)" if passing else ""
        out.append(f"ISS is {kind}: {where}{len(b_iss)}× in text{extra}")
    elif implied:
        out.append("ISS implied: its modules or vehicles, crews and 'the station'")
    elif others:  # "ISS" stands for a proxy adviser or an institute
        out.append(f"{ISS_OTHER}{others[0]})")
    else:
        out.append(NO_ISS)
    if topic_count:
        weights = {n: t["weight"] for n, t in load_data()["topics"].items()}
        ranked = sorted(topic_count, key=lambda n: (-weights.get(n, 0) * topic_count[n], n))
        for name in ranked[:3]:
            n = topic_count[name]
            who = said_by.get(name)
            # "'invasion' 2×" on a text without the word: say the words it was read from
            # (a form read across a sentence or paragraph, 'russia."\n\nukraine', by its
            # words: a moderator's card shows no raw line breaks or stray marks)
            words = [_plain(w) for w in (written or {}).get(name, ()) if w != name.lower()]
            words = list(dict.fromkeys(words))
            shown = f"'{name}'" + (
                " (as " + ", ".join(f"'{w}'" for w in words[:3]) + ")" if words else ""
            )
            if who:
                org = people.get(who, {}).get("org")
                who = f"{who} ({org})" if org else who
                out.append(f"interstate: {shown} said by {who}")
            else:
                out.append(f"interstate: {shown} {n}×")
    else:
        out.append("no interstate vocabulary")
    if len(states) > 1:
        out.append("states: " + ", ".join(sorted(states)))
    if political:
        out.append("officials: " + ", ".join(sorted(political)))
    out.append(f"subject {iss_score:.2f} × interstate {geo_score:.2f}")
    return tuple(out)


_TAG_CATS = frozenset(["org", "person", "state", "craft", "part"])


def _plain(form: str) -> str:
    return " ".join(_FORM_WORD.findall(form)) if re.search(r"[\n\"“”.]", form) else form


_FORM_WORD = re.compile(r"[\w'’-]+")


def _tags(hits, thits, topic_count) -> tuple[str, ...]:
    # a plain dict: Counter's Python-level __missing__ ran once per new name
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for i, h in enumerate(thits + hits):
        if h.cat in _TAG_CATS or (h.cat == "topic" and h.weight >= 0.5):
            counts[h.name] = counts.get(h.name, 0) + 1
            first.setdefault(h.name, i)
    ranked = sorted(counts, key=lambda n: (-counts[n], first[n]))
    return tuple(ranked[:12])
