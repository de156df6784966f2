"""`python -m bot` is `spacebrief`."""

from bot.cli import run

run()
