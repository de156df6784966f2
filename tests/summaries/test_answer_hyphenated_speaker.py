"""summaries.answers: a speaker whose surname begins with another speaker's ("Adeyemi-Cole"
and "Adeyemi") is found by how the story describes her, in every run. The descriptions
were looked up with the surnames in a set's order, so in some runs "Adeyemi" took the
"Adeyemi" of "Adeyemi-Cole" and the astronaut asked about had no description: the same
question was answered or declined depending on the interpreter's hash seed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.summaries.answer_stories import ARTICLES, make_store

ROOT = Path(__file__).resolve().parents[2]

LAGOS = (
    "lagos-astronaut-school-visit",
    "Nigerian-born astronaut tells Lagos pupils the station will outlast Russia's exit",
    "2026-11-20T09:00:00Z",
    True,
    [
        "LAGOS — Nigerian-born NASA astronaut Kemi Adeyemi-Cole, who flew to the "
        "International Space Station last year, spoke to pupils at a secondary school in "
        "Surulere on Thursday.",
        "Asked whether the station would survive Russia's departure, she was blunt. "
        '"If they go, the rest of us will keep the lights on," Adeyemi-Cole said.',
        "Outside the school gates, Funmilayo Adeyemi, a market trader, said the visit had "
        'been a proud day. "The whole street came out to see her," Adeyemi said.',
    ],
    [],
)

ASK = """
import sys
from summaries.answers import answer
from summaries.store import Store
store = Store(sys.argv[1])
reply = answer(store, "what did the nigerian born nasa astronaut tell the pupils about russia")
print("FOUND" if reply.found and "keep the lights on" in reply.answer else "MISSED")
"""


def test_the_speaker_asked_about_is_found_whatever_the_hash_seed(tmp_path):
    path = tmp_path / "hyphen.db"
    make_store(path, [*ARTICLES, LAGOS]).close()
    results = []
    for seed in range(6):
        env = {**os.environ, "PYTHONHASHSEED": str(seed), "PYTHONPATH": str(ROOT)}
        run = subprocess.run(
            [sys.executable, "-c", ASK, str(path)],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        results.append(run.stdout.strip())
    assert results == ["FOUND"] * 6
