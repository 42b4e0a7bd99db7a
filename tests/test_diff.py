"""`python -m icat_report diff BASE [HEAD]` on real git repositories made here, with real builds of both sides."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from editor_changes import add_highlight
from projects import copy_project

GIT = ["git", "-c", "user.name=Editor", "-c", "user.email=editor@example.org", "-c", "init.defaultBranch=main"]


def git(repo: Path, *args: str) -> str:
    return subprocess.run([*GIT, "-C", str(repo), *args], check=True, capture_output=True, text=True).stdout.strip()


def diff(repo: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "icat_report", "diff", *args], cwd=repo, capture_output=True, text=True, timeout=600
    )


def rename_ilo(project: Path, name: str) -> None:
    members = project / "data" / "members.yaml"
    text = members.read_text(encoding="utf-8")
    members.write_text(text.replace("name: International Labour Organization", f"name: {name}", 1), "utf-8")


@pytest.fixture(scope="module")
def repo(tmp_path_factory) -> Path:
    """A repository holding the 2021 edition (`main`), then a commit that adds a highlight for ILO and
    renames ILO (`edit`), then a commit that breaks a date (`broken`)."""
    project = copy_project(tmp_path_factory.mktemp("diff") / "repo")
    git(project, "init", "-q")
    git(project, "add", "-A")
    git(project, "commit", "-q", "-m", "The 2021 edition")
    git(project, "checkout", "-q", "-b", "edit")
    add_highlight(project)
    rename_ilo(project, "International <b>Labour</b> Office")
    git(project, "commit", "-q", "-am", "A highlight for ILO; ILO renamed")
    git(project, "checkout", "-q", "-b", "broken")
    events = project / "data" / "events.yaml"
    events.write_text(
        events.read_text(encoding="utf-8").replace('\n  date: "2021-06-15"', '\n  date: "15/06/2021"', 1), "utf-8"
    )
    git(project, "commit", "-q", "-am", "A date written another way")
    git(project, "checkout", "-q", "edit")
    return project


@pytest.fixture(scope="module")
def edit_as_text(repo) -> str:
    result = diff(repo, "main", "edit", "--format", "text")
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def test_the_records_added_and_changed_by_id_with_their_lines(repo, edit_as_text):
    line = 1 + (repo / "data" / "activities.yaml").read_text(encoding="utf-8").splitlines().index("- id: p2-ilo")
    assert f"- Added: p2-ilo (line {line})" in edit_as_text
    assert '- Changed: ilo (line 41)\n    - name: "International Labour Organization" -> ' not in edit_as_text
    assert '    - name: "International Labour Organization" → "International <b>Labour</b> Office"' in edit_as_text


def test_the_figures_that_move(edit_as_text):
    assert "  highlights (home page): 37 -> 38" in edit_as_text
    assert "  highlights under priority 2: 5 -> 6" in edit_as_text
    assert "  ILO: highlights: 3 -> 4" in edit_as_text
    assert "entities (home page)" not in edit_as_text, "a figure that did not move is not listed"


def test_the_pages_whose_text_changes_with_a_word_diff(edit_as_text):
    annex = next(line for line in edit_as_text.splitlines() if line.startswith("- /annex/: "))
    assert annex.startswith("- /annex/: 15 words in, 0 out: ")
    assert "{+ILO published guidance on fair recruitment" in annex
    assert "- /members/ilo/: " in edit_as_text and "[-Organization-] {+<b>Labour</b> Office+}" not in edit_as_text
    who = next(line for line in edit_as_text.splitlines() if line.startswith("- /who-we-are/: "))
    assert "International [-Labour Organization-] {+<b>Labour</b> Office+}" in who or "[-Labour" in who, who


def test_the_printed_reports_words_before_and_after(edit_as_text):
    """Renaming ILO takes its printed name out of every page that showed it: fewer printed words shown."""
    import re

    found = re.search(
        r"The pages show ([\d,]+) of the printed report's 8,927 words \(99\.\d%\), 8,918 \(99\.9%\) before",
        edit_as_text,
    )
    assert found and int(found[1].replace(",", "")) < 8918, edit_as_text[-300:]


def test_markdown_for_a_pull_request_escapes_what_it_quotes(repo):
    result = diff(repo, "main", "edit")
    assert result.returncode == 0, result.stderr
    markdown = result.stdout
    assert markdown.startswith("## What this change does to the report\n")
    assert "| highlights (home page) | 37 | 38 |" in markdown
    assert "<b>" not in markdown.replace("<del>", "").replace("<ins>", ""), "data text shown as HTML"
    assert "&lt;b&gt;Labour&lt;/b&gt; Office" in markdown


def test_the_working_tree_is_the_default_head_and_no_change_says_so(repo):
    same = diff(repo, "edit", "--format", "text")
    assert same.returncode == 0, same.stderr
    assert "The report is the same: no record, figure or page changes." in same.stdout


def test_a_side_that_does_not_check_gives_the_checks_problems(repo):
    result = diff(repo, "main", "broken", "--format", "text")
    assert result.returncode == 1
    assert result.stdout.startswith("The head, broken (")
    assert "data/events.yaml:" in result.stdout and "15/06/2021" in result.stdout
    assert "nothing was compared" in result.stderr and "Traceback" not in result.stderr


def test_an_unknown_revision_is_one_sentence(repo):
    result = diff(repo, "mian")
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.strip() == (
        "diff: 'mian' is not a revision of this repository: give a branch, a tag or a commit (e.g. main)"
    )
