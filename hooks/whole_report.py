"""MkDocs hook: the whole report on one page (docs/print_page.md), for reading offline and printing.

The page whose front matter says `whole_report: true` receives, after its own text,
every page of the navigation in reading order, except pages that say `print: false` or
`paper: false` (the site's ways to explore it, and notes about the web edition: the whole
report is the report, on the web as on paper). A page that says `paper: appendix` is an
appendix of the printed report and the PDF.
It is filled in just before it is rendered, once every page's Markdown has become
HTML; icat_report.whole_report.print_page does the joining.
"""

from __future__ import annotations

from collections.abc import Iterator

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink

from icat_report.whole_report.print_page import Heading, Part, combine


def on_page_context(context, *, page: Page, config: MkDocsConfig, nav: Navigation):
    """Fill the whole-report page. The search plugin has already indexed it by then, so
    search finds it by its own title and text, and does not list every sentence twice."""
    if page.meta.get("whole_report"):
        parts = [_part(each, depth) for each, depth in _reading_order(nav.items) if _printed(each, page)]
        whole = combine(parts, at=page.url)
        page.content = (page.content or "") + whole.html
        if page.toc:
            page.toc.items[0].children.extend(_anchor_links(whole.contents, level=2))
    return context


def _reading_order(items, depth: int = -1) -> Iterator[tuple[Page, int]]:
    """(page, depth) in navigation order; depth 1 for a chapter's sections, else 0."""
    for item in items:
        if item.is_page:
            # A section's index page is the chapter itself (navigation.indexes).
            yield item, max(depth - (1 if item.is_index else 0), 0)
        elif item.is_section:
            yield from _reading_order(item.children, depth + 1)


def _printed(page: Page, whole_page: Page) -> bool:
    if page is whole_page or page.content is None or page.meta.get("print", True) is False:
        return False
    return _paper_role(page) != "omitted"  # checked here too, so a misspelt role still fails the build


def _part(page: Page, depth: int) -> Part:
    headings = tuple(_heading(link) for link in page.toc)
    paper = _paper_role(page)
    return Part(url=page.url, title=page.title or "", html=page.content, headings=headings, depth=depth, paper=paper)


def _paper_role(page: Page) -> str:
    """Front matter `paper:` as one of print_page.PAPER_ROLES."""
    value = page.meta.get("paper", "chapter")
    if value is False:
        return "omitted"
    if value in ("chapter", "appendix") and isinstance(value, str):
        return value
    raise PluginError(
        f"docs/{page.file.src_uri}: front matter `paper: {value}` is not known; write `paper: appendix` "
        "(an appendix of the printed report) or `paper: false` (left out of print), or leave it out (a chapter)"
    )


def _heading(link: AnchorLink) -> Heading:
    return Heading(link.id, link.title, tuple(_heading(child) for child in link.children))


def _anchor_links(headings: tuple[Heading, ...], level: int) -> list[AnchorLink]:
    links = []
    for heading in headings:
        link = AnchorLink(heading.title, heading.id, level)
        link.children = _anchor_links(heading.children, level + 1)
        links.append(link)
    return links
