"""Small feed documents for tests, written here rather than copied from anywhere."""

from __future__ import annotations

import random
from dataclasses import dataclass
from html import escape

FILLER_WORDS = [
    "station",
    "crew",
    "module",
    "orbit",
    "cargo",
    "partner",
    "agency",
    "treaty",
    "budget",
    "launch",
    "docking",
    "segment",
    "thruster",
    "solar",
    "array",
    "experiment",
    "capsule",
    "port",
    "hatch",
    "flight",
    "control",
    "ministry",
    "envoy",
]


def filler_sentences(seed: object, count: int, words: int = 14) -> list[str]:
    """Deterministic filler: distinct per seed, so distinct items stay distinct stories."""
    rnd = random.Random(str(seed))
    return [
        " ".join(rnd.choice(FILLER_WORDS) for _ in range(words)).capitalize() + "."
        for _ in range(count)
    ]


@dataclass
class Item:
    guid: str
    title: str
    text: str
    link: str | None = None
    date: str | None = "Tue, 02 Apr 2024 10:00:00 GMT"


def rss(items: list[Item], title: str = "Test feed") -> bytes:
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<rss version="2.0"><channel>',
        f"<title>{escape(title)}</title><link>http://example.test/</link>",
        "<description>test</description>",
    ]
    for it in items:
        parts.append("<item>")
        parts.append(f'<guid isPermaLink="false">{escape(it.guid)}</guid>')
        if it.title:  # an empty title leaves the element out, as some feeds do
            parts.append(f"<title>{escape(it.title)}</title>")
        if it.link:
            parts.append(f"<link>{escape(it.link)}</link>")
        if it.date:
            parts.append(f"<pubDate>{it.date}</pubDate>")
        html = "".join(f"<p>{escape(p)}</p>" for p in it.text.split("\n\n"))
        parts.append(f"<description>{escape(html)}</description>")
        parts.append("</item>")
    parts.append("</channel></rss>")
    return "\n".join(parts).encode()


def atom(items: list[Item], title: str = "Test atom feed") -> bytes:
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom">',
        f"<title>{escape(title)}</title><id>urn:test:feed</id>",
        "<updated>2024-04-02T10:00:00Z</updated>",
    ]
    for it in items:
        parts.append("<entry>")
        parts.append(f"<id>{escape(it.guid)}</id><title>{escape(it.title)}</title>")
        if it.link:
            parts.append(f'<link href="{escape(it.link)}"/>')
        parts.append("<updated>2024-04-02T10:00:00Z</updated>")
        html = "".join(f"<p>{escape(p)}</p>" for p in it.text.split("\n\n"))
        parts.append(f'<content type="html">{escape(html)}</content>')
        parts.append("</entry>")
    parts.append("</feed>")
    return "\n".join(parts).encode()


ROSCOSMOS = Item(
    guid="os-1",
    title="Roscosmos chief ties station future to sanctions",
    link="http://example.test/news/roscosmos-sanctions",
    text=(
        "The head of Roscosmos said on Saturday that Russia would reconsider its role on the "
        "International Space Station unless Western sanctions on its space industry were "
        "lifted.\n\n"
        '"Normal relations between the station partners can only return once the sanctions '
        'are gone," Dmitry Volkov told reporters in Moscow.\n\n'
        "NASA said it had not received any formal notice and that joint operations aboard the "
        "orbiting laboratory continued as planned. The Russian segment supplies the station's "
        "propulsion, while the U.S. segment supplies most of its power."
    ),
)

SPACEWALK = Item(
    guid="os-2",
    title="Two astronauts finish six-hour spacewalk to swap a battery",
    link="http://example.test/news/spacewalk-battery",
    text=(
        "Two astronauts completed a six-hour spacewalk outside the International Space Station "
        "on Thursday, replacing an ageing battery on the starboard truss.\n\n"
        "Flight controllers in Houston said the new unit was charging normally. A second "
        "excursion to route cables for a future solar array is planned for next week."
    ),
)

PROGRESS_MARCH = Item(
    guid="pr-1",
    title="Progress cargo ship docks at the space station",
    link="http://example.test/news/progress-march",
    date="Fri, 01 Mar 2024 08:00:00 GMT",
    text=(
        "A Progress cargo ship carrying fuel, food and spare parts docked with the Zvezda "
        "module on Friday morning after a two-day flight from Baikonur.\n\n"
        "The crew will unload 2.5 tonnes of supplies over the coming weeks, including water "
        "and nitrogen for the life-support system."
    ),
)

PROGRESS_MAY = Item(
    guid="pr-2",
    title="Progress cargo ship docks at the space station",
    link="http://example.test/news/progress-may",
    date="Wed, 29 May 2024 08:00:00 GMT",
    text=(
        "Another Progress freighter reached the orbiting laboratory on Wednesday, berthing at "
        "the aft port of Poisk after a fast three-hour rendezvous.\n\n"
        "Among its cargo are new experiments on plant growth and a replacement pump for the "
        "toilet, flight controllers said."
    ),
)
