"""Where the reader is, on every page of the navigation and in the menu (the icat-report plugin's on_nav
and on_page_markdown).

From the navigation it finds each page's part and place (section 3 of 7 of "A year in review") and,
for the report's own chapters (the navigation's part named REPORT_PART), their numbers. The
menu's entries take the numbers (`4.3 Procurement`); icat_report.render.page_header writes
the kicker and the numbered title into each page's Markdown. Pages outside the navigation (a
member's or a priority's, which open with their own identity) are left as they are.
"""

from __future__ import annotations

import re

from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page
from mkdocs.utils.meta import get_data

from icat_report.render.page_header import Place, numbered_title

REPORT_PART = "The report"  # the navigation part whose pages are the report's chapters, numbered in order
# A hyphen inside a word of a menu entry holds its halves together (U+2011): the narrow menu broke
# "Co-Chairs" into "Co-" and "Chairs". Only the menu's labels: the pages keep the report's words.
_INNER_HYPHEN = re.compile(r"(?<=\w)-(?=\w)")


def places_of(nav: Navigation) -> dict[str, Place]:
    """{page's path under docs/: its place} for every page of the navigation (the home page has none)."""
    appendices = {page.file.src_uri for page in nav.pages if _is_appendix(page)}  # each file read once
    return {page.file.src_uri: place for page in nav.pages if (place := place_of(page, appendices)) is not None}


def number_the_chapters(nav: Navigation, places: dict[str, Place]) -> None:
    """The menu's entries of the report's chapters take their numbers (`4.3 Procurement`)."""
    for page in nav.pages:
        place = places.get(page.file.src_uri)
        if place is not None and place.number is not None:
            item = page.parent if page.is_index else page
            prefix = numbered_title(place.number) + " "
            for named in (item, page) if item is not page else (page,):
                if named.title and not named.title.startswith(prefix):
                    named.title = prefix + _INNER_HYPHEN.sub("\u2011", named.title)


def _own_children(section: Section) -> list:
    """A section's entries, without its index page (navigation.indexes: that page is the section itself)."""
    return [child for child in section.children if not (child.is_page and child.is_index)]


def place_of(page: Page, appendices: set[str]) -> Place | None:
    """The page's part, position and chapter number; None for a page outside any part (the home page).
    In the report's part, an appendix (the acronyms; `appendices`: their paths) is not counted among the chapters
    and takes no number."""

    def appendix(item) -> bool:
        return item.is_page and item.file.src_uri in appendices

    item = page.parent if page.is_index and page.parent is not None else page
    container = item.parent
    if container is None:
        return None
    top = container
    while top.parent is not None:
        top = top.parent
    in_report = top.title == REPORT_PART
    if in_report and appendix(page):
        return Place(part=container.title, position=0, count=0)
    siblings = [s for s in _own_children(container) if not (in_report and appendix(s))]
    position = siblings.index(item) + 1
    number = None
    if in_report:
        chapters = [s for s in _own_children(top) if not appendix(s)]
        number = str(position) if container is top else f"{chapters.index(container) + 1}.{position}"
    return Place(part=container.title, position=position, count=len(siblings), number=number)


def _is_appendix(page: Page) -> bool:
    """A page of the report's part that is an appendix (front matter `paper: appendix`: the acronyms) takes
    no chapter number; on paper it is lettered (print.css, the PDF). The menu is made before the pages
    are read, so the front matter is read here from the file."""
    meta = page.meta or get_data(page.file.content_string)[1]
    return meta.get("paper") == "appendix"
