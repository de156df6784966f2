"""OPML 2.0 import and export of feed subscriptions.

OPML files come from other readers and from strangers, so parsing refuses anything an
XML parser could be tricked with: no network, no external entities, no DTD loading, and
any document that declares entities at all (the billion-laughs family) is rejected.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from email.utils import format_datetime

import lxml.etree


class OPMLError(ValueError):
    """The file is not usable OPML; ``str(err)`` is one line."""

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(str(message).split())[:300])


_PARSER_OPTIONS = dict(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    dtd_validation=False,
    huge_tree=False,
    remove_comments=True,
    remove_pis=True,
)


def parse_opml(data: bytes) -> list[tuple[str, str | None]]:
    """(xmlUrl, title) for every outline with an ``xmlUrl``, at any depth, in document
    order, repeats included: the importer says which it skipped rather than lose one
    without a word. The title is ``title``, else ``text``; None
    when neither is given or it merely repeats the URL (as exported for unnamed feeds)."""
    if not data or not data.strip():
        raise OPMLError("not OPML: the file is empty")
    parser = lxml.etree.XMLParser(**_PARSER_OPTIONS)
    try:
        root = lxml.etree.fromstring(data, parser)
    except lxml.etree.XMLSyntaxError as exc:
        raise OPMLError(f"not OPML: malformed XML ({exc})") from None
    dtd = root.getroottree().docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        raise OPMLError("not OPML: entity declarations are not allowed")
    if not isinstance(root.tag, str) or lxml.etree.QName(root).localname.lower() != "opml":
        raise OPMLError(f"not OPML: the root element is <{root.tag}>, not <opml>")

    feeds: list[tuple[str, str | None]] = []
    for outline in root.iter():
        if not isinstance(outline.tag, str) or lxml.etree.QName(outline).localname != "outline":
            continue
        attrs = {k.lower(): v for k, v in outline.attrib.items()}
        url = (attrs.get("xmlurl") or "").strip()
        if not url:
            continue
        title = " ".join((attrs.get("title") or attrs.get("text") or "").split())
        feeds.append((url, title if title and title != url else None))
    return feeds


def export_opml(
    feeds: Iterable[tuple[str, str | None]],
    title: str = "SpaceBrief feeds",
    *,
    now: datetime | None = None,
) -> str:
    """An OPML 2.0 document with one ``type="rss"`` outline per feed."""
    root = lxml.etree.Element("opml", version="2.0")
    head = lxml.etree.SubElement(root, "head")
    lxml.etree.SubElement(head, "title").text = title
    created = format_datetime(now or datetime.now(UTC), usegmt=True)
    lxml.etree.SubElement(head, "dateCreated").text = created
    lxml.etree.SubElement(head, "docs").text = "https://opml.org/spec2.opml"
    body = lxml.etree.SubElement(root, "body")
    for url, name in feeds:
        outline = lxml.etree.SubElement(body, "outline", type="rss", text=name or url)
        if name:
            outline.set("title", name)
        outline.set("xmlUrl", url)
    xml = lxml.etree.tostring(root, encoding="unicode", pretty_print=True)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + xml
