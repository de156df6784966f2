"""`spacebrief ask`, `spacebrief chat` and `spacebrief qa-eval`.

Registered onto the main group by one line at the end of bot/cli.py, so this file can
change without touching the rest of the CLI.
"""

from __future__ import annotations

import json

import click

from bot.engine import resolve_db_path


@click.command()
@click.argument("question", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help='JSON: {"answer", "citations"}.')
@click.pass_context
def ask(ctx: click.Context, question: tuple[str, ...], as_json: bool) -> None:
    """Answer QUESTION from the stored stories, citing them."""
    from bot.console import render_answer
    from summaries.answers import answer
    from summaries.controls import strip_controls
    from summaries.store import Store

    store = Store(resolve_db_path(ctx.obj["db"]), create=False)
    try:
        reply = answer(store, " ".join(question))
    finally:
        store.close()
    if as_json:
        data = reply.to_json()
        data["found"] = reply.found
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        click.echo(strip_controls(render_answer(reply)))


@click.command()
@click.pass_context
def chat(ctx: click.Context) -> None:
    """A console that behaves like a Discord channel (questions, /brief, /story, /quotes)."""
    from bot.console import run_console

    run_console(ctx.obj["db"])


@click.command("qa-eval")
@click.option(
    "--split",
    type=click.Choice(["dev", "heldout", "blind", "all"]),
    default="dev",
    show_default=True,
    help="Which QA questions to ask: dev (tune on these), heldout, blind (written by a fresh"
    " hand, measured once), all. The store always holds every devset article.",
)
@click.option(
    "--ids",
    metavar="RANGE",
    help="Only the questions with ids in RANGE, e.g. q1701-q1780 (one writer's batch).",
)
@click.option("--failures", is_flag=True, help="List the questions the engine got wrong.")
@click.option("--json", "as_json", is_flag=True, help="Figures as JSON.")
@click.option(
    "--conversations",
    is_flag=True,
    help="Ask the conversation set instead (tests/data/qa/conversations.jsonl): each"
    " conversation's turns in order in one conversation, first turns and follow-ups scored"
    " apart, per split (dev, heldout, or all: both and their sum).",
)
def qa_eval(
    split: str, ids: str | None, failures: bool, as_json: bool, conversations: bool
) -> None:
    """Answers accuracy on the QA set, next to the FTS5 baseline."""
    from summaries.qa_eval import format_report, id_range, run

    if conversations:
        _qa_eval_conversations(split, ids, failures, as_json)
        return
    try:
        bounds = id_range(ids) if ids is not None else None
    except ValueError as err:
        raise click.BadParameter(str(err), param_hint="--ids") from None
    report = run(split, ids=bounds)
    if as_json:
        figures = {
            name: {
                "accuracy": round(s.accuracy, 4),
                "citation_accuracy": round(s.citation_accuracy, 4),
                "false_answer_rate": round(s.false_answer_rate, 4),
                "lead_rate": round(s.lead_rate, 4),
                "questions": s.total,
            }
            for name, s in (("engine", report.engine), ("baseline", report.baseline))
        }
        click.echo(json.dumps({"split": split, **figures}, indent=2))
    else:
        click.echo(format_report(report, failures=failures))


def _qa_eval_conversations(split: str, ids: str | None, failures: bool, as_json: bool) -> None:
    from summaries.qa_eval import (
        conversation_figures,
        format_conversation_report,
        run_conversations,
    )

    if split == "blind":
        raise click.BadParameter(
            "conversations have dev and heldout splits only", param_hint="--split"
        )
    if ids is not None:
        raise click.BadParameter("not with --conversations", param_hint="--ids")
    report = run_conversations(split)
    if as_json:
        click.echo(json.dumps({"split": split, **conversation_figures(report)}, indent=2))
    else:
        click.echo(format_conversation_report(report, failures=failures))


def register(main: click.Group) -> None:
    for command in (ask, chat, qa_eval):
        main.add_command(command)
