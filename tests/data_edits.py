"""Edits of the small valid data set in fixtures/minimal, as an editor might make them, and the
problems the loader reports for them: the helpers of the tests of editors' mistakes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from icat_report import DataError, load_project

MINIMAL = Path(__file__).parent / "fixtures" / "minimal"


def data_with(tmp_path: Path, file: str, old: str | None, new: str | bytes) -> Path:
    """A copy of the minimal data set where `old` in `file` is replaced by `new`."""
    shutil.copytree(MINIMAL, tmp_path / "site")
    path = tmp_path / "site" / "data" / file
    if isinstance(new, bytes):
        path.write_bytes(new)
    elif old is None:
        path.write_text(new, encoding="utf-8")
    else:
        text = path.read_text(encoding="utf-8")
        assert old in text, f"the fixture no longer contains {old!r}"
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return tmp_path / "site"


def problems_for(tmp_path, file, old, new) -> list[str]:
    site = data_with(tmp_path, file, old, new)
    with pytest.raises(DataError) as caught:
        load_project(site / "data", site / "docs")
    return [str(p) for p in caught.value.problems]
