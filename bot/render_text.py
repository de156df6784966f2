"""Terminal rendering for the CLI: tables on a terminal, plain lines in a pipe."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

from feeds.poll import FeedReport, PollResult
from summaries.controls import strip_controls
from summaries.models import Feed, Story

_out = Console(highlight=False, soft_wrap=True)
_err = Console(stderr=True, highlight=False)


def feeds_table(feeds: list[Feed]) -> None:
    if not feeds:
        _out.print("no feeds yet: try `spacebrief feeds add --sample` or `feeds add URL`")
        return
    table = Table("id", "name", "status", "last polled", "error / url")
    _fold(table, "name", "error / url")
    for f in feeds:
        detail = f.disabled_reason or f.error or f.url
        table.add_row(str(f.id), _esc(f.name), f.status, f.last_polled or "never", _esc(detail))
    _out.print(table)


def _fold(table: Table, *headers: str) -> None:
    """Wrap these columns instead of cutting them: unnamed feeds are told apart by the end
    of their URL, which an ellipsis at 80 columns (cron, a pipe) would hide."""
    for column in table.columns:
        if column.header in headers:
            column.overflow = "fold"


@contextmanager
def poll_progress(total: int, *, enabled: bool) -> Iterator[Callable[[FeedReport], None]]:
    """A progress bar on a terminal; nothing when piped (scripts read the table)."""
    if not enabled or not sys.stderr.isatty() or total == 0:
        yield lambda report: None
        return
    with Progress(
        TextColumn("polling"), BarColumn(), MofNCompleteColumn(), console=_err, transient=True
    ) as progress:
        task = progress.add_task("poll", total=total)
        yield lambda report: progress.advance(task)


_NOT_READ = ("not modified", "unchanged body")


def poll_table(result: PollResult) -> None:
    if not result.reports:
        _out.print("nothing to poll: no feeds are due (see `spacebrief feeds list`)")
        return
    table = Table("feed", "result", "new", "updated", "unchanged", "merged", "reason")
    _fold(table, "feed", "reason")
    for r in result.reports:
        c = r.counts
        numbers = [str(n) for n in (c.new, c.updated, c.unchanged, c.merged)]
        if r.outcome in _NOT_READ and not any((c.new, c.updated, c.unchanged, c.merged)):
            numbers = ["-"] * 4  # its items were not read again: "0 unchanged" misled
        table.add_row(
            _esc(r.feed.name),
            f"{r.outcome}, {r.deferred} waiting" if r.deferred else r.outcome,
            *numbers,
            _esc(r.error or (f"moved permanently to {r.moved_to}" if r.moved_to else "")),
        )
    _out.print(table)
    waiting = sum(r.deferred for r in result.reports)
    _out.print(
        f"{len(result.reports)} feed(s): {result.total('new')} new, "
        f"{result.total('updated')} updated, {len(result.failed)} failed"
        + (f"; {waiting} item(s) waiting for the next poll" if waiting else "")
    )
    retried = sum(r.articles_retried for r in result.reports)
    if retried:
        recovered = sum(r.articles_recovered for r in result.reports)
        _out.print(f"article pages that had failed: {retried} tried again, {recovered} fetched")


def poll_json(result: PollResult) -> list[dict]:
    return [
        {
            "feed": r.feed.url,
            "name": r.feed.name,
            "outcome": r.outcome,
            "new": r.counts.new,
            "updated": r.counts.updated,
            "unchanged": r.counts.unchanged,
            "merged": r.counts.merged,
            "error": r.error,
            "articles_fetched": r.articles_fetched,
            "articles_retried": r.articles_retried,
            "articles_recovered": r.articles_recovered,
            # teasers over the feed's article-page budget, stored on a later poll
            "waiting": r.deferred,
            # the address a permanent redirect moved the subscription to this poll
            "moved_to": r.moved_to,
        }
        for r in result.reports
    ]


def stories_list(stories: list[Story], *, every_story: bool = False) -> None:
    if not stories:
        hint = "poll first" if every_story else "poll first, or use --all to include every story"
        _out.print(f"no stories ({hint})")
        return
    for s in stories:
        flag = "ISS-geo" if s.iss_geopolitical else "other"
        _out.print(f"[bold]#{s.id}[/bold] {_esc(s.title)}  ({flag}, score {s.score:.2f})")
        stamp, undated = s.when
        when = f"{stamp} (first seen; undated)" if undated else stamp
        _out.print(f"    {when} · {_esc(s.source)} · {_esc(s.url)}")
        if s.summary:
            _out.print(f"    {_esc(s.summary)}")
        for q in s.shown_quotes()[:1]:
            _out.print(f"    “{_esc(q.text)}” — {_esc(q.speaker or 'unattributed')}")
        _out.print()


def _esc(text: str) -> str:
    """Feed text as rich shows it literally: no markup, nothing a terminal obeys."""
    from rich.markup import escape

    return escape(strip_controls(text))


def answer(reply) -> None:
    """An Answer from summaries.answers, with its sources under it."""
    _out.print(_esc(reply.answer))
    if reply.citations:
        _out.print("Sources:")
        for c in reply.citations:
            _out.print(f"  [{c.id}] {_esc(c.title)} <{_esc(c.url)}>")
    _out.print()
