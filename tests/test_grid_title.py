"""The entities-by-priority grid's title: its finding, computed from the highlights (icat_report.render.grid)."""

from __future__ import annotations

import dataclasses

from icat_report.render import grid
from icat_report.render.common import url_href_from
from icat_report.text import html


def _grid(report) -> html.Node:
    return html.document(grid.matrix(report, url_href_from("matrix.md")))


def test_the_grids_title_states_its_finding_from_the_data(report):
    reach = {
        p.number: len({m for a in report.activities_under(p.number) for m in a.members}) for p in report.priorities
    }
    reporting = len({m for a in report.activities for m in a.members})
    widest = [p for p in report.priorities if reach[p.number] == max(reach.values())]
    title = " ".join(_grid(report).css_first("figure > figcaption#chart-grid-caption").text().split())
    if len(widest) == 1:
        expected = f"Priority {widest[0].number}, {widest[0].short_title}, drew the most entities"
        assert title == f"{expected}: {max(reach.values())} of the {reporting} that reported highlights"
    narrowest = min(reach.values())
    spread = _grid(report).css_first("figure > p.icat-chart__description").text()
    assert spread == f"Under each priority, between {narrowest} and {max(reach.values())} entities reported highlights."
    # The data moves the finding: without the highlights under the widest priority, another one leads.
    fewer = dataclasses.replace(
        report, activities=tuple(a for a in report.activities if a.priority != widest[0].number)
    )
    assert f"Priority {widest[0].number}," not in grid.caption(fewer) and grid.caption(fewer) != title
