"""The core (`icat_report`) runs with its declared dependencies alone: no MkDocs, no theme, no plugin.

A fresh virtual environment gets exactly the distributions pyproject.toml names as core dependencies
(and what they in turn require), linked from this environment so that nothing is downloaded, plus the
project's src/ on its path. In it, `python -m icat_report check` checks the 2021 edition, and mkdocs
cannot be imported: a core module that imported it would fail here.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import venv
from importlib import metadata
from pathlib import Path

import pytest

from projects import ROOT, copy_project

PROJECT = "icat-report"


def _name(requirement: str) -> str:
    return re.split(r"[\s<>=!~;\[(]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def _needed(requirements: list[str]) -> set[str]:
    """The distributions the requirements need, with what they need in turn (no extras)."""
    needed: set[str] = set()
    todo = [_name(r) for r in requirements if "extra ==" not in r]
    while todo:
        name = todo.pop()
        if name in needed:
            continue
        needed.add(name)
        todo += [_name(r) for r in metadata.requires(name) or [] if "extra ==" not in r]
    return needed


def _top_level(distribution: metadata.Distribution) -> set[str]:
    """The files and folders a distribution puts at the top of site-packages (its .dist-info included)."""
    return {Path(str(file)).parts[0] for file in distribution.files or [] if not str(file).startswith("..")}


@pytest.fixture(scope="module")
def core_python(tmp_path_factory) -> Path:
    """A Python whose site-packages holds only the core's dependencies, and the project's src/."""
    home = tmp_path_factory.mktemp("core") / "venv"
    venv.EnvBuilder(with_pip=False).create(home)
    site_packages = next(home.glob("lib/python*/site-packages"))
    core = [r for r in metadata.requires(PROJECT) or [] if "extra ==" not in r]
    for name in sorted(_needed(core)):
        distribution = metadata.distribution(name)
        for entry in _top_level(distribution):
            source = Path(distribution.locate_file(entry))
            if source.exists() and not (site_packages / entry).exists():
                (site_packages / entry).symlink_to(source)
    (site_packages / "icat-report-src.pth").write_text(str(ROOT / "src") + "\n", encoding="utf-8")
    return home / "bin" / "python"


def _run(python: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {key: value for key, value in os.environ.items() if not key.startswith("PYTHON")}
    return subprocess.run([str(python), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120)


def test_the_core_declares_markdown_jinja_and_the_html_parser():
    core = {_name(r) for r in metadata.requires(PROJECT) or [] if "extra ==" not in r}
    assert {"pyyaml", "pydantic", "markdown", "jinja2", "selectolax"} == core
    assert "mkdocs" not in _needed(sorted(core))


def test_mkdocs_is_absent_from_the_core_environment(core_python):
    result = _run(core_python, "-c", "import mkdocs", cwd=ROOT)
    assert result.returncode != 0 and "No module named 'mkdocs'" in result.stderr


def test_check_runs_on_the_edition_without_mkdocs(core_python, tmp_path):
    project = copy_project(tmp_path / "project")
    result = _run(core_python, "-m", "icat_report", "check", cwd=project)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("data/ is sound: 30 entities, 6 priorities")
    assert "The printed report: the pages show 99.9%" in result.stdout


def test_check_reports_problems_without_mkdocs(core_python, tmp_path):
    project = copy_project(tmp_path / "project")
    members = project / "data" / "members.yaml"
    members.write_text(members.read_text(encoding="utf-8").replace("role: partner", "role: patner", 1), "utf-8")
    result = _run(core_python, "-m", "icat_report", "check", cwd=project)
    assert result.returncode == 1 and "'role' must be one of 'member' or 'partner', not 'patner'" in result.stdout
    assert "Traceback" not in result.stderr


# Modules that need an optional extra, and so are not core: they import their extra's library lazily
# or at the top, and `check` never imports them.
EXTRAS = {
    "icat_report.linkcheck": "links",  # httpx
    "icat_report.paper": "pdf",  # WeasyPrint
}


def test_every_core_module_imports_without_mkdocs(core_python):
    """Each module of the package but those of an optional extra, and __main__ (it runs the command)."""
    modules = sorted(
        name
        for path in (ROOT / "src" / "icat_report").rglob("*.py")
        if path.name != "__main__.py"
        for name in [".".join(path.relative_to(ROOT / "src").with_suffix("").parts).removesuffix(".__init__")]
        if not any(name == extra or name.startswith(extra + ".") for extra in EXTRAS)
    )
    script = "import importlib, sys\nfor name in sys.argv[1:]:\n    importlib.import_module(name)\n"
    result = _run(core_python, "-c", script, *modules, cwd=ROOT)
    assert result.returncode == 0, result.stderr[-2000:]
    assert sys.executable != str(core_python)
