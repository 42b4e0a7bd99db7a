"""The rule the tests keep: every valid edit of data/ publishes.

In a copy of the project, each typical change an editor makes (editor_changes.py) passes the check
CI runs before anything else (`python -m icat_report check`, as `make check` runs it) and the tests
that look at data/ as it is (marked `live`: tests/test_live_data.py, tests/browser/test_live_search.py),
run on the changed copy through $ICAT_LIVE_PROJECT. Every other test runs on the frozen 2021 edition
or on fixtures, whatever data/ holds (test_no_test_but_the_live_ones_reads_data).

Each change alone runs the live tests that need no browser; all six together run every live test,
the browser's search included (a browser per change would add a minute to every run of the suite).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from editor_changes import TYPICAL_CHANGES
from projects import LIVE_PROJECT_SETTING, ROOT, copy_project


def _check(project: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "icat_report", "check"], cwd=project, capture_output=True, text=True)


def _live_tests(project: Path, marks: str) -> subprocess.CompletedProcess:
    env = {**os.environ, LIVE_PROJECT_SETTING: str(project)}
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-m", marks, "tests"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )


@pytest.mark.parametrize("change", TYPICAL_CHANGES, ids=list(TYPICAL_CHANGES))
def test_a_typical_change_passes_the_check_and_the_live_tests(change, tmp_path):
    project = copy_project(tmp_path / "project")
    TYPICAL_CHANGES[change](project)
    checked = _check(project)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout.startswith("data/ is sound: ")
    tested = _live_tests(project, "live and not browser")
    assert tested.returncode == 0, tested.stdout[-3000:] + tested.stderr[-2000:]
    assert " passed" in tested.stdout and " failed" not in tested.stdout, tested.stdout[-500:]


@pytest.mark.browser
def test_all_typical_changes_together_pass_every_live_test(tmp_path):
    project = copy_project(tmp_path / "project")
    for change in TYPICAL_CHANGES.values():
        change(project)
    checked = _check(project)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    # A highlight, an event, a member and its acronym added; an event removed: told, not refused.
    assert "records since printing: 4 added, 1 removed" in checked.stdout, checked.stdout
    tested = _live_tests(project, "live")
    assert tested.returncode == 0, tested.stdout[-3000:] + tested.stderr[-2000:]
    assert " passed" in tested.stdout and " failed" not in tested.stdout, tested.stdout[-500:]


def test_a_broken_change_fails_the_check_and_the_live_tests(tmp_path):
    """The live tests are not a formality: an invalid edit fails them, with the editor's sentence."""
    project = copy_project(tmp_path / "project")
    TYPICAL_CHANGES["add a highlight"](project)
    highlights = project / "data" / "activities.yaml"
    highlights.write_text(highlights.read_text(encoding="utf-8").replace("members: [ilo]", "members: [ilp]"), "utf-8")
    checked = _check(project)
    assert checked.returncode == 1 and "member 'ilp' is not defined in data/members.yaml" in checked.stdout
    tested = _live_tests(project, "live and not browser")
    assert tested.returncode != 0 and "member 'ilp' is not defined" in tested.stdout


def test_no_test_but_the_live_ones_reads_data():
    """Only tests marked `live` may read the repository's data/ or docs/ (through projects.live_root or
    copy_project(live=True)); the rest read the frozen edition, so an editor's change cannot fail them."""
    readers = []
    for path in sorted((ROOT / "tests").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        if path.name in {"projects.py", "conftest.py", Path(__file__).name}:
            continue
        uses_live = "live_root(" in text or "live=True" in text or "live_project" in text or "live_site" in text
        if uses_live and "mark.live" not in text:
            readers.append(str(path.relative_to(ROOT)))
        if 'ROOT / "data"' in text or "ROOT / 'data'" in text:
            readers.append(str(path.relative_to(ROOT)))
    assert not readers, f"tests that read data/ without being marked live: {readers}"
