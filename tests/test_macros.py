"""The adapters to MkDocs: macros.py registers named macros, a bad macro call is an
editor's sentence at docs/PAGE.md:LINE:COL, and generated pages edit their data file."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys

import pytest

from icat_report import load_project
from icat_site.plugin import ReportPlugin

from projects import ROOT, build_site, copy_project


def _module(path, name):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class _Env:
    """What define_env uses of the macros plugin's env (a third party's object): enough to see what
    it registers. The report comes from our real plugin, as in a build."""

    def __init__(self, plugin: ReportPlugin) -> None:
        nav = [{"The report": ["foreword.md", "annex.md"]}, {"About": ["editing.md"]}]
        self.conf = {"plugins": {"icat-report": plugin}, "nav": nav, "site_url": ""}
        self.variables: dict = {}
        self.macros: dict = {}
        self.filters: dict = {}

    def macro(self, function, name=None):
        self.macros[name or function.__name__] = function

    def filter(self, function, name=None):
        self.filters[name or function.__name__] = function


@pytest.fixture(scope="module")
def built_site_names(tmp_path_factory) -> dict[str, set[str]]:
    """The names a real build's mkdocs-macros environment defines (read by a hook added to a copy)."""
    project = copy_project(tmp_path_factory.mktemp("names") / "project")
    dump = project / "names.json"
    (project / "hooks" / "names_dump.py").write_text(
        "import json\n\n\ndef on_post_build(config):\n"
        "    p = config.plugins['macros']\n"
        "    names = {'variables': sorted(p.variables), 'globals': sorted(p.env.globals),\n"
        "             'macros': sorted(p.macros), 'filters': sorted(p.env.filters)}\n"
        f"    open({str(dump)!r}, 'w').write(json.dumps(names))\n",
        encoding="utf-8",
    )
    config = project / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8").replace("hooks:\n", "hooks:\n  - hooks/names_dump.py\n", 1), encoding="utf-8"
    )
    build_site(project)
    return {key: set(values) for key, values in json.loads(dump.read_text(encoding="utf-8")).items()}


@pytest.fixture(scope="module")
def registered(edition_project):
    plugin = ReportPlugin()
    plugin.project = load_project(edition_project / "data", edition_project / "docs")
    env = _Env(plugin)
    _module(ROOT / "macros.py", "macros_under_test").define_env(env)
    return env


def test_every_macro_is_a_named_function_with_a_docstring(registered):
    assert {"photo_caption", "member_page", "priority_page", "annex", "field_table"} <= registered.macros.keys()
    for name, function in {**registered.macros, **registered.filters}.items():
        assert function.__name__ != "<lambda>", f"{name} is a lambda"
        assert (function.__doc__ or "").strip(), f"{name} has no docstring"


def test_check_allows_only_names_the_macros_plugin_really_defines(built_site_names, report):
    """`check` accepts a name in a page only if the build defines it: else check and build disagree."""
    from icat_report.macros.macro_set import ReportMacros
    from icat_report.macros.page_names import page_filters, page_names

    assert page_names(report) <= built_site_names["variables"] | built_site_names["globals"]
    assert set(ReportMacros.NAMES) <= built_site_names["macros"]
    assert set(page_filters()) <= built_site_names["filters"]


def test_a_page_prints_data_values_as_typed_text():
    from markupsafe import Markup

    from icat_report.macros.page_names import page_value

    assert page_value("<img src=x onerror=alert(1)> *a*") == r"&lt;img src=x onerror=alert(1)&gt; \*a\*"
    assert page_value(2021) == "2021"
    assert page_value(Markup("**made by a renderer**")) == "**made by a renderer**"


def _strict_build(project) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(project / "site")],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_an_unknown_id_in_a_macro_call_names_the_page_line_and_column(tmp_path):
    project = copy_project(tmp_path / "project")
    page = project / "docs" / "year-in-review" / "coordination.md"
    text = page.read_text(encoding="utf-8")
    call = '{{ photo_caption("coordination-group-meeting") }}'
    assert call in text
    page.write_text(text.replace(call, '{{ photo_caption("coordination-group-meting") }}'), encoding="utf-8")
    line = text[: text.index(call)].count("\n") + 1
    column = len('{{ photo_caption("') + 1

    result = _strict_build(project)

    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert f"docs/year-in-review/coordination.md:{line}:{column}: " in output, output
    assert "coordination-group-meting" in output and "did you mean 'coordination-group-meeting'" in output, output
    assert "Traceback" not in output, output


def test_an_unknown_macro_and_wrong_arguments_are_reported_before_rendering(tmp_path):
    project = copy_project(tmp_path / "project")
    page = project / "docs" / "foreword.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(text + '\n{{ photo_captoin("x") }} {{ annex(3) }}\n', encoding="utf-8")
    line = text.count("\n") + 2

    result = _strict_build(project)

    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert (
        f"docs/foreword.md:{line}:4: there is no macro or variable 'photo_captoin' "
        "(did you mean 'photo_caption'?)" in output
    ), output
    assert f"docs/foreword.md:{line}:29: annex() takes no arguments" in output, output
    assert "Traceback" not in output, output


def test_a_generated_page_edits_its_data_file():
    edit_urls = _module(ROOT / "hooks" / "edit_urls.py", "edit_urls_under_test")
    assert (
        edit_urls.data_edit_url("https://github.com/o/r", "edit/main/docs/", "members.yaml")
        == "https://github.com/o/r/edit/main/data/members.yaml"
    )
    assert (
        edit_urls.data_edit_url("https://gitlab.com/o/r/", "-/edit/main/docs", "activities.yaml")
        == "https://gitlab.com/o/r/-/edit/main/data/activities.yaml"
    )


def test_a_built_member_page_edits_its_data_file_and_a_prose_page_its_source(make_site, monkeypatch):
    """On a real build with the addresses CI sets: MkDocs gives a page made from data no edit link at all."""
    from site_text import page

    monkeypatch.setenv("REPO_URL", "https://github.com/o/r")
    monkeypatch.setenv("EDIT_URI", "edit/main/docs/")
    site = make_site(lambda project: None)

    def edit_link(url_path: str) -> str | None:
        link = page(site, url_path).css_first("a.md-content__button[href*='/edit/']")
        return link.attributes.get("href") if link else None

    assert edit_link("members/unodc/") == "https://github.com/o/r/edit/main/data/members.yaml"
    assert edit_link("priorities/evidence-base/") == "https://github.com/o/r/edit/main/data/activities.yaml"
    assert edit_link("foreword/") == "https://github.com/o/r/edit/main/docs/foreword.md"


def _recording_git(folder) -> tuple[dict, object]:
    """A `git` on PATH that records each call and runs nothing: an environment, and the log's path."""
    log = folder / "git-calls.log"
    fake = folder / "bin" / "git"
    fake.parent.mkdir()
    fake.write_text(f'#!/bin/sh\necho "$@" >> "{log}"\nexit 1\n', encoding="utf-8")
    fake.chmod(0o755)
    import os

    return {**os.environ, "PATH": f"{fake.parent}{os.pathsep}{os.environ['PATH']}"}, log


def test_a_build_runs_no_git_command_while_the_plugin_alone_would(tmp_path):
    """hooks/macros_plugin.py spares each build the macros plugin's dozen git commands (its unused `git`
    variable). Both sides run with a recording `git` first on PATH: the plugin's own function calls it,
    a whole strict build of the site never does."""
    env, log = _recording_git(tmp_path)
    asked = subprocess.run(
        [sys.executable, "-c", "from mkdocs_macros import context; context.get_git_info()"],
        env=env,
        capture_output=True,
        text=True,
    )
    assert asked.returncode == 0, asked.stderr
    assert log.is_file() and log.read_text(encoding="utf-8").strip(), "the plugin no longer runs git: drop the hook"
    log.unlink()

    project = copy_project(tmp_path / "project")
    built = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(tmp_path / "site")],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert built.returncode == 0, built.stdout + built.stderr
    assert not log.exists(), log.read_text(encoding="utf-8")


def test_the_report_pages_are_those_under_the_report_in_reading_order():
    from icat_report.macros.mentions import nav_pages, report_section_pages

    nav = [
        {"Home": "index.md"},
        {"The report": [{"Foreword": "foreword.md"}, {"Review": ["review/index.md", {"A": "review/a.md"}]}]},
        {"About": [{"Open data": "data.md"}, {"Editing": "editing.md"}]},
        {"Out": "https://example.org/"},
    ]
    assert nav_pages(nav) == ["index.md", "foreword.md", "review/index.md", "review/a.md", "data.md", "editing.md"]
    assert report_section_pages(nav) == ["foreword.md", "review/index.md", "review/a.md"]


def test_a_page_title_comes_from_front_matter_else_the_first_heading():
    from icat_report.macros.mentions import page_title

    assert page_title('---\ntitle: "Who we are"\ndescription: x\n---\n\n# Other\n') == "Who we are"
    assert page_title("---\ndescription: x\n---\n\n# Timeline of {{ report.info.year }} { #top }\n") == "Timeline of"
    assert page_title("No heading here.\n") is None
