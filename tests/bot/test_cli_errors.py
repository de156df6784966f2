"""Expected failures of the CLI are one line on stderr and exit 1, never a traceback or a
report measured on nothing; the bad input changes nothing."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from bot.cli import main


def fails_in_one_line(*args: str, **env: str) -> str:
    result = CliRunner().invoke(main, list(args), env=env)
    assert result.exit_code == 1, (result.exit_code, result.output, result.exception)
    assert result.exception is None or isinstance(result.exception, SystemExit)
    output = result.output.strip()
    assert output.startswith("Error: ") and "\n" not in output, output
    return output


@pytest.mark.parametrize("where", ["missing", "empty"])
def test_eval_on_a_missing_or_empty_folder_is_an_error_not_perfect_scores(tmp_path, where):
    path = tmp_path / where
    if where == "empty":
        path.mkdir()
    message = fails_in_one_line("eval", str(path))
    assert str(path) in message and "1.000" not in message
