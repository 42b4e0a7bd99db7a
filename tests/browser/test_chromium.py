"""Which Chromium the browser tests use, and what they say when there is none.

No browser is started here (no `browser` mark): these run with the fast tests too."""

from __future__ import annotations

import sys
from types import SimpleNamespace

import pytest

from . import conftest


def _playwright(path: str):
    return SimpleNamespace(chromium=SimpleNamespace(executable_path=path))


def test_playwrights_own_chromium_comes_first(monkeypatch):
    monkeypatch.setenv("CHROMIUM", sys.executable)
    assert conftest.find_chromium(_playwright(sys.executable)) == sys.executable


def test_then_the_chromium_variable_then_debians(monkeypatch, tmp_path):
    monkeypatch.setenv("CHROMIUM", sys.executable)
    monkeypatch.setattr(conftest, "SYSTEM_CHROMIUM", str(tmp_path / "none"))
    assert conftest.find_chromium(_playwright(str(tmp_path / "missing"))) == sys.executable
    monkeypatch.delenv("CHROMIUM")
    monkeypatch.setattr(conftest, "SYSTEM_CHROMIUM", sys.executable)
    assert conftest.find_chromium(_playwright(str(tmp_path / "missing"))) == sys.executable


def test_no_chromium_fails_and_says_how_to_install_one(monkeypatch, tmp_path):
    monkeypatch.setenv("CHROMIUM", str(tmp_path / "nothing-here"))
    monkeypatch.setattr(conftest, "SYSTEM_CHROMIUM", str(tmp_path / "nor-here"))
    with pytest.raises(pytest.fail.Exception) as failure:
        conftest.find_chromium(_playwright(str(tmp_path / "missing")))
    message = str(failure.value)
    assert "python -m playwright install chromium" in message
    assert "apt-get install chromium" in message
