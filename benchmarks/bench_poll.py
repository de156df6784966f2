"""Poll 200 feeds x 50 items from loopback: cold, then warm (every feed answers 304).

Reports items/s cold, CPU ms per feed warm, and, measured in the same run, bare
``feedparser.parse`` over the same documents as the floor. The feed server runs in a
child process so that its CPU is not counted as the poller's.

    python benchmarks/bench_poll.py [--feeds 200] [--items 50] [--runs 3]
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import multiprocessing
import os
import random
import statistics
import sys
import tempfile
import time
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import feedparser  # noqa: E402

from feeds.fetch import Fetcher, FetchLimits  # noqa: E402
from feeds.poll import Poller  # noqa: E402
from summaries.store import AsyncStore, Store  # noqa: E402

_SYLLABLES = [
    "ka",
    "lo",
    "mi",
    "ne",
    "su",
    "ta",
    "ri",
    "vo",
    "de",
    "za",
    "ple",
    "stra",
    "gon",
    "mar",
    "vel",
    "tis",
    "ord",
    "ban",
]
_RNG = random.Random(11)
# A Zipf-like vocabulary: common function words plus thousands of rarer "content" words,
# so that distinct items share about as many word triples as distinct news stories do.
_FUNCTION = [
    "the",
    "of",
    "and",
    "to",
    "in",
    "a",
    "on",
    "for",
    "with",
    "at",
    "by",
    "from",
    "that",
    "said",
    "its",
    "as",
    "was",
]
_CONTENT = sorted(
    {"".join(_RNG.choice(_SYLLABLES) for _ in range(_RNG.randint(2, 4))) for _ in range(20000)}
)


def _sentence(rng: random.Random) -> str:
    words = [
        rng.choice(_FUNCTION) if rng.random() < 0.4 else rng.choice(_CONTENT)
        for _ in range(rng.randint(12, 28))
    ]
    return " ".join(words).capitalize() + "."


def make_feed(feed: int, items: int) -> bytes:
    """Items of about 15 sentences (250-400 words) in 4-6 paragraphs."""
    rng = random.Random(feed)
    out = [f'<?xml version="1.0"?><rss version="2.0"><channel><title>Feed {feed}</title>']
    for n in range(items):
        paras = [
            " ".join(_sentence(rng) for _ in range(rng.randint(2, 4)))
            for _ in range(rng.randint(4, 6))
        ]
        html = "".join(f"&lt;p&gt;{escape(escape(p))}&lt;/p&gt;" for p in paras)
        out.append(
            f"<item><guid>f{feed}-i{n}</guid><title>Report {n} of feed {feed}</title>"
            f"<link>http://bench.test/{feed}/{n}</link>"
            f"<pubDate>Tue, 02 Apr 2024 10:{n % 60:02d}:00 GMT</pubDate>"
            f"<description>{html}</description></item>"
        )
    out.append("</channel></rss>")
    return "".join(out).encode()


def serve(port_queue, feeds: int, items: int) -> None:
    docs = {f"/{i}": make_feed(i, items) for i in range(feeds)}
    etags = {k: f'"{hashlib.md5(v).hexdigest()}"' for k, v in docs.items()}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            body, etag = docs.get(self.path), etags.get(self.path)
            if body is None:
                self.send_error(404)
                return
            if self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("ETag", etag)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    port_queue.put(server.server_address[1])
    server.serve_forever()


async def poll_once(db: Path, urls: list[str] | None) -> tuple[float, float, int]:
    astore = await AsyncStore(db).open()
    limits = FetchLimits(global_concurrency=32, per_host_concurrency=32)
    async with Fetcher(limits) as fetcher:
        if urls:
            for url in urls:
                await astore.call(Store.add_feed, url)
        poller = Poller(astore, fetcher, fetch_articles=False)
        wall, cpu = time.perf_counter(), time.process_time()
        result = await poller.poll_due()
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    await astore.close()
    return wall, cpu, result.total("new") + result.total("merged"), result.total("merged")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--feeds", type=int, default=200)
    ap.add_argument("--items", type=int, default=50)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    queue: multiprocessing.Queue = multiprocessing.Queue()
    server = multiprocessing.Process(target=serve, args=(queue, args.feeds, args.items))
    server.start()
    try:
        port = queue.get(timeout=30)
        urls = [f"http://127.0.0.1:{port}/{i}" for i in range(args.feeds)]
        docs = [make_feed(i, args.items) for i in range(args.feeds)]
        floor = []
        for _ in range(args.runs):
            t = time.process_time()
            for d in docs:
                feedparser.parse(d)
            floor.append(time.process_time() - t)
        cold, warm = [], []
        for _ in range(args.runs):
            with tempfile.TemporaryDirectory() as tmp:
                db = Path(tmp) / "bench.db"
                cold.append(asyncio.run(poll_once(db, urls)))
                warm.append(asyncio.run(poll_once(db, None)))
        items = args.feeds * args.items
        assert all(c[2] == items for c in cold), "cold poll did not ingest every item"
        merged = statistics.median(c[3] for c in cold)
        cold_wall = statistics.median(c[0] for c in cold)
        cold_cpu = statistics.median(c[1] for c in cold)
        warm_cpu = statistics.median(w[1] for w in warm)
        floor_cpu = statistics.median(floor)
        print(f"feeds={args.feeds} items/feed={args.items} runs={args.runs} (medians)")
        print(f"false merges of distinct synthetic items: {merged}")
        print(
            f"cold: {items / cold_wall:,.0f} items/s wall, {cold_wall:.2f} s, CPU {cold_cpu:.2f} s"
        )
        print(f"cold CPU per item: {cold_cpu / items * 1000:.2f} ms")
        print(f"warm (all 304): CPU {warm_cpu / args.feeds * 1000:.2f} ms per feed")
        print(
            f"floor: bare feedparser.parse {floor_cpu / items * 1000:.2f} ms per item "
            f"({items / floor_cpu:,.0f} items/s); poll cold CPU = {cold_cpu / floor_cpu:.1f}x floor"
        )
    finally:
        server.terminate()
        server.join()


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
