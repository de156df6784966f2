"""Check the labelled development set: header keys, kinds, labels and verbatim quotes.

Run `python tests/data/devset/validate.py [--counts]` from the repo root; exits non-zero on
any problem so a broken fixture never reaches the eval silently. Quote labels must cover
every double-quoted span of the body, exactly, in any order: that is what quote recall is
measured against.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
SPLITS = ("dev", "heldout", "blind")  # "blind" is checked when its folder exists
KINDS = {
    "positive",
    "iss-ops",
    "space-politics",
    "politics",
    "iss-acronym",
    "station-other",
    "passing-mention",
    "other-space",
}
HEADER_ORDER = ("title", "label", "kind", "late_angle", "published", "source")
NAME_RE = re.compile(r"^(\d{3,4})-[a-z0-9]+(?:-[a-z0-9]+)*\.txt$")
OPEN = {'"': '"', "\u201c": "\u201d"}
CLOSE = {"\u201d"}


class FixtureError(ValueError):
    """A fixture file breaks the documented format."""


def quote_spans(paragraphs: list[str]) -> list[str]:
    """Every double-quoted span; a quote left open at a paragraph's end continues in the
    next paragraph, which must start with an opening mark (one span per paragraph)."""
    spans: list[str] = []
    carried = None  # closing mark expected for a quote continued from the last paragraph
    for n, para in enumerate(paragraphs, 1):
        if carried is not None and para[:1] not in OPEN:
            raise FixtureError(f"paragraph {n}: continued quote must reopen at its start")
        closing, start = None, 0
        for i, ch in enumerate(para):
            if closing is None:
                if ch in OPEN:
                    closing, start = OPEN[ch], i + 1
                elif ch in CLOSE:
                    raise FixtureError(f"paragraph {n}: closing mark with no open quote")
            elif ch == closing:
                spans.append(para[start:i])
                closing = None
            elif ch == "\u201c":
                raise FixtureError(f"paragraph {n}: nested opening curly quote")
        if closing is not None:
            spans.append(para[start:])
        carried = closing
    if carried is not None:
        raise FixtureError("quote still open at the end of the article")
    return spans


def parse(path: Path) -> dict:
    """One article file as a dict of header fields, quotes and paragraphs."""
    text = path.read_text(encoding="utf-8")
    head, sep, body = text.partition("\n---\n")
    if not sep:
        raise FixtureError("no '---' line between header and body")
    body = body.removesuffix("\n")
    fields: dict = {"key_quotes": [], "quotes": []}
    keys = []
    for line in head.split("\n"):
        key, colon, value = line.partition(": ")
        if not colon:
            raise FixtureError(f"bad header line: {line!r}")
        keys.append(key)
        if key in ("key_quote", "quote"):
            speaker, bar, quoted = value.partition(" | ")
            if not bar or not speaker or not quoted:
                raise FixtureError(f"bad quote line: {line!r}")
            item = (None if speaker == "null" else speaker, quoted)
            fields["key_quotes" if key == "key_quote" else "quotes"].append(item)
        elif key in HEADER_ORDER:
            fields[key] = value
        else:
            raise FixtureError(f"unknown header key {key!r}")
    if tuple(keys[:6]) != HEADER_ORDER or set(keys[6:]) - {"key_quote", "quote"}:
        raise FixtureError(f"header keys must be {HEADER_ORDER}, then quote lines")
    if body != body.strip() or "\n\n\n" in body or re.search(r"[ \t]+\n", body):
        raise FixtureError("body: stray whitespace or more than one blank line")
    fields["paragraphs"] = body.split("\n\n")
    fields["body"] = body
    return fields


def check(path: Path) -> dict:
    """Parse and validate one file; returns the parsed fields."""
    a = parse(path)
    if a["kind"] not in KINDS:
        raise FixtureError(f"unknown kind {a['kind']!r}")
    want_label = "iss-geo" if a["kind"] == "positive" else "not"
    if a["label"] != want_label:
        raise FixtureError(f"label {a['label']!r} does not match kind {a['kind']!r}")
    if a["late_angle"] not in ("yes", "no"):
        raise FixtureError("late_angle must be yes or no")
    if a["late_angle"] == "yes" and a["kind"] != "positive":
        raise FixtureError("late_angle yes is only for positives")
    date.fromisoformat(a["published"])
    if len(a["key_quotes"]) > 3:
        raise FixtureError("more than 3 key quotes")
    if any("\n" in p or not p.strip() for p in a["paragraphs"]):
        raise FixtureError("paragraphs must be single lines separated by one blank line")
    words = len(a["body"].split())
    if not 120 <= words <= 750:
        raise FixtureError(f"{words} words, outside 120..750")
    labelled = Counter(q for _, q in a["key_quotes"] + a["quotes"])
    found = Counter(quote_spans(a["paragraphs"]))
    if labelled != found:
        missing = list((found - labelled).elements())
        extra = list((labelled - found).elements())
        raise FixtureError(f"quotes unlabelled: {missing} / labelled but absent: {extra}")
    for speaker, _ in a["key_quotes"] + a["quotes"]:
        if speaker is not None and speaker not in a["body"]:
            raise FixtureError(f"speaker {speaker!r} never named in the body")
    a["words"] = words
    return a


def main(argv: list[str]) -> int:
    errors, rows, seen = 0, [], {}
    for split in SPLITS:
        if not (HERE / split).is_dir():
            continue
        for path in sorted((HERE / split).glob("*")):
            m = NAME_RE.match(path.name)
            try:
                if not m:
                    raise FixtureError("file name must be NNN-short-slug.txt")
                if m.group(1) in seen:
                    raise FixtureError(f"number {m.group(1)} also used by {seen[m.group(1)]}")
                seen[m.group(1)] = path.name
                rows.append((split, check(path)))
            except (FixtureError, ValueError) as exc:
                errors += 1
                print(f"{split}/{path.name}: {exc}")
    if "--counts" in argv:
        kinds = Counter((s, a["kind"]) for s, a in rows)
        print(f"{'kind':16} {'dev':>4} {'heldout':>8} {'blind':>6} {'total':>6}")

        def line(label: str, per_split: dict) -> None:
            d, h, b = (per_split.get(s, 0) for s in SPLITS)
            print(f"{label:16} {d:4} {h:8} {b:6} {d + h + b:6}")

        for kind in sorted(KINDS):
            line(kind, {s: kinds[(s, kind)] for s in SPLITS})
        for label, pick in (
            ("late_angle yes", lambda a: a["late_angle"] == "yes"),
            ("articles", lambda a: True),
        ):
            line(label, {s: sum(1 for t, a in rows if t == s and pick(a)) for s in SPLITS})
        for label, field in (("key quotes", "key_quotes"), ("other quotes", "quotes")):
            line(label, {s: sum(len(a[field]) for t, a in rows if t == s) for s in SPLITS})
        nulls = sum(1 for _, a in rows for sp, _ in a["key_quotes"] + a["quotes"] if sp is None)
        words = [a["words"] for _, a in rows]
        if words:
            print(f"null speakers {nulls}; words min {min(words)} max {max(words)}")
    print(f"{len(rows)} articles checked, {errors} with errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
