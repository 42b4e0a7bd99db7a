"""The entities-by-priority grid's bottom row: a joint highlight is counted once there, and the grid says so
where the reader sees the numbers (icat_report.render.grid)."""

from __future__ import annotations

import dataclasses

from icat_report.render import grid
from icat_report.render.common import url_href_from
from icat_report.text import html


def _grid(report) -> html.Node:
    return html.document(grid.matrix(report, url_href_from("matrix.md")))


def test_the_grids_bottom_row_says_a_joint_highlight_is_counted_once(report):
    document = _grid(report)
    table = document.css_first("table")
    joint = [a for a in report.activities if len(set(a.members)) > 1]
    assert joint, "the 2021 report has joint highlights: this test needs one"
    cells = [[int(td.text()) if td.css_first("a") else 0 for td in tr.css("td")] for tr in table.css("tbody tr")]
    totals = [int(td.text()) for td in table.css("tfoot td")]
    # The claim the label and the note make: the columns add up to more than the bottom row, by the joint ones.
    extra = sum(sum(column) for column in zip(*cells, strict=True)) - sum(totals)
    assert extra == sum(len(set(a.members)) - 1 for a in joint) > 0
    assert " ".join(table.css_first("tfoot th").text().split()) == "Highlights (a joint one counted once)"
    notes = [" ".join(p.text().split()) for p in document.css("p.icat-matrix__caveat")]
    assert f"The bottom row counts each highlight once. {len(joint)} highlights were reported jointly" in notes[0]
    alone = dataclasses.replace(report, activities=tuple(a for a in report.activities if a not in joint))
    table = _grid(alone).css_first("table")
    assert table.css_first("tfoot th").text() == "All highlights", "no joint highlight: the row is the column sums"
    assert len(_grid(alone).css("p.icat-matrix__caveat")) == 1, "only the Annex's caveat"
