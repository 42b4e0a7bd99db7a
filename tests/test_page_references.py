"""`check` finds what the strict build finds in pages: unknown ids in links, footnotes and macro calls
(icat_report.project.load_project, which both call).

And the lookups the macros use raise an editor's sentence with a did-you-mean.
"""

from __future__ import annotations

import pytest

from icat_report import DataError, load_project
from icat_report.report import UnknownId

from data_edits import data_with

PAGE = "year-in-review/coordination.md"


def _problems(site, text: str) -> list[str]:
    (site / "docs" / PAGE).write_text(text, encoding="utf-8")
    with pytest.raises(DataError) as caught:
        load_project(site / "data", site / "docs")
    return [str(p) for p in caught.value.problems]


@pytest.fixture
def site(tmp_path):
    return data_with(
        tmp_path, "footnotes.yaml", None, "- id: iraq\n  text: A footnote about [the plan][action-plan].\n"
    )


def test_unknown_ids_in_a_page_are_reported_at_their_line(site):
    text = (
        "# Coordination\n\nSee [the plan][action-plam] and a note.[^irak]\n\n"
        '{{ photo_caption("meting") }}\n\n{{ member_page("undoc") }} {{ priority_page("evidence") }}\n'
    )
    assert _problems(site, text) == [
        "docs/year-in-review/coordination.md:3:16: link 'action-plam' is not defined in data/links.yaml; add it there "
        "or fix the id",
        "docs/year-in-review/coordination.md:3:42: footnote 'irak' is not defined in data/footnotes.yaml; add it there "
        "or fix the id",
        "docs/year-in-review/coordination.md:5:19: no photo 'meting' in data/photos.yaml (did you mean 'meeting'?)",
        "docs/year-in-review/coordination.md:7:17: no member or partner 'undoc' in data/members.yaml (did you mean "
        "'unodc'?)",
        "docs/year-in-review/coordination.md:7:46: no priority 'evidence' in data/priorities.yaml (did you mean "
        "'evidence-base'?)",
    ]


def test_examples_in_code_are_not_uses(site):
    text = (
        '# Coordination\n\n`[words][no-such-link]` and `{% raw %}{{ photo_caption("x") }}{% endraw %}`\n\n'
        '```\n[^nothing]\n```\n\n{% raw %}{{ member_page("nobody") }}{% endraw %}\n'
    )
    (site / "docs" / PAGE).write_text(text, encoding="utf-8")
    assert load_project(site / "data", site / "docs").report.photo("meeting").page == PAGE


def test_a_macro_call_in_code_still_runs_and_is_checked(site):
    """The macros plugin renders the page as a template before Markdown sees its code spans: only
    {% raw %} keeps a call from running, so `check` reports a call in backticks as the build fails on it."""
    text = '# Coordination\n\n`{{ photo_caption("x") }}`\n'
    (site / "docs" / PAGE).write_text(text, encoding="utf-8")
    with pytest.raises(DataError) as caught:
        load_project(site / "data", site / "docs")
    assert [str(p) for p in caught.value.problems] == [f"docs/{PAGE}:3:20: no photo 'x' in data/photos.yaml"]


def test_lookups_raise_an_editors_sentence(site):
    report = load_project(site / "data", site / "docs").report
    assert report.member("unodc").acronym == "UNODC"
    assert report.priority("core-drivers").number == 2
    with pytest.raises(UnknownId) as caught:
        report.photo("meting")
    assert isinstance(caught.value, KeyError)
    assert str(caught.value) == "no photo 'meting' in data/photos.yaml (did you mean 'meeting'?)"
    with pytest.raises(KeyError, match="no member or partner"):
        report.member(["not", "hashable"])
    with pytest.raises(KeyError, match="no priority 'False'"):
        report.priority(False)


def test_a_page_outside_docs_is_not_a_page(site):
    events = site / "data" / "events.yaml"
    (site / "README.md").write_text("# Readme\n", encoding="utf-8")
    events.write_text(
        events.read_text().replace(
            "told_in: year-in-review/coordination.md\n- id: roundtable", "told_in: ../README.md\n- id: roundtable", 1
        ),
        encoding="utf-8",
    )
    with pytest.raises(DataError) as caught:
        load_project(site / "data", site / "docs")
    assert [str(p) for p in caught.value.problems] == [
        "data/events.yaml:6:12: 'told_in': a page path starts from docs/ and cannot go up a folder, e.g. "
        "year-in-review/coordination.md"
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            '{% include "nope.md" %}',
            "5:1: '{% include %}' is not used in these pages: a page is text plus macro calls "
            "such as {{ timeline() }}; remove it",
        ),
        ("{% for x in report.members %}{{ x }}{% endfor %}", "5:1: '{% for %}' is not used in these pages"),
        ("{{ report.nope.name }}", "5:4: 'report.nope' does not exist; check the name"),
        ("{{ report.info.yeer }}", "5:4: 'report.info.yeer' does not exist (did you mean 'year'?); check the name"),
        ("{{ report.__class__ }}", "5:4: 'report.__class__' is not something a page can show; remove it"),
        ('{{ report.info.year + "a" }}', "5:1: this value cannot be shown: TypeError: unsupported operand type(s)"),
        # A field through a filter is read without compiling a template (macros/expressions.py): it still fails.
        ("{{ report.info.title | in_words }}", "5:1: this value cannot be shown: TypeError: '<=' not supported"),
        ('{{ photo_caption("meet" + "ing") }} {{ photo_caption("x" * 3) }}', "5:4: no photo 'xxx' in data/photos.yaml"),
        ("{{ members_list(None) }}", "5:17: no role 'None' in data/members.yaml (a role is member or partner)"),
        ("{{ annex(1) }}", "5:4: annex() takes no arguments; write {{ annex() }}"),
        ("{{ timeline() | nope }}", "5:1: the macro syntax is broken: No filter named 'nope'."),
    ],
)
def test_a_page_is_text_plus_macro_calls_checked_before_rendering(site, line, expected):
    """What the build would fail on while rendering, `check` finds first, at the page's line."""
    problems = _problems(site, f"# Coordination\n\nText.\n\n{line}\n")
    assert len(problems) == 1 and problems[0].startswith(f"docs/{PAGE}:{expected}"), problems


def test_values_and_literal_expressions_that_work_pass(site):
    text = (
        "# Coordination\n\n{{ joined_total | in_words }} {{ report.info.year + 1 }} "
        '{{ photo_caption("meet" + "ing") }}\n'
    )
    (site / "docs" / PAGE).write_text(text, encoding="utf-8")
    assert load_project(site / "data", site / "docs").report.photo("meeting").page == PAGE
