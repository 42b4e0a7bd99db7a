"""The entities-by-priority grid: a heat map of how many highlights each entity reported under each priority.

Raw HTML, because Markdown tables cannot mark the first column as row headers; every value
goes through html_text or html_attribute, and every link is a built URL (see url_href_from).
Rows go in the order of the names they show, members then partners (render/common.py's by_label, as
the menu lists them): the grid ranks no one, so it has no totals per entity and no group of entities without
highlights. A cell's shade grows with its count (a legend says how) and the count is written
in it, so colour is never the only sign; a cell without highlights is a quiet dot ("none" to a
screen reader). Its title states what the grid shows about the priorities (never a ranking of entities);
a note under it says the Annex is not exhaustive: a blank row is not "did nothing". The bottom row
counts each highlight once, so where highlights are joint its label and a note say why a column's
cells add up to more.
"""

from __future__ import annotations

from ..model import Member, Priority
from ..report import Report
from ..text.escape import html_attribute, html_text
from ..text.typography import kept_whole_html
from .charts import ANNEX, priority_label, source_line
from .common import Href, by_label, member_page_path, priority_page_path
from .icons import icon_svg

SHADES = ((1, "1"), (2, "2"), (3, "3 or more"))  # (count from, legend words): a cell's level is the last reached
CAVEAT = "The Annex is not exhaustive: a row without highlights does not mean that an entity did nothing."


def _level(count: int) -> int:
    return max((index + 1 for index, (start, _) in enumerate(SHADES) if count >= start), default=0)


def _count(report: Report, member: Member, priority: Priority) -> int:
    return sum(1 for a in report.activities_of(member.id) if a.priority == priority.number)


def _column_key(priority: Priority) -> str:
    """A column's key: icon, number and title; on a phone (charts.css) the number and the short title only, on
    one or two lines in all, so that the chart starts within the first screen (its headings carry the icons)."""
    short = priority_label(priority)
    names = html_text(priority.title)
    if short != priority.title:
        names = (
            f'<span class="icat-matrix__key-name">{names}</span> '
            f'<span class="icat-matrix__key-short">{html_text(short)}</span>'
        )
    return (
        f'<li data-priority="{priority.number}"><span class="icat-matrix__key-icon">{icon_svg(priority.icon)}</span>'
        f'<strong><span class="icat-matrix__word">Priority </span>{priority.number}</strong> {names}</li>'
    )


def legend(report: Report) -> str:
    """What the columns and the shades mean, read before the table."""
    columns = "".join(_column_key(p) for p in report.priorities)
    shades = "".join(
        f'<li><span class="icat-matrix__swatch" data-level="{index + 1}" aria-hidden="true"></span>'
        f"{html_text(words)}</li>"
        for index, (_, words) in enumerate(SHADES)
    )
    return (
        '<div class="icat-matrix__legend">'
        f'<p class="icat-matrix__legend-title">Priorities</p><ul class="icat-matrix__columns-key">{columns}</ul>'
        f'<p class="icat-matrix__legend-title">Number of highlights</p>'
        f'<ul class="icat-matrix__shades-key">{shades}</ul></div>'
    )


def _header(priority: Priority, url_href: Href) -> str:
    return (
        f'<th scope="col" data-priority="{priority.number}">'
        f'<a href="{html_attribute(url_href(priority_page_path(priority)))}" title="{html_attribute(priority.title)}">'
        f'<span class="icat-matrix__icon">{icon_svg(priority.icon)}</span>'
        f'<span class="icat-matrix__number"><span class="icat-matrix__word">Priority </span>{priority.number}</span> '
        f'<span class="icat-matrix__name">{kept_whole_html(priority_label(priority))}</span></a></th>'
    )


def _row(report: Report, member: Member, url_href: Href) -> str:
    cells = []
    for p in report.priorities:
        count = _count(report, member, p)
        if count:
            label = f"{count} highlight{'s' if count > 1 else ''} of {member.short_name} under priority {p.number}"
            target = url_href(priority_page_path(p) + "#" + member.id)
            cells.append(
                f'<td data-level="{_level(count)}"><a href="{html_attribute(target)}" '
                f'aria-label="{html_attribute(label)}">{count}</a></td>'
            )
        else:
            cells.append('<td class="icat-matrix__empty"><span class="visually-hidden">none</span></td>')
    return f'<tr><th scope="row">{_entity(member, url_href)}</th>{"".join(cells)}</tr>'


def _entity(member: Member, url_href: Href) -> str:
    return f'<a href="{html_attribute(url_href(member_page_path(member)))}">{html_text(member.short_name)}</a>'


def _reach(report: Report) -> dict[int, int]:
    """How many entities reported highlights under each priority, by its number."""
    return {p.number: len(report.entities_under(p.number)) for p in report.priorities}


def caption(report: Report) -> str:
    """The grid's title, its finding about the priorities: the one (or ones) under which the most entities
    reported, out of the entities that reported any highlight (never a ranking of entities)."""
    reach = _reach(report)
    most = max(reach.values(), default=0)
    if not most:
        return "Highlights by entity and priority"
    widest = [p for p in report.priorities if reach[p.number] == most]
    reporting = len({m for a in report.activities for m in a.members})
    of = f"of the {reporting} that reported highlights"
    if len(widest) == 1:
        top = widest[0]
        return f"Priority {top.number}, {top.short_title or top.title}, drew the most entities: {most} {of}"
    numbers = " and ".join(str(p.number) for p in widest)
    return f"Priorities {numbers} drew the most entities: {most} each {of}"


def description(report: Report) -> str:
    """The line under the title: how the entities spread over the priorities."""
    reach = _reach(report)
    fewest, most = min(reach.values(), default=0), max(reach.values(), default=0)
    return f"Under each priority, between {fewest} and {most} entities reported highlights." if most else ""


def _joint(report: Report) -> int:
    """How many highlights two or more entities reported together (each is in every one of their rows)."""
    return sum(1 for a in report.activities if len(set(a.members)) > 1)


def totals_label(report: Report) -> str:
    """The bottom row's heading: it says when its numbers are not the column sums."""
    return "Highlights (a joint one counted once)" if _joint(report) else "All highlights"


def totals_note(report: Report) -> str:
    """The note under the table on joint highlights, from the data; empty when there are none."""
    joint = _joint(report)
    if not joint:
        return ""
    were, appear = ("highlight was", "appears") if joint == 1 else ("highlights were", "appear")
    return (
        f"The bottom row counts each highlight once. {joint} {were} reported jointly by two or more entities "
        f"and {appear} in each of their rows, so a column's numbers can add up to more than its total."
    )


def matrix(report: Report, url_href: Href) -> str:
    """Entities by priorities, as a heat map in a figure: its finding as title, the legend, then the table (in the
    order of the names shown: render/common.py's by_label, as the menu), named by the title."""
    head = "".join(_header(p, url_href) for p in report.priorities)
    rows = "\n".join(_row(report, member, url_href) for member in sorted(report.members, key=by_label))
    totals = "".join(f"<td>{len(report.activities_under(p.number))}</td>" for p in report.priorities)
    spread, joint = description(report), totals_note(report)
    return (
        '<figure class="icat-chart icat-grid" id="chart-grid" aria-labelledby="chart-grid-caption">\n'
        f'<figcaption id="chart-grid-caption">{html_text(caption(report))}</figcaption>\n'
        + _paragraph("icat-chart__description", spread)
        + legend(report)
        + '\n<div class="icat-matrix">\n<table class="icat-matrix__table" aria-labelledby="chart-grid-caption">\n'
        f'<thead><tr><th scope="col">Entity</th>{head}</tr></thead>\n'
        f"<tbody>\n{rows}\n</tbody>\n"
        f'<tfoot><tr><th scope="row">{html_text(totals_label(report))}</th>{totals}</tr></tfoot>\n'
        "</table>\n</div>\n"
        + _paragraph("icat-matrix__caveat", joint)
        + f'<p class="icat-matrix__caveat">{html_text(CAVEAT)}</p>\n'
        + source_line(report, ANNEX)
        + "</figure>"
    )


def _paragraph(css_class: str, text: str) -> str:
    """A paragraph of the figure, or nothing when the data gives it nothing to say."""
    return f'<p class="{css_class}">{html_text(text)}</p>\n' if text else ""
