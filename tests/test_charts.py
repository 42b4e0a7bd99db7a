"""The report's pictures (render/charts.py) and the matrix grid, as HTML from data (no MkDocs).

Each picture is a figure with an accessible name whose text holds every number it
draws; a hostile title stays text; the numbers move when the data does.
"""

from __future__ import annotations

import calendar
import dataclasses
import re
from collections import Counter

import pytest

from icat_report.render import browse_pages, charts
from icat_report.render.common import url_href_from
from icat_report.text import html

HOSTILE = "<img src=x onerror=alert(1)>{{ 7*7 }}\" ' --> **bold** [x](javascript:alert(2)) &amp;"


def _figure(markup: str) -> html.Node:
    figures = html.document(markup).css("figure")
    assert len(figures) == 1, markup[:200]
    return figures[0]


def _accessible_name(figure: html.Node) -> str:
    """The figure's name: aria-labelledby's element, else aria-label, else its figcaption."""
    document_ids = {node.attributes.get("id"): node for node in figure.css("[id]")}
    labelled_by = figure.attributes.get("aria-labelledby")
    if labelled_by:
        return " ".join(document_ids[ident].text() for ident in labelled_by.split())
    if figure.attributes.get("aria-label"):
        return figure.attributes["aria-label"]
    caption = figure.css_first("figcaption")
    return caption.text() if caption is not None else ""


def _bar_rows(figure: html.Node) -> dict[str, int]:
    """A bar chart's table as {label: count}, read from the text (not from the bars)."""
    rows = {}
    for row in figure.css("tbody tr"):
        rows[" ".join(row.css_first("th").text().split())] = int(row.css_first("td").text().strip())
    return rows


def _charts(report) -> dict[str, str]:
    return {
        "priorities": charts.priorities_chart(report, url_href_from("priorities.md")),
        "entities": charts.entities_chart(report, url_href_from("members.md")),
        "timeline": charts.timeline_chart(report),
    }


@pytest.mark.parametrize("name", ["priorities", "entities", "timeline"])
def test_every_chart_is_a_figure_with_an_accessible_name(report, name):
    figure = _figure(_charts(report)[name])
    assert figure.tag == "figure"
    assert len(_accessible_name(figure).split()) >= 4, figure.html[:300]
    for image in figure.css('[role="img"]'):
        assert image.attributes.get("aria-label"), image.html[:200]
    assert not figure.css("script, svg script, [onload], [onerror]")


def test_the_priorities_chart_holds_every_count_as_text(report):
    figure = _figure(charts.priorities_chart(report, url_href_from("priorities.md")))
    rows = _bar_rows(figure)
    expected = {
        f"#{p.number} {charts.priority_label(p)}": len(report.activities_under(p.number)) for p in report.priorities
    }
    assert rows == expected
    assert str(len(report.activities)) in _accessible_name(figure)
    # Column headers for the table equivalent, and each label links to the priority's page.
    assert [th.text() for th in figure.css('thead th[scope="col"]')] == ["Priority", "Highlights"]
    assert [a.attributes["href"] for a in figure.css("tbody th a")] == [f"{p.id}/" for p in report.priorities]


def test_the_entities_chart_holds_every_entity_with_highlights_most_first(report):
    figure = _figure(charts.entities_chart(report, url_href_from("members.md")))
    rows = _bar_rows(figure)
    expected = {m.short_name: len(report.activities_of(m.id)) for m in report.members if report.activities_of(m.id)}
    assert rows == expected
    assert list(rows.values()) == sorted(rows.values(), reverse=True)
    assert f"{len(expected)} of the {len(report.members)}" in _accessible_name(figure)


def test_a_bar_is_as_long_as_its_share_of_the_largest_count(report):
    figure = _figure(charts.priorities_chart(report, url_href_from("priorities.md")))
    largest = max(_bar_rows(figure).values())
    for row in figure.css("tbody tr"):
        count = int(row.css_first("td").text())
        share = float(re.fullmatch(r"--share: ([0-9.]+)", row.css_first(".icat-bars__bar").attributes["style"])[1])
        assert share == pytest.approx(count / largest, abs=0.001)
        assert row.css_first(".icat-bars__bar").attributes.get("aria-hidden") == "true"


def test_the_timeline_counts_every_event_by_year_and_month(report):
    figure = _figure(charts.timeline_chart(report))
    marks = figure.css(".icat-timeline__year .icat-timeline__mark")
    assert len(marks) == len(report.events)
    planned = [mark for mark in marks if "icat-timeline__mark--planned" in mark.attributes["class"]]
    assert len(planned) == sum(e.planned for e in report.events)
    name = _accessible_name(figure)
    assert f"The {len(report.events)} events" in name and f"{len(planned)} planned" in name
    # The text equivalent: per year a visible count, and per month the count in the image's name.
    per_month = Counter(e.date.month_key for e in report.events)
    for band in figure.css(".icat-timeline__year"):
        year = int(band.css_first("strong").text())
        in_year = sum(n for (y, _), n in per_month.items() if y == year)
        assert f"{year} ({in_year} event" in band.css_first(".icat-timeline__year-label").text()
        label = band.css_first('[role="img"]').attributes["aria-label"]
        for (y, month), count in per_month.items():
            if y == year and month:
                assert re.search(rf"\b{calendar.month_name[month]} {count}\b", label), label
        if per_month.get((year, 0)):
            assert f"{per_month[(year, 0)]} with no month given" in band.text()
    # Each mark is labelled with its event, and a year of planned items only is set apart.
    titles = [mark.attributes["data-label"] for mark in marks]
    for event in report.events:
        assert f"{event.date.label()}: {event.title}" + (" (planned)" if event.planned else "") in titles
    bands = {int(b.css_first("strong").text()): b.attributes["class"] for b in figure.css(".icat-timeline__year")}
    assert "icat-timeline__year--planned" in bands[max(bands)]
    assert "icat-timeline__year--planned" not in bands[min(bands)]


def test_the_timeline_page_has_its_chart_above_the_list(report):
    page = browse_pages.timeline(report, lambda target: target)
    assert page.index('<figure class="icat-chart icat-timeline"') < page.index("## 2020 { #y2020 }")


def test_the_matrix_names_each_priority_in_its_column_header(report):
    table = html.document(browse_pages.matrix(report, url_href_from("matrix.md"))).css_first("table")
    headers = table.css('thead th[scope="col"]')
    assert [h.text() for h in headers[1:-1]] == [f"#{p.number} {charts.priority_label(p)}" for p in report.priorities]
    assert headers[-1].text() == "Total"
    assert [h.css_first("a").attributes["title"] for h in headers[1:-1]] == [p.title for p in report.priorities]
    assert len(table.css('tbody th[scope="row"]')) == len(report.members)


def test_the_legend_comes_before_the_grid(report):
    markup = browse_pages.matrix(report, url_href_from("matrix.md"))
    assert markup.index("The priorities:") < markup.index("<table")


def _with_priority(report, number: int, **changes):
    priorities = tuple(p.model_copy(update=changes) if p.number == number else p for p in report.priorities)
    return dataclasses.replace(report, priorities=priorities)


def _with_event(report, **changes):
    event = report.events[0].model_copy(update=changes)
    return dataclasses.replace(report, events=(*report.events, event))


@pytest.mark.parametrize("field", ["title", "short_title"])
def test_a_hostile_priority_title_stays_text(report, field):
    hostile = _with_priority(report, 1, **{field: HOSTILE})
    outputs = [charts.priorities_chart(hostile, url_href_from("priorities.md"))]
    outputs.append(browse_pages.matrix(hostile, url_href_from("matrix.md")).split("\n\n", 1)[1])
    for markup in outputs:
        document = html.document(markup)
        assert not document.css("img, script, [onerror]"), markup[:300]
        assert "{{" not in markup, "a template could run"
        shown = [a.attributes.get("title", "") + " " + a.text() for a in document.css("a")]
        assert any(" ".join(HOSTILE.split()) in " ".join(s.split()) for s in shown), shown[:3]


def test_a_hostile_event_title_stays_text_in_the_timeline(report):
    figure = _figure(charts.timeline_chart(_with_event(report, title=HOSTILE)))
    assert not figure.css("img, script, [onerror]")
    assert any(HOSTILE in mark.attributes.get("data-label", "") for mark in figure.css(".icat-timeline__mark"))


def test_the_counts_move_with_the_data(report):
    fewer = dataclasses.replace(report, activities=tuple(a for a in report.activities if a.priority != 4))
    rows = _bar_rows(_figure(charts.priorities_chart(fewer, url_href_from("priorities.md"))))
    assert rows[f"#4 {charts.priority_label(report.priority_numbered(4))}"] == 0
    assert str(len(fewer.activities)) in charts.priorities_chart(fewer, url_href_from("priorities.md"))
    entities = _bar_rows(_figure(charts.entities_chart(fewer, url_href_from("members.md"))))
    assert sum(entities.values()) == sum(len(a.members) for a in fewer.activities)

    more = _with_event(report, planned=True)
    figure = _figure(charts.timeline_chart(more))
    assert len(figure.css(".icat-timeline__mark--planned")) - 1 == sum(e.planned for e in more.events)
    assert f"The {len(report.events) + 1} events" in _accessible_name(figure)


def test_a_priority_without_a_short_title_uses_its_title(report):
    plain = _with_priority(report, 6, short_title=None)
    assert charts.priority_label(plain.priority_numbered(6)) == plain.priority_numbered(6).title
