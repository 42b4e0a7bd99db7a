"""Pictures of the report's numbers, drawn at build time as HTML and CSS from the data.

No chart library and no script: each picture is HTML that the stylesheet
docs/assets/stylesheets/charts.css draws, so it shows without JavaScript, sends no
request and prints. Each is a <figure> named by its <figcaption>, and carries its
numbers as text: a bar chart is a table whose bars sit beside their counts; the
timeline names its events per month in text that screen readers and print get.
Every data value leaves through text/escape.py; every link is a built URL.
"""

from __future__ import annotations

import calendar
from collections import Counter
from dataclasses import dataclass
from itertools import groupby

from ..model import Event, Priority
from ..report import Report
from ..text.escape import html_attribute, html_text
from ..text.typography import curled
from .common import Href, priority_page_path, priority_short_label

ANNEX = "Annex"  # the chapter the highlights are listed in


def priority_label(priority: Priority) -> str:
    """The priority's name where room is short: its short title, else its title."""
    return priority.short_title or priority.title


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


# -- bar charts: a table whose rows carry a bar and the count as text ------------------------------


@dataclass(frozen=True)
class Bar:
    """One row of a bar chart: the label as safe HTML (escaped by the caller), its count, its priority if any."""

    label_html: str
    count: int
    priority: int | None = None


def source_line(report: Report, part: str | None = None) -> str:
    """A chart's last line, as statistical publications end theirs: where its numbers come from, e.g.
    "Source: ICAT Chairs’ Annual Report 2021, Annex." """
    where = ", ".join(filter(None, (curled(report.info.full_title), part)))
    return f'<p class="icat-chart__source">Source: {html_text(where)}.</p>\n'


def bar_chart(
    *, chart_id: str, caption: str, description: str, headings: tuple[str, str], bars: list[Bar], source: str = ""
) -> str:
    """A figure holding a two-column table (label, count); the bar drawn beside each count.

    The caption states the finding; the description says what is counted; the source line (source_line) ends it."""
    largest = max((bar.count for bar in bars), default=0) or 1
    rows = []
    for bar in bars:
        share = f"{bar.count / largest:.3f}"
        priority = f' data-priority="{bar.priority}"' if bar.priority is not None else ""
        rows.append(
            f'<tr{priority}><th scope="row">{bar.label_html}</th><td><span class="icat-bars__cell">'
            f'<span class="icat-bars__bar" style="--share: {html_attribute(share)}" aria-hidden="true"></span>'
            f'<span class="icat-bars__count">{bar.count}</span></span></td></tr>'
        )
    caption_id = f"{html_attribute(chart_id)}-caption"
    return (
        f'<figure class="icat-chart icat-bars" id="{html_attribute(chart_id)}" aria-labelledby="{caption_id}">\n'
        f'<figcaption id="{caption_id}">{html_text(caption)}</figcaption>\n'
        f'<p class="icat-chart__description">{html_text(description)}</p>\n'
        f'<table class="icat-bars__table">\n<thead><tr><th scope="col">{html_text(headings[0])}</th>'
        f'<th scope="col">{html_text(headings[1])}</th></tr></thead>\n'
        f"<tbody>\n" + "\n".join(rows) + "\n</tbody>\n</table>\n" + source + "</figure>"
    )


def _named(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def priorities_finding(report: Report) -> str:
    """The priorities chart's title: which priority drew the most highlights."""
    counts = {p.number: len(report.activities_under(p.number)) for p in report.priorities}
    most = max(counts.values(), default=0)
    top = [p for p in report.priorities if counts[p.number] == most]
    if not most:
        return "No highlight is reported under any priority yet"
    if len(top) == 1:
        return f"Priority {top[0].number}, {top[0].title}, drew the most highlights: {most} of {len(report.activities)}"
    numbers = _named([str(p.number) for p in top])
    return f"Priorities {numbers} drew the most highlights: {most} each of {len(report.activities)}"


def priorities_chart(report: Report, url_href: Href) -> str:
    """Highlights per priority of the Action Plan, as bars in the priorities' colours with their counts."""
    bars = [
        Bar(
            f'<a href="{html_attribute(url_href(priority_page_path(p)))}" title="{html_attribute(p.title)}">'
            f"{html_text(priority_short_label(p))}</a>",
            len(report.activities_under(p.number)),
            p.number,
        )
        for p in report.priorities
    ]
    description = f"The {len(report.activities)} highlights of the Annex, by the priority they are reported under."
    return bar_chart(
        chart_id="chart-highlights-per-priority",
        caption=priorities_finding(report),
        description=description,
        headings=("Priority", "Highlights"),
        bars=bars,
        source=source_line(report, ANNEX),
    )


def event_anchor(event: Event) -> str:
    """The id of the event's entry in the list under the chart, which its mark links to."""
    return f"event-{event.id}"


def _mark(event: Event) -> str:
    """A mark: a link to the event's entry, named by its date and title. The name is its text, shown on
    hover and on focus (charts.css), not a title: the theme turns every title into a scripted tooltip,
    and fifty of them kept a phone's main thread busy (Lighthouse's TBT)."""
    kind = "icat-timeline__mark icat-timeline__mark--planned" if event.planned else "icat-timeline__mark"
    label = f"{event.date.label()}: {event.title}" + (" (planned)" if event.planned else "")
    # In its priority's colour where the report files the event under one (priority_style.py); else the chart's blue.
    colour = f' data-priority="{event.priority}"' if event.priority else ""
    return (
        f'<a class="{kind}"{colour} href="#{html_attribute(event_anchor(event))}">'
        f'<span class="icat-timeline__label">{html_text(label)}</span></a>'
    )


def _priority_key(report: Report) -> str:
    """The marks' colours: each priority's, by number and short name (a colour is never the only cue), and a
    filled neutral where the report files an event under none."""
    dot = '<span class="icat-timeline__dot" data-priority="{}"></span>'
    dots = " ".join(
        _key_item(f"{dot.format(p.number)} {p.number} {html_text(priority_label(p))}") for p in report.priorities
    )
    none = _key_item('<span class="icat-timeline__dot"></span> no priority given')
    return f"Colour shows the priority: {dots} {none}"


def _key_item(html: str) -> str:
    """A mark and its label, never parted at a line's end (a phone's key broke between a dot and its number)."""
    return f'<span class="icat-timeline__key-item">{html}</span>'


def _year_band(year: int, events: list[Event]) -> str:
    """One year: its label and counts as text, twelve month columns of marks, then its events dated by year only
    (a quiet line under the month axis: a first row read as if it were a month before January)."""
    by_month = {month: list(group) for month, group in groupby(events, key=lambda e: e.date.start.month)}
    undated = by_month.pop(0, [])
    planned = sum(e.planned for e in events)
    facts = [_plural(len(events), "event")]
    if planned:
        facts.append("all planned" if planned == len(events) else f"{planned} planned")
    band = "icat-timeline__year icat-timeline__year--planned" if planned == len(events) else "icat-timeline__year"
    undated_html = ""
    if undated:
        undated_html = (
            f'<span class="icat-timeline__undated"><span class="icat-timeline__undated-label">'
            f"Month not stated ({len(undated)}):</span>"
            f'<span class="icat-timeline__marks">{"".join(_mark(e) for e in undated)}</span></span>'
        )
    # Each mark's name says its date: the month labels are for the eye (and empty months are not read out).
    columns = "".join(
        f'<div class="icat-timeline__month"><span class="icat-timeline__marks">'
        f"{''.join(_mark(e) for e in by_month.get(month, []))}</span>"
        f'<span class="icat-timeline__month-label" aria-hidden="true">{calendar.month_abbr[month]}</span></div>'
        for month in range(1, 13)
    )
    return (
        f'<div class="{band}">'
        f'<p class="icat-timeline__year-label"><a href="#y{year}"><strong>{year}</strong></a> '
        f"({', '.join(facts)})</p>"
        f'<div class="icat-timeline__months">{columns}</div>{undated_html}</div>'
    )


def busiest_months(events: list[Event]) -> tuple[list[int], int]:
    """The months with the most events (of those dated to a month), and that count."""
    counts = Counter(e.date.start.month for e in events if e.date.start.month)
    if not counts:
        return [], 0
    most = max(counts.values())
    return sorted(month for month, count in counts.items() if count == most), most


def timeline_finding(report: Report) -> str:
    """The chart's title: what the picture shows, from the data (the year's busiest months)."""
    year = report.info.year
    held = [e for e in report.events if e.date.start.year == year and not e.planned]
    months, most = busiest_months(held)
    if not months:
        return f"The events of {year} and after, by month"
    named = _named([calendar.month_name[m] for m in months])
    if len(months) == 1:
        return f"{named} was the busiest month of {year}, with {most} of its {len(held)} events"
    return f"{named} were the busiest months of {year}, with {most} of its {len(held)} events each"


def timeline_chart(report: Report) -> str:
    """The events on a month axis, a band per year; planned ones hollow and their year set apart."""
    ordered = sorted(report.events, key=lambda e: e.date.sort_key)
    if not ordered:
        return ""
    planned = sum(e.planned for e in ordered)
    first, last = ordered[0].date.start.year, ordered[-1].date.start.year
    description = (
        f"All {len(ordered)} events, {first} to {last}: {len(ordered) - planned} held (filled marks) "
        f"and {planned} planned (hollow marks)."
    )
    bands = "\n".join(
        _year_band(year, list(in_year)) for year, in_year in groupby(ordered, key=lambda e: e.date.start.year)
    )
    shape = "icat-timeline__dot icat-timeline__dot--shape"
    held = _key_item(f'<span class="{shape}"></span> held')
    planned_mark = _key_item(f'<span class="{shape} icat-timeline__dot--planned"></span> planned')
    key = (
        f'<p class="icat-timeline__key" aria-hidden="true">{held} {planned_mark}</p>\n'
        f'<p class="icat-timeline__key" aria-hidden="true">{_priority_key(report)}</p>'
    )
    return (
        '<figure class="icat-chart icat-timeline" id="chart-timeline" aria-labelledby="chart-timeline-caption">\n'
        f'<figcaption id="chart-timeline-caption">{html_text(timeline_finding(report))}</figcaption>\n'
        f'<p class="icat-chart__description">{html_text(description)}</p>\n'
        f"{key}\n{bands}\n{source_line(report)}</figure>"
    )
