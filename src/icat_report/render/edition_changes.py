"""What has changed in the report's records since it was printed, for "Notes on this edition".

Computed from the data against the printed edition's records (icat_report.edition), so an
editor who adds a highlight or an event tells readers so without writing a word: added records
are listed as the site shows them, removed ones by their id in the data.
"""

from __future__ import annotations

from collections.abc import Callable

from ..edition.records import changed_records
from ..report import Report
from ..text.escape import markdown_text
from .browse_pages import event_line, member_title
from .common import Href, bullet_list, data_text, member_page_path, priority_page_path

# data file -> (what readers call its records, how one added record reads)
Describe = Callable[[Report, str, Href], str]


def _member(report: Report, key: str, href: Href) -> str:
    return f"[{markdown_text(member_title(report.member(key)))}]({href(member_page_path(key))})"


def _priority(report: Report, key: str, href: Href) -> str:
    priority = report.priority(key)
    return f"[Priority {priority.number}: {markdown_text(priority.title)}]({href(priority_page_path(priority))})"


def _highlight(report: Report, key: str, href: Href) -> str:
    activity = report.activity(key)
    priority = report.priority_numbered(activity.priority)
    owners = ", ".join(markdown_text(report.member(m).short_name) for m in activity.members)
    where = f"[priority {priority.number}]({href(priority_page_path(priority))})"
    return f"{owners}, under {where}: {data_text(report, activity.text)}"


def _event(report: Report, key: str, href: Href) -> str:
    return event_line(report, report.event(key), href)


def _acronym(report: Report, key: str, href: Href) -> str:
    acronym = report.acronym(key)
    return f"{markdown_text(acronym.term)}: {markdown_text(report.expansion(acronym))}"


def _reference(report: Report, key: str, href: Href) -> str:
    return markdown_text(report.link(key).title)


def _photo(report: Report, key: str, href: Href) -> str:
    photo = report.photo(key)
    return f"[A photo caption]({href(photo.page + '#photo-' + photo.id)})"


def _footnote(report: Report, key: str, href: Href) -> str:
    return data_text(report, report.footnote(key).text)


KINDS: dict[str, tuple[str, Describe]] = {
    "members.yaml": ("Members and partners", _member),
    "priorities.yaml": ("Priorities", _priority),
    "activities.yaml": ("Highlights", _highlight),
    "events.yaml": ("Events", _event),
    "photos.yaml": ("Photo captions", _photo),
    "footnotes.yaml": ("Footnotes", _footnote),
    "acronyms.yaml": ("Acronyms", _acronym),
    "links.yaml": ("References", _reference),
}


def edition_changes(report: Report, href: Href) -> str:
    """Markdown: the records added since printing, by kind, then those removed, or a sentence that none moved."""
    added, removed = changed_records(report)
    if not added and not removed:
        return "The data behind this site holds the printed report's records, no more and no fewer."
    parts = []
    if added:
        parts.append("Added after the report was printed:")
        for file, (label, describe) in KINDS.items():
            if file in added:
                parts += [f"**{label}**", bullet_list([describe(report, key, href) for key in added[file]])]
    if removed:
        parts.append("Removed since the report was printed (by their ids in the data):")
        for file, (label, _) in KINDS.items():
            if file in removed:
                parts.append(f"- {label}: " + ", ".join(f"`{key}`" for key in removed[file]))
    return "\n\n".join(parts)
