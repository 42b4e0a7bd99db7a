"""The entities-by-priority grid: a heat map of how many highlights each entity reported under each priority.

Raw HTML, because Markdown tables cannot mark the first column as row headers; every value
goes through html_text or html_attribute, and every link is a built URL (see url_href_from).
Rows run from the entity with the most highlights down; a cell's shade grows with its count
(a legend says how) and the count is written in it, so colour is never the only sign. The
entities the Annex lists no highlight for are kept, together, under a row that says why an
empty row is not "did nothing": the Annex is not exhaustive.
"""

from __future__ import annotations

from ..model import Member, Priority
from ..report import Report
from ..text.escape import html_attribute, html_text
from .charts import priority_label
from .common import Href, member_page_path, priority_page_path
from .icons import icon_svg

SHADES = ((1, "1"), (2, "2"), (3, "3 or more"))  # (count from, legend words): a cell's level is the last reached
NONE_NOTE = (
    "The Annex lists no highlight of their own for these entities. It is not exhaustive: it holds what each "
    "entity chose to report, so an empty row does not mean an entity did nothing."
)


def _level(count: int) -> int:
    return max((index + 1 for index, (start, _) in enumerate(SHADES) if count >= start), default=0)


def _count(report: Report, member: Member, priority: Priority) -> int:
    return sum(1 for a in report.activities_of(member.id) if a.priority == priority.number)


def legend(report: Report) -> str:
    """What the columns and the shades mean, read before the table."""
    columns = "".join(
        f'<li data-priority="{p.number}"><span class="icat-matrix__key-icon">{icon_svg(p.icon)}</span>'
        f"<strong>#{p.number}</strong> {html_text(p.title)}</li>"
        for p in report.priorities
    )
    shades = "".join(
        f'<li><span class="icat-matrix__swatch" data-level="{index + 1}" aria-hidden="true"></span>'
        f"{html_text(words)}</li>"
        for index, (_, words) in enumerate(SHADES)
    )
    return (
        '<div class="icat-matrix__legend">'
        f'<p class="icat-matrix__legend-title">The columns</p><ul class="icat-matrix__columns-key">{columns}</ul>'
        f'<p class="icat-matrix__legend-title">Highlights in a cell</p>'
        f'<ul class="icat-matrix__shades-key">{shades}</ul></div>'
    )


def _header(priority: Priority, url_href: Href) -> str:
    return (
        f'<th scope="col" data-priority="{priority.number}">'
        f'<a href="{html_attribute(url_href(priority_page_path(priority)))}" title="{html_attribute(priority.title)}">'
        f'<span class="icat-matrix__icon">{icon_svg(priority.icon)}</span>'
        f'<span class="icat-matrix__number">#{priority.number}</span> '
        f'<span class="icat-matrix__name">{html_text(priority_label(priority))}</span></a></th>'
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
            cells.append('<td><span class="visually-hidden">none</span></td>')
    total = len(report.activities_of(member.id))
    return f'<tr><th scope="row">{_entity(member, url_href)}</th>{"".join(cells)}<td>{total}</td></tr>'


def _entity(member: Member, url_href: Href) -> str:
    return f'<a href="{html_attribute(url_href(member_page_path(member)))}">{html_text(member.short_name)}</a>'


def _none_rows(report: Report, members: list[Member], url_href: Href) -> str:
    """The entities with no highlight of their own: one group, one note across their empty cells."""
    if not members:
        return ""
    columns = len(report.priorities)
    heading = (
        f'<tr class="icat-matrix__group"><th scope="rowgroup" colspan="{columns + 2}">'
        f"No highlight of their own in the Annex ({len(members)})</th></tr>"
    )
    rows = []
    for index, member in enumerate(members):
        note = (
            f'<td class="icat-matrix__note" colspan="{columns}" rowspan="{len(members)}">{html_text(NONE_NOTE)}</td>'
            if index == 0
            else ""
        )
        rows.append(f'<tr><th scope="row">{_entity(member, url_href)}</th>{note}<td>0</td></tr>')
    return '<tbody class="icat-matrix__none">\n' + heading + "\n" + "\n".join(rows) + "\n</tbody>\n"


def matrix(report: Report, url_href: Href) -> str:
    """Entities by priorities, as a heat map: the legend, then the table (most highlights first)."""
    head = "".join(_header(p, url_href) for p in report.priorities)
    ranked = sorted(report.members, key=lambda m: (-len(report.activities_of(m.id)), m.short_name.lower()))
    reporting = [m for m in ranked if report.activities_of(m.id)]
    silent = [m for m in ranked if not report.activities_of(m.id)]
    rows = "\n".join(_row(report, member, url_href) for member in reporting)
    totals = "".join(f"<td>{len(report.activities_under(p.number))}</td>" for p in report.priorities)
    caption = (
        f"Highlights reported in the Annex by {len(reporting)} of the {len(report.members)} entities (rows, most "
        "first) under each priority of the Action Plan (columns)"
    )
    return (
        legend(report) + "\n\n"
        f'<div class="icat-matrix">\n<table class="icat-matrix__table">\n<caption>{html_text(caption)}</caption>\n'
        f'<thead><tr><th scope="col">Entity</th>{head}<th scope="col">Total</th></tr></thead>\n'
        f"<tbody>\n{rows}\n</tbody>\n{_none_rows(report, silent, url_href)}"
        f'<tfoot><tr><th scope="row">All entities</th>{totals}<td>{len(report.activities)}</td></tr></tfoot>\n'
        "</table>\n</div>"
    )
