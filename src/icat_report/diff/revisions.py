"""A revision of the project laid out in a folder: its content from git, the code of this checkout.

The content (data/ and docs/) comes from the revision (a branch, a tag, a commit) or from the working
tree; the code and configuration that build it (mkdocs.yml, macros.py, hooks/, overrides/,
schemas/, and the installed icat_report) are this checkout's, for both sides alike. So the diff
shows what a change of the content does to the report; a change of the code shows in the tests and
in the preview.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import tarfile
from pathlib import Path

CONTENT = ("data", "docs")
CODE = ("mkdocs.yml", "macros.py", "hooks", "overrides", "schemas", "src")
WORKING_TREE = None


class RevisionError(Exception):
    """A revision that cannot be read; str() is one sentence for the person running the diff."""


def _git(root: Path, *args: str) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(["git", "-C", str(root), *args], capture_output=True, check=False)
    except FileNotFoundError:
        raise RevisionError("git is not installed: the diff reads the revisions from git") from None


def describe(root: Path, revision: str | None) -> str:
    """The revision as a reader recognises it: `main (1a2b3c4)`, or `the working tree`."""
    if revision is WORKING_TREE:
        return "the working tree"
    short = _git(root, "rev-parse", "--short", f"{revision}^{{commit}}").stdout.decode().strip()
    return f"{revision} ({short})" if short and not short.startswith(revision) else revision


def check_revision(root: Path, revision: str) -> None:
    """RevisionError unless revision names a commit of the repository at root."""
    if _git(root, "rev-parse", "--is-inside-work-tree").returncode != 0:
        raise RevisionError(f"{root} is not in a git repository: the diff compares git revisions")
    if _git(root, "rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}").returncode != 0:
        raise RevisionError(
            f"'{revision}' is not a revision of this repository: give a branch, a tag or a commit (e.g. main)"
        )


def lay_out(root: Path, revision: str | None, into: Path) -> Path:
    """The project at revision (None: the working tree), built by this checkout's code, in `into`."""
    into.mkdir(parents=True, exist_ok=True)
    if revision is WORKING_TREE:
        for part in CONTENT:
            _copy(root / part, into / part)
    else:
        archive = _git(root, "archive", "--format=tar", revision, "--", *CONTENT)
        if archive.returncode != 0:
            raise RevisionError(f"'{revision}' has no data/ or docs/ folder: {archive.stderr.decode().strip()}")
        with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
            tar.extractall(into, filter="data")
    for part in CODE:
        _copy(root / part, into / part)
    return into


def _copy(source: Path, target: Path) -> None:
    if source.is_dir():
        shutil.copytree(source, target, dirs_exist_ok=True, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    elif source.is_file():
        shutil.copy2(source, target)
