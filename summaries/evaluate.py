"""Measure story intelligence on a labelled set (tests/data/devset/) against baselines.

Articles and the quote/speaker matching rules are in devset.py; a summary is verbatim when
each of its sentences is a substring of the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from summaries.analyse import analyse
from summaries.detect import DEFAULT_THRESHOLD
from summaries.devset import DevArticle, load_set, norm_quote, same_speaker
from summaries.sentences import split_sentences

SUMMARY_MAX_CHARS = 480
SUMMARY_MAX_SENTENCES = 3


_MENTIONS_ISS = re.compile(r"\bISS\b|international space station|space station", re.IGNORECASE)
_GEO_KEYWORDS = re.compile(
    r"\b(?:sanction\w*|war|invasion|invaded|ukraine|kremlin|geopolitic\w*|diplomat\w*|"
    r"export control\w*|withdraw\w*|tension\w*|retaliat\w*|treaty|political|putin|"
    r"agreement|embargo)\b",
    re.IGNORECASE,
)
_NAIVE_QUOTE = re.compile(r"[\"“]([^\"“”]{1,600}?)[,.?!][\"”]\s+([A-Z]\w+)\s+said")


def baseline_mentions_iss(title: str, text: str) -> bool:
    return bool(_MENTIONS_ISS.search(title) or _MENTIONS_ISS.search(text))


def baseline_mentions_iss_and_keyword(title: str, text: str) -> bool:
    both = f"{title}\n{text}"
    return bool(_MENTIONS_ISS.search(both) and _GEO_KEYWORDS.search(both))


def baseline_lead3(text: str) -> str:
    spans = split_sentences(text)[:3]
    s = " ".join(text[a:b] for a, b in spans)
    return s if len(s) <= SUMMARY_MAX_CHARS else s[: SUMMARY_MAX_CHARS - 1] + "…"


def baseline_quotes(text: str) -> list[tuple[str, str | None]]:
    """A regex for '"…," X said': the quote and the capitalised word before "said"."""
    return [(m.group(1), m.group(2)) for m in _NAIVE_QUOTE.finditer(text)]


# Metrics -------------------------------------------------------------------


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def add(self, predicted: bool, gold: bool) -> None:
        if predicted and gold:
            self.tp += 1
        elif predicted:
            self.fp += 1
        elif gold:
            self.fn += 1
        else:
            self.tn += 1

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class QuoteCounts:
    extracted: int = 0
    correct: int = 0  # extracted quotes that match a labelled quote
    matched_speaker_ok: int = 0
    key_labelled: int = 0
    key_found: int = 0  # labelled key quotes among the top 3

    @property
    def precision(self) -> float:
        return self.correct / self.extracted if self.extracted else 1.0

    @property
    def speaker_accuracy(self) -> float:
        return self.matched_speaker_ok / self.correct if self.correct else 1.0

    @property
    def recall_at_3(self) -> float:
        return self.key_found / self.key_labelled if self.key_labelled else 1.0


@dataclass
class SummaryCounts:
    total: int = 0
    within_limits: int = 0
    verbatim: int = 0

    @property
    def within_share(self) -> float:
        return self.within_limits / self.total if self.total else 1.0

    @property
    def verbatim_share(self) -> float:
        return self.verbatim / self.total if self.total else 1.0


@dataclass
class EvalReport:
    path: str
    threshold: float
    articles: int
    detection: Counts
    baseline_iss: Counts
    baseline_iss_keyword: Counts
    quotes: QuoteCounts
    baseline_quotes: QuoteCounts
    summaries: SummaryCounts
    baseline_summaries: SummaryCounts
    errors: dict[str, list[str]] = field(default_factory=dict)  # kind -> "file: FP/FN (score)"
    quote_errors: list[str] = field(default_factory=list)


def check_summary(summary: str, text: str) -> tuple[bool, bool]:
    """(within 3 sentences and 480 characters, every sentence verbatim in the text)."""
    spans = split_sentences(summary)
    within = 0 < len(summary) <= SUMMARY_MAX_CHARS and len(spans) <= SUMMARY_MAX_SENTENCES
    verbatim = bool(spans) and all(summary[a:b] in text for a, b in spans)
    return within, verbatim


def _score_quotes(counts: QuoteCounts, art: DevArticle, got, top3, errors=None) -> None:
    labelled = {norm_quote(q.text): q for q in art.quotes}
    for text, speaker in got:
        counts.extracted += 1
        lab = labelled.get(norm_quote(text))
        if lab is None:
            if errors is not None:
                errors.append(f"{Path(art.path).name}: extra quote {text[:60]!r}")
            continue
        counts.correct += 1
        if same_speaker(lab.speaker, speaker):
            counts.matched_speaker_ok += 1
        elif errors is not None:
            errors.append(
                f"{Path(art.path).name}: speaker {speaker!r} for {lab.speaker!r}: {text[:50]!r}"
            )
    top = {norm_quote(t) for t in top3}
    for q in art.key_quotes:
        counts.key_labelled += 1
        if norm_quote(q.text) in top:
            counts.key_found += 1


def evaluate(path: str | Path, *, threshold: float | None = None) -> EvalReport:
    """Run analyse() and the baselines over every article below ``path``."""
    threshold = DEFAULT_THRESHOLD if threshold is None else threshold
    arts = load_set(path)
    rep = EvalReport(
        str(path),
        threshold,
        len(arts),
        Counts(),
        Counts(),
        Counts(),
        QuoteCounts(),
        QuoteCounts(),
        SummaryCounts(),
        SummaryCounts(),
    )
    from summaries.quotes import extract_quotes

    for art in arts:
        a = analyse(art.title, art.text, threshold=threshold)
        rep.detection.add(a.iss_geopolitical, art.label)
        if a.iss_geopolitical != art.label:
            what = "false alarm" if a.iss_geopolitical else "missed"
            late = ", late angle" if art.late_angle else ""
            rep.errors.setdefault(art.kind, []).append(
                f"{Path(art.path).name}: {what} (score {a.score:.2f}{late})"
            )
        rep.baseline_iss.add(baseline_mentions_iss(art.title, art.text), art.label)
        rep.baseline_iss_keyword.add(
            baseline_mentions_iss_and_keyword(art.title, art.text), art.label
        )
        got = [(q.text, q.speaker) for q in extract_quotes(art.text)]
        _score_quotes(rep.quotes, art, got, [q.text for q in a.quotes], rep.quote_errors)
        naive = baseline_quotes(art.text)
        _score_quotes(rep.baseline_quotes, art, naive, [t for t, _ in naive[:3]])
        for counts, summary in (
            (rep.summaries, a.summary),
            (rep.baseline_summaries, baseline_lead3(art.text)),
        ):
            within, verbatim = check_summary(summary, art.text)
            counts.total += 1
            counts.within_limits += within
            counts.verbatim += verbatim
    return rep


def format_report(report: EvalReport, *, show_errors: bool = False) -> str:
    """The figures as plain text, ours beside the baselines; the errors only on request.

    Listing errors by default once put held-back speaker errors on a tuner's screen, which
    spoils the split for whoever reads them: the count is shown, the list needs asking for.
    """
    d, b1, b2 = report.detection, report.baseline_iss, report.baseline_iss_keyword
    q, bq = report.quotes, report.baseline_quotes
    s, bs = report.summaries, report.baseline_summaries
    lines = [
        f"{report.articles} articles in {report.path} (threshold {report.threshold:.2f})",
        "",
        f"{'detection':<34}{'precision':>10}{'recall':>8}{'F1':>7}   tp/fp/fn/tn",
    ]
    for name, c in (
        ("spacebrief", d),
        ("baseline: mentions ISS", b1),
        ("baseline: mentions ISS + keyword", b2),
    ):
        lines.append(
            f"{name:<34}{c.precision:>10.3f}{c.recall:>8.3f}{c.f1:>7.3f}"
            f"   {c.tp}/{c.fp}/{c.fn}/{c.tn}"
        )
    lines += [
        "",
        f"{'quotes':<34}{'precision':>10}{'speaker acc':>13}{'key recall@3':>14}",
        f"{'spacebrief':<34}{q.precision:>10.3f}{q.speaker_accuracy:>13.3f}"
        f"{q.recall_at_3:>14.3f}   ({q.correct}/{q.extracted} extracted,"
        f" {q.key_found}/{q.key_labelled} key)",
        f"{'baseline: regex said':<34}{bq.precision:>10.3f}{bq.speaker_accuracy:>13.3f}"
        f"{bq.recall_at_3:>14.3f}   ({bq.correct}/{bq.extracted} extracted)",
        "",
        f"{'summaries':<34}{'within limits':>14}{'verbatim':>10}",
        f"{'spacebrief':<34}{s.within_share:>14.3f}{s.verbatim_share:>10.3f}",
        f"{'baseline: lead-3 cut to 480':<34}{bs.within_share:>14.3f}{bs.verbatim_share:>10.3f}",
    ]
    n_detection = sum(len(v) for v in report.errors.values())
    if not show_errors:
        if n_detection or report.quote_errors:
            lines += [
                "",
                f"{n_detection} detection errors, {len(report.quote_errors)} quote errors"
                " (--errors lists them; not on a held-back split you tune against)",
            ]
        return "\n".join(lines)
    if report.errors:
        lines += ["", "detection errors by kind:"]
        for kind in sorted(report.errors):
            lines.append(f"  {kind}:")
            lines += [f"    {e}" for e in report.errors[kind]]
    if report.quote_errors:
        lines += ["", "quote errors:"] + [f"  {e}" for e in report.quote_errors]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path")
    ap.add_argument("--threshold", type=float, default=None)
    ap.add_argument("--errors", action="store_true")
    args = ap.parse_args(argv)
    print(format_report(evaluate(args.path, threshold=args.threshold), show_errors=args.errors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
