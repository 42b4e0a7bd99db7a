"""Every kind of editor's mistake gives one exact message at file:line:column.

Each case starts from the small valid data set in fixtures/minimal, changes one
file the way an editor might get it wrong, and asserts the whole message list.
The cases, grouped by kind, are in tests/validation_cases/; the edits in tests/data_edits.py.
"""

from __future__ import annotations

import shutil

import pytest

from icat_report import DataError, load_project

from data_edits import MINIMAL, data_with, problems_for
from validation_cases import CASES


@pytest.fixture(scope="module")
def minimal_report():
    return load_project(MINIMAL / "data", MINIMAL / "docs").report


@pytest.mark.parametrize(
    ("file", "old", "new", "expected"), [case[1:] for case in CASES], ids=[case[0] for case in CASES]
)
def test_each_mistake_has_its_message(tmp_path, file, old, new, expected):
    assert problems_for(tmp_path, file, old, new) == expected


def test_case_names_are_unique():
    names = [case[0] for case in CASES]
    assert sorted(names) == sorted(set(names)), "two cases share a name: one would hide the other in the report"


def test_a_deleted_file_is_named(tmp_path):
    shutil.copytree(MINIMAL, tmp_path / "site")
    (tmp_path / "site" / "data" / "photos.yaml").unlink()
    with pytest.raises(DataError) as caught:
        load_project(tmp_path / "site" / "data")
    assert [str(p) for p in caught.value.problems] == [
        "data/photos.yaml:1:1: this file is missing; restore it from the repository (git checkout -- data/photos.yaml)"
    ]


def test_every_problem_of_a_change_is_reported_at_once(tmp_path):
    site = data_with(tmp_path, "members.yaml", "  role: partner", "  role: patner\n  nmae: x")
    (site / "data" / "events.yaml").write_text(
        (site / "data" / "events.yaml").read_text().replace('"2021-01"', '"2021-13"'), encoding="utf-8"
    )
    with pytest.raises(DataError) as caught:
        load_project(site / "data", site / "docs")
    assert [str(p) for p in caught.value.problems] == [
        "data/events.yaml:4:9: '2021-13' has no month 13; months run from 01 to 12",
        "data/members.yaml:13:9: 'role' must be one of 'member' or 'partner', not 'patner' (did you mean 'partner'?)",
        "data/members.yaml:14:3: unknown field 'nmae' (did you mean 'name'?); fix its spelling or remove it",
    ]
    assert caught.value.report().startswith("The report data has 3 problems; nothing was built:")


def test_a_bom_and_windows_line_ends_are_accepted(tmp_path):
    site = data_with(tmp_path, "members.yaml", None, "")
    text = (MINIMAL / "data" / "members.yaml").read_text(encoding="utf-8")
    (site / "data" / "members.yaml").write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    report = load_project(site / "data", site / "docs").report
    assert [m.id for m in report.members] == ["unodc", "unhcr", "coe"]


def test_a_mailto_address_is_a_valid_link(tmp_path):
    site = data_with(
        tmp_path, "links.yaml", "  title: ICAT Action Plan", '  title: ICAT Action Plan\n  url: "mailto:icat@un.org"'
    )
    assert load_project(site / "data", site / "docs").report.link("action-plan").url == "mailto:icat@un.org"


def test_an_unquoted_date_is_accepted_where_a_date_is_meant(minimal_report):
    date = minimal_report.event("roundtable").date
    assert (str(date), date.label(), date.start.precision) == ("2021-06-30", "30 June 2021", "day")
    assert minimal_report.event("roundtable").model_dump()["date"] == "2021-06-30"


def test_a_date_where_text_is_meant_stays_as_typed(tmp_path):
    site = data_with(tmp_path, "links.yaml", "  title: ICAT Action Plan", "  title: 2021-06-30")
    assert load_project(site / "data", site / "docs").report.link("action-plan").title == "2021-06-30"


def test_an_anchor_the_page_has_is_accepted(tmp_path):
    site = data_with(
        tmp_path,
        "events.yaml",
        "  told_in: year-in-review/coordination.md\n- id: roundtable",
        "  told_in: year-in-review/coordination.md#coordination\n- id: roundtable",
    )
    (site / "data" / "photos.yaml").write_text(
        (site / "data" / "photos.yaml")
        .read_text()
        .replace("page: year-in-review/coordination.md", "page: year-in-review/coordination.md#coordination"),
        encoding="utf-8",
    )
    report = load_project(site / "data", site / "docs").report
    assert report.event("group-meeting").told_in == "year-in-review/coordination.md#coordination"


def test_an_optional_file_may_be_absent_but_not_wrong(tmp_path):
    site = data_with(tmp_path, "members.yaml", None, (MINIMAL / "data" / "members.yaml").read_text(encoding="utf-8"))
    assert load_project(site / "data", site / "docs").report.corrections == ()
    (site / "data" / "corrections.yaml").write_text(
        "- page: nowhere.md\n  kind: typo\n  original: x\n  reason: y\n", encoding="utf-8"
    )
    with pytest.raises(DataError) as caught:
        load_project(site / "data", site / "docs")
    assert [str(p) for p in caught.value.problems] == [
        "data/corrections.yaml:1:9: page 'nowhere.md' does not exist under docs/; give the path of a page, e.g. "
        "year-in-review/survivors.md"
    ]


def test_a_second_highlight_of_the_same_entities_takes_a_number(tmp_path):
    second = "- id: p1-unodc-2\n  priority: 1\n  members: [unodc]\n  text: More research.\n- id: p2-unhcr"
    site = data_with(tmp_path, "activities.yaml", "- id: p2-unhcr", second)
    report = load_project(site / "data", site / "docs").report
    assert [a.id for a in report.activities] == ["p1-unodc", "p1-unodc-2", "p2-unhcr"]
