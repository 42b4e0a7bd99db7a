"""Markdown for the pages that let a reader browse the report by entity, priority and date.

A page per member or partner, a page per priority, the timeline of dated events (its chart
is charts.py's; the entity-by-priority grid is grid.py's), and the citation block: all
computed from the data, so that a new entry in data/ appears everywhere at once.
"""

from __future__ import annotations

import calendar
import ipaddress
from itertools import groupby
from urllib.parse import urlsplit

from ..model import Event, Member, Priority
from ..report import ICAT_ID, Report
from ..text.escape import bibtex_key, bibtex_value, code_fence, markdown_text
from .charts import event_anchor, priorities_chart, timeline_chart
from .common import Href, bullet_list, in_words, member_page_path, number_in_words, priority_page_path
from .home import priority_cards
from .identity import member_header, priority_attributes, priority_header
from .report_parts import highlights

KIND_LABELS = {"side-event": "side event"}
UNDATED = "Month not stated"  # the lead of events the report dates by year only


def _member_link(report: Report, member_id: str, href: Href) -> str:
    if member_id == ICAT_ID:
        return markdown_text(report.info.organisation_acronym)
    return f"[{markdown_text(report.member(member_id).short_name)}]({href(member_page_path(member_id))})"


def member_title(member: Member) -> str:
    """A member page's title as plain text: its name, and its acronym when it has one."""
    return member.name + (f" ({member.acronym})" if member.acronym and member.acronym != member.name else "")


def priority_title(priority: Priority) -> str:
    """A priority page's title as plain text."""
    return f"Priority {priority.number}: {priority.title}"


def _priority_heading(priority: Priority) -> str:
    """priority_title as Markdown."""
    return f"Priority {priority.number}: {markdown_text(priority.title)}"


def event_line(report: Report, event: Event, href: Href, *, with_date: bool = True) -> str:
    """One event as a sentence: date, title linked to the section that tells it, what it was and who held it,
    e.g. "Consultation, organised by ICAT, UNODC and UNHCR, with 40 participants (planned)"."""
    when = event.date.label()
    title = f"[{markdown_text(event.title)}]({href(event.told_in)})"
    what = KIND_LABELS.get(event.kind, event.kind).capitalize()
    organisers = [_member_link(report, m, href) for m in event.organisers] + [
        markdown_text(o) for o in event.other_organisers
    ]
    if organisers:
        what += ", organised by " + in_words(organisers)
    if event.participants:
        qualifier = f"{event.participants_qualifier} " if event.participants_qualifier else ""
        what += f", with {qualifier}{event.participants} participants"
    if event.entities_attending:
        what += f", attended by {event.entities_attending} of the ICAT entities"
    if event.planned:
        what += " (planned)"
    prefix = f"**{when}**: " if with_date else ""
    return f"{prefix}{title}. {what}."


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
                f"### {_priority_heading(priority)} {priority_attributes(priority, f'priority-{priority.number}')}",
                "",
                # A link that only leads to another page: dead on paper (print.css hides the web-only).
                f"[Every entity's work under this priority]({href(priority_page_path(priority))})",
                "{ .icat-web-only }",
                "",
                highlights(report, under),
                "",
            ]
    return parts


def _pictured(report: Report, member_id: str, href: Href, titles: dict[str, str]) -> list[str]:
    """The chapters whose photos picture the entity's people: each chapter once, by its name, with the names."""
    chapters: dict[str, tuple[str, list[str]]] = {}
    for photo, name in report.people_of(member_id):
        first_photo, names = chapters.setdefault(photo.page, (f"{photo.page}#photo-{photo.id}", []))
        if name not in names:
            names.append(name)
    if not chapters:
        return []
    lines = [
        f"[{markdown_text(titles.get(page, page.removesuffix('.md')))}]({href(target)}): "
        + ", ".join(markdown_text(name) for name in names)
        for page, (target, names) in chapters.items()
    ]
    # The site shows the photos' captions, not the photos: the section names what it lists.
    heading = "## In the report’s photographs { #people }"
    return ["", heading, "", "In these chapters of the printed report:", "", bullet_list(lines)]


def member_page(report: Report, member_id: str, href: Href, mentions: list[tuple[str, str]] = ()) -> str:
    """Everything the report says about one entity, on one page."""
    member = report.member(member_id)
    parts = member_header(report, member, member_title(member))
    parts += ["## Highlights in the Annex { #highlights }", "", *_own_highlights(report, member_id, href)]
    involved = tuple(a for a in report.activities if member_id in a.involved)
    if involved:
        parts += ["", "## Joint work with other entities { #taking-part }", ""]
        for activity in involved:
            priority = report.priority_numbered(activity.priority)
            owners = ", ".join(_member_link(report, m, href) for m in activity.members)
            parts.append(
                f"- With {owners}, under [{_priority_heading(priority)}]({href(priority_page_path(priority))})"
                + priority_attributes(priority)
            )
    parts += _events_section(report, report.events_of(member_id), href)
    parts += _pictured(report, member_id, href, dict(mentions))
    if mentions:
        parts += ["", "## Mentioned in the report { #mentions }", ""]
        parts.append(bullet_list([f"[{markdown_text(page_title)}]({href(src)})" for src, page_title in mentions]))
    return "\n".join(parts).rstrip() + "\n"


# -- priorities --------------------------------------------------------------------


def priority_page(report: Report, priority_id: str, href: Href) -> str:
    """One priority of the Action Plan: its highlights grouped by entity, its events."""
    priority = report.priority(priority_id)
    parts = priority_header(report, priority, _priority_heading(priority))
    under = report.activities_under(priority.number)
    owners = report.entities_under(priority.number)
    parts.append(_priority_lead(len(owners), href(f"annex.md#priority-{priority.number}")))
    for member_id in owners:
        member = report.member(member_id)
        parts += [
            "",
            f"## {markdown_text(member_title(member))} {{ #{member_id} }}",
            "",
            # A heading is not a link: the entity's page is a small link under it ("About CBSS", which reads
            # well for any short name; "CBSS's page" did not).
            f"[About {markdown_text(member.short_name)}]({href(member_page_path(member_id))})\n{{ .icat-entity-link }}",
            "",
            highlights(report, tuple(a for a in under if member_id in a.members)),
        ]
    parts += _events_section(report, tuple(e for e in report.events if e.priority == priority.number), href)
    return "\n".join(parts).rstrip() + "\n"


def _priority_lead(entities: int, annex: str) -> str:
    """The sentence that opens a priority's page: who reported work under it, as a reader says it (not a count of
    records)."""
    who = {0: "No entity", 1: "One entity"}.get(entities, f"{number_in_words(entities).capitalize()} entities")
    return f"{who} reported work under this priority in the [Annex]({annex}) of the report."


def priorities_overview(report: Report, href: Href, url_href: Href) -> str:
    """Each priority as a tile in its colour, linked to its page (as on the home page), then a bar chart of
    highlights per priority (charts.py)."""
    return priority_cards(report, url_href, heading="h2") + "\n\n" + priorities_chart(report, url_href)


# -- timeline -------------------------------------------------------------------------------


def _in_order(events: tuple[Event, ...]) -> list[Event]:
    return sorted(events, key=lambda e: e.date.sort_key)


def _events_section(report: Report, events: tuple[Event, ...], href: Href) -> list[str]:
    """A page's "Events" section (a member's, a priority's): every event in date order, those the report
    dates by a year only after them under a bold lead of their own; or nothing."""
    if not events:
        return []
    ordered = _in_order(events)
    dated = [e for e in ordered if e.date.start.month]
    undated = [e for e in ordered if not e.date.start.month]
    parts = ["", "## Events { #events }", ""]
    if dated:
        parts.append(bullet_list([event_line(report, e, href) for e in dated]))
    if undated:
        # A bold lead, not a heading: "On this page" lists the page's sections, and this is not one.
        parts += ["", f"**{UNDATED}**", "{ #events-undated }", ""]
        parts.append(bullet_list([event_line(report, e, href) for e in undated]))
    return parts


def _day_in_month(event: Event) -> str:
    """When in its month an event falls, for a list under the month's heading: "15", "22–23", or "" (month only)."""
    start, end = event.date.start, event.date.end
    if not start.day:
        return ""
    if end is None:
        return str(start.day)
    if (end.year, end.month) == (start.year, start.month) and end.day:
        return f"{start.day}\u2013{end.day}"
    return event.date.label()


def _timeline_item(report: Report, event: Event, href: Href) -> str:
    """An event under its month's heading: the day, not the month again; an id its mark in the chart links to."""
    day = _day_in_month(event)
    line = event_line(report, event, href, with_date=False)
    return (f"**{day}** " if day else "") + line + f"\n  {{ #{event_anchor(event)} }}"


def timeline(report: Report, href: Href) -> str:
    """The events on a month axis (charts.py), then every one in order: a heading per year and per month, each
    naming its month once; the events a report dates by year only under a heading of their own."""
    parts = [timeline_chart(report), ""] if report.events else []
    ordered = _in_order(report.events)
    for year, in_year in groupby(ordered, key=lambda e: e.date.start.year):
        parts += [f"## {year} {{ #y{year} }}", ""]
        for (_, month), in_month in groupby(in_year, key=lambda e: e.date.month_key):
            label = f"{calendar.month_name[month]} {year}" if month else UNDATED
            anchor = f"y{year}-{month:02d}" if month else f"y{year}-year"
            parts += [
                f"### {label} {{ #{anchor} }}",
                "",
                bullet_list([_timeline_item(report, e, href) for e in in_month]),
                "",
            ]
    return "\n".join(parts).rstrip() + "\n"


# -- citation --------------------------------------------------------------------


def published_address(site_url: str) -> str | None:
    """The site's address to cite, or None for a copy served from this machine (a preview or a local build:
    its address would mean nothing to a reader)."""
    host = urlsplit(site_url).hostname or ""
    try:
        local = ipaddress.ip_address(host).is_loopback
    except ValueError:
        local = host == "localhost" or host.endswith(".localhost")
    return None if local or not host else site_url


def citation(report: Report, site_url: str) -> str:
    """How to cite the report: a plain reference and a BibTeX entry (with the site's address once published)."""
    info = report.info
    organisation = info.organisation.removeprefix("The ")
    address = published_address(site_url)
    reference = (
        f"{markdown_text(organisation)} ({markdown_text(info.organisation_acronym)}). *{markdown_text(info.title)}*. "
        f"{markdown_text(info.publisher)}, {info.published}." + (f" {markdown_text(address)}" if address else "")
    )
    co_chairs = " and ".join(report.member(m).short_name for m in info.co_chairs)
    fields = [
        ("author", "{" + bibtex_value(organisation) + "}"),  # double braces: a corporate author, not a person
        ("title", bibtex_value(info.title)),
        ("institution", bibtex_value(info.publisher)),
        ("year", str(info.published)),
        *([("url", bibtex_value(address))] if address else []),
        ("note", bibtex_value(f"Co-chaired in {info.year} by {co_chairs}")),
    ]
    lines = [f"@techreport{{{bibtex_key(info.organisation_acronym)}{info.year},"]
    lines += [f"  {name:<11} = {{{value}}}," for name, value in fields]
    bibtex = "\n".join(lines).removesuffix(",") + "\n}"
    return "\n".join(["**Reference**", "", reference, "", "**BibTeX**", "", code_fence(bibtex, "bibtex")])
