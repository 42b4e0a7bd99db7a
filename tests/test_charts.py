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

from icat_report.render import browse_pages, charts, grid
from icat_report.render.common import url_href_from
from icat_report.text import html

from site_text import index_name

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
        "timeline": charts.timeline_chart(report),
    }


@pytest.mark.parametrize("name", ["priorities", "timeline"])
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
        f"Priority {p.number} \u00b7 {charts.priority_label(p)}": len(report.activities_under(p.number))
        for p in report.priorities
    }
    assert rows == expected
    assert str(len(report.activities)) in _accessible_name(figure) + figure.css_first(".icat-chart__description").text()
    # Column headers for the table equivalent, and each label links to the priority's page.
    assert [th.text() for th in figure.css('thead th[scope="col"]')] == ["Priority", "Highlights"]
    assert [a.attributes["href"] for a in figure.css("tbody th a")] == [f"{p.id}/" for p in report.priorities]


def test_a_bar_is_as_long_as_its_share_of_the_largest_count(report):
    figure = _figure(charts.priorities_chart(report, url_href_from("priorities.md")))
    largest = max(_bar_rows(figure).values())
    for row in figure.css("tbody tr"):
        count = int(row.css_first("td").text())
        share = float(re.fullmatch(r"--share: ([0-9.]+)", row.css_first(".icat-bars__bar").attributes["style"])[1])
        assert share == pytest.approx(count / largest, abs=0.001)
        assert row.css_first(".icat-bars__bar").attributes.get("aria-hidden") == "true"


def _mark_label(event) -> str:
    return f"{event.date.label()}: {event.title}" + (" (planned)" if event.planned else "")


def test_every_timeline_mark_is_a_link_to_its_event_named_by_its_date_and_title(report):
    figure = _figure(charts.timeline_chart(report))
    marks = figure.css(".icat-timeline__year a.icat-timeline__mark")
    assert len(marks) == len(report.events)
    by_target = {mark.attributes["href"]: " ".join(mark.text().split()) for mark in marks}
    assert by_target == {f"#event-{e.id}": _mark_label(e) for e in report.events}
    planned = [mark for mark in marks if "icat-timeline__mark--planned" in mark.attributes["class"]]
    assert len(planned) == sum(e.planned for e in report.events)
    assert not figure.css('[role="img"]'), "an image role would hide the links inside it"
    # The list below the chart holds the place each mark leads to.
    listed = browse_pages.timeline(report, lambda target: target)
    for event in report.events:
        assert listed.count(f"{{ #event-{event.id} }}") == 1, event.id


def test_the_timeline_key_names_each_priority_beside_its_colour(report):
    """A colour is never the only cue: the key gives each priority's number and short name (or title)."""
    figure = _figure(charts.timeline_chart(report))
    items = [" ".join(item.text().split()) for item in figure.css(".icat-timeline__key-item")]
    for priority in report.priorities:
        assert f"{priority.number} {priority.short_title or priority.title}" in items
    assert "no priority given" in items


def test_the_timeline_counts_every_year_and_sets_the_years_own_events_apart(report):
    figure = _figure(charts.timeline_chart(report))
    per_month = Counter(e.date.month_key for e in report.events)
    for band in figure.css(".icat-timeline__year"):
        year = int(band.css_first("strong").text())
        in_year = sum(n for (y, _), n in per_month.items() if y == year)
        assert f"{year} ({in_year} event" in band.css_first(".icat-timeline__year-label").text()
        undated = band.css_first(".icat-timeline__undated")
        if per_month.get((year, 0)):
            assert f"Month not stated ({per_month[(year, 0)]}):" in undated.text()
            assert len(undated.css("a.icat-timeline__mark")) == per_month[(year, 0)]
            # Under the month axis, after December: not a first row read as a month before January.
            assert band.html.index("icat-timeline__undated") > band.html.index("icat-timeline__months")
        else:
            assert undated is None
        for month in range(1, 13):
            column = band.css(".icat-timeline__month")[month - 1]
            assert len(column.css("a.icat-timeline__mark")) == per_month.get((year, month), 0)
            assert column.css_first(".icat-timeline__month-label").text() == calendar.month_abbr[month]
    bands = {int(b.css_first("strong").text()): b.attributes["class"] for b in figure.css(".icat-timeline__year")}
    assert "icat-timeline__year--planned" in bands[max(bands)]
    assert "icat-timeline__year--planned" not in bands[min(bands)]


def test_the_timeline_title_states_the_busiest_month_of_the_year(report):
    figure = _figure(charts.timeline_chart(report))
    year = report.info.year
    held = Counter(e.date.start.month for e in report.events if e.date.start.year == year and not e.planned)
    held.pop(0, None)
    most = max(held.values())
    busiest = [calendar.month_name[m] for m, n in held.items() if n == most]
    title = figure.css_first("figcaption").text()
    assert all(name in title for name in busiest) and f"with {most} of its" in title and str(year) in title
    others = [calendar.month_name[m] for m, n in held.items() if n < most]
    assert not any(name in title for name in others), title
    description = figure.css_first(".icat-chart__description").text()
    assert f"All {len(report.events)} events" in description
    assert f"{sum(e.planned for e in report.events)} planned" in description
    assert "point" not in (title + description).lower(), "no instruction a finger cannot follow"


def test_the_timeline_list_names_each_month_once(report):
    listed = browse_pages.timeline(report, lambda target: target)
    after_chart = listed[listed.index("</figure>") :]
    for year, month in {e.date.month_key for e in report.events}:
        if month:
            heading = f"### {calendar.month_name[month]} {year} {{ #y{year}-{month:02d} }}"
            assert after_chart.count(f"{calendar.month_name[month]} {year}") == 1, (year, month)
            assert heading in after_chart
        else:
            assert f"### Month not stated {{ #y{year}-year }}" in after_chart
    # An event with a day says the day only: the heading above it names the month.
    dated = next(e for e in report.events if e.date.start.day and e.date.end is None)
    assert f"- **{dated.date.start.day}** [{dated.title}]" in after_chart


def test_the_timeline_page_has_its_chart_above_the_list(report):
    page = browse_pages.timeline(report, lambda target: target)
    assert page.index('<figure class="icat-chart icat-timeline"') < page.index("## 2020 { #y2020 }")


def _grid(report) -> html.Node:
    return html.document(grid.matrix(report, url_href_from("matrix.md")))


def test_the_grid_names_each_priority_in_its_column_header_with_its_colour_and_icon(report):
    table = _grid(report).css_first("table")
    headers = table.css('thead th[scope="col"]')
    assert [" ".join(h.text().split()) for h in headers[1:]] == [
        f"Priority {p.number} {charts.priority_label(p)}" for p in report.priorities
    ], "no totals column, no '#'"
    assert [h.css_first("a").attributes["title"] for h in headers[1:]] == [p.title for p in report.priorities]
    assert [h.attributes["data-priority"] for h in headers[1:]] == [str(p.number) for p in report.priorities]
    assert all(h.css_first("svg.icat-icon").attributes.get("aria-hidden") == "true" for h in headers[1:])


def test_the_grid_keeps_every_entity_in_the_order_of_its_labels_and_ranks_no_one(report):
    table = _grid(report).css_first("table")
    names = [" ".join(th.text().split()) for th in table.css('tbody th[scope="row"]')]
    # Named by acronyms, the rows go A to Z by them ("The World Bank" under W), the members then the partners (as
    # the menu lists them).
    members, partners = ([m.short_name for m in report.members if m.role == role] for role in ("member", "partner"))
    assert names == sorted(members, key=index_name) + sorted(partners, key=index_name), "every entity once"
    assert all(len(row.css("td")) == len(report.priorities) for row in table.css("tbody tr")), "no totals column"
    assert not table.css('[scope="rowgroup"], .icat-matrix__note'), "no group of entities without highlights"
    assert table.attributes["aria-labelledby"] == "chart-grid-caption", "the table is named by the figure's title"
    assert "not exhaustive" in _grid(report).css("p.icat-matrix__caveat")[-1].text(), "the caveat under the grid"
    silent = next(m for m in report.members if not report.activities_of(m.id))
    row = next(r for r in table.css("tbody tr") if r.css_first("th").text().strip() == silent.short_name)
    assert all("icat-matrix__empty" in c.attributes.get("class", "") for c in row.css("td")), "muted, not zero"
    assert [int(td.text()) for td in table.css("tfoot td")] == [
        len(report.activities_under(p.number)) for p in report.priorities
    ]


def test_a_cells_shade_grows_with_its_count_and_the_legend_says_how(report):
    document = _grid(report)
    member = next(m for m in report.members if report.activities_of(m.id))
    row = next(
        r for r in document.css("tbody tr") if r.css_first("th") and r.css_first("th").text() == member.short_name
    )
    for cell, priority in zip(row.css("td"), report.priorities, strict=True):
        count = sum(1 for a in report.activities_of(member.id) if a.priority == priority.number)
        assert cell.attributes.get("data-level") == (str(min(count, 3)) if count else None)
        assert cell.text().strip() == (str(count) if count else "none")
    shades = [" ".join(li.text().split()) for li in document.css(".icat-matrix__shades-key li")]
    assert shades == ["1", "2", "3 or more"]
    assert [sw.attributes["data-level"] for sw in document.css(".icat-matrix__swatch")] == ["1", "2", "3"]


def test_the_legend_comes_before_the_grid(report):
    markup = grid.matrix(report, url_href_from("matrix.md"))
    assert markup.index("Priorities</p>") < markup.index("Number of highlights") < markup.index("<table")
    document = _figure(markup)
    keys = [" ".join(li.text().split()) for li in document.css(".icat-matrix__columns-key li")]
    # Each column is keyed by its number and its title; a phone shows the short title instead (charts.css).
    for key, priority in zip(keys, report.priorities, strict=True):
        short = f" {priority.short_title}" if priority.short_title not in (None, priority.title) else ""
        assert key == f"Priority {priority.number} {priority.title}{short}", key


def test_the_bar_charts_titles_state_their_finding(report):
    counts = {p.number: len(report.activities_under(p.number)) for p in report.priorities}
    top = max(counts, key=counts.get)
    figure = _figure(charts.priorities_chart(report, url_href_from("priorities.md")))
    title = figure.css_first("figcaption").text()
    if list(counts.values()).count(counts[top]) == 1:
        assert title.startswith(f"Priority {top}, {report.priority_numbered(top).title}, drew the most")
    assert f"{counts[top]}" in title
    rows = figure.css("tbody tr")
    assert [r.attributes["data-priority"] for r in rows] == [str(p.number) for p in report.priorities]


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
    outputs.append(grid.matrix(hostile, url_href_from("matrix.md")))
    for markup in outputs:
        document = html.document(markup)
        assert not document.css("img, script, [onerror]"), markup[:300]
        assert "{{" not in markup, "a template could run"
        shown = [a.attributes.get("title", "") + " " + a.text() for a in document.css("a")]
        assert any(" ".join(HOSTILE.split()) in " ".join(s.split()) for s in shown), shown[:3]


def test_a_hostile_event_title_stays_text_in_the_timeline(report):
    figure = _figure(charts.timeline_chart(_with_event(report, title=HOSTILE)))
    assert not figure.css("img, script, [onerror]")
    assert any(HOSTILE in mark.text() for mark in figure.css(".icat-timeline__mark"))


def test_the_counts_move_with_the_data(report):
    fewer = dataclasses.replace(report, activities=tuple(a for a in report.activities if a.priority != 4))
    rows = _bar_rows(_figure(charts.priorities_chart(fewer, url_href_from("priorities.md"))))
    assert rows[f"Priority 4 \u00b7 {charts.priority_label(report.priority_numbered(4))}"] == 0
    assert str(len(fewer.activities)) in charts.priorities_chart(fewer, url_href_from("priorities.md"))

    more = _with_event(report, planned=True)
    figure = _figure(charts.timeline_chart(more))
    assert len(figure.css("a.icat-timeline__mark--planned")) == sum(e.planned for e in more.events)
    assert f"All {len(report.events) + 1} events" in figure.css_first(".icat-chart__description").text()


def test_a_priority_without_a_short_title_uses_its_title(report):
    plain = _with_priority(report, 6, short_title=None)
    assert charts.priority_label(plain.priority_numbered(6)) == plain.priority_numbered(6).title
