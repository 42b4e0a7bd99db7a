"""Every kind of editor's mistake gives one exact message at file:line:column.

Each case starts from the small valid data set in fixtures/minimal, changes one
file the way an editor might get it wrong, and asserts the whole message list.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from icat_report import DataError, load_report

MINIMAL = Path(__file__).parent / "fixtures" / "minimal"


@pytest.fixture(scope="module")
def minimal_report():
    return load_report(MINIMAL / "data", MINIMAL / "docs")


def data_with(tmp_path: Path, file: str, old: str | None, new: str | bytes) -> Path:
    """A copy of the minimal data set where `old` in `file` is replaced by `new`."""
    shutil.copytree(MINIMAL, tmp_path / "site")
    path = tmp_path / "site" / "data" / file
    if isinstance(new, bytes):
        path.write_bytes(new)
    elif old is None:
        path.write_text(new, encoding="utf-8")
    else:
        text = path.read_text(encoding="utf-8")
        assert old in text, f"the fixture no longer contains {old!r}"
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return tmp_path / "site"


def problems_for(tmp_path, file, old, new) -> list[str]:
    site = data_with(tmp_path, file, old, new)
    with pytest.raises(DataError) as caught:
        load_report(site / "data", site / "docs")
    return [str(p) for p in caught.value.problems]


CASES = [
    # -- the file itself -----------------------------------------------------------------
    (
        "yaml-syntax-indent",
        "members.yaml",
        "  name: United Nations Office on Drugs and Crime",
        "name: United Nations Office on Drugs and Crime",
        [
            "data/members.yaml:3:1: YAML syntax error: expected <block end>, but found '?'; check the indentation, "
            "quotes and colons on this line and the one before"
        ],
    ),
    (
        "yaml-syntax-quote",
        "links.yaml",
        "title: ICAT Action Plan",
        'title: "ICAT Action Plan',
        [
            "data/links.yaml:5:10: YAML syntax error: a quotation mark opened here is never closed; check the "
            "indentation, quotes and colons on this line and the one before"
        ],
    ),
    (
        "duplicate-key",
        "members.yaml",
        "  role: partner\n",
        "  role: partner\n  role: member\n",
        [
            "data/members.yaml:14:3: 'role' appears twice in this entry (first on line 13); keep one and delete the "
            "other"
        ],
    ),
    (
        "empty-file",
        "footnotes.yaml",
        None,
        "# nothing yet\n",
        ["data/footnotes.yaml:1:1: the file is empty; it should hold a list of entries (see the example at its top)"],
    ),
    (
        "mapping-not-list",
        "priorities.yaml",
        None,
        "number: 1\nid: evidence-base\ntitle: Building the evidence base\n",
        [
            "data/priorities.yaml:1:1: this file should hold a list of entries, each starting with '- ' (see the "
            "example at its top)"
        ],
    ),
    (
        "report-is-list",
        "report.yaml",
        None,
        "- title: x\n",
        ["data/report.yaml:1:1: this file should hold 'field: value' lines (see the example at its top)"],
    ),
    (
        "entry-not-mapping",
        "acronyms.yaml",
        "- term: SGBV\n  expansion: sexual and gender-based violence\n",
        "- SGBV\n",
        ["data/acronyms.yaml:3:3: each entry should be a set of 'field: value' lines under its '- '"],
    ),
    (
        "not-utf8",
        "footnotes.yaml",
        None,
        "- id: iraq\n  text: Caf\xe9 in Latin-1\n".encode("latin-1"),
        ["data/footnotes.yaml:2:12: the file is not UTF-8 text; save it again with the UTF-8 encoding"],
    ),
    # -- fields ------------------------------------------------------------------------
    (
        "missing-field",
        "members.yaml",
        "  name: United Nations High Commissioner for Refugees\n",
        "",
        ["data/members.yaml:5:3: 'name' is missing; add a line 'name: ...' to this entry"],
    ),
    (
        "unknown-field",
        "members.yaml",
        "  name: Council of Europe",
        "  nmae: Council of Europe",
        ["data/members.yaml:12:3: unknown field 'nmae' (did you mean 'name'?); fix its spelling or remove it"],
    ),
    (
        "unknown-nested-field",
        "report.yaml",
        "  email: icat@un.org",
        "  e-mail: icat@un.org",
        ["data/report.yaml:12:3: unknown field 'e-mail' (did you mean 'email'?); fix its spelling or remove it"],
    ),
    (
        "yaml11-no",
        "acronyms.yaml",
        "- term: SGBV",
        "- term: NO",
        [
            "data/acronyms.yaml:3:9: 'NO' is read by YAML as yes/no (true/false), but 'term' is text; put it in "
            'quotes: term: "NO"'
        ],
    ),
    (
        "yaml11-yes",
        "members.yaml",
        "  acronym: CoE",
        "  acronym: yes",
        [
            "data/members.yaml:11:12: 'yes' is read by YAML as yes/no (true/false), but 'acronym' is text; put it in "
            'quotes: acronym: "yes"'
        ],
    ),
    (
        "yaml11-on",
        "priorities.yaml",
        "  title: Addressing the core drivers",
        "  title: on",
        [
            "data/priorities.yaml:7:10: 'on' is read by YAML as yes/no (true/false), but 'title' is text; put it in "
            'quotes: title: "on"'
        ],
    ),
    (
        "yaml11-time",
        "events.yaml",
        "  title: ICAT Group meeting",
        "  title: 12:30",
        [
            "data/events.yaml:2:10: '12:30' is read by YAML as a number, but 'title' is text; put it in quotes: title: "
            '"12:30"'
        ],
    ),
    (
        "yaml11-number-as-id",
        "members.yaml",
        "- id: coe",
        "- id: 2021",
        [
            "data/members.yaml:10:7: '2021' is read by YAML as a number, but 'id' is text; put it in quotes: id: "
            '"2021"'
        ],
    ),
    (
        "yaml11-no-as-id",
        "members.yaml",
        "- id: coe",
        "- id: NO",
        [
            "data/members.yaml:10:7: 'NO' is read by YAML as yes/no (true/false), but 'id' is text; put it in quotes: "
            'id: "NO"'
        ],
    ),
    (
        "number-as-text",
        "members.yaml",
        "  joined: 2021",
        '  joined: "2021"',
        ["data/members.yaml:9:11: 'joined' must be a whole number, not '2021'"],
    ),
    (
        "bool-wrong",
        "events.yaml",
        "  planned: true",
        "  planned: maybe",
        ["data/events.yaml:26:12: 'planned' must be true or false, not 'maybe'"],
    ),
    (
        "list-where-text",
        "priorities.yaml",
        "  title: Addressing the core drivers",
        "  title: [Addressing, drivers]",
        ["data/priorities.yaml:7:10: 'title' must be text, not a list"],
    ),
    (
        "empty-text",
        "footnotes.yaml",
        "  text: A footnote about [the plan][action-plan].",
        '  text: ""',
        ["data/footnotes.yaml:2:9: 'text' is empty; write a value or remove the line"],
    ),
    (
        "role-choice",
        "members.yaml",
        "  role: partner",
        "  role: patner",
        ["data/members.yaml:13:9: 'role' must be one of 'member' or 'partner', not 'patner'"],
    ),
    (
        "event-kind",
        "events.yaml",
        "  kind: roundtable",
        "  kind: round-table",
        [
            "data/events.yaml:9:9: 'kind' must be one of 'meeting', 'consultation', 'briefing', 'side-event', "
            "'campaign', 'launch', 'statement', 'submission', 'hearing', 'conference', 'roundtable', 'webinar', "
            "'dialogue', 'training', 'publication' or 'session', not 'round-table'"
        ],
    ),
    (
        "id-format",
        "members.yaml",
        "- id: coe",
        "- id: CoE",
        [
            "data/members.yaml:10:7: 'CoE' is not a valid id: use lowercase letters, digits and single hyphens, e.g. "
            "un-women"
        ],
    ),
    (
        "id-list",
        "members.yaml",
        "- id: coe",
        "- id: [coe, x]",
        ["data/members.yaml:10:7: 'id' must be text, not a list"],
    ),
    (
        "id-mapping",
        "members.yaml",
        "- id: coe",
        "- id: {coe: 1}",
        ["data/members.yaml:10:7: 'id' must be text, not a set of fields"],
    ),
    (
        "id-index",
        "members.yaml",
        "- id: coe",
        "- id: index",
        [
            "data/members.yaml:10:7: 'index' cannot be an id: a page index.md would take the place of an overview page "
            "of the site; choose another id"
        ],
    ),
    (
        "id-too-long",
        "members.yaml",
        "- id: coe",
        "- id: " + "c" * 61,
        ["data/members.yaml:10:7: 'id' is 61 characters long, more than the 60 allowed; shorten it"],
    ),
    (
        "title-too-long",
        "events.yaml",
        "  title: ICAT Group meeting",
        "  title: " + "x" * 301,
        ["data/events.yaml:2:10: 'title' is 301 characters long, more than the 300 allowed; shorten it"],
    ),
    (
        "text-too-long",
        "footnotes.yaml",
        "  text: A footnote about [the plan][action-plan].",
        "  text: " + "y" * 5001,
        ["data/footnotes.yaml:2:9: 'text' is 5,001 characters long, more than the 5,000 allowed; shorten it"],
    ),
    (
        "folded-text-slip",
        "activities.yaml",
        "  text: UNHCR conducted research under the [ICAT Action Plan][action-plan].\n",
        "  text: >-\n    UNHCR conducted research under the [ICAT Action Plan][action-plan].\n    points:\n      - A "
        "point.\n",
        [
            "data/activities.yaml:14:5: 'points:' is inside the text of 'text' that starts on line 12; if 'points' is "
            "a field of this entry, indent it as far as 'text:' (a likely indentation mistake)"
        ],
    ),
    (
        "empty-list",
        "activities.yaml",
        "  members: [unhcr]",
        "  members: []",
        ["data/activities.yaml:10:12: 'members' needs at least one entry"],
    ),
    (
        "number-range",
        "priorities.yaml",
        "- number: 2",
        "- number: 0",
        [
            "data/activities.yaml:9:13: priority 2 is not defined in data/priorities.yaml (numbers: 0, 1)",
            "data/priorities.yaml:5:11: 'number' is '0': input should be greater than or equal to 1",
        ],
    ),
    # -- ids and references ----------------------------------------------------------------
    (
        "duplicate-id",
        "members.yaml",
        "- id: coe",
        "- id: unhcr",
        ["data/members.yaml:10:7: id 'unhcr' is used twice (first on line 5); every entry needs its own id"],
    ),
    (
        "duplicate-priority-number",
        "priorities.yaml",
        "- number: 2",
        "- number: 1",
        [
            "data/activities.yaml:9:13: priority 2 is not defined in data/priorities.yaml (numbers: 1)",
            "data/priorities.yaml:5:11: priority number 1 is used twice; each priority needs its own number",
        ],
    ),
    (
        "unknown-member",
        "activities.yaml",
        "  members: [unodc]",
        "  members: [undoc]",
        ["data/activities.yaml:3:13: member 'undoc' is not defined in data/members.yaml (did you mean 'unodc'?)"],
    ),
    (
        "unknown-co-chair",
        "report.yaml",
        "co_chairs: [unodc, unhcr]",
        "co_chairs: [unodc, unchr]",
        ["data/report.yaml:8:20: member 'unchr' is not defined in data/members.yaml (did you mean 'unhcr'?)"],
    ),
    (
        "unknown-priority",
        "activities.yaml",
        "  priority: 2",
        "  priority: 7",
        ["data/activities.yaml:9:13: priority 7 is not defined in data/priorities.yaml (numbers: 1, 2)"],
    ),
    (
        "unknown-organiser",
        "events.yaml",
        "  organisers: [unodc]",
        "  organisers: [unodc-hq]",
        [
            "data/events.yaml:11:16: organiser 'unodc-hq' is not defined in data/members.yaml (or use 'icat' for the "
            "group itself) (did you mean 'unodc'?)"
        ],
    ),
    (
        "unknown-link",
        "activities.yaml",
        "[glotip-2020]",
        "[glotip-2021]",
        [
            "data/activities.yaml:4:9: link 'glotip-2021' is not defined in data/links.yaml (did you mean "
            "'glotip-2020'?)"
        ],
    ),
    (
        "unknown-footnote",
        "activities.yaml",
        "[^iraq]",
        "[^irak]",
        ["data/activities.yaml:4:9: footnote 'irak' is not defined in data/footnotes.yaml (did you mean 'iraq'?)"],
    ),
    (
        "unknown-event",
        "photos.yaml",
        "  event: group-meeting",
        "  event: group-meting",
        [
            "data/photos.yaml:4:10: event 'group-meting' is not defined in data/events.yaml (did you mean "
            "'group-meeting'?)"
        ],
    ),
    (
        "unknown-photo-member",
        "photos.yaml",
        "      member: unodc",
        "      member: unodoc",
        ["data/photos.yaml:8:15: member 'unodoc' is not defined in data/members.yaml (did you mean 'unodc'?)"],
    ),
    (
        "unknown-acronym-member",
        "acronyms.yaml",
        "  member: unodc",
        "  member: undoc",
        ["data/acronyms.yaml:2:11: member 'undoc' is not defined in data/members.yaml (did you mean 'unodc'?)"],
    ),
    (
        "unknown-event-link",
        "events.yaml",
        "  priority: 1\n",
        "  priority: 1\n  link: glotip-2021\n",
        ["data/events.yaml:16:9: link 'glotip-2021' is not defined in data/links.yaml (did you mean 'glotip-2020'?)"],
    ),
    (
        "unknown-anchor",
        "events.yaml",
        "  told_in: year-in-review/coordination.md\n- id: roundtable",
        "  told_in: year-in-review/coordination.md#cordination\n- id: roundtable",
        [
            "data/events.yaml:6:12: page 'year-in-review/coordination.md' has no heading or anchor '#cordination' (did "
            "you mean 'coordination'?); use an id the page has (see its headings' ¶ links) or give the page alone"
        ],
    ),
    (
        "unknown-page",
        "events.yaml",
        "  told_in: year-in-review/coordination.md\n- id: roundtable",
        "  told_in: year-in-review/cordination.md\n- id: roundtable",
        [
            "data/events.yaml:6:12: page 'year-in-review/cordination.md' does not exist under docs/; give the path of "
            "a page, e.g. year-in-review/survivors.md"
        ],
    ),
    # -- dates -------------------------------------------------------------------------
    (
        "date-malformed",
        "events.yaml",
        'date: "2021-01"',
        'date: "January 2021"',
        [
            'data/events.yaml:4:9: \'January 2021\' is not a date: write "2021-06-15", "2021-06", "2021" or a range '
            '"2021-11-22/2021-11-23"'
        ],
    ),
    (
        "date-month",
        "events.yaml",
        'date: "2021-01"',
        'date: "2021-13"',
        ["data/events.yaml:4:9: '2021-13' has no month 13; months run from 01 to 12"],
    ),
    (
        "date-impossible",
        "events.yaml",
        "date: 2021-06-30",
        'date: "2021-02-30"',
        ["data/events.yaml:10:9: '2021-02-30' is not a real date: February 2021 has 28 days"],
    ),
    (
        "date-month-unquoted",
        "events.yaml",
        "date: 2021-06-30",
        "date: 2021-13-01",
        ["data/events.yaml:10:9: '2021-13-01' has no month 13; months run from 01 to 12"],
    ),
    (
        "date-impossible-unquoted",
        "events.yaml",
        "date: 2021-06-30",
        "date: 2021-02-30",
        ["data/events.yaml:10:9: '2021-02-30' is not a real date: February 2021 has 28 days"],
    ),
    (
        "date-year-unquoted",
        "events.yaml",
        'date: "2021-01"',
        "date: 2021",
        [
            "data/events.yaml:4:9: '2021' is read by YAML as a number, but 'date' is text; put it in quotes: date: "
            '"2021"'
        ],
    ),
    (
        "date-after-year",
        "events.yaml",
        "  planned: true\n",
        "",
        [
            "data/events.yaml:25:9: '2022-02' is after the report's year 2021; if the report says it will happen, add "
            "'planned: true', otherwise fix the year"
        ],
    ),
    (
        "date-far",
        "events.yaml",
        'date: "2021-01"',
        'date: "2012-01"',
        ["data/events.yaml:4:9: '2012-01' is far from the report's year 2021; check the year"],
    ),
    (
        "date-range-backwards",
        "events.yaml",
        '"2021-11-22/2021-11-23"',
        '"2021-11-23/2021-11-22"',
        [
            "data/events.yaml:20:9: the range '2021-11-23/2021-11-22' ends before it starts; write the earlier date "
            "first"
        ],
    ),
    (
        "qualifier-without-number",
        "events.yaml",
        "  participants: 130\n",
        "",
        ["data/events.yaml:13:27: participants_qualifier needs a participants number"],
    ),
    # -- addresses and hostile text -------------------------------------------------------------
    (
        "url-no-scheme",
        "links.yaml",
        '"https://sherloc',
        '"sherloc',
        ["data/links.yaml:3:8: 'url': an address must start with https:// or http:// (or mailto: for e-mail)"],
    ),
    (
        "url-javascript",
        "links.yaml",
        '"https://sherloc.unodc.org/cld/en/bibliography/2020/global_report_on_trafficking_in_persons.html?lng=en"',
        '"javascript:alert(1)"',
        ["data/links.yaml:3:8: 'url': an address must start with https:// or http:// (or mailto: for e-mail)"],
    ),
    (
        "mailto-malformed",
        "links.yaml",
        '"https://sherloc.unodc.org/cld/en/bibliography/2020/global_report_on_trafficking_in_persons.html?lng=en"',
        '"mailto:icat"',
        ["data/links.yaml:3:8: 'url': an e-mail link looks like mailto:name@example.org"],
    ),
    (
        "url-incomplete",
        "report.yaml",
        '"http://icat.un.org/"',
        '"https://icat"',
        [
            "data/report.yaml:11:12: 'website': this is not a complete web address: it needs a host such as "
            "https://www.example.org/"
        ],
    ),
    (
        "email-malformed",
        "report.yaml",
        "icat@un.org",
        "icat at un.org",
        [
            "data/report.yaml:12:10: 'email': an e-mail address looks like name@example.org (letters, digits and . _ + "
            "- only)"
        ],
    ),
    (
        "inline-javascript-link",
        "footnotes.yaml",
        "[the plan][action-plan]",
        "[the plan](javascript:alert(1))",
        [
            "data/footnotes.yaml:2:9: the link target 'javascript:alert(1' is not allowed: put the address in "
            "data/links.yaml (https:// or http:// only) and write [words][link-id]"
        ],
    ),
    (
        "inline-raw-address",
        "footnotes.yaml",
        "[the plan][action-plan]",
        "[the plan](https://example.org/plan)",
        [
            "data/footnotes.yaml:2:9: the link target 'https://example.org/plan' is not allowed: put the address in "
            "data/links.yaml (https:// or http:// only) and write [words][link-id]"
        ],
    ),
    (
        "missing-file",
        "acronyms.yaml",
        None,
        b"",
        ["data/acronyms.yaml:1:1: the file is empty; it should hold a list of entries (see the example at its top)"],
    ),
]


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
        load_report(tmp_path / "site" / "data")
    assert [str(p) for p in caught.value.problems] == [
        "data/photos.yaml:1:1: this file is missing; restore it from the repository (git checkout -- data/photos.yaml)"
    ]


def test_every_problem_of_a_change_is_reported_at_once(tmp_path):
    site = data_with(tmp_path, "members.yaml", "  role: partner", "  role: patner\n  nmae: x")
    (site / "data" / "events.yaml").write_text(
        (site / "data" / "events.yaml").read_text().replace('"2021-01"', '"2021-13"'), encoding="utf-8"
    )
    with pytest.raises(DataError) as caught:
        load_report(site / "data", site / "docs")
    assert [str(p) for p in caught.value.problems] == [
        "data/events.yaml:4:9: '2021-13' has no month 13; months run from 01 to 12",
        "data/members.yaml:13:9: 'role' must be one of 'member' or 'partner', not 'patner'",
        "data/members.yaml:14:3: unknown field 'nmae' (did you mean 'name'?); fix its spelling or remove it",
    ]
    assert caught.value.report().startswith("The report data has 3 problems; nothing was built:")


def test_a_bom_and_windows_line_ends_are_accepted(tmp_path):
    site = data_with(tmp_path, "members.yaml", None, "")
    text = (MINIMAL / "data" / "members.yaml").read_text(encoding="utf-8")
    (site / "data" / "members.yaml").write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    report = load_report(site / "data", site / "docs")
    assert [m.id for m in report.members] == ["unodc", "unhcr", "coe"]


def test_a_mailto_address_is_a_valid_link(tmp_path):
    site = data_with(
        tmp_path, "links.yaml", "  title: ICAT Action Plan", '  title: ICAT Action Plan\n  url: "mailto:icat@un.org"'
    )
    assert load_report(site / "data", site / "docs").link_by_id["action-plan"].url == "mailto:icat@un.org"


def test_an_unquoted_date_is_accepted_where_a_date_is_meant(minimal_report):
    date = minimal_report.event_by_id["roundtable"].date
    assert (str(date), date.label(), date.start.precision) == ("2021-06-30", "30 June 2021", "day")
    assert minimal_report.event_by_id["roundtable"].model_dump()["date"] == "2021-06-30"


def test_a_date_where_text_is_meant_stays_as_typed(tmp_path):
    site = data_with(tmp_path, "links.yaml", "  title: ICAT Action Plan", "  title: 2021-06-30")
    assert load_report(site / "data", site / "docs").link_by_id["action-plan"].title == "2021-06-30"


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
    report = load_report(site / "data", site / "docs")
    assert report.event_by_id["group-meeting"].told_in == "year-in-review/coordination.md#coordination"


def test_an_optional_file_may_be_absent_but_not_wrong(tmp_path):
    site = data_with(tmp_path, "members.yaml", None, (MINIMAL / "data" / "members.yaml").read_text(encoding="utf-8"))
    assert load_report(site / "data", site / "docs").corrections == ()
    (site / "data" / "corrections.yaml").write_text(
        "- page: nowhere.md\n  kind: typo\n  original: x\n  reason: y\n", encoding="utf-8"
    )
    with pytest.raises(DataError) as caught:
        load_report(site / "data", site / "docs")
    assert [str(p) for p in caught.value.problems] == [
        "data/corrections.yaml:1:9: page 'nowhere.md' does not exist under docs/; give the path of a page, e.g. "
        "year-in-review/survivors.md"
    ]
