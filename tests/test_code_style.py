"""The project's Python passes its linter and its formatter (ruff.toml), and keeps to the house
limits: no line over 120 characters (the linter), no source file over 300 lines, no function over
50 lines, so that each module keeps one role and each function one job."""

from __future__ import annotations

import ast
import subprocess
import sys

import pytest

from projects import ROOT

SOURCES = sorted(path for folder in ("src", "hooks", "tests", "bench") for path in (ROOT / folder).rglob("*.py")) + [
    ROOT / "macros.py"
]


def test_ruff_finds_nothing():
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "."], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_code_is_formatted():
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--check", "."], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("path", SOURCES, ids=lambda path: str(path.relative_to(ROOT)))
def test_no_source_file_over_300_lines(path):
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= 300, f"{path.relative_to(ROOT)} has {lines} lines: split it by role"


def test_no_function_over_50_lines():
    long = []
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.end_lineno - node.lineno >= 50:
                long.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.name} ({node.end_lineno - node.lineno + 1})")
    assert not long, long
