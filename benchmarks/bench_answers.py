"""How `answer()` latency and memory grow with the store: 1k, 10k and 100k stories.

    . .venv/bin/activate && python benchmarks/bench_answers.py [--sizes 1000 10000 100000]

Each size runs in its own subprocess (so ``ru_maxrss`` is that size's peak): it imports
the engine, records the RSS as the baseline, opens the synthetic store (benchmarks/synth.py,
built once and cached under benchmarks/out/), answers a fixed mix of questions once to
warm up, then ``ROUNDS`` more times, timing each call in-process. Reported: p50 and p95
per size, the growth ratio p95(100k)/p95(1k) (target ≤ 3), and the peak RSS above the
baseline at each size (target ≤ 150 MB at 100k).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

ROUNDS = 15
QUESTIONS = [
    "Who provides propulsion for the space station?",
    "What did Rogozin say about sanctions?",
    "What did the head of Roscosmos say about the seat-swap agreement?",
    "When did NASA sign a new agreement on the Soyuz spacecraft?",
    "Why did Russia threaten to end cooperation on the station?",
    "How will the deorbit vehicle be funded?",
    "What's the latest on the Zvezda module?",
    "Is Japan still supporting the station extension to 2030?",
    "What did Nelson say?",
    "What did Elon Musk say about Starship?",
    "What is the best sourdough recipe?",
    "Kovash Kaselbel Zarpol",
    'station" OR NEAR(sanctions *) title: ((',
    "What did the Canadian Space Agency say about the crew rotation schedule after talks "
    "in Moscow, and did Europe raise concerns about the Progress cargo ship?",
]


def _status_mb(field: str) -> float:
    """VmRSS / VmHWM from /proc (Linux); ru_maxrss cannot be reset, VmHWM can."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _reset_peak() -> None:
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")


INTERPRETER_MB = _status_mb("VmRSS")  # before the engine is imported


def measure(size: int) -> dict:
    """Run in a fresh interpreter: latency percentiles and peak RSS for one size."""
    from synth import build

    path = build(size)
    from summaries.answers import answer
    from summaries.store import Store

    loaded = _status_mb("VmRSS")
    _reset_peak()
    store = Store(path)
    for q in QUESTIONS:  # warm-up: aliases, regexes, SQLite page cache
        answer(store, q)
    times = []
    for _ in range(ROUNDS):
        for q in QUESTIONS:
            t0 = time.perf_counter()
            answer(store, q)
            times.append((time.perf_counter() - t0) * 1000)
    store.close()
    times.sort()
    return {
        "size": size,
        "calls": len(times),
        "p50_ms": statistics.median(times),
        "p95_ms": times[int(0.95 * (len(times) - 1))],
        "max_ms": times[-1],
        "rss_interpreter_mb": INTERPRETER_MB,
        "rss_engine_loaded_mb": loaded,
        "rss_peak_above_interpreter_mb": _status_mb("VmHWM") - INTERPRETER_MB,
        "rss_peak_above_loaded_mb": _status_mb("VmHWM") - loaded,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 100_000])
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.one)))
        return
    from synth import build

    for size in args.sizes:  # build outside the timed subprocesses
        build(size)
    rows = []
    for size in args.sizes:
        out = subprocess.run(
            [sys.executable, __file__, "--one", str(size)],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
        ).stdout
        rows.append(json.loads(out.strip().splitlines()[-1]))
    print(
        f"{'stories':>8} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}"
        f" {'peak MB over interpreter':>25} {'over engine loaded':>19}"
    )
    for r in rows:
        print(
            f"{r['size']:>8} {r['p50_ms']:8.2f} {r['p95_ms']:8.2f} {r['max_ms']:8.2f}"
            f" {r['rss_peak_above_interpreter_mb']:25.1f} {r['rss_peak_above_loaded_mb']:19.1f}"
        )
    by = {r["size"]: r for r in rows}
    if 1000 in by and 100_000 in by:
        print(f"growth p95(100k)/p95(1k) = {by[100_000]['p95_ms'] / by[1000]['p95_ms']:.2f}")
        print(f"growth p50(100k)/p50(1k) = {by[100_000]['p50_ms'] / by[1000]['p50_ms']:.2f}")


if __name__ == "__main__":
    main()
