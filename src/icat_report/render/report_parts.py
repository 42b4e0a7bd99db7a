"""Markdown for the data-shaped parts of the report's own pages.

Membership lists, photo captions, the Annex highlights, the acronyms table and the
back cover's contacts: each is the report's content, laid out as the report does.
"""

from __future__ import annotations

from ..model import Activity, Photo
from ..report import Report
from ..text.escape import link_destination, markdown_text
from ..text.urls import short_address
from .common import Href, bullet_list, data_text, indent, member_page_path, priority_page_path
from .identity import priority_attributes


def members_list(report: Report, role: str, href: Href) -> str:
    """The membership list of one role, each entity linked to its page."""
    return bullet_list([f"[{markdown_text(m.label)}]({href(member_page_path(m))})" for m in report.entities(role)])


PHOTO_NOT_REPRODUCED = "Photo not reproduced"


def _photo_people(report: Report, photo: Photo, href: Href) -> str:
    """The caption's words: 'From left: Name (Affiliation), ...', one quiet line of names (the affiliations are
    not linked: a caption of twenty links reads as a list of links; member pages list who is pictured)."""
    people = []
    for person in photo.people:
        name = markdown_text(person.name)
        if person.affiliation:
            name += f" ({markdown_text(person.affiliation)})"
        people.append(name)
    lead = f"{markdown_text(photo.lead)}: " if photo.lead else ""
    return f"{lead}{', '.join(people)}."


def photo_caption(report: Report, photo_id: str, href: Href) -> str:
    """A photo of the report: the picture with its caption and credit when data/photos.yaml gives its image;
    else one quiet line, an icon, "Photo not reproduced" and the names, so that the caption keeps every word
    the report printed and does not read as a picture that failed to load."""
    photo: Photo = report.photo(photo_id)
    words = _photo_people(report, photo, href)
    if photo.image:
        credit = f" {markdown_text(photo.credit)}" if photo.credit else ""
        image = f"![{markdown_text(photo.alt)}]({href(photo.image)})"
        return (
            f'<figure class="photo" id="photo-{photo.id}" markdown="1">\n\n{image}\n\n'
            f'<figcaption markdown="1">{words}{credit}</figcaption>\n\n</figure>'
        )
    return f"{PHOTO_NOT_REPRODUCED}: {words}\n{{ .photo-caption #photo-{photo.id} }}"


def highlight(report: Report, activity: Activity) -> str:
    """One Annex highlight as a list item, its points nested under it."""
    item = f"- {data_text(report, activity.text)}"
    if activity.points:
        points = bullet_list([data_text(report, point) for point in activity.points])
        item += "\n" + indent(points)
    return item


def highlights(report: Report, activities: tuple[Activity, ...]) -> str:
    return "\n".join(highlight(report, a) for a in activities)


def annex(report: Report, href: Href) -> str:
    """Every priority of the Action Plan with its highlights, in the report's order."""
    sections = []
    for priority in report.priorities:
        attributes = priority_attributes(priority, f"priority-{priority.number}")
        heading = f"## Priority #{priority.number}: {markdown_text(priority.title)} {attributes}"
        lines = [heading, ""]
        if priority.shift:
            lines += [f"*{markdown_text(priority.shift)}*", ""]
        # Web-only: on paper a link to another page leads nowhere (print.css; the whole report leaves it out).
        lines += [
            f"[This priority's work, entity by entity]({href(priority_page_path(priority))})",
            "{ .icat-web-only }",
            "",
        ]
        lines.append(highlights(report, report.activities_under(priority.number)))
        sections.append("\n".join(lines))
    return "\n\n".join(sections)


def acronyms_table(report: Report, href: Href) -> str:
    """The acronyms in the data's order, the report's (its own list runs by full name: CoE before
    CBSS; sorting by acronym would part the printed list's rows from one another); a member's
    acronym links to its page (the acronym only: a column of links would be a wall of them)."""
    rows = ["| Acronym | Stands for |", "| --- | --- |"]
    for acronym in report.acronyms:
        term = markdown_text(acronym.term)
        if acronym.member:
            term = f"[{term}]({href(member_page_path(acronym.member))})"
        rows.append(f"| {term} | {markdown_text(report.expansion(acronym))} |")
    return "\n".join(rows)


def contacts(report: Report) -> str:
    """The back cover: the website, X/Twitter account and e-mail address."""
    c = report.info.contacts
    twitter_text = c.twitter.split("://", 1)[-1]
    return bullet_list(
        [
            f"Website: [{markdown_text(c.website)}]({link_destination(c.website)})",
            f"X/Twitter: [{markdown_text(twitter_text)}]({link_destination(c.twitter)})",
            f"E-mail: [{markdown_text(c.email)}]({link_destination('mailto:' + c.email)})",
        ]
    )


CORRECTION_HEADINGS = {
    "typo": "Words corrected",
    "layout": "Sentences joined across the PDF's page layout",
    "structure": "Items nested or split as the report means them",
    "kept": "Noted, but left as printed",
}


def corrections(report: Report, href: Href) -> str:
    """Where this edition departs from the PDF, grouped by kind, each with its page."""
    parts = []
    for kind, heading in CORRECTION_HEADINGS.items():
        entries = [c for c in report.corrections if c.kind == kind]
        if not entries:
            continue
        rows = ["| Page | The PDF prints | This edition shows | Why |", "| --- | --- | --- | --- |"]
        for c in entries:
            page = f"[{markdown_text(c.page.removesuffix('.md'))}]({href(c.page)})"
            shown = markdown_text(c.corrected) if c.corrected else "(unchanged)"
            rows.append(f"| {page} | {markdown_text(c.original)} | {shown} | {markdown_text(c.reason)} |")
        parts.append(f"## {heading} {{ #{kind} }}\n\n" + "\n".join(rows))
    return "\n\n".join(parts)


def unlinked_references(report: Report) -> str:
    """The report's references this edition shows without a link, and why (said once): a list."""
    unlinked = [link for link in report.links if not link.url]
    if not unlinked:
        return "Every reference of the report links to its address."
    linked = len(report.links) - len(unlinked)
    return (
        f"{linked} of the report's {len(report.links)} references link to their address. For these "
        f"{len(unlinked)} no page of their publisher could be verified, so the report's words are shown without a "
        "link rather than with a guessed address:\n\n" + bullet_list([markdown_text(link.title) for link in unlinked])
    )


# What an address to the nearest page found may be (model.Link.nearest_page), in readers' words: here and in the
# PDF's "About this edition" (paper/edition.py).
NEAREST_PAGE_KINDS = "a copy on another site, a summary, a part of the document or a page that announces it"


def nearest_pages(report: Report) -> str:
    """The report's references whose address is the nearest page found: a list, each with the site it leads to
    (a list, not a table: a long host would push a phone's table sideways)."""
    nearest = [link for link in report.links if link.nearest_page]
    if not nearest:
        return "Every address shown leads to the page the report refers to."
    items = [
        f"{markdown_text(link.title)} ([{markdown_text(short_address(link.url) or link.url)}]"
        f"({link_destination(link.url)}))"
        for link in nearest
    ]
    return (
        f"{len(nearest)} of the report's {len(report.links)} references lead to the nearest page found "
        f"({NEAREST_PAGE_KINDS}), not certainly the page the report meant. On paper, the note of each begins "
        "“Nearest page found”.\n\n" + bullet_list(items)
    )
