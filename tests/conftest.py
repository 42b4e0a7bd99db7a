"""Shared fixtures: the 2021 edition loaded and built once per session, and copies of the project.

The helpers they use live in projects.py (pytest advises against importing from conftest).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from projects import build_site, copy_project


@pytest.fixture(scope="session")
def edition_project(tmp_path_factory) -> Path:
    """A copy of the project holding the 2021 edition (projects.py), not to be changed."""
    return copy_project(tmp_path_factory.mktemp("edition") / "project")


@pytest.fixture(scope="session")
def report(edition_project):
    """The 2021 edition's report, loaded and checked once per test session."""
    from icat_report import load_project

    return load_project(edition_project / "data", edition_project / "docs").report


@pytest.fixture(scope="session")
def built_site(edition_project, tmp_path_factory) -> Path:
    """The 2021 edition's site, built strictly once per test session."""
    return build_site(edition_project, tmp_path_factory.mktemp("edition-site") / "site")


@pytest.fixture(scope="session")
def zensical_builds(tmp_path_factory):
    """MkDocs' strict build, render + Zensical, of one copy of the project (zensical_build.py): once per session."""
    from zensical_build import build_both

    return build_both(tmp_path_factory.mktemp("zensical"))


@pytest.fixture
def project_copy(tmp_path) -> Path:
    """A copy of the project with the 2021 edition, for one test to change."""
    return copy_project(tmp_path / "project")


@pytest.fixture
def make_site(tmp_path) -> Callable[[Callable[[Path], None]], Path]:
    """Build a copy of the project (the 2021 edition) after `change(project_dir)` has edited it."""

    def make(change: Callable[[Path], None]) -> Path:
        project = copy_project(tmp_path / "project")
        change(project)
        return build_site(project)

    return make


# -- data/ and docs/ as they are (tests marked `live`: what holds for any valid data) ------------


@pytest.fixture(scope="session")
def live_project():
    """The live project (data/ and docs/ as they are, or $ICAT_LIVE_PROJECT's), loaded and checked."""
    from icat_report import load_project

    from projects import live_root

    return load_project(live_root() / "data", live_root() / "docs")


@pytest.fixture(scope="session")
def live_site(tmp_path_factory) -> Path:
    """The live project's site, built strictly once per session from a copy."""
    return build_site(copy_project(tmp_path_factory.mktemp("live") / "project", live=True))
