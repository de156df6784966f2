"""The member's fourteen articles (tests/data/member/) stored through the real analysis, as
a poll stores them, so a test replays the member's question on what the member saw."""

from __future__ import annotations

from pathlib import Path

from summaries.analyse import analyse
from summaries.models import IncomingItem
from summaries.store import Store

MEMBER = Path(__file__).resolve().parents[1] / "data" / "member"


def article(name: str) -> tuple[dict[str, str], str]:
    """(header, text) of ``tests/data/member/<name>.txt``."""
    head, _, text = (MEMBER / f"{name}.txt").read_text(encoding="utf-8").partition("\n\n")
    header = dict(line.split(": ", 1) for line in head.splitlines())
    return header, text.strip()


def member_store(path: Path, names: list[str]) -> Store:
    store = Store(path)
    feeds: dict[str, int] = {}
    for name in names:
        header, text = article(name)
        outlet = header["outlet"]
        if outlet not in feeds:
            feeds[outlet] = store.add_feed(
                f"https://{header['feed']}.member.example/feed.xml", outlet
            ).id
        item = IncomingItem(
            guid=header["id"],
            url=f"https://member.example/{header['slug']}",
            title=header["title"],
            text=text,
            published=header["date"],
            analysis=analyse(header["title"], text),
        )
        store.ingest(feeds[outlet], [item])
    return store
