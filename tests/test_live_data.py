"""data/ and docs/ as they are: what must hold for ANY valid data, so that every valid edit publishes.

These tests never name a count, an id or a sentence of the 2021 report: they compare what the site
shows with what the data holds. (The 2021 edition's own figures are proven on its frozen copy:
test_edition_2021.py.) tests/test_editor_changes.py runs them on copies changed as editors change
the data, through $ICAT_LIVE_PROJECT (projects.py).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys

import jsonschema
import pytest
import yaml

from icat_report.model.files import DATA_FILES
from icat_report.model.schema import schema_texts
from icat_report.render.common import member_page_path, priority_page_path
from icat_report.validate.page_ids import RAW

from projects import live_root
from site_text import expected_figures, figures, matrix_cell, matrix_row, page, page_text, straight

pytestmark = pytest.mark.live

# A value the prose quotes (docs/*.md: "{{ entities_total }}") and what it counts.
QUOTED_COUNTS = {
    "entities_total": lambda report: len(report.members),
    "members_total": lambda report: sum(1 for m in report.members if m.role == "member"),
    "partners_total": lambda report: sum(1 for m in report.members if m.role == "partner"),
}


def _built(src: str) -> str:
    """A page's address from its path under docs/: members/unodc.md -> members/unodc/, index.md -> ""."""
    stem = src.removesuffix(".md")
    return stem.removesuffix("index") if stem == "index" or stem.endswith("/index") else stem + "/"


def test_the_check_passes_and_counts_what_the_data_holds(live_project):
    result = subprocess.run(
        [sys.executable, "-m", "icat_report", "check"], cwd=live_root(), capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    report = live_project.report
    assert result.stdout.splitlines()[0] == (
        f"data/ is sound: {len(report.members)} entities, {len(report.priorities)} priorities, "
        f"{len(report.activities)} highlights, {len(report.events)} events, {len(report.links)} links."
    )
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("spec", DATA_FILES, ids=lambda spec: spec.name)
def test_every_data_file_validates_against_its_schema(spec):
    path = live_root() / "data" / spec.name
    if not spec.required and not path.exists():
        pytest.skip(f"data/{spec.name} is optional and absent")  # nothing to validate: not a pass
    schema = json.loads(schema_texts()[spec.name.replace(".yaml", ".schema.json")])
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    jsonschema.validate(json.loads(json.dumps(data, default=str)), schema)


def test_the_home_figures_are_the_counts_of_the_data(live_project, live_site):
    assert {key: number for key, (number, _, _) in figures(live_site).items()} == expected_figures(live_project.report)


def test_every_count_the_prose_quotes_is_the_count_of_the_data(live_project, live_site):
    report = live_project.report
    for src, text in live_project.pages.texts.items():
        used = RAW.sub("", text)  # {% raw %} ... {% endraw %}: an example of a value, not a use
        for name in dict.fromkeys(re.findall(r"\{\{\s*(\w+)\s*\}\}", used)):
            if name in QUOTED_COUNTS:
                shown = page_text(live_site, _built(src))
                assert re.search(rf"\b{QUOTED_COUNTS[name](report)}\b", shown), f"docs/{src}: {name} not shown"


def test_every_member_has_its_page_and_its_row_in_the_grid(live_project, live_site):
    report = live_project.report
    grid = page(live_site, "matrix/").css_first(".icat-matrix table")
    for member in report.members:
        assert straight(member.name) in page_text(live_site, _built(member_page_path(member))), member.id
        row = matrix_row(grid, "../" + _built(member_page_path(member)), member.short_name)
        counts = [matrix_cell(cell) for cell in row.css("td")]  # a cell per priority, no totals, no zero group
        expected = [
            sum(1 for a in report.activities_of(member.id) if a.priority == p.number) for p in report.priorities
        ]
        assert counts == [str(n) if n else "" for n in expected], member.id


def test_every_priority_has_its_page_and_its_column(live_project, live_site):
    report = live_project.report
    columns = [a.attributes.get("href") for a in page(live_site, "matrix/").css("thead th a")]
    assert columns == ["../" + _built(priority_page_path(p)) for p in report.priorities]
    for priority in report.priorities:
        assert straight(priority.title) in page_text(live_site, _built(priority_page_path(priority))), priority.id


def test_every_event_is_on_the_timeline(live_project, live_site):
    shown = page_text(live_site, "timeline/")
    for event in live_project.report.events:
        assert " ".join(straight(event.title).split()) in shown, event.id
