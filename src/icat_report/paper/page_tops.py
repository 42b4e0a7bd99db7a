"""No heading at the foot of a page: a second look at WeasyPrint's pages (notes_in_place.py
runs it).

A heading is kept with what follows it (paper.css: `break-after: avoid`), but WeasyPrint gives
that up when the block after it may not break (a paragraph kept whole for its notes, a photo
caption): the heading is then the last thing on its page. After layout, a heading with fewer
than FOLLOWING lines under it on its page, and more to come, starts the next page instead.
"""

from __future__ import annotations

FOLLOWING = 3  # lines: what a heading keeps under it on its page
HEADINGS = ("h1", "h2", "h3", "h4")


def _body_lines(page) -> list:
    """(element, is a heading) for each line of the page's body, in order (the notes left out)."""
    lines = []
    for descendant in page._page_box.descendants():
        name = type(descendant).__name__
        if name == "FootnoteAreaBox":
            break
        if name == "LineBox" and getattr(descendant, "element", None) is not None:
            lines.append(descendant.element)
    return lines


def headings_at_the_foot(document) -> list:
    """The source elements of the headings with fewer than FOLLOWING lines under them on their
    page, where the document goes on after the page."""
    found = []
    for page in document.pages[:-1]:
        lines = _body_lines(page)
        starts = [i for i, element in enumerate(lines) if element.tag in HEADINGS]
        if not starts:
            continue
        last = starts[-1]
        heading = lines[last]
        after = [element for element in lines[last + 1 :] if element is not heading]
        if len(after) < FOLLOWING and heading.get("data-paper-foot") is None:
            found.append(heading)
    return found


def to_the_next_page(element) -> None:
    """The heading starts the next page (once: a second round leaves it there), with no room
    above it: a forced break keeps a margin that a page's top drops elsewhere."""
    style = element.get("style", "")
    element.set("style", f"{style}; break-before: page; margin-top: 0".lstrip("; "))
    element.set("data-paper-foot", "")
