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
from dataclasses import dataclass
from itertools import groupby

from ..model import Event, Priority
from ..report import Report
from ..text.escape import html_attribute, html_text
from .common import Href, member_page_path, priority_page_path


def priority_label(priority: Priority) -> str:
    """The priority's name where room is short: its short title, else its title."""
    return priority.short_title or priority.title


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


# -- bar charts: a table whose rows carry a bar and the count as text ------------------------------


@dataclass(frozen=True)
class Bar:
    """One row of a bar chart: the label as safe HTML (escaped by the caller), and its count."""

    label_html: str
    count: int


def bar_chart(*, chart_id: str, caption: str, label_heading: str, count_heading: str, bars: list[Bar]) -> str:
    """A figure holding a two-column table (label, count); the bar drawn beside each count."""
    largest = max((bar.count for bar in bars), default=0) or 1
    rows = []
    for bar in bars:
        share = f"{bar.count / largest:.3f}"
        rows.append(
            f'<tr><th scope="row">{bar.label_html}</th><td><span class="icat-bars__cell">'
            f'<span class="icat-bars__bar" style="--share: {html_attribute(share)}" aria-hidden="true"></span>'
            f'<span class="icat-bars__count">{bar.count}</span></span></td></tr>'
        )
    caption_id = f"{html_attribute(chart_id)}-caption"
    return (
        f'<figure class="icat-chart icat-bars" id="{html_attribute(chart_id)}" aria-labelledby="{caption_id}">\n'
        f'<figcaption id="{caption_id}">{html_text(caption)}</figcaption>\n'
        f'<table class="icat-bars__table">\n<thead><tr><th scope="col">{html_text(label_heading)}</th>'
        f'<th scope="col">{html_text(count_heading)}</th></tr></thead>\n'
        f"<tbody>\n" + "\n".join(rows) + "\n</tbody>\n</table>\n</figure>"
    )


def priorities_chart(report: Report, url_href: Href) -> str:
    """Highlights per priority of the Action Plan, as bars with their counts."""
    bars = [
        Bar(
            f'<a href="{html_attribute(url_href(priority_page_path(p)))}" title="{html_attribute(p.title)}">'
            f"#{p.number} {html_text(priority_label(p))}</a>",
            len(report.activities_under(p.number)),
        )
        for p in report.priorities
    ]
    caption = f"Highlights per priority: {len(report.activities)} highlights in the Annex under {len(bars)} priorities"
    return bar_chart(
        chart_id="chart-highlights-per-priority",
        caption=caption,
        label_heading="Priority",
        count_heading="Highlights",
        bars=bars,
    )


def entities_chart(report: Report, url_href: Href) -> str:
    """Highlights per member or partner that has any, most first (the caption counts the others)."""
    counted = sorted(
        ((len(report.activities_of(m.id)), m) for m in report.members), key=lambda pair: (-pair[0], pair[1].label)
    )
    bars = [
        Bar(f'<a href="{html_attribute(url_href(member_page_path(m)))}">{html_text(m.short_name)}</a>', count)
        for count, m in counted
        if count
    ]
    caption = (
        f"Highlights per entity: {len(bars)} of the {len(report.members)} members and partners "
        f"reported highlights in the Annex, most first"
    )
    return bar_chart(
        chart_id="chart-highlights-per-entity",
        caption=caption,
        label_heading="Entity",
        count_heading="Highlights",
        bars=bars,
    )


# -- the timeline: a band per year, a column per month, a mark per event ------------------------------


def _mark(event: Event) -> str:
    kind = "icat-timeline__mark icat-timeline__mark--planned" if event.planned else "icat-timeline__mark"
    label = f"{event.date.label()}: {event.title}" + (" (planned)" if event.planned else "")
    # A label shown on hover by CSS (charts.css), not a title: the theme turns every title into a
    # scripted tooltip, and fifty of them kept a phone's main thread busy (Lighthouse's TBT).
    return f'<span class="{kind}" data-label="{html_attribute(label)}"></span>'


def _month_words(month_counts: list[tuple[int, int]]) -> str:
    return ", ".join(f"{calendar.month_name[month]} {count}" for month, count in month_counts) or "none"


def _year_band(year: int, events: list[Event]) -> str:
    """One year: its label and counts as text, then twelve month columns of marks."""
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
            f'<span class="icat-timeline__undated"><span class="icat-timeline__marks" aria-hidden="true">'
            f"{''.join(_mark(e) for e in undated)}</span> {len(undated)} with no month given</span>"
        )
    columns = "".join(
        f'<span class="icat-timeline__month"><span class="icat-timeline__marks">'
        f"{''.join(_mark(e) for e in by_month.get(month, []))}</span>"
        f'<span class="icat-timeline__month-label">{calendar.month_abbr[month]}</span></span>'
        for month in range(1, 13)
    )
    counts = [(month, len(by_month[month])) for month in sorted(by_month)]
    image_label = f"{year} by month: {_month_words(counts)}"
    return (
        f'<div class="{band}">'
        f'<p class="icat-timeline__year-label"><span><a href="#y{year}"><strong>{year}</strong></a> '
        f"({', '.join(facts)})</span>{undated_html}</p>"
        f'<div class="icat-timeline__months" role="img" aria-label="{html_attribute(image_label)}">{columns}</div>'
        f"</div>"
    )


def timeline_chart(report: Report) -> str:
    """The events on a month axis, a band per year; planned ones hollow and their year set apart."""
    ordered = sorted(report.events, key=lambda e: e.date.sort_key)
    if not ordered:
        return ""
    planned = sum(e.planned for e in ordered)
    first, last = ordered[0].date.start.year, ordered[-1].date.start.year
    caption = (
        f"The {len(ordered)} events by month, {first} to {last}: "
        f"{len(ordered) - planned} that took place (filled marks) and {planned} planned (hollow marks). "
        "Point at a mark for its title; the list below gives each event."
    )
    bands = "\n".join(
        _year_band(year, list(in_year)) for year, in_year in groupby(ordered, key=lambda e: e.date.start.year)
    )
    key = (
        '<p class="icat-timeline__key" aria-hidden="true">'
        '<span class="icat-timeline__mark"></span> took place '
        '<span class="icat-timeline__mark icat-timeline__mark--planned"></span> planned</p>'
    )
    return (
        '<figure class="icat-chart icat-timeline" id="chart-timeline" aria-labelledby="chart-timeline-caption">\n'
        f'<figcaption id="chart-timeline-caption">{html_text(caption)}</figcaption>\n'
        f"{key}\n{bands}\n</figure>"
    )
