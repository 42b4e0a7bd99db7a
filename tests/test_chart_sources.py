"""Where a chart's numbers come from: the line that ends every chart (render/charts.py source_line)."""

from __future__ import annotations

from icat_report.render import charts, grid
from icat_report.render.common import url_href_from
from icat_report.text import html


def test_every_chart_ends_with_where_its_numbers_come_from(report):
    """A source line, as statistical publications end a chart: the report, and the Annex for its highlights."""
    title = f"{report.info.organisation_acronym} {report.info.title}".replace("'", "\u2019")
    annex = f"Source: {title}, Annex."  # "Source: ICAT Chairs’ Annual Report 2021, Annex."
    figures = {
        "grid": (html.document(grid.matrix(report, url_href_from("matrix.md"))), annex),
        "priorities": (html.document(charts.priorities_chart(report, lambda path: path)), annex),
        "timeline": (html.document(charts.timeline_chart(report)), annex.removesuffix(", Annex.") + "."),
    }
    for name, (document, expected) in figures.items():
        last = document.css_first("figure").css("p")[-1]
        assert "icat-chart__source" in (last.attributes.get("class") or ""), name
        assert last.text() == expected, name
