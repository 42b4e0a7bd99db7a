"""The member and priority pages' place in the menu (the icat-report plugin's on_nav).

The pages made from data (a member's, a priority's) are not listed in mkdocs.yml: adding an
entity to data/ adds its page. Here each joins the menu under its overview page ("Members and
partners", "Priorities" in the Explore part), members by the acronym the menu shows and priorities
by number, so that on these pages the
Explore tab is the current one, the sidebar shows where the page sits, and the footer's
previous/next lead to the neighbouring member or priority.

The overview page becomes its section's index (Material's navigation.indexes: the section's
title is the link to it). Its file is not an index.md (moving it would move nothing on the site
but every link to it), so it is told it is one (SectionIndexPage).
"""

from __future__ import annotations

from collections.abc import Iterator

from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page

from icat_report.render.common import by_label, member_page_path, priority_page_path, priority_short_label
from icat_report.report import Report
from icat_report.text.escape import html_attribute


class SectionIndexPage(Page):
    """An overview page that stands for its section in the menu (navigation.indexes)."""

    @property
    def is_index(self) -> bool:
        return True


# The members' menu in two labelled groups, as data/members.yaml's `role` says (30 names in one list
# hid which were members and which partners).
ROLE_GROUPS = (("member", "Members"), ("partner", "Partners"))


def browse_sections(report: Report) -> dict[str, list[tuple[str, str]]]:
    """{overview page under docs/: (page made from data, its menu entry) for the pages under it}: members in
    the order of the names the menu shows, priorities by number. The menu names a member by its acronym
    (30 full names pushed the rest of the Explore menu out of sight) and a priority by its short form;
    each page keeps its full title in its front matter, which the browser's title bar and the search
    read. The theme writes a menu entry as it stands: escaped here, as the front matter's titles are
    (text from the data)."""
    members = sorted(report.members, key=by_label)
    return {
        "members.md": [(member_page_path(m), html_attribute(m.short_name)) for m in members],
        "priorities.md": [(priority_page_path(p), html_attribute(priority_short_label(p))) for p in report.priorities],
    }


def add_browse_pages(nav: Navigation, files: Files, report: Report) -> None:
    """Put each member's and priority's page under its overview page, and link all pages in reading order."""
    for overview, entries in browse_sections(report).items():
        page = _nav_page(nav, overview)
        children = []
        for path, menu_title in entries:
            if (file := files.get_file_from_path(path)) and file.page:
                file.page.title = menu_title  # the menu's and previous/next's; <title> is the front matter's
                children.append(file.page)
        if page is None or not children:
            continue
        page.__class__ = SectionIndexPage
        if overview == "members.md":
            children = _role_groups(report, children)
        section = Section(page.title or "", [page, *children])
        section.parent = page.parent
        siblings = page.parent.children if page.parent is not None else nav.items
        siblings[siblings.index(page)] = section
        for child in section.children:
            child.parent = section
            for grandchild in child.children or ():
                grandchild.parent = child
    nav.pages = list(_pages(nav.items))
    for previous, following in zip(nav.pages, nav.pages[1:], strict=False):
        previous.next_page, following.previous_page = following, previous


def _role_groups(report: Report, pages: list[Page]) -> list:
    """The members' pages as a section per role, in the menu's order (a role without entities has none)."""
    roles = {member_page_path(m): m.role for m in report.members}
    groups = []
    for role, label in ROLE_GROUPS:
        in_role = [page for page in pages if roles.get(page.file.src_uri) == role]
        if in_role:
            groups.append(Section(label, in_role))
    return groups


def _nav_page(nav: Navigation, src_uri: str) -> Page | None:
    return next((page for page in nav.pages if page.file.src_uri == src_uri), None)


def _pages(items) -> Iterator[Page]:
    for item in items:
        if item.is_page:
            yield item
        elif item.is_section:
            yield from _pages(item.children)
