"""Markdown for the pages that let a reader browse the report by entity, priority and date.

A page per member or partner, a page per priority, the timeline of dated events, the
entity-by-priority matrix, and the citation block: all computed from the data, so
that a new entry in data/ appears everywhere at once.
"""
from __future__ import annotations

import html
import re
from collections import defaultdict
from itertools import groupby

from ..model.dates import PartialDate
from ..model import Event, Member, Priority
from ..report import ICAT_ID, Report
from .common import Href, bullet_list, member_page_path, plain, priority_page_path
from .report_pages import highlights

KIND_LABELS = {"side-event": "side event"}
ANNEX_PAGE = "annex.md"


def _member_link(report: Report, member_id: str, href: Href) -> str:
    if member_id == ICAT_ID:
        return report.info.organisation_acronym
    return f"[{plain(report.member_by_id[member_id].short_name)}]({href(member_page_path(member_id))})"


def _priority_heading(priority: Priority) -> str:
    return f"Priority #{priority.number}: {plain(priority.title)}"


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
    when = PartialDate.parse(event.date).label()
    title = f"[{plain(event.title)}]({href(event.told_in)})"
    facts = [KIND_LABELS.get(event.kind, event.kind)]
    if event.planned:
        facts.insert(0, "**planned**")
    organisers = [_member_link(report, m, href) for m in event.organisers] + [plain(o) for o in event.other_organisers]
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

def member_page(report: Report, member_id: str, href: Href, mentions: list[tuple[str, str]] = ()) -> str:
    """Everything the report says about one entity, on one page."""
    member = report.member_by_id[member_id]
    title = plain(member.name) + (f" ({plain(member.acronym)})" if member.acronym and member.acronym != member.name else "")
    parts = [f"# {title}", "", _role_sentence(report, member)]
    own = report.activities_of(member_id)
    parts += ["", "## Highlights in the Annex { #highlights }", ""]
    if own:
        for priority in report.priorities:
            under = tuple(a for a in own if a.priority == priority.number)
            if under:
                parts += [f"### {_priority_heading(priority)} {{ #priority-{priority.number} }}", "",
                          f"[All highlights under this priority]({href(priority_page_path(priority))})", "",
                          highlights(report, under), ""]
    else:
        parts.append(f"The Annex of the {report.info.year} report lists no highlight of its own for this entity.")
    involved = tuple(a for a in report.activities if member_id in a.involved)
    if involved:
        parts += ["", "## Taking part in others' highlights { #taking-part }", ""]
        for activity in involved:
            priority = report.priority_by_number[activity.priority]
            owners = ", ".join(_member_link(report, m, href) for m in activity.members)
            parts.append(f"- With {owners}, under [{_priority_heading(priority)}]({href(priority_page_path(priority))})")
    events = report.events_of(member_id)
    if events:
        parts += ["", "## Events { #events }", "", bullet_list([event_line(report, e, href) for e in _in_order(events)])]
    people = report.people_of(member_id)
    if people:
        parts += ["", "## In the report's photos { #people }", ""]
        parts.append(bullet_list([f"{plain(name)}, [in a photo caption]({href(photo.page + '#photo-' + photo.id)})" for photo, name in people]))
    if mentions:
        parts += ["", "## Where the report mentions it { #mentions }", ""]
        parts.append(bullet_list([f"[{plain(page_title)}]({href(src)})" for src, page_title in mentions]))
    return "\n".join(parts).rstrip() + "\n"


def entities_overview(report: Report, href: Href) -> str:
    """A table of every member and partner, linked to its page, with its counts."""
    rows = ["| Entity | Role | Joined | Highlights | Events |", "| --- | --- | --- | ---: | ---: |"]
    for member in report.members:
        link = f"[{plain(member.label)}]({href(member_page_path(member))})"
        rows.append(f"| {link} | {member.role} | {member.joined or ''} | {len(report.activities_of(member.id))} | {len(report.events_of(member.id))} |")
    return "\n".join(rows)


# -- priorities --------------------------------------------------------------------

def priority_page(report: Report, priority_id: str, href: Href) -> str:
    """One priority of the Action Plan: its highlights grouped by entity, its events."""
    priority = next(p for p in report.priorities if p.id == priority_id)
    parts = [f"# {_priority_heading(priority)}", ""]
    if priority.shift:
        parts += [f"*{plain(priority.shift)}*", ""]
    under = report.activities_under(priority.number)
    owners = list(dict.fromkeys(m for a in under for m in a.members))
    parts.append(f"{len(under)} highlights from {len(owners)} entities in the [Annex]({href('annex.md#priority-' + str(priority.number))}).")
    for member_id in owners:
        member = report.member_by_id[member_id]
        parts += ["", f"## {plain(member.short_name)} {{ #{member_id} }}", "",
                  f"[{plain(member.name)}]({href(member_page_path(member_id))})", "",
                  highlights(report, tuple(a for a in under if member_id in a.members))]
    events = tuple(e for e in report.events if e.priority == priority.number)
    if events:
        parts += ["", "## Events { #events }", "", bullet_list([event_line(report, e, href) for e in _in_order(events)])]
    return "\n".join(parts).rstrip() + "\n"


def priorities_overview(report: Report, href: Href) -> str:
    items = []
    for p in report.priorities:
        count = len(report.activities_under(p.number))
        shift = f": {plain(p.shift)}" if p.shift else ""
        items.append(f"[{_priority_heading(p)}]({href(priority_page_path(p))}){shift} ({count} highlights)")
    return bullet_list(items)


# -- timeline and matrix -----------------------------------------------------------------

def _in_order(events: tuple[Event, ...]) -> list[Event]:
    return sorted(events, key=lambda e: PartialDate.parse(e.date).sort_key)


def timeline(report: Report, href: Href) -> str:
    """Every dated event in order, grouped by year and month, planned ones marked."""
    parts = []
    ordered = _in_order(report.events)
    for year, in_year in groupby(ordered, key=lambda e: PartialDate.parse(e.date).start.year):
        parts += [f"## {year} {{ #y{year} }}", ""]
        for (_, month), in_month in groupby(in_year, key=lambda e: PartialDate.parse(e.date).month_key):
            in_month = list(in_month)
            label = PartialDate.parse(in_month[0].date).month_label()
            anchor = f"y{year}-{month:02d}" if month else f"y{year}-year"
            parts += [f"### {label} {{ #{anchor} }}", "", bullet_list([event_line(report, e, href) for e in in_month]), ""]
    return "\n".join(parts).rstrip() + "\n"


def matrix(report: Report, url_href: Href) -> str:
    """Entities by priorities: how many highlights each reported, as an HTML table.

    Raw HTML, because Markdown tables cannot mark the first column as row headers;
    every value is escaped and every link is a built URL (see url_href_from).
    """
    esc = html.escape
    head = "".join(
        f'<th scope="col"><a href="{esc(url_href(priority_page_path(p)))}" title="{esc(p.title)}">#{p.number}</a></th>'
        for p in report.priorities
    )
    rows = []
    for member in report.members:
        cells = []
        for p in report.priorities:
            count = sum(1 for a in report.activities_of(member.id) if a.priority == p.number)
            if count:
                label = f"{count} highlight{'s' if count > 1 else ''} of {member.short_name} under priority {p.number}"
                target = url_href(priority_page_path(p) + "#" + member.id)
                cells.append(f'<td><a href="{esc(target)}" aria-label="{esc(label)}">{count}</a></td>')
            else:
                cells.append('<td><span aria-hidden="true">·</span><span class="visually-hidden">none</span></td>')
        total = len(report.activities_of(member.id))
        name = f'<a href="{esc(url_href(member_page_path(member)))}">{esc(member.short_name)}</a>'
        rows.append(f'<tr><th scope="row">{name}</th>{"".join(cells)}<td>{total}</td></tr>')
    totals = "".join(f"<td>{len(report.activities_under(p.number))}</td>" for p in report.priorities)
    caption = "Highlights reported in the Annex, by entity (rows) and Action Plan priority (columns)"
    return (
        f'<div class="icat-matrix">\n<table>\n<caption>{caption}</caption>\n'
        f'<thead><tr><th scope="col">Entity</th>{head}<th scope="col">Total</th></tr></thead>\n'
        f'<tbody>\n' + "\n".join(rows) + "\n</tbody>\n"
        f'<tfoot><tr><th scope="row">All entities</th>{totals}<td>{len(report.activities)}</td></tr></tfoot>\n</table>\n</div>'
    )


# -- citation --------------------------------------------------------------------

def citation(report: Report, site_url: str) -> str:
    """How to cite the report: a plain reference and a BibTeX entry."""
    info = report.info
    author = f"{info.organisation.removeprefix('The ')} ({info.organisation_acronym})"
    plain_ref = f"{author}. *{info.title}*. {info.publisher}, {info.published}. {site_url}"
    bibtex = "\n".join([
        f"@techreport{{{info.organisation_acronym.lower()}{info.year},",
        f"  author      = {{{{{info.organisation.removeprefix('The ')}}}}},",
        f"  title       = {{{info.title}}},",
        f"  institution = {{{info.publisher}}},",
        f"  year        = {{{info.published}}},",
        f"  url         = {{{site_url}}},",
        f"  note        = {{Co-chaired in {info.year} by {' and '.join(report.member_by_id[m].short_name for m in info.co_chairs)}}}",
        "}",
    ])
    return "\n".join([
        "**Reference**", "", plain(plain_ref).replace("\\*", "*"), "",
        "**BibTeX**", "", "```bibtex", bibtex, "```",
    ])


def mentions_index(report: Report, pages: dict[str, str]) -> dict[str, list[tuple[str, str]]]:
    """For each entity, the report pages (src, title) that name it, in reading order.

    A page names an entity when its prose does, or when data shown on it does: the
    Annex for the entity's highlights, the pages of its photo captions and events.
    """
    titles = {src: _page_title(text) or src for src, text in pages.items()}
    found: dict[str, set[str]] = defaultdict(set)
    owners: dict[str, list[str]] = defaultdict(list)
    for member in report.members:
        for name in filter(None, {member.name, member.acronym}):
            owners[name].append(member.id)
    if owners:
        # One pass per page over every name at once (longest first), not a search per name.
        names = re.compile("|".join(re.escape(n) for n in sorted(owners, key=len, reverse=True)))
        for src, text in pages.items():
            for match in names.finditer(text):
                start, end = match.span()
                if (start and (text[start - 1].isalnum() or text[start - 1] in "-_")) or (end < len(text) and (text[end].isalnum() or text[end] in "-_")):
                    continue
                for member_id in owners[match.group(0)]:
                    found[member_id].add(src)
    for activity in report.activities:
        for member_id in activity.members + activity.involved:
            found[member_id].add(ANNEX_PAGE)
    for photo in report.photos:
        for person in photo.people:
            if person.member:
                found[person.member].add(photo.page)
    for event in report.events:
        for member_id in event.organisers:
            found[member_id].add(event.told_in.split("#")[0])
    order = list(pages)
    return {
        member_id: [(src, titles[src]) for src in sorted(srcs & set(pages), key=order.index)]
        for member_id, srcs in found.items()
    }


def nav_pages(nav: list | None) -> list[str]:
    """The Markdown files of a navigation (as mkdocs.yml writes it), in reading order."""
    found = []
    for item in nav or []:
        value = next(iter(item.values())) if isinstance(item, dict) else item
        if isinstance(value, list):
            found += nav_pages(value)
        elif isinstance(value, str) and value.endswith(".md"):
            found.append(value)
    return found


def _page_title(text: str) -> str | None:
    """A page's title: its front matter title, else its first heading, without macros."""
    front = re.match(r"^---\n(.*?)\n---\n", text, re.S)
    if front:
        match = re.search(r"^title:\s*(.+)$", front.group(1), re.M)
        if match:
            return match.group(1).strip().strip("\"'")
    heading = next((line[2:] for line in text.splitlines() if line.startswith("# ")), None)
    if heading is None:
        return None
    heading = re.sub(r"\{\{.*?\}\}|\{\s*#[^}]*\}", "", heading)
    return " ".join(heading.split())
