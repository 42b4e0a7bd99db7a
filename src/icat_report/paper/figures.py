"""The paper's two data pictures, made by the code that makes them for the site (nothing counted twice).

- The year in figures: the web cover's key figures (render/home.py, `figures_list`), a row of
  large numbers at the foot of the contents page, tagged as the list it is.
- The grid of entities by priorities: the site's heat map (render/grid.py, `matrix`), as an
  appendix of its own on one page. On paper it is the table, its title as the table's caption:
  the links become their words (paper cannot follow a link to the site), the icons go (they are
  decoration, and an untagged picture in a tagged PDF), and each cell carries its column's
  priority, so that paper.css shades it in that priority's colour by its level (the count
  stays written in the cell: colour is never the only sign). Its key says so in words and shows
  the shades as they are drawn: a strip of the six priorities' tints for each level. The rows are
  the site's, in the order of the labels shown (render/common.py's by_label). The bottom row is
  "Total highlights*", its asterisk leading to the note on joint highlights.
"""

from __future__ import annotations

from ..render.grid import SHADES, matrix, totals_note
from ..render.home import figures_list
from ..report import Report
from ..text.escape import html_text
from ..text.html import Fragment, Node

GRID = "entities-by-priority"
GRID_TITLE = "Entities by priority"
EMPTY = "\u00b7"  # a cell without highlights: the quiet dot of the site's grid ("none" on the screen)
KEY = "Each column is shaded in its priority’s colour, darker for more highlights:"
TOTAL = "Total highlights"


def figures_row(report: Report) -> str:
    """The year's key figures as a row under a small title (the web cover's list, as it is)."""
    return (
        '<section class="paper-figures">'
        f'<p class="paper-figures__title">{report.info.year} in figures</p>{figures_list(report)}</section>'
    )


def grid_appendix(report: Report) -> Fragment:
    """The grid as a page of the paper (its h1 first), ready for the contents and the appendix label."""
    page = Fragment(f'<h1 id="{GRID}--title">{GRID_TITLE}</h1>' + matrix(report, lambda path: path))
    for selector in ("svg", ".visually-hidden", ".icat-matrix__columns-key"):
        for element in page.css(selector):
            element.decompose()
    for link in page.css("a"):
        link.unwrap()
    caption = page.css_first("figcaption")
    table = page.css_first("table")
    del table.attrs["aria-labelledby"]
    table.css_first("thead").insert_before(page.create("caption", {"id": f"{GRID}--caption"}, caption.inner_html))
    caption.decompose()
    _key(page, report)
    _total(page, table, report)
    figure = page.rename(page.css_first("figure"), "div")
    figure.attrs["class"] = "paper-grid"
    for attribute in ("id", "aria-labelledby"):
        del figure.attrs[attribute]
    numbers = [th.attributes.get("data-priority") for th in table.css("thead th")][1:]
    for row in table.css("tbody tr, tfoot tr"):
        for cell, number in zip(row.css("td"), numbers, strict=True):
            cell.attrs["data-priority"] = number or ""
            if not cell.text().strip():
                cell.inner_html = html_text(EMPTY)
    return page


def _key(page: Fragment, report: Report) -> None:
    """The shades' key as the cells are drawn: per level, a strip of the six priorities' tints."""
    levels = "".join(
        '<li><span class="paper-grid__tints" aria-hidden="true">'
        + "".join(
            f'<span class="icat-matrix__swatch" data-level="{level}" data-priority="{p.number}"></span>'
            for p in report.priorities
        )
        + f"</span>{html_text(words)}</li>"
        for level, (_, words) in enumerate(SHADES, start=1)
    )
    page.css_first(
        ".icat-matrix__legend"
    ).inner_html = f'<p class="paper-grid__key">{html_text(KEY)}</p><ul class="icat-matrix__shades-key">{levels}</ul>'


def _total(page: Fragment, table: Node, report: Report) -> None:
    """The bottom row "Total highlights", with an asterisk to the note when joint highlights make a
    column's numbers add up to more than its total."""
    note = totals_note(report)
    table.css_first("tfoot th").inner_html = html_text(TOTAL + ("*" if note else ""))
    for paragraph in page.css(".icat-matrix__caveat"):
        if note and paragraph.text().strip() == note:
            paragraph.inner_html = html_text(f"* {note}")
