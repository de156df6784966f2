"""Choose the cross-feed near-duplicate rule by measurement on tests/data/dedupe/.

For every fixture pair: Jaccard and containment of word shingles (title + "\\n" + text,
as the store computes them), number agreement, days apart and shared bottom-k sketch
hashes. Then a sweep over SHINGLE_SIZE, the number-agreement veto and the
MIN_CONTAINMENT / MIN_JACCARD grid: false merges (distinct events merged) come first,
then missed merges, then the margin to the nearest pair on either side.

    python benchmarks/bench_dedupe.py
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from summaries import dedupe  # noqa: E402
from summaries.timeutil import from_rfc3339  # noqa: E402

FIXTURES = ROOT / "tests" / "data" / "dedupe"
SIZES = (2, 3, 4, 5)
# None: no number veto. Otherwise the MIN_NUMBERS values to try.
MIN_NUMBERS = (None, 1, 2, 3)
OVERLAPS = [round(0.05 * i, 2) for i in range(1, 20)]
CONTAINMENTS = [round(0.01 * i, 2) for i in range(15, 91)]
JACCARDS = [round(0.01 * i, 2) for i in range(5, 71)]
SKETCH_SIZES = (16, 32, 48, 64, 96)
SHARED = (2, 4, 6, 8, 10, 12, 16)


@dataclass(frozen=True)
class Pair:
    name: str
    same: bool
    a: str
    b: str
    days: float


@dataclass(frozen=True)
class Features:
    jaccard: float
    containment: float
    na: int
    nb: int
    overlap: float


def load() -> list[Pair]:
    pairs = []
    for path in sorted(FIXTURES.glob("*.json")):
        doc = json.loads(path.read_text())
        a, b = doc["a"], doc["b"]
        apart = from_rfc3339(a["published"]) - from_rfc3339(b["published"])
        pairs.append(
            Pair(
                path.stem,
                doc["kind"] == "same",
                a["title"] + "\n" + a["text"],
                b["title"] + "\n" + b["text"],
                abs(apart.total_seconds()) / 86400,
            )
        )
    return pairs


def features(pair: Pair, size: int) -> Features:
    sa, sb = dedupe.shingles(pair.a, size), dedupe.shingles(pair.b, size)
    sim = dedupe.similarity(sa, sb)
    na, nb = dedupe.numbers(pair.a), dedupe.numbers(pair.b)
    overlap = len(na & nb) / min(len(na), len(nb)) if na and nb else 0.0
    return Features(sim.jaccard, sim.containment, len(na), len(nb), overlap)


def gaps(f: Features, c: float, j: float, min_numbers: int | None, n: float) -> list[float]:
    """Signed distances to each threshold: all >= 0 means the rule merges the pair."""
    out = [f.containment - c, f.jaccard - j]
    if min_numbers is not None and min(f.na, f.nb) >= min_numbers:
        out.append(f.overlap - n)
    return out


def evaluate(pairs, feats, c, j, min_numbers, n):
    false_merges = missed = 0
    fm_margin = merge_margin = 1.0
    for pair, f in zip(pairs, feats, strict=True):
        g = gaps(f, c, j, min_numbers, n)
        merged = min(g) >= 0
        if pair.same:
            if merged:
                merge_margin = min(merge_margin, min(g))
            else:
                missed += 1
        elif merged:
            false_merges += 1
        else:
            fm_margin = min(fm_margin, max(-x for x in g))
    return false_merges, missed, fm_margin, merge_margin


def depth(pairs, feats, c, j, min_numbers, n, margin) -> tuple[int, float]:
    """Defence in depth: how many (different pair, threshold) rejections clear the
    margin, then the smallest room on either side of any threshold (so each threshold
    sits in the middle of its own gap rather than idle below the others)."""
    count, room = 0, 1.0
    for pair, f in zip(pairs, feats, strict=True):
        g = gaps(f, c, j, min_numbers, n)
        if pair.same:
            if min(g) >= 0:
                room = min(room, *g)
            continue
        for x in g:
            if -x >= margin:
                count += 1
                room = min(room, -x)
    return count, round(room, 3)


def best(pairs, feats, min_numbers):
    """Zero false merges, fewest missed, the widest gap on the tighter side, then the
    most rejections by more than one threshold, each threshold centred in its gap."""
    top = None
    overlaps = OVERLAPS if min_numbers is not None else [0.0]
    for n in overlaps:
        for c in CONTAINMENTS:
            for j in JACCARDS:
                fm, mm, fmm, mgm = evaluate(pairs, feats, c, j, min_numbers, n)
                if fm:
                    continue
                key = (-mm, round(min(fmm, mgm), 2))
                if top is not None and key < top[0][:2]:
                    continue
                key += depth(pairs, feats, c, j, min_numbers, n, key[1])
                if top is None or key > top[0]:
                    top = (key, c, j, n, mm, fmm, mgm)
    return top


def sketch_check(pairs, size, merged_names):
    print(f"\nCandidate step at SHINGLE_SIZE={size}: true pairs the rule merges but the")
    print("sketch query would drop (shared bottom-k hashes < MIN_SHARED_SKETCH)")
    print("SKETCH_SIZE  min shared  " + "  ".join(f"k>={k:<2}" for k in SHARED))
    for k in SKETCH_SIZES:
        shared = []
        for p in pairs:
            if p.name in merged_names:
                sa, sb = dedupe.shingles(p.a, size), dedupe.shingles(p.b, size)
                shared.append(len(set(dedupe.sketch(sa, k)) & set(dedupe.sketch(sb, k))))
        drops = "  ".join(f"{sum(s < m for s in shared):>5}" for m in SHARED)
        print(f"{k:>11}  {min(shared):>10}  {drops}")


def main() -> None:
    pairs = load()
    n_same = sum(p.same for p in pairs)
    print(f"{len(pairs)} pairs: {n_same} same-event, {len(pairs) - n_same} different-event")
    print(
        f"\nCurrent rule: SHINGLE_SIZE={dedupe.SHINGLE_SIZE} MIN_CONTAINMENT="
        f"{dedupe.MIN_CONTAINMENT} MIN_JACCARD={dedupe.MIN_JACCARD} MIN_NUMBERS="
        f"{dedupe.MIN_NUMBERS} MIN_NUMBER_OVERLAP={dedupe.MIN_NUMBER_OVERLAP}"
    )
    print(f"{'pair':52} {'kind':4} {'jacc':>5} {'cont':>5} {'nums':>7} {'numov':>5}", end="")
    print(f" {'days':>6} {'sketch':>6}  same_event")
    fm = mm = 0
    merged_names = set()
    for p in pairs:
        sa, sb = dedupe.shingles(p.a), dedupe.shingles(p.b)
        sim = dedupe.similarity(sa, sb)
        na, nb = len(sa.numbers), len(sb.numbers)
        shared = len(set(dedupe.sketch(sa)) & set(dedupe.sketch(sb)))
        ov = "-" if sim.number_overlap is None else f"{sim.number_overlap:.2f}"
        flag = sim.same_event
        fm += flag and not p.same
        mm += p.same and not flag
        if flag and p.same:
            merged_names.add(p.name)
        kind = "same" if p.same else "diff"
        print(f"{p.name[:52]:52} {kind:4} {sim.jaccard:5.2f} {sim.containment:5.2f}", end="")
        print(f" {na:>3}/{nb:<3} {ov:>5} {p.days:6.2f} {shared:>6}  {flag}")
    gated = sum(
        1
        for p in pairs
        if not p.same
        and p.days <= dedupe.MAX_DAYS_APART
        and dedupe.similarity(dedupe.shingles(p.a), dedupe.shingles(p.b)).same_event
    )
    print(f"current rule: false merges {fm}, missed merges {mm} of {n_same}")
    print(f"  with the store's MAX_DAYS_APART={dedupe.MAX_DAYS_APART} gate: false merges {gated}")

    print("\nSweep: best zero-false-merge setting per shingle size and number veto")
    print("(margin = distance of the threshold to the nearest different pair / merged same pair)")
    print(f"{'size':>4} {'veto':>12} {'MIN_CONT':>8} {'MIN_JACC':>8} {'NUM_OV':>6}", end="")
    print(f" {'merged':>6} {'missed':>6} {'fm_margin':>9} {'merge_margin':>12}")
    rows = []
    for size in SIZES:
        feats = [features(p, size) for p in pairs]
        base = evaluate(pairs, feats, 0.45, 0.25, None, 0.0)
        print(f"{size:>4} {'baseline':>12} {0.45:8.2f} {0.25:8.2f} {'-':>6}", end="")
        print(f" {n_same - base[1]:>6} {base[1]:>6}   false merges: {base[0]}")
        for mn in MIN_NUMBERS:
            top = best(pairs, feats, mn)
            veto = "off" if mn is None else f"numbers>={mn}"
            if top is None:
                print(f"{size:>4} {veto:>12}   no setting without false merges")
                continue
            _, c, j, n, missed, fmm, mgm = top
            rows.append((top[0], size, mn, c, j, n, missed, fmm, mgm))
            nov = "-" if mn is None else f"{n:.2f}"
            print(f"{size:>4} {veto:>12} {c:8.2f} {j:8.2f} {nov:>6}", end="")
            print(f" {n_same - missed:>6} {missed:>6} {fmm:9.2f} {mgm:12.2f}")
    key, size, mn, c, j, n, missed, fmm, mgm = max(rows, key=lambda r: r[0])
    print(
        f"\nChosen: SHINGLE_SIZE={size} MIN_CONTAINMENT={c} MIN_JACCARD={j} "
        f"MIN_NUMBERS={mn} MIN_NUMBER_OVERLAP={n}: 0 false merges, {missed} missed of "
        f"{n_same}, margin to nearest false merge {fmm:.2f}, to nearest merged pair {mgm:.2f}"
    )
    sketch_check(pairs, dedupe.SHINGLE_SIZE, merged_names)


if __name__ == "__main__":
    main()
