"""Measure the answers engine on the QA set, next to a baseline run in the same process.

The store holds every development article (both splits, so held-out questions also face
distractors), ingested through the real pipeline: ``Store.add_feed`` + ``Store.ingest``
with ``analyse()``, each at ``https://devset.example/<stem>``. A question is

- *correct* when it is answerable, every keyword is in the answer (case-insensitively)
  and the expected story is among the citations; or it is unanswerable and the engine
  says it has nothing (``found=False``);
- *cited* when its expected story is among the citations (answerable questions only);
- a *false answer* when it is unanswerable and the engine answered anyway;
- *led* when it is correct and answerable and a keyword is already in the answer's first
  sentence: the answer leads with the fact asked for rather than the story's scene-setting.

The baseline is what a plain search box would do: FTS5 bm25 over stories (title weighted
like the engine's), then the sentence of the top story sharing most words with the
question. It always answers, so its false-answer rate is 1 by construction; and it answers
with one sentence, so its lead rate is 1 whenever it is right.
"""

from __future__ import annotations

import json
import re
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from summaries.analyse import analyse
from summaries.answers import Conversation, answer
from summaries.devset import DevArticle, load_set
from summaries.models import Answer, Citation, IncomingItem
from summaries.retrieval import TITLE_WEIGHT, stems, tokens
from summaries.sentences import split_sentences
from summaries.store import Store
from summaries.timeutil import to_rfc3339

ROOT = Path(__file__).resolve().parents[1]
DEVSET = ROOT / "tests" / "data" / "devset"
QA_DIR = ROOT / "tests" / "data" / "qa"
URL = "https://devset.example/{stem}"


@dataclass(frozen=True)
class QAItem:
    id: str
    question: str
    story: str | None  # article file stem, or None when the store cannot answer
    keywords: tuple[str, ...]
    type: str


@dataclass
class Score:
    answerable: int = 0
    unanswerable: int = 0
    correct: int = 0
    cited: int = 0
    false_answers: int = 0
    right: int = 0  # correct answers to answerable questions
    led: int = 0  # … of which the first sentence carries a keyword
    failures: list[tuple[QAItem, Answer]] = field(default_factory=list)

    @property
    def total(self) -> int:
        return self.answerable + self.unanswerable

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0

    @property
    def citation_accuracy(self) -> float:
        return self.cited / self.answerable if self.answerable else 0.0

    @property
    def false_answer_rate(self) -> float:
        return self.false_answers / self.unanswerable if self.unanswerable else 0.0

    @property
    def lead_rate(self) -> float:
        return self.led / self.right if self.right else 0.0


def load_questions(path: str | Path) -> list[QAItem]:
    out = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            out.append(
                QAItem(d["id"], d["question"], d.get("story"), tuple(d["keywords"]), d["type"])
            )
    return out


def _published(value: str | None) -> str | None:
    if not value:
        return None
    from datetime import datetime

    return to_rfc3339(datetime.fromisoformat(value.replace("Z", "+00:00")))


def build_store(path: str | Path, articles: list[DevArticle]) -> Store:
    """Each article arrives through the feed of its source ("The Long Orbit (blog)"), as
    it would from a real subscription, so stories carry their source's name."""
    store = Store(path)
    feeds: dict[str, int] = {}
    for a in articles:
        name = a.source or "Devset Wire"
        key = name.casefold()  # feed names are unique whatever their case, as in the store
        if key not in feeds:
            url = f"https://devset.example/feeds/{len(feeds)}.xml"
            feeds[key] = store.add_feed(url, name).id
        item = IncomingItem(
            guid=Path(a.path).stem,
            url=URL.format(stem=Path(a.path).stem),
            title=a.title,
            text=a.text,
            published=_published(a.published),
            analysis=analyse(a.title, a.text),
        )
        store.ingest(feeds[key], [item])
    return store


def _stems_of(store: Store, citations: tuple[Citation, ...]) -> set[str]:
    """Every article stem a cited story carries (near-duplicates merge into one story)."""
    out = set()
    for c in citations:
        out.add(c.url.rsplit("/", 1)[-1])
        for (url,) in store.db.execute(
            "SELECT url FROM story_sources WHERE story_id = ?", [c.id]
        ).fetchall():
            out.add((url or "").rsplit("/", 1)[-1])
    return out


def _right(store: Store, item: QAItem, result: Answer) -> tuple[bool, bool]:
    """(correct, cited) for an answerable item: the expected story cited and every keyword
    in the answer, case aside."""
    cited = result.found and item.story in _stems_of(store, result.citations)
    text = result.answer.casefold()
    return cited and all(k.casefold() in text for k in item.keywords), cited


def judge(store: Store, items: list[QAItem], ask: Callable[[str], Answer]) -> Score:
    score = Score()
    for item in items:
        result = ask(item.question)
        if item.story is None:
            score.unanswerable += 1
            ok = not result.found
            score.false_answers += not ok
        else:
            score.answerable += 1
            ok, cited = _right(store, item, result)
            score.cited += cited
            if ok:
                score.right += 1
                score.led += _leads_with(result.answer, item.keywords)
        score.correct += ok
        if not ok:
            score.failures.append((item, result))
    return score


def _leads_with(text: str, keywords: tuple[str, ...]) -> bool:
    """Is a keyword in the answer's first sentence? A quotation opened there runs on to
    the end of the sentence that closes it: "“… . …,” said X." leads with the whole quote
    and its speaker."""
    spans = split_sentences(text)
    end = spans[0][1] if spans else len(text)
    first = text[:end]
    close = -1
    if first.count("“") > first.count("”"):
        close = text.find("”", end)
    elif first.count('"') % 2:
        close = text.find('"', end)
    if close != -1:
        end = next((e for s, e in spans if s <= close < e), close + 1)
    return any(k.casefold() in text[:end].casefold() for k in keywords)


def baseline(store: Store, question: str) -> Answer:
    """FTS5 bm25 over stories; the top story's sentence sharing most question words."""
    words = [w for w in tokens(question) if len(w) > 2]
    if not words:
        return Answer("", (), found=True)
    query = " OR ".join(f'"{w}"' for w in words)
    try:
        row = store.db.execute(
            "SELECT rowid FROM stories_fts WHERE stories_fts MATCH ?"
            f" ORDER BY bm25(stories_fts, {TITLE_WEIGHT}, 1.0) LIMIT 1",
            [query],
        ).fetchone()
    except sqlite3.OperationalError:
        row = None
    if row is None:
        return Answer("", (), found=True)
    story = store.get_story(row[0])
    wanted = set(stems(question))
    best = max(
        (story.text[s:e] for s, e in split_sentences(story.text)),
        key=lambda sent: len(wanted & set(stems(sent))),
        default="",
    )
    return Answer(best, (Citation(story.id, story.title, story.url),), found=True)


@dataclass
class Report:
    split: str
    engine: Score
    baseline: Score


def id_range(text: str) -> tuple[int, int]:
    """ "q1701-q1780" (or "1701-1780", or one id) -> (1701, 1780): a batch of the set,
    since each batch was written by its own hand and is reported on its own."""
    m = re.fullmatch(r"\s*q?(\d+)\s*(?:[-–]\s*q?(\d+))?\s*", text or "", re.I)
    if not m:
        raise ValueError(f"not an id range like q1701-q1780: {text!r}")
    lo, hi = int(m[1]), int(m[2] or m[1])
    if lo > hi:
        raise ValueError(f"empty id range: {text!r}")
    return lo, hi


def run(
    split: str = "dev",
    *,
    devset: Path = DEVSET,
    qa_dir: Path = QA_DIR,
    ids: tuple[int, int] | None = None,
) -> Report:
    splits = ["dev", "heldout", "blind"] if split == "all" else [split]
    splits = [s for s in splits if split != "all" or (qa_dir / f"{s}.jsonl").exists()]
    items = [q for s in splits for q in load_questions(qa_dir / f"{s}.jsonl")]
    if ids is not None:
        items = [q for q in items if ids[0] <= _number(q.id) <= ids[1]]
    articles = load_set(devset / "dev") + (
        load_set(devset / "heldout") if (devset / "heldout").exists() else []
    )
    with tempfile.TemporaryDirectory(prefix="spacebrief-qa-") as tmp:
        store = build_store(Path(tmp) / "qa.db", articles)
        try:
            engine = judge(store, items, lambda q: answer(store, q))
            base = judge(store, items, lambda q: baseline(store, q))
        finally:
            store.close()
    return Report(split, engine, base)


def _number(qid: str) -> int:
    digits = re.sub(r"\D", "", qid)
    return int(digits) if digits else -1


def format_report(report: Report, *, failures: bool = False) -> str:
    e, b = report.engine, report.baseline
    lines = [
        f"QA eval, split {report.split}: {e.total} questions "
        f"({e.answerable} answerable, {e.unanswerable} unanswerable)",
        f"{'':22}{'engine':>8}{'baseline':>10}{'delta':>8}",
    ]
    for label, a, c in (
        ("accuracy", e.accuracy, b.accuracy),
        ("citation accuracy", e.citation_accuracy, b.citation_accuracy),
        ("false-answer rate", e.false_answer_rate, b.false_answer_rate),
        ("leads with the fact", e.lead_rate, b.lead_rate),
    ):
        lines.append(f"{label:22}{a:8.3f}{c:10.3f}{a - c:+8.3f}")
    if failures:
        for item, got in e.failures:
            lines.append(f"- [{item.id} {item.type}] {item.question}")
            lines += _wanted_and_got(item, got)
    return "\n".join(lines)


def _wanted_and_got(item: QAItem, got: Answer) -> list[str]:
    """The two lines of a failure: what a right answer cites and says, and what came."""
    cited = ", ".join(str(c.id) for c in got.citations)
    return [
        f"    want {item.story} {list(item.keywords)}",
        f"    got  found={got.found} [{cited}] {_one_line(got.answer)[:220]}",
    ]


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text)


# --- conversations: follow-ups asked in one conversation ----------------------------------

CONVERSATIONS = QA_DIR / "conversations.jsonl"
CONVERSATION_SPLITS = ("dev", "heldout")


@dataclass(frozen=True)
class QAConversation:
    """Turns asked in order in one conversation; each turn is judged like a question (its
    ``type`` is the turn's kind: ``first``, ``speaker``, ``group``, ``when``, ``who`` …)."""

    id: str
    split: str
    turns: tuple[QAItem, ...]


@dataclass
class TurnScore:
    turns: int = 0
    right: int = 0
    cited: int = 0

    @property
    def accuracy(self) -> float:
        return self.right / self.turns if self.turns else 0.0

    def add(self, ok: bool, cited: bool) -> None:
        self.turns += 1
        self.right += ok
        self.cited += cited


@dataclass
class ConversationScore:
    conversations: int = 0
    first: TurnScore = field(default_factory=TurnScore)
    follow: TurnScore = field(default_factory=TurnScore)
    kinds: dict[str, TurnScore] = field(default_factory=dict)  # follow-ups by kind
    whole: int = 0  # conversations with every turn right
    failures: list[tuple[QAConversation, int, Answer]] = field(default_factory=list)


@dataclass
class ConversationReport:
    splits: dict[str, ConversationScore]  # "dev", "heldout" and, for --split all, "all"


def load_conversations(path: str | Path = CONVERSATIONS) -> list[QAConversation]:
    out = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            turns = tuple(
                QAItem(
                    f"{d['id']}.{n}",
                    t["question"],
                    t["story"],
                    tuple(t["keywords"]),
                    t.get("kind") or ("first" if n == 1 else "follow-up"),
                )
                for n, t in enumerate(d["turns"], 1)
            )
            out.append(QAConversation(d["id"], d.get("split", "dev"), turns))
    return out


def judge_conversations(
    store: Store,
    conversations: list[QAConversation],
    ask: Callable[[str, Conversation], Answer],
) -> ConversationScore:
    """One ``Conversation`` per conversation, its turns asked in order; the first turn
    and the follow-ups are scored apart."""
    score = ConversationScore()
    for conv in conversations:
        score.conversations += 1
        context = Conversation()
        whole = True
        for n, item in enumerate(conv.turns):
            result = ask(item.question, context)
            ok, cited = _right(store, item, result)
            if n == 0:
                score.first.add(ok, cited)
            else:
                score.follow.add(ok, cited)
                score.kinds.setdefault(item.type, TurnScore()).add(ok, cited)
            if not ok:
                whole = False
                score.failures.append((conv, n, result))
        score.whole += whole
    return score


def run_conversations(
    split: str = "all", *, devset: Path = DEVSET, path: Path = CONVERSATIONS
) -> ConversationReport:
    """The conversation set on the same store as ``run`` (every dev and held-out article),
    scored per split; ``all`` adds the two together."""
    if split not in (*CONVERSATION_SPLITS, "all"):
        raise ValueError(f"conversations have no {split!r} split (dev, heldout or all)")
    convs = load_conversations(path)
    wanted = CONVERSATION_SPLITS if split == "all" else (split,)
    articles = load_set(devset / "dev") + (
        load_set(devset / "heldout") if (devset / "heldout").exists() else []
    )
    splits: dict[str, ConversationScore] = {}
    with tempfile.TemporaryDirectory(prefix="spacebrief-qa-") as tmp:
        store = build_store(Path(tmp) / "qa.db", articles)
        try:
            for name in wanted:
                splits[name] = judge_conversations(
                    store,
                    [c for c in convs if c.split == name],
                    lambda q, conv: answer(store, q, conversation=conv),
                )
        finally:
            store.close()
    if split == "all":
        splits["all"] = _sum_scores(list(splits.values()))
    return ConversationReport(splits)


def _sum_scores(scores: list[ConversationScore]) -> ConversationScore:
    out = ConversationScore()
    for s in scores:
        out.conversations += s.conversations
        out.whole += s.whole
        out.failures += s.failures
        for mine, theirs in ((out.first, s.first), (out.follow, s.follow)):
            mine.turns += theirs.turns
            mine.right += theirs.right
            mine.cited += theirs.cited
        for kind, t in s.kinds.items():
            k = out.kinds.setdefault(kind, TurnScore())
            k.turns += t.turns
            k.right += t.right
            k.cited += t.cited
    return out


def format_conversation_report(report: ConversationReport, *, failures: bool = False) -> str:
    def cell(t: TurnScore) -> str:
        return f"{t.right:>3}/{t.turns:<3} {t.accuracy:.3f}"

    lines = [
        "QA eval, conversations (each turn: the story cited and every keyword in the answer)",
        f"{'split':8}{'convs':>6}  {'first turns':>15}  {'follow-ups':>15}"
        f"  {'follow-ups cited':>16}  {'all turns right':>15}",
    ]
    for name, s in report.splits.items():
        cited = f"{s.follow.cited}/{s.follow.turns}"
        lines.append(
            f"{name:8}{s.conversations:>6}  {cell(s.first):>15}  {cell(s.follow):>15}"
            f"  {cited:>16}  {s.whole:>15}"
        )
    for name, s in report.splits.items():
        kinds = ", ".join(
            f"{k} {t.right}/{t.turns}" for k, t in sorted(s.kinds.items(), key=lambda x: x[0])
        )
        lines.append(f"follow-ups by kind, {name}: {kinds}")
    if failures:
        seen = set()
        for s in report.splits.values():
            for conv, n, got in s.failures:
                if (conv.id, n) in seen:
                    continue
                seen.add((conv.id, n))
                item = conv.turns[n]
                lines.append(f"- [{conv.id} {conv.split} turn {n + 1} {item.type}] {item.question}")
                if n:
                    before = " / ".join(t.question for t in conv.turns[:n])
                    lines.append(f"    after {before}")
                lines += _wanted_and_got(item, got)
    return "\n".join(lines)


def conversation_figures(report: ConversationReport) -> dict:
    def fig(t: TurnScore) -> dict:
        return {
            "right": t.right,
            "turns": t.turns,
            "accuracy": round(t.accuracy, 4),
            "cited": t.cited,
        }

    return {
        name: {
            "conversations": s.conversations,
            "first_turns": fig(s.first),
            "follow_ups": fig(s.follow),
            "follow_ups_by_kind": {k: fig(t) for k, t in sorted(s.kinds.items())},
            "all_turns_right": s.whole,
        }
        for name, s in report.splits.items()
    }
