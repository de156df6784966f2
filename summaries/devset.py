"""The labelled development set (tests/data/devset/): one file per article, a header of
``key: value`` lines, a ``---`` line, then the story text (paragraphs separated by blank
lines). ``key_quote:``/``quote:`` lines read ``Speaker or null | verbatim words``.

Also the matching rules the evaluation uses, chosen to measure the product rather than
punctuation: quotes match after collapsing whitespace, unifying apostrophes and stripping
punctuation at the edges; speakers match when, after mapping gazetteer aliases to one name
("European Space Agency" → ESA) and dropping possessives, their last words are equal
case-insensitively ("Vande Hei" = "Hei"); None = null.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from summaries.detect import load_data
from summaries.gazetteer import speech_vocab
from summaries.generality import zipf


@dataclass(frozen=True)
class LabelledQuote:
    speaker: str | None
    text: str
    key: bool


@dataclass(frozen=True)
class DevArticle:
    path: str
    title: str
    label: bool  # True: iss-geo
    kind: str
    late_angle: bool
    published: str | None
    source: str | None
    quotes: tuple[LabelledQuote, ...]
    text: str

    @property
    def key_quotes(self) -> tuple[LabelledQuote, ...]:
        return tuple(q for q in self.quotes if q.key)


class DevSetError(ValueError):
    """A labelled file that does not follow the format."""


def load_article(path: str | Path) -> DevArticle:
    """Parse one labelled article file."""
    raw = Path(path).read_text(encoding="utf-8")
    head, sep, body = raw.partition("\n---\n")
    if not sep:
        raise DevSetError(f"{path}: no '---' line between header and text")
    fields: dict[str, str] = {}
    quotes: list[LabelledQuote] = []
    for line in head.splitlines():
        if not line.strip():
            continue
        key, colon, value = line.partition(":")
        if not colon:
            raise DevSetError(f"{path}: header line without ':': {line!r}")
        key, value = key.strip().lower(), value.strip()
        if key in ("key_quote", "quote"):
            who, bar, words = value.partition("|")
            if not bar:
                raise DevSetError(f"{path}: quote line without '|': {line!r}")
            who = who.strip()
            speaker = None if who.lower() in ("null", "none", "") else who
            quotes.append(LabelledQuote(speaker, words.strip(), key == "key_quote"))
        else:
            fields[key] = value
    label = fields.get("label", "").lower()
    if label not in ("iss-geo", "not"):
        raise DevSetError(f"{path}: label must be 'iss-geo' or 'not', got {label!r}")
    return DevArticle(
        path=str(path),
        title=fields.get("title", ""),
        label=label == "iss-geo",
        kind=fields.get("kind", "other"),
        late_angle=fields.get("late_angle", "no").lower() == "yes",
        published=fields.get("published") or None,
        source=fields.get("source") or None,
        quotes=tuple(quotes),
        text=body.strip("\n"),
    )


def load_set(path: str | Path) -> list[DevArticle]:
    """Every ``*.txt`` article below ``path`` (or the one file), sorted by path.

    A missing path or a folder with no articles is a DevSetError: measured on nothing,
    every figure would read a perfect 1.000.
    """
    p = Path(path)
    if not p.exists():
        raise DevSetError(f"no such file or folder: {path}")
    files = [p] if p.is_file() else sorted(p.rglob("*.txt"))
    if not files:
        raise DevSetError(f"no labelled articles (*.txt files) in {path}")
    return [load_article(f) for f in files]


_EDGE = re.compile(r"^[\W_]+|[\W_]+$")


def norm_quote(s: str) -> str:
    s = s.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return _EDGE.sub("", " ".join(s.split())).lower()


def _entity(s: str) -> str | None:
    """The gazetteer's name for an organisation or person written one of its ways."""
    d = load_data()
    for name, org in d["orgs"].items():
        if s in org["aliases"] or s.lower() == name.lower():
            return name.lower()
    for name, person in d["people"].items():
        if s in person["aliases"]:
            return name.lower()
    return None


def _owner_and_rest(words: list[str]) -> tuple[str | None, list[str]]:
    """ "Russia's Accounts Chamber" / "Ukrainian Foreign Ministry": the state or owner
    written before an organisation's own name, and that name."""
    if len(words) < 2:
        return None, words
    first = words[0]
    states = load_data()["states"]
    for state, aliases in states.items():
        if first.removesuffix("'s") in aliases:
            return state, words[1:]
    if first.endswith("'s"):
        return first[:-2], words[1:]
    return None, words


def same_speaker(label: str | None, got: str | None) -> bool:
    """Is ``got`` the speaker ``label`` names? The same entity in any of the gazetteer's
    forms; a person's full name for their surname; an organisation with or without its
    state or owner ("Russia's Accounts Chamber" for "Accounts Chamber") or its formal
    prefix ("Space Corporation Energia" for "Energia"). A truncated name is not the same
    one: "Research" is not "National Centre for Polar and Ocean Research", nor "Space
    Agency"'s last word any other agency's."""
    if label is None or got is None:
        return label is got
    a, b = (" ".join(x.replace("’", "'").replace(".", "").split()) for x in (label, got))
    if a.lower() == b.lower():
        return True
    ea, eb = _entity(label.replace("’", "'").strip()), _entity(got.replace("’", "'").strip())
    if ea and eb:
        return ea == eb
    if _initials(a) == b or _initials(b) == a:
        return True  # "Institute for Security Studies (ISS)" goes on as "ISS"
    oa, ra = _owner_and_rest(a.split())
    ob, rb = _owner_and_rest(b.split())
    if oa and ob and oa != ob:
        return False
    ra = [w.removesuffix("'s").lower() for w in ra]
    rb = [w.removesuffix("'s").lower() for w in rb]
    if ra == rb:
        return True
    short, long_ = (ra, rb) if len(ra) <= len(rb) else (rb, ra)
    if not short or long_[-len(short) :] != short:
        return False
    org_words = {w.lower() for w in speech_vocab()["org_words"]}
    if not set(long_) & org_words:
        return True  # a surname for a full name ("von der Leyen")
    # a distinctive name for its formal title ("Space Corporation Energia")
    return len(short) == 1 and zipf(short[0]) < PROPER_NAME_ZIPF


def _initials(name: str) -> str:
    words = name.split()
    caps = [w[0] for w in words if w[:1].isupper()]
    return "".join(caps) if len(words) > 1 and len(caps) > 1 else ""


PROPER_NAME_ZIPF = 4.0  # rarer than this in English, one word is a name, not a noun


# Baselines ------------------------------------------------------------------
