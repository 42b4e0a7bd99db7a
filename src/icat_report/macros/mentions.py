"""Where the report mentions each member or partner: the index behind a member page's
"Mentioned in the report" list.

Only the report's own pages count (the "The report" section of the navigation), not
the pages about the site such as "Download the data" or "Editing the report". Front matter
is read with MkDocs' own reader, so a page's title here is the title MkDocs shows.
"""

from __future__ import annotations

import re
from collections import defaultdict

from ..report import Report
from ..source.front_matter import split_front_matter
from ..source.pages import Pages

REPORT_SECTION = "The report"  # the navigation section holding the report's own pages
ANNEX_PAGE = "annex.md"  # where every highlight is told
_MACRO_OR_ATTRIBUTES = re.compile(r"\{\{.*?\}\}|\{\s*#[^}]*\}")  # `{{ call() }}` and `{ #anchor }` in a heading


def report_section_pages(nav: list | None, section: str = REPORT_SECTION) -> list[str]:
    """The Markdown files under `section` of a navigation (as mkdocs.yml writes it), in reading order."""
    for item in nav or []:
        if isinstance(item, dict) and section in item:
            return nav_pages(item[section])
    return []


def nav_pages(nav: list | str | None) -> list[str]:
    """The Markdown files of a navigation (as mkdocs.yml writes it), in reading order."""
    if isinstance(nav, str):
        return [nav] if nav.endswith(".md") else []
    found: list[str] = []
    for item in nav or []:
        found += nav_pages(next(iter(item.values())) if isinstance(item, dict) else item)
    return found


def page_title(text: str) -> str | None:
    """A page's title: its front matter `title`, else its first heading without macros or attributes."""
    body, meta = split_front_matter(text)
    if isinstance(meta.get("title"), str):
        return meta["title"]
    heading = next((line[2:] for line in body.splitlines() if line.startswith("# ")), None)
    if heading is None:
        return None
    return " ".join(_MACRO_OR_ATTRIBUTES.sub("", heading).split())


def report_section_texts(pages: Pages | None, nav: list | None) -> dict[str, str]:
    """{src path: text as written} of the report's own pages, in reading order, from the pages as read."""
    texts = pages.texts if pages is not None else {}
    return {src: texts[src] for src in report_section_pages(nav) if src in texts}


def mentions_index(report: Report, pages: dict[str, str]) -> dict[str, list[tuple[str, str]]]:
    """For each entity, the report pages (src, title) that name it, in reading order.

    A page names an entity when its prose does, or when data shown on it does: the
    Annex for the entity's highlights, the pages of its photo captions and events.
    """
    found = _named_in_prose(report, pages)
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
    order = {src: index for index, src in enumerate(pages)}
    titles = {src: page_title(text) or src for src, text in pages.items()}
    return {
        member_id: [(src, titles[src]) for src in sorted(srcs & order.keys(), key=order.__getitem__)]
        for member_id, srcs in found.items()
    }


def _named_in_prose(report: Report, pages: dict[str, str]) -> defaultdict[str, set[str]]:
    """{member id: pages whose text names it}, a name counting only as a whole word."""
    found: defaultdict[str, set[str]] = defaultdict(set)
    owners: dict[str, list[str]] = defaultdict(list)
    for member in report.members:
        for name in filter(None, {member.name, member.acronym}):
            owners[name].append(member.id)
    if not owners:
        return found
    # One pass per page over every name at once (longest first), not a search per name;
    # a name glued to a letter, digit, - or _ is part of another word.
    alternatives = "|".join(re.escape(name) for name in sorted(owners, key=len, reverse=True))
    names = re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")
    for src, text in pages.items():
        for match in names.finditer(text):
            for member_id in owners[match.group(0)]:
                found[member_id].add(src)
    return found
