"""Synthetic stores for the answers benchmark: realistic shape, built in seconds.

A few thousand distinct sentences (templates over agencies, officials, places, topics and
a long tail of invented names, so the vocabulary is Zipf-like rather than tiny) are
recombined into stories of 10-30 sentences in paragraphs of two or three, about the
length of a news article. About one sentence in six is a quote with a speaker, stored in
``quotes`` with offsets into the text, as the real pipeline stores them.

Rows go straight into the real schema (``Store(path)`` runs the migrations, the FTS
triggers index the text) with ``insert_all``; ingest through ``Store.ingest`` would spend
minutes in deduplication that the question path never touches. Built files are cached
under benchmarks/out/ (gitignored) by size and seed.
"""

from __future__ import annotations

import json
import random
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from summaries.store import Store  # noqa: E402
from summaries.timeutil import to_rfc3339  # noqa: E402

OUT = Path(__file__).resolve().parent / "out"

AGENCIES = ["NASA", "Roscosmos", "ESA", "JAXA", "the Canadian Space Agency", "CNSA", "ISRO"]
OFFICIALS = [
    ("Dmitry Rogozin", "Rogozin"),
    ("Yuri Borisov", "Borisov"),
    ("Bill Nelson", "Nelson"),
    ("Josef Aschbacher", "Aschbacher"),
    ("Dmitry Peskov", "Peskov"),
    ("Kathy Lueders", "Lueders"),
    ("Joel Montalbano", "Montalbano"),
    ("Sergei Krikalev", "Krikalev"),
    ("Hiroshi Yamakawa", "Yamakawa"),
    ("Lisa Campbell", "Campbell"),
]
STATES = ["Russia", "the United States", "Japan", "Canada", "Europe", "China", "India", "Ukraine"]
THINGS = [
    "the International Space Station",
    "the Russian segment",
    "the Zvezda module",
    "the Soyuz spacecraft",
    "the Progress cargo ship",
    "the Crew Dragon capsule",
    "the seat-swap agreement",
    "the station partnership",
    "the deorbit vehicle",
    "the export control rules",
    "the sanctions package",
    "the rocket engine deliveries",
    "the crew rotation schedule",
    "the station extension to 2030",
]
VERBS = [
    "threatened to end cooperation on",
    "signed a new agreement on",
    "raised concerns about",
    "announced a review of",
    "defended the future of",
    "criticised the funding of",
    "proposed changes to",
    "delayed the decision on",
    "confirmed support for",
    "questioned the safety of",
]
TAILS = [
    "after talks in Moscow",
    "during a press conference in Washington",
    "in a statement on Monday",
    "amid new sanctions",
    "as tensions over the war grew",
    "ahead of the next crew launch",
    "in a letter to partner agencies",
    "at a congressional hearing",
    "before the budget vote",
    "in an interview with state television",
]
QUOTE_BODIES = [
    "cooperation is possible only if the sanctions are lifted",
    "the station will keep flying safely whatever happens on the ground",
    "we have no plans to leave the partnership before the end of the decade",
    "our crews work together every day and that will not change",
    "the decision to withdraw has been made and partners will be told in advance",
    "nobody should doubt our commitment to the programme",
    "we will build our own station and stop relying on others",
    "the engines will not be delivered while the restrictions stand",
    "the seat swap shows that the partnership still works",
    "the deorbit plan needs every partner at the table",
]
SYLLABLES = [
    "ka",
    "lo",
    "mi",
    "ren",
    "sto",
    "vek",
    "zar",
    "pol",
    "tin",
    "dra",
    "gus",
    "bel",
    "nor",
    "vash",
    "ko",
    "lev",
    "ant",
    "iro",
    "sel",
    "mun",
]


def _names(rng: random.Random, n: int) -> list[str]:
    out = set()
    while len(out) < n:
        out.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).title())
    return sorted(out)


def sentence_pool(rng: random.Random, size: int = 4000) -> list[tuple[str, str | None]]:
    """``size`` distinct sentences; a quote sentence carries its speaker."""
    tail_names = _names(rng, 3000)
    pool: dict[str, str | None] = {}
    while len(pool) < size:
        kind = rng.random()
        if kind < 0.18:
            full, surname = rng.choice(OFFICIALS)
            body = rng.choice(QUOTE_BODIES)
            pool[f'"{body[0].upper()}{body[1:]}," {surname} said {rng.choice(TAILS)}.'] = surname
            continue
        subject = rng.choice(
            [rng.choice(AGENCIES), rng.choice(STATES), rng.choice(OFFICIALS)[0], "Officials"]
        )
        text = f"{subject} {rng.choice(VERBS)} {rng.choice(THINGS)} {rng.choice(TAILS)}"
        if rng.random() < 0.5:
            text += f", according to {rng.choice(tail_names)} of {rng.choice(tail_names)}"
        pool[text[0].upper() + text[1:] + "."] = None
    return list(pool.items())


def _story(rng: random.Random, pool, i: int, when: datetime) -> tuple[dict, list[dict]]:
    picked = rng.sample(pool, rng.randint(12, 36))
    text, quotes, in_para = "", [], 0
    for sentence, speaker in picked:
        if text:
            same_para = in_para == 1 or (in_para == 2 and rng.random() < 0.5)
            text += " " if same_para else "\n\n"
            in_para = in_para if same_para else 0
        in_para += 1
        if speaker is not None and len(quotes) < 3:
            quotes.append(
                {
                    "start": len(text) + 1,
                    "end": len(text) + sentence.index(',"'),
                    "speaker": speaker,
                }
            )
        text += sentence
    first = picked[0][0]
    title = " ".join(first.split()[:9]).rstrip(".,")
    stamp = to_rfc3339(when)
    row = {
        "id": i,
        "title": title,
        "url": f"https://synthetic.example/story/{i}",
        "source": "Synthetic Wire",
        "published": stamp,
        "first_seen": stamp,
        "updated": stamp,
        "sort_time": stamp,
        "text": text,
        "content_hash": f"synthetic-{i}",
        "iss_geopolitical": int(rng.random() < 0.3),
        "score": round(rng.random(), 3),
        "reasons": json.dumps(["synthetic"]),
        "tags": "[]",
        "summary": " ".join(s for s, _ in picked[:2]),
        "analysis_version": 1,
    }
    qrows = [
        {
            "story_id": i,
            "position": p,
            "text": text[q["start"] : q["end"]],
            "speaker": q["speaker"],
            "start": q["start"],
            "end": q["end"],
            "score": 0.5,
        }
        for p, q in enumerate(quotes)
    ]
    return row, qrows


def build(n: int, seed: int = 7, *, out: Path = OUT) -> Path:
    """The path of a store with ``n`` synthetic stories (built once, then cached)."""
    path = out / f"answers-{n}-s{seed}.db"
    if path.exists():
        return path
    out.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".building")
    for stale in out.glob(tmp.name + "*"):
        stale.unlink()
    rng = random.Random(seed)
    pool = sentence_pool(rng)
    store = Store(tmp)
    start = datetime(2021, 1, 1, tzinfo=UTC)
    step = timedelta(days=3 * 365) / n
    batch, qbatch = [], []
    began = time.perf_counter()
    for i in range(1, n + 1):
        row, qrows = _story(rng, pool, i, start + step * i)
        batch.append(row)
        qbatch.extend(qrows)
        if len(batch) == 5000 or i == n:
            with store.transaction():
                store.db["stories"].insert_all(batch, batch_size=500)
                store.db["quotes"].insert_all(qbatch, batch_size=500)
            batch, qbatch = [], []
    store.db.execute("INSERT INTO stories_fts(stories_fts) VALUES('optimize')")
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    tmp.rename(path)
    for side in out.glob(tmp.name + "-*"):
        side.unlink()
    print(f"built {n} stories in {time.perf_counter() - began:.1f}s: {path}", file=sys.stderr)
    return path


if __name__ == "__main__":
    for size in map(int, sys.argv[1:] or ["1000"]):
        print(build(size))
