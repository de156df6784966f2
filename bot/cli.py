"""`spacebrief`: the same engine as the bot, without Discord.

Every listing has `--json`; the names and JSON fields are a contract (PRODUCT.md).
Expected failures become one line on stderr and exit status 1; bugs keep their traceback.
"""

from __future__ import annotations

import asyncio
import json
import logging
import sys
from pathlib import Path

import click

from bot import render_text
from bot.engine import open_engine, resolve_db_path
from feeds.errors import FeedError
from feeds.poll import PollResult
from summaries.store import Store, StoreError

log = logging.getLogger(__name__)


def _echo_json(data: object) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


def _store(ctx: click.Context, *, create: bool = False) -> Store:
    """A plain synchronous store for short CLI commands; only commands that add
    something (``create``) make a new database file."""
    return Store(resolve_db_path(ctx.obj["db"]), create=create)


_PAYLOAD_LOGGERS = ("discord.gateway", "discord.http", "discord.webhook", "discord.state")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--db",
    type=click.Path(dir_okay=False, path_type=Path),
    envvar="SPACEBRIEF_DB",
    help="SQLite file (default: $SPACEBRIEF_DB, else ~/.local/share/spacebrief/spacebrief.db).",
)
@click.option(
    "-v",
    "--verbose",
    count=True,
    help="More logging on stderr (-vv for debug; -vvv adds discord.py's payloads, which "
    "hold interaction tokens and members' messages).",
)
@click.version_option(package_name="spacebrief")
@click.pass_context
def main(ctx: click.Context, db: Path | None, verbose: int) -> None:
    """SpaceBrief: ISS geopolitics news, briefed and sourced."""
    level = {0: logging.WARNING, 1: logging.INFO}.get(verbose, logging.DEBUG)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    # a -vv log is what an operator pastes into an issue: discord.py's debug lines carry
    # every gateway payload and request, interaction tokens included (-vvv for those)
    for name in _PAYLOAD_LOGGERS:
        logging.getLogger(name).setLevel(logging.INFO if verbose == 2 else logging.NOTSET)
    ctx.ensure_object(dict)
    ctx.obj["db"] = db


# -- feeds -----------------------------------------------------------------------


@main.group()
def feeds() -> None:
    """Manage subscriptions."""


@feeds.command("add")
@click.argument("url", required=False)
@click.option("--name", help="Display name (default: the URL).")
@click.option("--defaults", is_flag=True, help="Subscribe to the shipped list of space-news feeds.")
@click.option("--sample", is_flag=True, help="Subscribe to the bundled offline sample feeds.")
@click.pass_context
def feeds_add(ctx: click.Context, url: str | None, name: str | None, defaults: bool, sample: bool):
    """Subscribe to URL (operator-added feeds are trusted)."""
    if name is not None and (defaults or sample):
        raise click.UsageError("--name names one URL; it cannot go with --defaults or --sample")
    wanted: list[tuple[str, str | None]] = []
    if url:
        wanted.append((_check_url(url), name))
    if defaults:
        from feeds.defaults import load_default_feeds

        wanted.extend(load_default_feeds())
    if sample:
        from feeds.sample_site import sample_feed_urls

        wanted.extend(sample_feed_urls())
    if not wanted:
        raise click.UsageError("give a URL, --defaults or --sample")
    store = _store(ctx, create=True)
    added = 0
    for feed_url, feed_name in wanted:
        try:
            feed = store.add_feed(feed_url, feed_name)
            added += 1
            click.echo(f"added {feed.name} <{feed.url}>")  # as stored: a blank name is none
        except StoreError as err:
            if len(wanted) == 1:
                raise click.ClickException(str(err)) from None
            click.echo(f"skipped: {err}")
    if len(wanted) > 1:
        click.echo(f"{added} feed(s) added, {len(wanted) - added} already there")


def _check_url(url: str) -> str:
    from feeds.errors import InvalidFeedURL
    from feeds.normalize import feed_url

    try:
        return feed_url(url)
    except InvalidFeedURL as err:
        raise click.ClickException(str(err)) from None


@feeds.command("list")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.pass_context
def feeds_list(ctx: click.Context, as_json: bool) -> None:
    """Subscribed feeds with their status and last error."""
    rows = _store(ctx).list_feeds()
    if as_json:
        _echo_json([f.to_json() for f in rows])
    else:
        render_text.feeds_table(rows)


@feeds.command("remove")
@click.argument("feed")
@click.pass_context
def feeds_remove(ctx: click.Context, feed: str) -> None:
    """Unsubscribe FEED (URL, id or name); its stories stay."""
    try:
        removed = _store(ctx).remove_feed(feed)
    except StoreError as err:
        raise click.ClickException(str(err)) from None
    click.echo(f"removed {removed.name} <{removed.url}>")


@feeds.command("rename")
@click.argument("feed")
@click.argument("name")
@click.pass_context
def feeds_rename(ctx: click.Context, feed: str, name: str) -> None:
    """Give FEED (URL, id or name) a new display NAME; its stories cite it by that."""
    try:
        before, after = _store(ctx).rename_feed(feed, name)
    except StoreError as err:
        raise click.ClickException(str(err)) from None
    if before.name == after.name:
        click.echo(f"{after.name} <{after.url}> already has that name")
    else:
        click.echo(f"renamed {before.name} to {after.name} <{after.url}>")


@feeds.command("enable")
@click.argument("feed")
@click.pass_context
def feeds_enable(ctx: click.Context, feed: str) -> None:
    """Re-enable a disabled feed and clear its backoff."""
    store = _store(ctx)
    try:
        before = store.get_feed(feed)
        f = store.enable_feed(feed)
    except StoreError as err:
        raise click.ClickException(str(err)) from None
    if before.status == "disabled":
        click.echo(f"enabled {f.name} <{f.url}>")
    elif before.next_poll or before.consecutive_failures:
        click.echo(f"{f.name} <{f.url}> was backing off: it is polled at the next pass")
    else:  # nothing to undo: say so, so the operator does not look for a change
        click.echo(f"{f.name} <{f.url}> is already enabled")


@feeds.command("import")
@click.argument("file", type=click.File("rb"))
@click.pass_context
def feeds_import(ctx: click.Context, file) -> None:
    """Subscribe to every feed in an OPML file (each refused outline is named, one line)."""
    from feeds.errors import InvalidFeedURL
    from feeds.normalize import feed_url
    from feeds.opml import OPMLError, parse_opml
    from summaries.errors import FeedExists

    try:
        entries = parse_opml(file.read())
    except OPMLError as err:
        raise click.ClickException(str(err)) from None
    store = _store(ctx, create=True)
    added = already = refused = renamed = repeated = 0
    earlier: set[str] = set()
    for url, name in entries:
        try:
            normal = feed_url(url)
        except InvalidFeedURL as err:  # the message names the URL
            refused += 1
            click.echo(f"skipped: {err}")
            continue
        if normal in earlier:  # the same feed twice in one file: the first outline won
            repeated += 1
            click.echo(f"skipped {url[:200]!r}: repeated in the file")
            continue
        earlier.add(normal)
        try:
            store.add_feed(normal, name)
            added += 1
        except StoreError as err:
            if type(err) is FeedExists:  # that URL is subscribed already
                already += 1
                click.echo(f"already subscribed {url[:200]!r}")
                continue
            # a name another feed has, or one unfit to show: the feed is what was asked
            # for, so it comes in named by its URL, as an outline without a title does
            try:
                store.add_feed(normal, None)
            except StoreError as again:
                refused += 1
                click.echo(f"skipped {url[:200]!r}: {again}")
                continue
            added += 1
            renamed += 1
            click.echo(f"named by its URL {url[:200]!r}: {err}")
    refused_note = f", {refused} skipped" if refused else ""
    refused_note += f", {repeated} repeated in the file" if repeated else ""
    renamed_note = f" ({renamed} named by URL)" if renamed else ""
    click.echo(
        f"imported {added} feed(s){renamed_note}, {already} already subscribed{refused_note}"
    )


@feeds.command("export")
@click.option("-o", "--output", type=click.File("w"), default="-", help="File (default stdout).")
@click.pass_context
def feeds_export(ctx: click.Context, output) -> None:
    """Write the subscriptions as OPML 2.0."""
    from feeds.opml import export_opml

    output.write(export_opml((f.url, f.name) for f in _store(ctx).list_feeds()))


# -- poll and stories ----------------------------------------------------------


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Per-feed results as JSON.")
@click.option(
    "--force",
    is_flag=True,
    help="Also poll feeds (and retry article pages) inside their backoff window.",
)
@click.pass_context
def poll(ctx: click.Context, as_json: bool, force: bool) -> None:
    """One pass over every feed, then exit 0 (per-feed failures are recorded)."""
    result = asyncio.run(_poll(ctx.obj["db"], force=force, progress=not as_json))
    if as_json:
        _echo_json(render_text.poll_json(result))
        return
    render_text.poll_table(result)
    # skipped in silence, "1 feed(s)" of two read as a lost feed (one that failed just now
    # is backing off too, but was polled)
    polled = {r.feed.id for r in result.reports}
    for f in _store(ctx).backing_off():
        if f.id not in polled:
            click.echo(f"skipped {f.name}: backing off after a failure until {f.next_poll}")


async def _poll(db: Path | None, *, force: bool, progress: bool) -> PollResult:
    async with open_engine(db) as engine:
        if force:
            feeds_ = [
                f for f in await engine.store.call(Store.list_feeds) if f.status != "disabled"
            ]
        else:
            feeds_ = await engine.store.call(Store.due_feeds)
        with render_text.poll_progress(len(feeds_), enabled=progress) as on_report:
            return await engine.poller.poll(feeds_, on_report=on_report, force=force)


@main.command()
@click.option("--all", "show_all", is_flag=True, help="All stories, not only ISS-geopolitical.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.option("--since", help="Only stories since TIME (e.g. 24h, 7d, 2024-03-01).")
@click.option("--limit", type=click.IntRange(1, 10000), default=None, help="At most N stories.")
@click.pass_context
def stories(ctx: click.Context, show_all: bool, as_json: bool, since: str | None, limit):
    """ISS-geopolitical stories, newest first."""
    since_ts = _since(since)
    store = _store(ctx)
    rows = store.stories(iss_only=not show_all, since=since_ts, limit=limit)
    if as_json:
        _echo_json([s.to_json() for s in rows])
    elif not rows and since_ts and store.stories(iss_only=not show_all, limit=1):
        # "poll first" is wrong advice when stories are stored, only not that recent
        click.echo(f"no stories since {since} (older ones are stored: try a longer --since)")
    else:
        render_text.stories_list(rows, every_story=show_all)


def _since(value: str | None) -> str | None:
    from summaries.timespec import TimeSpecError, parse_since

    if value is None:
        return None
    try:
        return parse_since(value)
    except TimeSpecError as err:
        raise click.BadParameter(str(err), param_hint="--since") from None


@main.command()
@click.option("--threshold", type=click.FloatRange(0, 1), help="Decision threshold (0..1).")
@click.pass_context
def reclassify(ctx: click.Context, threshold: float | None) -> None:
    """Recompute decisions, summaries and quotes for every stored story (at
    SPACEBRIEF_THRESHOLD when set, which polls and the bot judge by too)."""
    from bot.settings import SettingsError, decision_threshold
    from summaries.analyse import analyse
    from summaries.detect import DEFAULT_THRESHOLD

    try:
        configured = decision_threshold()
    except SettingsError as err:
        raise click.ClickException(str(err)) from None
    used = threshold if threshold is not None else configured
    store = _store(ctx)
    before = store.counts()["iss_geopolitical"]
    n = store.reanalyse(lambda title, text: analyse(title, text, threshold=used))
    after = store.counts()["iss_geopolitical"]
    shown = DEFAULT_THRESHOLD if used is None else used
    click.echo(
        f"reclassified {n} {'story' if n == 1 else 'stories'} at threshold {shown:.2f}: "
        f"{after} ISS-geopolitical (was {before})"
    )
    polls = DEFAULT_THRESHOLD if configured is None else configured
    if abs(shown - polls) > 1e-9:
        # the stored stories and the ones polls add next must be judged alike
        click.echo(
            f"note: polls and the bot judge new stories at {polls:.2f}; set "
            f"SPACEBRIEF_THRESHOLD={shown:g} for them to use {shown:.2f} too"
        )


@main.command("eval")
@click.argument("path", type=click.Path(path_type=Path))
@click.option("--threshold", type=click.FloatRange(0, 1), help="Decision threshold (0..1).")
@click.option(
    "--errors",
    "show_errors",
    is_flag=True,
    help="List each wrong decision and quote (never on a held-back split you tune against).",
)
def eval_command(path: Path, threshold: float | None, show_errors: bool) -> None:
    """Measure detection, quotes and summaries on a labelled article set (a folder)."""
    from summaries.devset import DevSetError
    from summaries.evaluate import evaluate, format_report

    try:
        report = evaluate(path, threshold=threshold)
    except DevSetError as err:
        raise click.ClickException(str(err)) from None
    click.echo(format_report(report, show_errors=show_errors))


@main.command()
@click.pass_context
def start(ctx: click.Context) -> None:
    """Run the bot if DISCORD_TOKEN is set, else the console demo on the sample feeds."""
    from bot.demo import start as start_demo

    start_demo(ctx.obj["db"])


def run() -> None:
    """Entry point with the one-line error contract for expected failures: the domain's
    errors print as click's own do ("Error: …", exit 1), so a script matches one form."""
    from bot.settings import SettingsError

    try:
        main(standalone_mode=True)
    except (StoreError, FeedError, SettingsError) as err:
        click.ClickException(str(err)).show()
        sys.exit(1)


from bot.cli_bot import register as _register_bot  # noqa: E402

_register_bot(main)

from bot.cli_answers import register as _register_answers  # noqa: E402

_register_answers(main)
