#!/usr/bin/env python3
"""Build site/ (three feeds + HTML article pages) from articles/*.txt."""

import glob
import html
import os
from datetime import datetime
from email.utils import format_datetime

BASE = "http://127.0.0.1:8992"
HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")


def load():
    arts = []
    for path in sorted(glob.glob(os.path.join(HERE, "..", "*.txt"))):
        with open(path, encoding="utf-8") as f:
            head, body = f.read().split("\n\n", 1)
        meta = dict(line.split(": ", 1) for line in head.splitlines())
        meta["paras"] = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n")]
        meta["dt"] = datetime.fromisoformat(meta["date"].replace("Z", "+00:00"))
        arts.append(meta)
    return arts


def para_html(p):
    e = html.escape(p, quote=False)
    if p.startswith("Q: "):
        return f"<p><strong>Q:</strong> {e[3:]}</p>"
    if p.startswith("Raghunathan: "):
        return "<p><strong>Raghunathan:</strong> {}</p>".format(e[len("Raghunathan: ") :])
    return f"<p>{e}</p>"


def body_html(a):
    return "\n".join(para_html(p) for p in a["paras"])


def url(a, feed):
    return "{}/{}/{}/{}.html".format(BASE, feed, a["dt"].strftime("%Y/%m/%d"), a["slug"])


PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | {outlet}</title>
<meta name="description" content="{teaser}"><meta property="og:title" content="{title}">
<meta name="author" content="{author}"><meta property="article:published_time" content="{date}">
</head><body>
<div id="cookie-banner" class="cookie">We use cookies to improve your experience and to show you relevant advertising. <a href="/privacy">Manage preferences</a> <button>Accept all</button> <button>Reject non-essential</button></div>
<header><div class="logo"><a href="/">{outlet}</a></div>
<nav><ul><li><a href="/news">News</a></li><li><a href="/policy">Policy</a></li><li><a href="/launches">Launches</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/newsletter">Newsletter</a></li><li><a href="/subscribe">Subscribe</a></li></ul></nav>
<form class="search"><input type="search" placeholder="Search {outlet}"></form></header>
<main>
<div class="breadcrumbs"><a href="/">Home</a> &rsaquo; <a href="/policy">Policy</a></div>
<article>
<h1>{title}</h1>
<p class="byline">By {author} &middot; <time datetime="{date}">{human}</time> &middot; 5 min read</p>
<div class="share">Share on X &middot; Share on Facebook &middot; Copy link</div>
<div class="article-body">
{body}
</div>
<p class="tags">Tags: Space policy, International relations</p>
</article>
<aside class="newsletter">Get the Orbital Briefing in your inbox every morning. <input type="email" placeholder="Email address"> <button>Sign up</button></aside>
<aside class="related"><h3>Related stories</h3><ul>
<li><a href="/news/2026/10/30/starship-static-fire.html">Starship completes static fire ahead of next test flight</a></li>
<li><a href="/news/2026/10/28/esa-budget-ministerial.html">ESA ministers face tough choices on launcher budget</a></li>
<li><a href="/news/2026/10/21/cubesat-rideshare.html">Rideshare market shrinks as prices rise, operators say</a></li>
</ul></aside>
<aside class="most-read"><h3>Most read</h3><ol><li>Ten photos from orbit that defined the year</li><li>What happens to your body after six months in space</li><li>The quiet race to build a lunar GPS</li></ol></aside>
</main>
<footer><p>&copy; 2026 {outlet} Media Ltd. All rights reserved.</p><p><a href="/about">About us</a> | <a href="/contact">Contact</a> | <a href="/privacy">Privacy policy</a> | <a href="/terms">Terms of use</a> | <a href="/advertise">Advertise with us</a></p></footer>
</body></html>
"""


def teaser(a):
    return a["paras"][0][:220].rsplit(" ", 1)[0] + "…"


def main():
    arts = load()
    os.makedirs(SITE, exist_ok=True)
    feeds = {"a": [], "b": [], "c": []}
    for a in arts:
        feeds[a["feed"]].append(a)
    # (a) RSS 2.0 teaser + HTML pages
    items = []
    for a in feeds["a"]:
        u = url(a, "news")
        p = os.path.join(SITE, u[len(BASE) + 1 :])
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8") as f:
            f.write(
                PAGE.format(
                    title=html.escape(a["title"]),
                    outlet=a["outlet"],
                    teaser=html.escape(teaser(a)),
                    author=a["author"],
                    date=a["date"],
                    human=a["dt"].strftime("%d %B %Y, %H:%M UTC"),
                    body=body_html(a),
                )
            )
        items.append(
            """<item><title>{t}</title><link>{u}</link><guid isPermaLink="true">{u}</guid>
<pubDate>{d}</pubDate><dc:creator>{au}</dc:creator><category>Policy</category>
<description>{s}</description></item>""".format(
                t=html.escape(a["title"]),
                u=u,
                d=format_datetime(a["dt"]),
                au=a["author"],
                s=html.escape(teaser(a)),
            )
        )
    with open(os.path.join(SITE, "feed_a.xml"), "w", encoding="utf-8") as f:
        f.write(
            """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
<title>Orbital Affairs</title><link>{}/</link><description>Space policy news</description><language>en</language>
{}
</channel></rss>
""".format(BASE, "\n".join(items))
        )
    # (b) RSS 2.0 with content:encoded
    items = []
    for a in feeds["b"]:
        u = url(a, "capitol")
        items.append(
            """<item><title>{t}</title><link>{u}</link><guid isPermaLink="false">capitol-{id}</guid>
<pubDate>{d}</pubDate><author>newsdesk@capitolorbit.example ({au})</author>
<description>{s}</description>
<content:encoded><![CDATA[{c}]]></content:encoded></item>""".format(
                t=html.escape(a["title"]),
                u=u,
                id=a["id"],
                d=format_datetime(a["dt"]),
                au=a["author"],
                s=html.escape(teaser(a)),
                c=body_html(a),
            )
        )
    with open(os.path.join(SITE, "feed_b.xml"), "w", encoding="utf-8") as f:
        f.write(
            """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Capitol Orbit</title><link>{}/capitol/</link><description>Washington and the space programme</description>
{}
</channel></rss>
""".format(BASE, "\n".join(items))
        )
    # (c) Atom with full HTML content
    entries = []
    for a in feeds["c"]:
        u = url(a, "po")
        entries.append(
            """<entry><title>{t}</title><link rel="alternate" type="text/html" href="{u}"/>
<id>tag:policyandorbit.example,2026:{id}</id><published>{d}</published><updated>{d}</updated>
<author><name>{au}</name></author><summary>{s}</summary>
<content type="html">{c}</content></entry>""".format(
                t=html.escape(a["title"]),
                u=u,
                id=a["id"],
                d=a["date"],
                au=a["author"],
                s=html.escape(teaser(a)),
                c=html.escape(body_html(a)),
            )
        )
    with open(os.path.join(SITE, "feed_c.atom"), "w", encoding="utf-8") as f:
        f.write(
            """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Policy &amp; Orbit</title>
<id>tag:policyandorbit.example,2026:feed</id><updated>2026-11-22T00:00:00Z</updated>
<link rel="self" href="{}/feed_c.atom"/>
{}
</feed>
""".format(BASE, "\n".join(entries))
        )


if __name__ == "__main__":
    main()
