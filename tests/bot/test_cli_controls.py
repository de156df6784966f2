"""Feed text stored before ingest stripped terminal controls never reaches the terminal raw:
every console path (stories, digest, ask, chat) strips ESC, other C0/C1 controls and bidi
overrides as it prints."""

from __future__ import annotations

import io
import json
from dataclasses import replace

import pytest
from click.testing import CliRunner

from bot.cli import main
from bot.console import run_console
from tests.bot.helpers import item, populate, real_now

# ANSI colours, a lone ESC (which click.echo leaves), an OSC title, a backspace, U+202E,
# an isolate and a zero-width space: what an old story may still hold.
EVIL_TITLE = "Evil \x1b[31mRED\x1b[0m title \u202etxt.exe\u200b on the ISS\x1b"
EVIL_SUMMARY = "Roscosmos\u200b said \x1b]0;pwned\x07the station\u2066 is safe\x08."


def _raw(text: str) -> list[str]:
    """Characters a terminal would act on, other than newline and tab."""
    return [
        c
        for c in text
        if (ord(c) < 32 and c not in "\n\t") or 0x7F <= ord(c) < 0xA0 or c in "\u202e\u2066\u200b"
    ]


@pytest.fixture
def evil_db(tmp_path):
    db = tmp_path / "evil.db"
    old = item(1, published=real_now(), title=EVIL_TITLE, summary=EVIL_SUMMARY)
    populate(db, [replace(old, analysis=replace(old.analysis, summary=EVIL_SUMMARY))])
    return db


def run(db, *args):
    result = CliRunner().invoke(main, ["--db", str(db), *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize(
    "args",
    [["stories", "--all"], ["digest", "--since", "7d"], ["ask", "what is the latest on the ISS?"]],
)
def test_stories_digest_and_ask_strip_terminal_controls(evil_db, args):
    out = run(evil_db, *args)
    assert "Evil RED title txt.exe on the ISS" in out
    assert not _raw(out), _raw(out)


def test_chat_story_brief_and_quotes_strip_terminal_controls(evil_db):
    out = io.StringIO()
    run_console(evil_db, stdin=io.StringIO("/story 1\n/brief\n/quotes\n\x1b[2Jhi\n"), out=out)
    text = out.getvalue()
    assert "Evil RED title txt.exe on the ISS" in text
    assert "Roscosmos said the station is safe ." in text
    assert not _raw(text), _raw(text)


def test_json_output_keeps_the_stored_text(evil_db):
    """JSON is data, not terminal output: json.dumps escapes every C0 control already."""
    [story] = json.loads(run(evil_db, "stories", "--all", "--json"))
    assert story["title"] == EVIL_TITLE
