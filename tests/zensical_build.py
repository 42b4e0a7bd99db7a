"""Both builds of one copy of the project: MkDocs' strict build, and render + Zensical.

Used by tests/test_zensical.py and tests/browser/test_zensical.py. Both builds see the
same copy, so the comparison holds for whatever the pages say at the time.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from projects import build_site, copy_project

ZENSICAL = Path(sys.executable).parent / "zensical"
# Set for both builds, so the edit links can be compared (CI sets them from GitHub).
EDIT_SETTINGS = {"REPO_URL": "https://github.com/example/icat-report", "EDIT_URI": "edit/main/docs/"}


@dataclass(frozen=True)
class Builds:
    project: Path
    """The copy of the project both are built from."""
    mkdocs: Path
    """The site `mkdocs build --strict` makes."""
    plain: Path
    """The plain project `python -m icat_report render` writes."""
    zensical: Path
    """The site `zensical build` makes of the plain project."""


def build_both(folder: Path) -> Builds:
    """Copy the project into folder, build it with MkDocs, render it, and build the render with Zensical."""
    from icat_site.plain.render import render

    project = copy_project(folder / "project")
    saved = {name: os.environ.get(name) for name in EDIT_SETTINGS}
    os.environ.update(EDIT_SETTINGS)
    cwd = os.getcwd()
    try:
        mkdocs_site = build_site(project, folder / "mkdocs-site")
        os.chdir(project)  # macros resolve module_name against the working directory
        render(folder / "plain", project / "mkdocs.yml")
    finally:
        os.chdir(cwd)
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
    zensical_build(folder / "plain")
    return Builds(project, mkdocs_site, folder / "plain", folder / "plain" / "site")


def zensical_build(plain: Path) -> None:
    """Not --strict (`make build-zensical` is): a broken link fails test_zensical.py by name instead."""
    result = subprocess.run(
        [str(ZENSICAL), "build"], cwd=plain, capture_output=True, text=True, timeout=600, check=False
    )
    assert result.returncode == 0, f"zensical build failed:\n{result.stdout}{result.stderr}"
