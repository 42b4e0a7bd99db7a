"""The editors' tools: JSON Schemas kept current, schema lines in the data, the check command."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml

from icat_report.model.files import DATA_FILES
from icat_report.model.schema import schema_texts

from projects import EDITION, ROOT, copy_project

MINIMAL = Path(__file__).parent / "fixtures" / "minimal"


def test_the_committed_schemas_are_generated_from_the_model():
    for name, text in schema_texts().items():
        committed = ROOT / "schemas" / name
        assert committed.is_file() and committed.read_text(encoding="utf-8") == text, (
            f"schemas/{name} is stale: run `make schemas`"
        )


@pytest.mark.parametrize("spec", DATA_FILES, ids=lambda spec: spec.name)
def test_every_data_file_names_its_schema_and_validates_against_it(spec):
    """On the 2021 edition's files (tests/test_live_data.py validates data/ as it is against the schemas)."""
    path = EDITION / "data" / spec.name
    first_line = path.read_text(encoding="utf-8").splitlines()[0]
    schema_name = spec.name.replace(".yaml", ".schema.json")
    assert first_line == f"# yaml-language-server: $schema=../schemas/{schema_name}"
    lines = path.read_text(encoding="utf-8").splitlines()
    assert sum(1 for line in lines[:15] if line.startswith("#")) >= 3, "a short commented example belongs at the top"
    schema = json.loads((ROOT / "schemas" / schema_name).read_text(encoding="utf-8"))
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    jsonschema.validate(json.loads(json.dumps(data, default=str)), schema)


def test_schema_descriptions_are_written_for_editors():
    members = json.loads(schema_texts()["members.schema.json"])
    fields = members["$defs"]["Member"]["properties"]
    assert all(field.get("description") for field in fields.values())
    assert members["$defs"]["Member"]["additionalProperties"] is False


def run_check(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "icat_report", "check", *args], cwd=cwd, capture_output=True, text=True
    )


def test_the_check_command_summarises_the_edition_and_its_departures(edition_project):
    result = run_check(cwd=edition_project)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "data/ is sound: 30 entities, 6 priorities, 37 highlights, 51 events, 73 links."
    assert lines[1].startswith("The printed report: the pages show 99.9% of its 8,927 words")
    assert lines[1].endswith("; it holds the same records.") and len(lines) == 2, lines


def test_the_check_command_tells_what_moved_from_the_printed_report(tmp_path):
    from editor_changes import add_highlight, remove_unnamed_event

    project = copy_project(tmp_path / "project")
    add_highlight(project)
    remove_unnamed_event(project)
    result = run_check(cwd=project)
    assert result.returncode == 0, result.stdout + result.stderr
    line = next(
        n
        for n, text in enumerate((project / "data" / "activities.yaml").read_text().splitlines(), 1)
        if text == "- id: p2-ilo"
    )
    assert result.stdout.splitlines()[1].endswith("; records since printing: 1 added, 1 removed (listed below).")
    assert f"  data/activities.yaml:{line}:7: 'p2-ilo' is not in the printed report (added)" in result.stdout
    assert "  data/events.yaml: 'analytical-review-2020' of the printed report is no longer here (removed)" in (
        result.stdout
    )
    assert "information, not a problem" in result.stdout
    github = run_check("--github", cwd=project)
    assert (
        f"::notice file=data/activities.yaml,line={line},col=7,title=Not in the printed report::'p2-ilo' was added "
        "after the report was printed"
    ) in github.stdout.splitlines()


def test_the_check_command_lists_every_problem_and_fails(tmp_path):
    site = tmp_path / "site"
    import shutil

    shutil.copytree(MINIMAL, site)
    members = site / "data" / "members.yaml"
    members.write_text(members.read_text().replace("role: partner", "role: patner"), encoding="utf-8")
    activities = site / "data" / "activities.yaml"
    activities.write_text(activities.read_text().replace("members: [unodc]", "members: [undoc]"), encoding="utf-8")
    result = run_check("--data", "data", "--docs", "docs", cwd=site)
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "data/activities.yaml:3:13: member 'undoc' is not defined in data/members.yaml (did you mean 'unodc'?)",
        "data/members.yaml:13:9: 'role' must be one of 'member' or 'partner', not 'patner' (did you mean 'partner'?)",
    ]
    assert "2 problems in data/" in result.stderr and "Traceback" not in result.stderr
    github = run_check("--data", "data", "--docs", "docs", "--github", cwd=site)
    assert github.stdout.splitlines()[0] == (
        "::error file=data/activities.yaml,line=3,col=13,title=Report data::member 'undoc' is not defined in "
        "data/members.yaml (did you mean 'unodc'?)"
    )


def test_yamllint_passes_the_editions_data_with_the_project_rules():
    result = subprocess.run(
        [sys.executable, "-m", "yamllint", "--strict", "-c", str(ROOT / ".yamllint.yaml"), str(EDITION / "data")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout


def test_yamllint_catches_a_truthy_value_and_a_duplicate_key(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("- id: x\n  id: y\n  acronym: NO\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "yamllint", "-c", str(ROOT / ".yamllint.yaml"), str(bad)], capture_output=True, text=True
    )
    assert result.returncode == 1
    assert "duplication of key" in result.stdout and "truthy value should be one of" in result.stdout


def test_the_schemas_tell_editors_the_date_pattern_and_the_reserved_ids():
    events = json.loads(schema_texts()["events.schema.json"])["$defs"]["Event"]["properties"]
    assert events["date"]["type"] == "string" and events["date"]["pattern"].startswith("^\\d{4}")
    assert events["id"]["not"] == {"enum": ["index", "readme"]} and events["title"]["maxLength"] == 300
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate("index", events["id"])
