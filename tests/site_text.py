"""Read built pages as a reader does: the main content's text, links and tables."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from icat_report.text import html

# The site sets typographic quotes and apostrophes (Python-Markdown's smarty: Chairs’, “…”); the data and pages
# type them straight. A test compares words, so the text it reads has them straight again.
STRAIGHT_QUOTES = str.maketrans("\u2018\u2019\u201c\u201d", "''\"\"")


def straight(text: str) -> str:
    """Text with its typographic quotes and apostrophes straight, to compare with the words as typed."""
    return text.translate(STRAIGHT_QUOTES)


# Elements that start a new line of the text a test reads.
LINE_TAGS = ("p", "li", "h1", "h2", "h3", "h4", "tr", "br", "div")
SPACES = re.compile(r"[ \t]+")


@dataclass
class Content:
    """A page's main content (its <article>): the text a reader sees, and its links."""

    text: str
    links: list[tuple[str, str]]
    """(href, text) of each link, in order."""
    article: html.Node


def read_page(site: Path, url_path: str, skip_code: bool = False) -> Content:
    """The content of the page at url_path (e.g. "members/unodc/"); its text's quotes straight."""
    article = page(site, url_path).css_first("article")
    assert article is not None, f"{url_path or 'home'} has no <article>"
    hidden = {*html.HIDDEN, "code"} if skip_code else html.HIDDEN
    text = straight(html.visible_text(article, hidden=hidden, line_tags=LINE_TAGS))
    return Content(text, html.links(article), article)


def page_text(site: Path, url_path: str, skip_code: bool = False) -> str:
    """The content's text, one line per paragraph, list item, heading or table row."""
    lines = read_page(site, url_path, skip_code).text.replace("\u00b6", "").splitlines()
    lines = [SPACES.sub(" ", line).strip(" \t") for line in lines]  # a no-break space stays one
    return "\n".join(line for line in lines if line)


def page(site: Path, url_path: str) -> html.Node:
    """The page at url_path, parsed."""
    return html.document(html_of(site, url_path))


def html_of(site: Path, url_path: str) -> str:
    return (site / url_path / "index.html").read_text(encoding="utf-8")


def matrix_row(table: html.Node, href: str, name: str) -> html.Node:
    """The row of the entity-by-priority table whose header links to href with name."""
    rows = [
        row
        for row in table.css("tr")
        if (header := row.css_first('th[scope="row"] > a')) is not None
        and header.attributes.get("href") == href
        and header.text() == name
    ]
    assert len(rows) == 1, f"{len(rows)} rows for {name} ({href})"
    return rows[0]


def matrix_cell(cell: html.Node) -> str:
    """A cell of the table: the number of highlights (a link in a shaded cell), or "" for an empty cell
    (which says "none" to screen readers), or "" for the note across the cells of the entities with none."""
    link = cell.css_first("a")
    if link is not None:
        assert link.text().isdigit() and cell.attributes.get("data-level"), cell.html
        return link.text()
    if "icat-matrix__note" in (cell.attributes.get("class") or ""):
        return ""
    assert [span.text() for span in cell.css("span")] == ["none"] and not cell.attributes.get("data-level"), cell.html
    return ""


def figures(site: Path) -> dict[str, tuple[int, str, str]]:
    """The home page's key figures: key -> (number, label, note), as built."""
    shown = {}
    for item in page(site, "").css("article ul.icat-figures > li"):
        parts = [item.css_first(f".icat-figure__{part}") for part in ("number", "label", "note")]
        number, label, note = (" ".join(part.text().split()) if part else "" for part in parts)
        shown[item.attributes["data-figure"]] = (int(number), label, note)
    return shown


def expected_figures(report) -> dict[str, int]:
    """The counts, made here from the records themselves (not through home.key_figures)."""
    year = report.info.year
    return {
        "entities": len(report.members),
        "joined": sum(1 for member in report.members if member.joined == year),
        "highlights": len(report.activities),
        "events": sum(1 for event in report.events if not event.planned and event.date.start.year == year),
        "by-icat": sum(
            1
            for event in report.events
            if not event.planned and event.date.start.year == year and "icat" in event.organisers
        ),
        "planned": sum(1 for event in report.events if event.planned and event.date.start.year == year + 1),
    }


def index_name(name: str) -> str:
    """A name as an index sorts it: case set aside, and a leading "The" ("The World Bank" under W)."""
    folded = name.casefold()
    return folded[4:] if folded.startswith("the ") else folded
