"""Markdown for the pages that let a reader browse the report by entity, priority and date.

A page per member or partner, a page per priority, the timeline of dated events, the
entity-by-priority matrix, and the citation block: all computed from the data, so
that a new entry in data/ appears everywhere at once.
"""

from __future__ import annotations

from itertools import groupby

from ..model import Event, Member, Priority
from ..report import ICAT_ID, Report
from ..text.escape import bibtex_key, bibtex_value, code_fence, html_attribute, html_text, markdown_text
from .charts import entities_chart, priorities_chart, priority_label, timeline_chart
from .common import Href, bullet_list, member_page_path, priority_page_path
from .report_parts import highlights

KIND_LABELS = {"side-event": "side event"}


def _member_link(report: Report, member_id: str, href: Href) -> str:
    if member_id == ICAT_ID:
        return markdown_text(report.info.organisation_acronym)
    return f"[{markdown_text(report.member(member_id).short_name)}]({href(member_page_path(member_id))})"


def member_title(member: Member) -> str:
    """A member page's title as plain text: its name, and its acronym when it has one."""
    return member.name + (f" ({member.acronym})" if member.acronym and member.acronym != member.name else "")


def priority_title(priority: Priority) -> str:
    """A priority page's title as plain text."""
    return f"Priority #{priority.number}: {priority.title}"


def _priority_heading(priority: Priority) -> str:
    """priority_title as Markdown (the number is an int; its # needs no escape mid-line)."""
    return f"Priority #{priority.number}: {markdown_text(priority.title)}"


def _role_sentence(report: Report, member: Member) -> str:
    role = "A member entity of ICAT" if member.role == "member" else "A partner of ICAT"
    facts = [role + (f", since {member.joined}" if member.joined else "")]
    year = report.info.year
    if member.id in report.info.co_chairs:
        facts.append(f"co-chair of ICAT in {year}")
    if member.id in report.info.incoming_co_chairs:
        facts.append(f"co-chair of ICAT in {year + 1}")
    return "; ".join(facts) + "."


def event_line(report: Report, event: Event, href: Href, *, with_date: bool = True) -> str:
    """One event: date, title linked to the section that tells it, and its facts."""
    when = event.date.label()
    title = f"[{markdown_text(event.title)}]({href(event.told_in)})"
    facts = [KIND_LABELS.get(event.kind, event.kind)]
    if event.planned:
        facts.insert(0, "**planned**")
    organisers = [_member_link(report, m, href) for m in event.organisers] + [
        markdown_text(o) for o in event.other_organisers
    ]
    if organisers:
        facts.append("organised by " + ", ".join(organisers))
    if event.participants:
        qualifier = f"{event.participants_qualifier} " if event.participants_qualifier else ""
        facts.append(f"{qualifier}{event.participants} participants")
    if event.entities_attending:
        facts.append(f"{event.entities_attending} of the ICAT entities")
    prefix = f"**{when}**: " if with_date else ""
    return f"{prefix}{title} ({'; '.join(facts)})"


# -- members and partners ------------------------------------------------------------


def _own_highlights(report: Report, member_id: str, href: Href) -> list[str]:
    """A member page's highlights, under a heading per priority, or the sentence that it has none."""
    own = report.activities_of(member_id)
    if not own:
        return [f"The Annex of the {report.info.year} report lists no highlight of its own for this entity."]
    parts = []
    for priority in report.priorities:
        under = tuple(a for a in own if a.priority == priority.number)
        if under:
            parts += [
                f"### {_priority_heading(priority)} {{ #priority-{priority.number} }}",
                "",
                f"[All highlights under this priority]({href(priority_page_path(priority))})",
                "",
                highlights(report, under),
                "",
            ]
    return parts


def member_page(report: Report, member_id: str, href: Href, mentions: list[tuple[str, str]] = ()) -> str:
    """Everything the report says about one entity, on one page."""
    member = report.member(member_id)
    parts = [f"# {markdown_text(member_title(member))}", "", _role_sentence(report, member)]
    parts += ["", "## Highlights in the Annex { #highlights }", "", *_own_highlights(report, member_id, href)]
    involved = tuple(a for a in report.activities if member_id in a.involved)
    if involved:
        parts += ["", "## Taking part in others' highlights { #taking-part }", ""]
        for activity in involved:
            priority = report.priority_numbered(activity.priority)
            owners = ", ".join(_member_link(report, m, href) for m in activity.members)
            parts.append(
                f"- With {owners}, under [{_priority_heading(priority)}]({href(priority_page_path(priority))})"
            )
    parts += _events_section(report, report.events_of(member_id), href)
    people = report.people_of(member_id)
    if people:
        parts += ["", "## In the report's photos { #people }", ""]
        parts.append(
            bullet_list(
                [
                    f"{markdown_text(name)}, [in a photo caption]({href(photo.page + '#photo-' + photo.id)})"
                    for photo, name in people
                ]
            )
        )
    if mentions:
        parts += ["", "## Where the report mentions it { #mentions }", ""]
        parts.append(bullet_list([f"[{markdown_text(page_title)}]({href(src)})" for src, page_title in mentions]))
    return "\n".join(parts).rstrip() + "\n"


def entities_overview(report: Report, href: Href, url_href: Href) -> str:
    """A bar chart of highlights per entity (charts.py), then a table of every member and partner with its counts."""
    rows = ["| Entity | Role | Joined | Highlights | Events |", "| --- | --- | --- | ---: | ---: |"]
    for member in report.members:
        link = f"[{markdown_text(member.label)}]({href(member_page_path(member))})"
        rows.append(
            f"| {link} | {member.role} | {member.joined or ''} | {len(report.activities_of(member.id))} | "
            f"{len(report.events_of(member.id))} |"
        )
    return entities_chart(report, url_href) + "\n\n" + "\n".join(rows)


# -- priorities --------------------------------------------------------------------


def priority_page(report: Report, priority_id: str, href: Href) -> str:
    """One priority of the Action Plan: its highlights grouped by entity, its events."""
    priority = report.priority(priority_id)
    parts = [f"# {_priority_heading(priority)}", ""]
    if priority.shift:
        parts += [f"*{markdown_text(priority.shift)}*", ""]
    under = report.activities_under(priority.number)
    owners = list(dict.fromkeys(m for a in under for m in a.members))
    parts.append(
        f"{len(under)} highlights from {len(owners)} entities in the "
        f"[Annex]({href('annex.md#priority-' + str(priority.number))})."
    )
    for member_id in owners:
        member = report.member(member_id)
        parts += [
            "",
            f"## {markdown_text(member.short_name)} {{ #{member_id} }}",
            "",
            f"[{markdown_text(member.name)}]({href(member_page_path(member_id))})",
            "",
            highlights(report, tuple(a for a in under if member_id in a.members)),
        ]
    parts += _events_section(report, tuple(e for e in report.events if e.priority == priority.number), href)
    return "\n".join(parts).rstrip() + "\n"


def priorities_overview(report: Report, href: Href, url_href: Href) -> str:
    """A bar chart of highlights per priority (charts.py), then each priority linked to its page."""
    items = []
    for p in report.priorities:
        count = len(report.activities_under(p.number))
        shift = f": {markdown_text(p.shift)}" if p.shift else ""
        items.append(f"[{_priority_heading(p)}]({href(priority_page_path(p))}){shift} ({count} highlights)")
    return priorities_chart(report, url_href) + "\n\n" + bullet_list(items)


# -- timeline and matrix -----------------------------------------------------------------


def _in_order(events: tuple[Event, ...]) -> list[Event]:
    return sorted(events, key=lambda e: e.date.sort_key)


def _events_section(report: Report, events: tuple[Event, ...], href: Href) -> list[str]:
    """A page's "Events" section (a member's, a priority's): every event in date order, or nothing."""
    if not events:
        return []
    return ["", "## Events { #events }", "", bullet_list([event_line(report, e, href) for e in _in_order(events)])]


def timeline(report: Report, href: Href) -> str:
    """The events on a month axis (charts.py), then every one in order, grouped by year and month."""
    parts = [timeline_chart(report), ""] if report.events else []
    ordered = _in_order(report.events)
    for year, in_year in groupby(ordered, key=lambda e: e.date.start.year):
        parts += [f"## {year} {{ #y{year} }}", ""]
        for (_, month), in_month in groupby(in_year, key=lambda e: e.date.month_key):
            in_month = list(in_month)
            label = in_month[0].date.month_label()
            anchor = f"y{year}-{month:02d}" if month else f"y{year}-year"
            parts += [
                f"### {label} {{ #{anchor} }}",
                "",
                bullet_list([event_line(report, e, href) for e in in_month]),
                "",
            ]
    return "\n".join(parts).rstrip() + "\n"


def matrix(report: Report, url_href: Href) -> str:
    """Entities by priorities: how many highlights each reported, as an HTML table.

    Raw HTML, because Markdown tables cannot mark the first column as row headers;
    every value goes through html_text or html_attribute, and every link is a built
    URL (see url_href_from).
    """
    head = "".join(
        f'<th scope="col"><a href="{html_attribute(url_href(priority_page_path(p)))}" '
        f'title="{html_attribute(p.title)}"><span class="icat-matrix__number">#{p.number}</span> '
        f'<span class="icat-matrix__name">{html_text(priority_label(p))}</span></a></th>'
        for p in report.priorities
    )
    rows = [_matrix_row(report, member, url_href) for member in report.members]
    totals = "".join(f"<td>{len(report.activities_under(p.number))}</td>" for p in report.priorities)
    caption = "Highlights reported in the Annex, by entity (rows) and Action Plan priority (columns)"
    return (
        matrix_legend(report) + "\n\n"
        f'<div class="icat-matrix">\n<table class="icat-matrix__table">\n<caption>{caption}</caption>\n'
        f'<thead><tr><th scope="col">Entity</th>{head}<th scope="col">Total</th></tr></thead>\n'
        f"<tbody>\n" + "\n".join(rows) + "\n</tbody>\n"
        f'<tfoot><tr><th scope="row">All '
        f"entities</th>{totals}<td>{len(report.activities)}</td></tr></tfoot>\n</table>\n</div>"
    )


def matrix_legend(report: Report) -> str:
    """The priorities the columns stand for, as one Markdown paragraph read before the table."""
    names = "; ".join(f"**#{p.number}** {markdown_text(p.title)}" for p in report.priorities)
    return f"The priorities: {names}."


def _matrix_row(report: Report, member: Member, url_href: Href) -> str:
    cells = []
    for p in report.priorities:
        count = sum(1 for a in report.activities_of(member.id) if a.priority == p.number)
        if count:
            label = f"{count} highlight{'s' if count > 1 else ''} of {member.short_name} under priority {p.number}"
            target = url_href(priority_page_path(p) + "#" + member.id)
            cells.append(
                f'<td><a href="{html_attribute(target)}" aria-label="{html_attribute(label)}">{count}</a></td>'
            )
        else:
            cells.append('<td><span aria-hidden="true">·</span><span class="visually-hidden">none</span></td>')
    total = len(report.activities_of(member.id))
    name = f'<a href="{html_attribute(url_href(member_page_path(member)))}">{html_text(member.short_name)}</a>'
    return f'<tr><th scope="row">{name}</th>{"".join(cells)}<td>{total}</td></tr>'


# -- citation --------------------------------------------------------------------


def citation(report: Report, site_url: str) -> str:
    """How to cite the report: a plain reference and a BibTeX entry."""
    info = report.info
    organisation = info.organisation.removeprefix("The ")
    reference = (
        f"{markdown_text(organisation)} ({markdown_text(info.organisation_acronym)}). *{markdown_text(info.title)}*. "
        f"{markdown_text(info.publisher)}, {info.published}. {markdown_text(site_url)}"
    )
    co_chairs = " and ".join(report.member(m).short_name for m in info.co_chairs)
    fields = [
        ("author", "{" + bibtex_value(organisation) + "}"),  # double braces: a corporate author, not a person
        ("title", bibtex_value(info.title)),
        ("institution", bibtex_value(info.publisher)),
        ("year", str(info.published)),
        ("url", bibtex_value(site_url)),
        ("note", bibtex_value(f"Co-chaired in {info.year} by {co_chairs}")),
    ]
    lines = [f"@techreport{{{bibtex_key(info.organisation_acronym)}{info.year},"]
    lines += [f"  {name:<11} = {{{value}}}," for name, value in fields]
    bibtex = "\n".join(lines).removesuffix(",") + "\n}"
    return "\n".join(["**Reference**", "", reference, "", "**BibTeX**", "", code_fence(bibtex, "bibtex")])
