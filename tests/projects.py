"""Copies of the project to build and change in a test, and real strict MkDocs builds of them.

A copy holds the code and the site's own pages from the repository, and the report's content
from one of two places:

- EDITION (the default): the 2021 edition as printed, frozen in fixtures/edition-2021/ (its data,
  its written pages). Tests that prove the code renders the 2021 report faithfully use it, so
  that no edit of data/ can fail them.
- LIVE: data/ and docs/ as they are (or as $ICAT_LIVE_PROJECT has them: tests/live/ runs on an
  editor's changed copy that way). Only tests/live/ uses it, asserting what holds for any valid data.

A build is MkDocs' own `build` in strict mode, in this process, as `mkdocs build --strict` runs.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EDITION = Path(__file__).resolve().parent / "fixtures" / "edition-2021"
CODE_PARTS = ("mkdocs.yml", "docs", "schemas", "macros.py", "hooks", "overrides", "src")
LIVE_PROJECT_SETTING = "ICAT_LIVE_PROJECT"


def live_root() -> Path:
    """The project whose data/ and docs/ the live tests check: this repository, or $ICAT_LIVE_PROJECT."""
    return Path(os.environ.get(LIVE_PROJECT_SETTING) or ROOT).resolve()


def copy_project(target: Path, *, live: bool = False) -> Path:
    """A copy of the project in target, ready to change and build: the 2021 edition's content, or
    with live=True the live project's data/ and docs/."""
    source = live_root() if live else ROOT
    target.mkdir(parents=True, exist_ok=True)
    for part in CODE_PARTS:
        _copy(source / part, target / part)
    _copy(source / "data", target / "data")
    if not live:
        shutil.rmtree(target / "data")
        _copy(EDITION / "data", target / "data")
        shutil.copytree(EDITION / "docs", target / "docs", dirs_exist_ok=True)  # the written pages, as printed
    return target


def _copy(source: Path, target: Path) -> None:
    if source.is_dir():
        shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    elif source.is_file():
        shutil.copy2(source, target)


def build_site(project: Path, site_dir: Path | None = None) -> Path:
    """Build project strictly into site_dir; raise what MkDocs raises on failure."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    site_dir = site_dir or project / "site"
    config = load_config(config_file=str(project / "mkdocs.yml"), site_dir=str(site_dir), strict=True)
    cwd = os.getcwd()
    os.chdir(project)  # the macros plugin finds macros.py from the working directory
    try:
        config.plugins.on_startup(command="build", dirty=False)  # as `mkdocs build` does
        build(config)
    finally:
        config.plugins.on_shutdown()
        os.chdir(cwd)
    return site_dir
