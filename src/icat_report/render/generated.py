"""Pages made from the data alone: a page per member, partner and priority, made here as final Markdown.

Each page's content is rendered by the same renderer the `member_page` and `priority_page` macros call,
with links written from the page's own place, and its front matter says `render_macros: false`: the
macros plugin leaves it alone (a template compiled and run for each of these pages was a third of the
macros' time in a build: bench/stages.py), while the page finishing still runs on it (links resolved,
footnotes added: macros.py's on_post_page_macros).
"""

from __future__ import annotations

from ..report import Report
from ..text.escape import front_matter_value
from .browse_pages import member_page, member_title, priority_page, priority_title
from .common import href_from, member_page_path, priority_page_path
from .export import downloads
from .priority_style import STYLESHEET, priority_stylesheet

Mentions = dict[str, list[tuple[str, str]]]  # member id -> (page, its title) where the report mentions it


def generated_pages(report: Report, mentions: Mentions) -> dict[str, str]:
    """{path under docs/: Markdown} for every member, partner and priority page; `mentions` says where the
    report mentions each member (macros/mentions.py)."""
    pages = {}
    for member in report.members:
        description = (
            f"What {member.short_name} did in {report.info.year} against trafficking in persons: "
            "its highlights, events and people in the ICAT Chairs' Annual Report."
        )
        # A member's own page should rank first when a reader searches its name.
        path = member_page_path(member)
        body = member_page(report, member.id, href_from(path), mentions.get(member.id, []))
        pages[path] = _page(member_title(member), description, body, search_boost=2)
    for priority in report.priorities:
        description = (
            f"Priority {priority.number} of the ICAT Action Plan, {priority.title}: "
            f"every highlight reported in {report.info.year}, by entity."
        )
        path = priority_page_path(priority)
        pages[path] = _page(priority_title(priority), description, priority_page(report, priority.id, href_from(path)))
    return pages


def _page(title: str, description: str, body: str, search_boost: float | None = None) -> str:
    """Front matter and body (final Markdown, which the macros plugin is told to leave alone).

    The title is given in the front matter, not left to the page's heading: the theme
    writes a heading's title into <title> through `striptags`, which turns `&lt;` back
    into `<`; a front matter title is written as it stands, and front_matter_value
    makes it (and the description, written into <meta content>) safe HTML.
    """
    boost = f"search:\n  boost: {search_boost}\n" if search_boost else ""
    # In the menu under their overview page (icat_site/browse_nav.py); a way to browse, not a chapter: not printed.
    paper = "paper: false\n"
    return (
        f"---\ntitle: {front_matter_value(title)}\ndescription: {front_matter_value(description)}\n"
        f"{boost}{paper}render_macros: false\n---\n\n{body.rstrip()}\n"
    )


def generated_assets(report: Report) -> dict[str, str]:
    """{path under the site: content} of the files the site's look takes from the data: the priorities' stylesheet."""
    return {STYLESHEET: priority_stylesheet(report)}


def generated_downloads(report: Report, schema_texts: dict[str, str]) -> dict[str, str]:
    """{path under the site: content} for the open data files and the committed schemas
    ({file name under schemas/: JSON text}, model/schema.py's committed_schema_texts)."""
    files = {f"downloads/{name}": text for name, text in downloads(report).items()}
    files.update({f"downloads/schemas/{name}": text for name, text in schema_texts.items()})
    return files
