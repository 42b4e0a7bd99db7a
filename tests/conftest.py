"""Shared fixtures: the project's folders, and real strict MkDocs builds.

A build copies the project (mkdocs.yml, docs/, data/, schemas/, macros.py, hooks/, overrides/, src/)
into a temporary folder, optionally changes its data, and builds it with MkDocs'
own Python API in strict mode, as `mkdocs build --strict` does.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
DOCS = ROOT / "docs"
SOURCE_TEXT = Path(__file__).resolve().parent / "fixtures" / "source-report.txt"
PROJECT_PARTS = ("mkdocs.yml", "docs", "data", "schemas", "macros.py", "hooks", "overrides", "src")


def copy_project(target: Path) -> Path:
    """A copy of the site's sources in target, ready to change and build."""
    target.mkdir(parents=True, exist_ok=True)
    for part in PROJECT_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, target / part)
        elif source.is_file():
            shutil.copy2(source, target / part)
    return target


def build_site(project: Path, site_dir: Path | None = None) -> Path:
    """Build project strictly into site_dir; raise what MkDocs raises on failure."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    site_dir = site_dir or project / "site"
    config = load_config(config_file=str(project / "mkdocs.yml"), site_dir=str(site_dir), strict=True)
    cwd = os.getcwd()
    os.chdir(project)  # macros resolve module_name against the working directory
    try:
        build(config)
    finally:
        os.chdir(cwd)
    return site_dir


@pytest.fixture(scope="session")
def report():
    """The real data, loaded and checked once per test session."""
    from icat_report import load_report

    return load_report(DATA, DOCS)


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The real site, built once per test session from a copy of the repository."""
    project = copy_project(tmp_path_factory.mktemp("real") / "project")
    return build_site(project)


@pytest.fixture(scope="session")
def zensical_builds(tmp_path_factory):
    """MkDocs' strict build, render + Zensical, of one copy of the project (zensical_build.py): once per session."""
    from zensical_build import build_both

    return build_both(tmp_path_factory.mktemp("zensical"))


@pytest.fixture
def project_copy(tmp_path) -> Path:
    return copy_project(tmp_path / "project")


@pytest.fixture
def make_site(tmp_path) -> Callable[[Callable[[Path], None]], Path]:
    """Build a copy of the project after `change(project_dir)` has edited it."""

    def make(change: Callable[[Path], None]) -> Path:
        project = copy_project(tmp_path / "project")
        change(project)
        return build_site(project)

    return make
