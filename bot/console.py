"""`spacebrief chat`: a terminal stand-in for a Discord channel.

Plain lines are questions (answered with the same engine as /ask, one Conversation for
the session, so follow-ups work); ``/brief [hours]``, ``/story ID``, ``/quotes [who]``,
``/help`` and ``/quit`` mirror the slash commands. On a terminal it uses prompt_toolkit
(line editing, history kept across sessions); otherwise it reads stdin line by line
until EOF, so it can be scripted: ``printf 'who provides propulsion?\\n/brief\\n' |
spacebrief chat``.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

from summaries.answers import Conversation, answer, render_quote
from summaries.controls import strip_controls
from summaries.digests import newest_story, top_stories
from summaries.models import Answer, Story
from summaries.retrieval import recent_quotes
from summaries.small_talk import small_talk
from summaries.store import Store, StoryNotFound
from summaries.timespec import parse_since

HELP = """\
Ask a question in plain words, e.g. "who provides propulsion for the station?"
  /brief [hours]   the top ISS-geopolitical stories of the last N hours (default 24)
  /story ID        one story: summary, key quotes, sources
  /quotes [who]    recent key quotes; with a speaker, all of theirs
  /help            this text
  /quit            leave (Ctrl-D works too)"""
MAX_BRIEF = 10
MAX_BRIEF_HOURS = 100_000
MAX_ID_DIGITS = 18  # SQLite integers are 64-bit


class Chat:
    """One channel's worth of state: the store and the conversation."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.conversation = Conversation()

    def handle(self, line: str) -> str | None:
        """The reply to one input line; None means the user asked to leave."""
        line = line.strip()
        if not line:
            return ""
        if not line.startswith("/"):
            if small_talk(line) == "help":  # "help", "what can you do?": the command list
                return HELP
            return render_answer(answer(self.store, line, conversation=self.conversation))
        command, _, arg = line[1:].partition(" ")
        command, arg = command.lower(), arg.strip()
        if command in ("quit", "exit", "q"):
            return None
        if command == "help":
            return HELP
        if command == "brief":
            return self.brief(arg)
        if command == "story":
            return self.story(arg)
        if command == "quotes":
            return self.quotes(arg)
        if command == "ask":
            return self.handle(arg) if arg else "Usage: /ask QUESTION"
        return f"Unknown command /{command[:30]}. Try /help."

    def brief(self, arg: str) -> str:
        ok = arg.isascii() and arg.isdigit() and 0 < int(arg) <= MAX_BRIEF_HOURS
        hours = int(arg) if ok else None
        if arg and hours is None:
            return f"Usage: /brief [hours], 1 to {MAX_BRIEF_HOURS}, e.g. /brief 48"
        hours = hours or 24
        since = parse_since(f"{hours}h")
        stories = top_stories(self.store, since, limit=MAX_BRIEF + 1)
        if not stories:
            newest = newest_story(self.store, datetime.now(UTC))
            if newest is None:
                return "No ISS-geopolitical stories stored yet."
            _story, reach, age = newest
            hint = ""
            if hours < reach <= MAX_BRIEF_HOURS:
                hint = f" The newest is {age} old: try /brief {reach}."
            return f"No ISS-geopolitical stories in the last {hours} hours.{hint}"
        more = len(stories) > MAX_BRIEF
        stories = stories[:MAX_BRIEF]
        if more:
            count = f"the top {len(stories)} of more, best first"
        else:
            count = "1 story" if len(stories) == 1 else f"{len(stories)} stories, best first"
        head = f"ISS geopolitics, last {hours} hours ({count}):"
        text = "\n\n".join([head, *(render_story(s) for s in stories)])
        self.conversation.showed(stories, text)  # "more?" next goes on with the first
        return text

    def story(self, arg: str) -> str:
        if not (arg.isascii() and arg.isdigit()):
            return "Usage: /story ID (the number shown in Sources)"
        if len(arg.lstrip("0")) > MAX_ID_DIGITS:
            shown = arg if len(arg) <= 40 else arg[:40] + "…"
            return f"No story with id {shown}: ids have at most {MAX_ID_DIGITS} digits."
        try:
            story = self.store.get_story(int(arg))
        except StoryNotFound:
            return f"No story with id {int(arg)}."
        self.conversation.focus(story)
        return render_story(story, full=True)

    def quotes(self, arg: str) -> str:
        pairs = recent_quotes(self.store, speaker=arg or None, limit=8)
        if not pairs:
            who = f" by {arg[:60]}" if arg else ""
            return f"No stored quotes{who}."
        text = "\n".join(f"- {render_quote(s, q)} [{s.id}] {s.url}" for s, q in pairs)
        self.conversation.showed([s for s, _q in pairs], text, [q.speaker for _s, q in pairs])
        return text


def render_answer(reply: Answer) -> str:
    lines = [reply.answer]
    if reply.citations:
        lines.append("Sources:")
        lines.extend(f"  [{c.id}] {c.title} <{c.url}>" for c in reply.citations)
    return "\n".join(lines)


def render_story(story: Story, *, full: bool = False) -> str:
    stamp, undated = story.when
    when = stamp[:10] + (" (first seen; undated)" if undated and stamp else "")
    lines = [f"[{story.id}] {story.title}", f"  {when} · {story.source} · {story.url}"]
    if story.summary:
        lines.append(f"  {story.summary}")
    for quote in story.shown_quotes()[: 3 if full else 1]:
        lines.append(f"  “{quote.text}” — {quote.speaker or 'unattributed'}")
    if full and story.sources:
        listed = (f"{s.feed} <{s.url}>" if s.url else s.feed for s in story.carried_by())
        lines.append("  Sources: " + ", ".join(listed))
    if full and story.reasons:  # as Discord's /story card shows them
        heading = "Why it is here" if story.iss_geopolitical else "Not ISS geopolitics"
        lines.append(f"  {heading} (score {story.score:.2f}): " + "; ".join(story.reasons[:6]))
    return "\n".join(lines)


def serve(chat: Chat, lines: Iterable[str], out: TextIO, *, echo: bool = False) -> None:
    """Answer each line until EOF or /quit (the scriptable, non-terminal mode).

    Everything written is stripped of terminal controls: stories stored before ingest
    stripped them may still carry an ESC or a bidi override (summaries/controls.py).
    """
    for line in lines:
        if echo and line.strip():
            out.write(f"> {strip_controls(line.strip())}\n")
        reply = chat.handle(line)
        if reply is None:
            break
        if reply:
            out.write(strip_controls(reply) + "\n\n")
            out.flush()


def _prompt_lines(history: Path) -> Iterator[str]:
    from prompt_toolkit import PromptSession
    from prompt_toolkit.history import FileHistory

    history.parent.mkdir(parents=True, exist_ok=True)
    session: PromptSession[str] = PromptSession(history=FileHistory(str(history)))
    while True:
        try:
            yield session.prompt("spacebrief> ")
        except KeyboardInterrupt:
            continue
        except EOFError:
            return


def run_console(db: str | Path | None, *, stdin: TextIO | None = None, out: TextIO | None = None):
    """Run the chat on the store at ``db`` until EOF or /quit."""
    from bot.engine import resolve_db_path

    stdin, out = stdin or sys.stdin, out or sys.stdout
    path = resolve_db_path(db)
    store = Store(path, create=False)
    try:
        chat = Chat(store)
        if stdin.isatty() and out.isatty():
            out.write("SpaceBrief chat: ask a question, or /help. Ctrl-D to leave.\n")
            serve(chat, _prompt_lines(path.parent / "chat_history"), out)
        else:
            serve(chat, stdin, out, echo=True)
    finally:
        store.close()
