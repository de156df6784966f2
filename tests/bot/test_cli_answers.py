"""`spacebrief ask`: the JSON contract and the human output."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from bot.cli import main
from tests.summaries.answer_stories import make_store


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "cli.db"
    make_store(path).close()
    return path


def test_ask_json_contract(db):
    result = CliRunner().invoke(
        main, ["--db", str(db), "ask", "who provides propulsion for the station?", "--json"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert isinstance(data["answer"], str) and "propulsion" in data["answer"]
    assert data["citations"] and all(set(c) >= {"id", "title", "url"} for c in data["citations"])
    assert data["citations"][0]["url"] == "https://fixtures.example/sanctions-ultimatum"


def test_ask_json_when_nothing_is_stored_has_no_citations(db):
    result = CliRunner().invoke(main, ["--db", str(db), "ask", "--json", "sourdough recipes?"])
    data = json.loads(result.output)
    assert data["citations"] == [] and data["found"] is False
    assert data["answer"].startswith("I have nothing on that")


def test_ask_prints_answer_then_sources(db):
    result = CliRunner().invoke(main, ["--db", str(db), "ask", "What did Borisov say?"])
    assert result.exit_code == 0, result.output
    answer, sources = result.output.split("Sources:\n")
    assert answer.startswith("Borisov (Roscosmos) said")
    assert "New Roscosmos head says Russia will quit the station after 2024" in sources
    assert "https://fixtures.example/leave-after-2024" in sources


def test_ask_accepts_unquoted_words_and_hostile_input(db):
    runner = CliRunner()
    assert (
        runner.invoke(main, ["--db", str(db), "ask", "who", "provides", "propulsion"]).exit_code
        == 0
    )
    result = runner.invoke(main, ["--db", str(db), "ask", "--json", '") OR NEAR(*'])
    assert result.exit_code == 0
    assert "answer" in json.loads(result.output)


@pytest.mark.parametrize(
    "args",
    [["--split", "blind"], ["--ids", "q1-q2"]],
    ids=["no-blind-split", "no-ids"],
)
def test_qa_eval_conversations_refuses_what_it_cannot_measure(args):
    result = CliRunner().invoke(main, ["qa-eval", "--conversations", *args])
    assert result.exit_code == 2
    assert "--split" in result.output or "--ids" in result.output
