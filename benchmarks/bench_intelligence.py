"""Speed of story intelligence against bare feedparser parsing of the same item.

    python benchmarks/bench_intelligence.py [--rounds N]

Reports, on one core: the median time of analyse() on a ~600-word article, articles/s,
the median time of feedparser.parse(bytes) of an RSS 2.0 feed holding that one item
(content:encoded HTML plus a teaser), and the ratio (target <= 2x). Also compares the
hand-written sentence splitter with pysbd on speed.
"""

from __future__ import annotations

import argparse
import html
import statistics
import sys
import time
from pathlib import Path

import feedparser

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from summaries import detect, sentences  # noqa: E402
from summaries.analyse import analyse  # noqa: E402
from summaries.sentences import split_sentences  # noqa: E402

TITLE = "Moscow links station future to sanctions as crew rotation goes ahead"

ARTICLE = "\n\n".join(
    [
        "Russia's space agency said on Thursday that its participation in the International "
        "Space Station after 2028 would depend on whether Western governments eased the "
        "sanctions imposed on its rocket and satellite makers, reopening a dispute that has "
        "simmered since the invasion of Ukraine.",
        "The statement came as a Soyuz capsule carrying two cosmonauts and a NASA astronaut "
        "prepared to undock from the Rassvet module for the return to Kazakhstan, a routine "
        "rotation that both agencies have kept on schedule throughout the war.",
        '"We have fulfilled every obligation to our partners, and we will continue to do so '
        'as long as the intergovernmental agreement is respected by the other side," the '
        "agency's director general, Pavel Sedov, told reporters in Moscow. \"But nobody should "
        'expect us to keep subsidising a project while our enterprises are blacklisted."',
        "Sedov said the agency had sent a letter to NASA, the European Space Agency, the "
        "Japanese and Canadian agencies describing what he called the practical consequences "
        "of the export controls. Russian engineers, he said, could no longer buy some "
        "electronic parts for the Progress cargo ships that raise the station's orbit.",
        '"The sanctions are a political choice, and political choices have costs," the letter '
        "states, according to a copy published by the agency on its Telegram channel.",
        'NASA responded within hours. "Our cooperation with Roscosmos on the station remains '
        'professional and safe, and we continue to plan for operations through 2030," the '
        "agency said in a statement. A State Department spokesperson said the export controls "
        "were not under review and that civil space cooperation was exempt from most of them.",
        "Analysts said the warning followed a familiar pattern. Moscow has repeatedly tied the "
        "station to the sanctions regime since 2022, when the then head of Roscosmos "
        "threatened to let the complex fall out of orbit, but it has never missed a crew "
        "rotation or a cargo flight.",
        '"This is leverage, not a decision," said Dr. Marta Kowalczyk, a space policy '
        'researcher at a Warsaw institute. "The Russian segment still needs the American '
        "solar arrays for power, and the American segment still needs Russian thrusters to "
        'stay up. Neither side can walk away on short notice."',
        "The partnership is governed by an agreement signed in 1998 by the United States, "
        "Russia, Japan, Canada and the member states of the European Space Agency. It "
        "requires a partner that wants to withdraw to give a year's notice, and it says "
        "nothing about sanctions.",
        "In Washington, members of Congress have urged NASA to speed up work on the vehicle "
        "that will steer the station into the Pacific Ocean at the end of its life, so that "
        "the United States would not depend on Russian engines for the final descent. The "
        "agency awarded the contract in 2024 and expects the vehicle to be ready by 2029.",
        "European officials were more guarded. An ESA spokesperson said the agency was "
        "studying the letter and would discuss it with its member states at a council "
        "meeting next month, noting that European astronauts still depend on American "
        "vehicles to reach orbit.",
        "In Tokyo, the science ministry said Japan's position had not changed since it agreed "
        "to extend its participation to 2030. Officials there have privately expressed concern "
        "that a dispute between Washington and Moscow could disrupt the research schedule of "
        "the Kibo laboratory, which hosts dozens of experiments from Asian universities.",
        "The returning crew is due to land on the steppe southeast of Dzhezkazgan at 8:17 "
        "a.m. local time on Saturday. Their replacements arrived last month on a Crew Dragon "
        "under the seat swap arrangement that the two agencies extended in the autumn.",
    ]
)


def feed_bytes(title: str, text: str) -> bytes:
    paras = "".join(f"<p>{html.escape(p)}</p>\n" for p in text.split("\n\n"))
    teaser = html.escape(text.split("\n\n")[0])
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Orbit Desk</title><link>https://news.example.org/</link>
<description>Space policy news</description><language>en</language>
<item><title>{html.escape(title)}</title>
<link>https://news.example.org/2025/station-sanctions</link>
<guid isPermaLink="false">orbit-desk-4711</guid>
<pubDate>Thu, 06 Mar 2025 09:30:00 GMT</pubDate><dc:creator>Staff writer</dc:creator>
<category>ISS</category><category>Policy</category>
<description>{teaser}</description>
<content:encoded><![CDATA[{paras}]]></content:encoded>
</item></channel></rss>""".encode()


def median_seconds(fn, rounds: int) -> float:
    times = []
    for _ in range(rounds):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def cold_analyse() -> None:
    # measure the full work, not the per-text caches
    detect.scan.cache_clear()
    sentences._split.cache_clear()
    sentences._paragraph_spans.cache_clear()
    analyse(TITLE, ARTICLE)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=300)
    args = ap.parse_args()
    data = feed_bytes(TITLE, ARTICLE)
    assert feedparser.parse(data).entries, "benchmark feed must parse"
    analyse(TITLE, ARTICLE)  # warm the gazetteer caches once
    t_an = median_seconds(cold_analyse, args.rounds)
    t_fp = median_seconds(lambda: feedparser.parse(data), args.rounds)
    t_own = median_seconds(
        lambda: (
            sentences._split.cache_clear(),
            sentences._paragraph_spans.cache_clear(),
            split_sentences(ARTICLE),
        ),
        args.rounds,
    )
    try:
        import pysbd

        seg = pysbd.Segmenter(language="en", clean=False, char_span=True)
        t_sbd = median_seconds(lambda: seg.segment(ARTICLE), max(10, args.rounds // 20))
    except ImportError:  # pragma: no cover
        t_sbd = float("nan")
    words = len(ARTICLE.split())
    print(f"article: {words} words, feed item {len(data)} bytes, {args.rounds} rounds, one core")
    print(f"analyse():              median {t_an * 1e3:7.3f} ms  ({1 / t_an:8.0f} articles/s)")
    print(f"feedparser.parse(bytes): median {t_fp * 1e3:7.3f} ms  ({1 / t_fp:8.0f} feeds/s)")
    print(f"ratio analyse / parse:  {t_an / t_fp:.2f}x  (target <= 2x)")
    print(f"sentences: own {t_own * 1e3:.3f} ms vs pysbd {t_sbd * 1e3:.3f} ms")


if __name__ == "__main__":
    main()
