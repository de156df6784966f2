"""Domain code knows nothing of Discord: feeds/ and summaries/ never import discord."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOMAIN = sorted(p for pkg in ("feeds", "summaries") for p in (ROOT / pkg).rglob("*.py"))


def imported(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_the_domain_packages_are_there():
    assert len(DOMAIN) > 5


@pytest.mark.parametrize("path", DOMAIN, ids=lambda p: str(p.relative_to(ROOT)))
def test_domain_module_does_not_import_discord_or_the_bot(path):
    assert not imported(path) & {"discord", "bot"}
