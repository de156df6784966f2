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
    """Every ``*.txt`` article below ``path`` (or the one file), sorted by path."""
    p = Path(path)
    files = [p] if p.is_file() else sorted(p.rglob("*.txt"))
    return [load_article(f) for f in files]


_EDGE = re.compile(r"^[\W_]+|[\W_]+$")


def norm_quote(s: str) -> str:
    s = s.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return _EDGE.sub("", " ".join(s.split())).lower()


def _canon_speaker(s: str | None) -> str | None:
    if s is None:
        return None
    s = s.replace("’", "'").strip()
    d = load_data()
    for name, org in d["orgs"].items():
        if s in org["aliases"] or s.lower() == name.lower():
            return name.lower()
    for name, person in d["people"].items():
        if s in person["aliases"]:
            return name.lower()
    words = [w[:-2] if w.endswith("'s") else w for w in s.split()]
    return words[-1].lower() if words else None


def same_speaker(a: str | None, b: str | None) -> bool:
    return _canon_speaker(a) == _canon_speaker(b)


# Baselines ------------------------------------------------------------------
